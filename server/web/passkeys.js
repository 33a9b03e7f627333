// The WebAuthn half of the passkey pages (sign-in, two-factor, registration). The server puts
// everything the ceremony needs on the form's data attributes; this script runs
// navigator.credentials.create()/get(), puts the answer into the form's hidden fields and sends
// the form. The server checks everything; nothing here is trusted.
'use strict';

(function () {
  const form = document.getElementById('passkey-form');
  const button = document.getElementById('passkey-button');
  const status = document.getElementById('passkey-status');
  if (!form || !button || !status)
    return;
  const data = form.dataset;

  function toBytes(base64url) {
    const text = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(text, (c) => c.charCodeAt(0));
  }

  function toBase64url(buffer) {
    let text = '';
    new Uint8Array(buffer).forEach((b) => { text += String.fromCharCode(b); });
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function descriptors(list) {
    return (list || '').split(',').filter((id) => id !== '')
      .map((id) => ({ type: 'public-key', id: toBytes(id) }));
  }

  function setField(name, value) {
    form.elements.namedItem(name).value = value;
  }

  function showStatus(text, isError) {
    status.textContent = text;
    status.className = isError ? 'error' : 'hint';
    status.setAttribute('role', isError ? 'alert' : 'status');
  }

  async function create() {
    const credential = await navigator.credentials.create({
      publicKey: {
        rp: { id: data.rpId, name: 'Tasklane' },
        user: { id: toBytes(data.userId), name: data.userName, displayName: data.userDisplayName },
        challenge: toBytes(data.challenge),
        pubKeyCredParams: [{ type: 'public-key', alg: -7 }, { type: 'public-key', alg: -8 }],
        excludeCredentials: descriptors(data.exclude),
        authenticatorSelection: {
          residentKey: 'required', requireResidentKey: true, userVerification: 'required',
        },
        attestation: 'none',
        timeout: 120000,
      },
    });
    setField('credential_id', toBase64url(credential.rawId));
    setField('client_data', toBase64url(credential.response.clientDataJSON));
    setField('attestation_object', toBase64url(credential.response.attestationObject));
  }

  async function get() {
    const credential = await navigator.credentials.get({
      publicKey: {
        rpId: data.rpId,
        challenge: toBytes(data.challenge),
        allowCredentials: descriptors(data.allow),
        userVerification: data.userVerification,
        timeout: 120000,
      },
    });
    setField('credential_id', toBase64url(credential.rawId));
    setField('client_data', toBase64url(credential.response.clientDataJSON));
    setField('authenticator_data', toBase64url(credential.response.authenticatorData));
    setField('signature', toBase64url(credential.response.signature));
    const handle = credential.response.userHandle;
    setField('user_handle', handle ? toBase64url(handle) : '');
  }

  button.addEventListener('click', async () => {
    if (form.reportValidity && !form.reportValidity())
      return;
    button.disabled = true;
    showStatus(data.waitText, false);
    try {
      if (data.mode === 'create')
        await create();
      else
        await get();
      form.submit();
    } catch (error) {
      showStatus(data.errorText, true);
      button.disabled = false;
    }
  });
})();
