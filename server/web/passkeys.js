// The WebAuthn half of the passkey pages (sign-in, two-factor, registration). The server puts
// everything the ceremony needs on the form's data attributes; this script runs
// navigator.credentials.create()/get(), puts the answer into the form's hidden fields and sends
// the form. The server checks everything; nothing here is trusted.
// Plain ES5 syntax with promises: lupdate reads the server's folder and parses .js files with
// a parser that knows no async functions or arrow functions.
'use strict';

(function () {
  var form = document.getElementById('passkey-form');
  var button = document.getElementById('passkey-button');
  var status = document.getElementById('passkey-status');
  if (!form || !button || !status)
    return;
  var data = form.dataset;

  function toBytes(base64url) {
    var text = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; ++i)
      bytes[i] = text.charCodeAt(i);
    return bytes;
  }

  function toBase64url(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; ++i)
      text += String.fromCharCode(bytes[i]);
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function descriptors(list) {
    return (list || '').split(',').filter(function (id) { return id !== ''; })
      .map(function (id) { return { type: 'public-key', id: toBytes(id) }; });
  }

  function setField(name, value) {
    form.elements.namedItem(name).value = value;
  }

  function showStatus(text, isError) {
    status.textContent = text;
    status.className = isError ? 'error' : 'hint';
    status.setAttribute('role', isError ? 'alert' : 'status');
  }

  function create() {
    return navigator.credentials.create({
      publicKey: {
        rp: { id: data.rpId, name: 'Tasklane' },
        user: { id: toBytes(data.userId), name: data.userName, displayName: data.userDisplayName },
        challenge: toBytes(data.challenge),
        // ES256, EdDSA, RS256 (Windows Hello and some security keys have only RS256).
        pubKeyCredParams: [
          { type: 'public-key', alg: -7 }, { type: 'public-key', alg: -8 },
          { type: 'public-key', alg: -257 }
        ],
        excludeCredentials: descriptors(data.exclude),
        authenticatorSelection: {
          residentKey: 'required', requireResidentKey: true, userVerification: 'required'
        },
        attestation: 'none',
        timeout: 120000
      }
    }).then(function (credential) {
      setField('credential_id', toBase64url(credential.rawId));
      setField('client_data', toBase64url(credential.response.clientDataJSON));
      setField('attestation_object', toBase64url(credential.response.attestationObject));
    });
  }

  function get() {
    return navigator.credentials.get({
      publicKey: {
        rpId: data.rpId,
        challenge: toBytes(data.challenge),
        allowCredentials: descriptors(data.allow),
        userVerification: data.userVerification,
        timeout: 120000
      }
    }).then(function (credential) {
      setField('credential_id', toBase64url(credential.rawId));
      setField('client_data', toBase64url(credential.response.clientDataJSON));
      setField('authenticator_data', toBase64url(credential.response.authenticatorData));
      setField('signature', toBase64url(credential.response.signature));
      var handle = credential.response.userHandle;
      setField('user_handle', handle ? toBase64url(handle) : '');
    });
  }

  button.addEventListener('click', function () {
    if (form.reportValidity && !form.reportValidity())
      return;
    button.disabled = true;
    showStatus(data.waitText, false);
    (data.mode === 'create' ? create() : get()).then(function () {
      form.submit();
    }, function () {
      showStatus(data.errorText, true);
      button.disabled = false;
    });
  });
})();
