// The relying party's checks of server/security/WebAuthn.h on registrations and assertions made
// by SoftAuthenticator (a P-256 or RSA key of OpenSSL's, the CBOR written by hand): each check
// refuses what it is there to refuse, and a genuine ceremony passes.
#include "SoftAuthenticator.h"
#include "security/Crypto.h"
#include "security/WebAuthn.h"

#include <QTest>

using WebAuthn::Failure;

namespace {

const QString Origin = QStringLiteral("http://localhost:8080");
const QString RpId = QStringLiteral("localhost");

WebAuthn::Expectation expectation(const QByteArray &challenge, bool userVerification = false)
{
    WebAuthn::Expectation expected;
    expected.challenge = challenge;
    expected.origin = Origin;
    expected.rpId = RpId;
    expected.userVerification = userVerification;
    return expected;
}

} // namespace

class tst_WebAuthn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Crypto::initialize()); }

    void registrationGivesTheCredentialAndItsKey()
    {
        SoftAuthenticator authenticator(Origin, RpId);
        const QByteArray challenge = Crypto::randomBytes(32);
        const auto created = authenticator.create(challenge, "user-1");
        const auto registration = WebAuthn::verifyRegistration(
            created.clientDataJson, created.attestationObject, expectation(challenge));
        QCOMPARE(registration.failure, Failure::None);
        QCOMPARE(registration.credentialId, authenticator.credentialId);
        QCOMPARE(registration.publicKey.encoded(), authenticator.coseKey());
        QCOMPARE(registration.publicKey.algorithm(), CoseKey::Algorithm::ES256);
        QVERIFY(registration.userVerified);
    }

    void registrationRefusesWhatIsNotOurs()
    {
        SoftAuthenticator authenticator(Origin, RpId);
        const QByteArray challenge = Crypto::randomBytes(32);
        auto created = authenticator.create(challenge, "user-1");
        QCOMPARE(WebAuthn::verifyRegistration(created.clientDataJson, created.attestationObject,
                                              expectation(Crypto::randomBytes(32)))
                     .failure,
                 Failure::WrongChallenge);

        authenticator.origin = QStringLiteral("http://evil.example");
        created = authenticator.create(challenge, "user-1");
        QCOMPARE(WebAuthn::verifyRegistration(created.clientDataJson, created.attestationObject,
                                              expectation(challenge))
                     .failure,
                 Failure::WrongOrigin);

        authenticator.origin = Origin;
        authenticator.rpId = QStringLiteral("evil.example");
        created = authenticator.create(challenge, "user-1");
        QCOMPARE(WebAuthn::verifyRegistration(created.clientDataJson, created.attestationObject,
                                              expectation(challenge))
                     .failure,
                 Failure::WrongRpIdHash);

        // An assertion's client data is not a registration's.
        authenticator.rpId = RpId;
        const auto asserted = authenticator.get(challenge);
        QCOMPARE(WebAuthn::verifyRegistration(asserted.clientDataJson, created.attestationObject,
                                              expectation(challenge))
                     .failure,
                 Failure::WrongType);

        // Attestation other than "none": the server asks for none and trusts no vendor.
        created = authenticator.create(challenge, "user-1");
        QByteArray packed = created.attestationObject;
        packed.replace(QByteArray("\x64none", 5), QByteArray("\x64pack", 5));
        QCOMPARE(
            WebAuthn::verifyRegistration(created.clientDataJson, packed, expectation(challenge))
                .failure,
            Failure::UnsupportedAttestation);

        QCOMPARE(WebAuthn::verifyRegistration("{not json", created.attestationObject,
                                              expectation(challenge))
                     .failure,
                 Failure::MalformedClientData);
        QCOMPARE(
            WebAuthn::verifyRegistration(created.clientDataJson, "\xa1\x01", expectation(challenge))
                .failure,
            Failure::MalformedAuthenticatorData);
        QCOMPARE(WebAuthn::verifyRegistration(created.clientDataJson,
                                              created.attestationObject.left(40),
                                              expectation(challenge))
                     .failure,
                 Failure::MalformedAuthenticatorData);
    }

    void assertionChecks()
    {
        SoftAuthenticator authenticator(Origin, RpId);
        const QByteArray challenge = Crypto::randomBytes(32);
        const auto created = authenticator.create(challenge, "user-1");
        const CoseKey key =
            WebAuthn::verifyRegistration(created.clientDataJson, created.attestationObject,
                                         expectation(challenge))
                .publicKey;

        auto asserted = authenticator.get(challenge);
        auto result =
            WebAuthn::verifyAssertion(asserted.clientDataJson, asserted.authenticatorData,
                                      asserted.signature, key, 0, expectation(challenge, true));
        QCOMPARE(result.failure, Failure::None);
        QCOMPARE(result.signCount, 1u);
        QVERIFY(result.userVerified);

        // Bad signature: one bit of the signed data changed.
        asserted = authenticator.get(challenge);
        QByteArray tampered = asserted.authenticatorData;
        tampered[tampered.size() - 1] = char(tampered[tampered.size() - 1] ^ 0x01);
        QCOMPARE(WebAuthn::verifyAssertion(asserted.clientDataJson, tampered, asserted.signature,
                                           key, 1, expectation(challenge))
                     .failure,
                 Failure::BadSignature);
        // ... or signed by another key.
        SoftAuthenticator other(Origin, RpId);
        const auto foreign = other.get(challenge);
        QCOMPARE(WebAuthn::verifyAssertion(foreign.clientDataJson, foreign.authenticatorData,
                                           foreign.signature, key, 0, expectation(challenge))
                     .failure,
                 Failure::BadSignature);

        // The counter: stored 5, the authenticator sends 3.
        authenticator.signCount = 2;
        asserted = authenticator.get(challenge);
        result = WebAuthn::verifyAssertion(asserted.clientDataJson, asserted.authenticatorData,
                                           asserted.signature, key, 5, expectation(challenge));
        QCOMPARE(result.failure, Failure::CounterWentBackwards);
        QCOMPARE(result.signCount, 3u);
        // The same value again is no growth either; both zero is an authenticator without one.
        QCOMPARE(WebAuthn::verifyAssertion(asserted.clientDataJson, asserted.authenticatorData,
                                           asserted.signature, key, 3, expectation(challenge))
                     .failure,
                 Failure::CounterWentBackwards);
        authenticator.signCount = quint32(-1); // the next get() sends 0
        asserted = authenticator.get(challenge);
        QCOMPARE(WebAuthn::verifyAssertion(asserted.clientDataJson, asserted.authenticatorData,
                                           asserted.signature, key, 0, expectation(challenge))
                     .failure,
                 Failure::None);

        // User verification, when required.
        authenticator.signCount = 10;
        authenticator.userVerified = false;
        asserted = authenticator.get(challenge);
        QCOMPARE(WebAuthn::verifyAssertion(asserted.clientDataJson, asserted.authenticatorData,
                                           asserted.signature, key, 0, expectation(challenge, true))
                     .failure,
                 Failure::UserNotVerified);
        QCOMPARE(WebAuthn::verifyAssertion(asserted.clientDataJson, asserted.authenticatorData,
                                           asserted.signature, key, 0, expectation(challenge))
                     .failure,
                 Failure::None);

        // Challenge, origin, RP id, type.
        QCOMPARE(WebAuthn::verifyAssertion(asserted.clientDataJson, asserted.authenticatorData,
                                           asserted.signature, key, 0,
                                           expectation(Crypto::randomBytes(32)))
                     .failure,
                 Failure::WrongChallenge);
        authenticator.origin = QStringLiteral("http://localhost:9090");
        asserted = authenticator.get(challenge);
        QCOMPARE(WebAuthn::verifyAssertion(asserted.clientDataJson, asserted.authenticatorData,
                                           asserted.signature, key, 0, expectation(challenge))
                     .failure,
                 Failure::WrongOrigin);
        authenticator.origin = Origin;
        authenticator.rpId = QStringLiteral("example.com");
        asserted = authenticator.get(challenge);
        QCOMPARE(WebAuthn::verifyAssertion(asserted.clientDataJson, asserted.authenticatorData,
                                           asserted.signature, key, 0, expectation(challenge))
                     .failure,
                 Failure::WrongRpIdHash);
        authenticator.rpId = RpId;
        asserted = authenticator.get(challenge, QStringLiteral("webauthn.create"));
        QCOMPARE(WebAuthn::verifyAssertion(asserted.clientDataJson, asserted.authenticatorData,
                                           asserted.signature, key, 0, expectation(challenge))
                     .failure,
                 Failure::WrongType);
        QCOMPARE(WebAuthn::verifyAssertion(asserted.clientDataJson, "short", asserted.signature,
                                           key, 0, expectation(challenge))
                     .failure,
                 Failure::WrongType);
    }

    void coseKeysOfOtherKindsAreRefused()
    {
        SoftAuthenticator authenticator(Origin, RpId);
        const QByteArray key = authenticator.coseKey();
        QVERIFY(CoseKey::parse(key));
        // alg -257 (RS256) on an EC2 key: the algorithm does not fit the key type, so no key.
        QByteArray rs256 = key;
        rs256.replace(QByteArray::fromHex("0326"), QByteArray::fromHex("03390100"));
        QVERIFY(!CoseKey::parse(rs256));
        // A point that is not on the curve.
        QByteArray offCurve = key;
        offCurve[offCurve.size() - 1] = char(offCurve[offCurve.size() - 1] ^ 0x01);
        QVERIFY(!CoseKey::parse(offCurve));
        QVERIFY(!CoseKey::parse(QByteArray()));
        QVERIFY(!CoseKey::parse(QByteArray::fromHex("ff")));
    }

    void rs256KeysRegisterAndSign()
    {
        SoftAuthenticator authenticator(Origin, RpId, SoftAuthenticator::KeyType::RS256);
        const QByteArray challenge = Crypto::randomBytes(32);
        const auto created = authenticator.create(challenge, "user-1");
        const auto registration = WebAuthn::verifyRegistration(
            created.clientDataJson, created.attestationObject, expectation(challenge));
        QCOMPARE(registration.failure, Failure::None);
        QCOMPARE(registration.publicKey.algorithm(), CoseKey::Algorithm::RS256);
        QCOMPARE(registration.publicKey.encoded(), authenticator.coseKey());
        // What the store keeps reads back as the same key.
        const auto stored = CoseKey::parse(registration.publicKey.encoded());
        QVERIFY(stored);
        QCOMPARE(stored->algorithm(), CoseKey::Algorithm::RS256);

        auto asserted = authenticator.get(challenge);
        QCOMPARE(asserted.signature.size(), 256); // PKCS#1 v1.5: the modulus' size
        auto result =
            WebAuthn::verifyAssertion(asserted.clientDataJson, asserted.authenticatorData,
                                      asserted.signature, *stored, 0, expectation(challenge, true));
        QCOMPARE(result.failure, Failure::None);
        QCOMPARE(result.signCount, 1u);

        // Bad signatures: the signed data changed, the signature changed, another RSA key's.
        asserted = authenticator.get(challenge);
        QByteArray tampered = asserted.authenticatorData;
        tampered[tampered.size() - 1] = char(tampered[tampered.size() - 1] ^ 0x01);
        QCOMPARE(WebAuthn::verifyAssertion(asserted.clientDataJson, tampered, asserted.signature,
                                           *stored, 1, expectation(challenge))
                     .failure,
                 Failure::BadSignature);
        QByteArray badSignature = asserted.signature;
        badSignature[100] = char(badSignature[100] ^ 0x10);
        QCOMPARE(WebAuthn::verifyAssertion(asserted.clientDataJson, asserted.authenticatorData,
                                           badSignature, *stored, 1, expectation(challenge))
                     .failure,
                 Failure::BadSignature);
        QCOMPARE(WebAuthn::verifyAssertion(asserted.clientDataJson, asserted.authenticatorData,
                                           asserted.signature.left(255), *stored, 1,
                                           expectation(challenge))
                     .failure,
                 Failure::BadSignature);
        SoftAuthenticator other(Origin, RpId, SoftAuthenticator::KeyType::RS256);
        const auto foreign = other.get(challenge);
        QCOMPARE(WebAuthn::verifyAssertion(foreign.clientDataJson, foreign.authenticatorData,
                                           foreign.signature, *stored, 0, expectation(challenge))
                     .failure,
                 Failure::BadSignature);
        // The untampered one still passes: the refusals were the signature's, not the state's.
        QCOMPARE(WebAuthn::verifyAssertion(asserted.clientDataJson, asserted.authenticatorData,
                                           asserted.signature, *stored, 1, expectation(challenge))
                     .failure,
                 Failure::None);
    }

    void rs256KeysBelow2048BitsAndBrokenOnesAreRefused()
    {
        // 2047 bits: one short of the minimum.
        for (const int bits : {1024, 2047}) {
            SoftAuthenticator weak(Origin, RpId, SoftAuthenticator::KeyType::RS256, bits);
            QVERIFY(!CoseKey::parse(weak.coseKey()));
            const QByteArray challenge = Crypto::randomBytes(32);
            const auto created = weak.create(challenge, "user-1");
            QCOMPARE(WebAuthn::verifyRegistration(created.clientDataJson, created.attestationObject,
                                                  expectation(challenge))
                         .failure,
                     Failure::UnsupportedKey);
        }

        SoftAuthenticator authenticator(Origin, RpId, SoftAuthenticator::KeyType::RS256);
        const QByteArray key = authenticator.coseKey();
        QVERIFY(CoseKey::parse(key));
        // The key ends with n, then -2: e = 65537 (21 43 010001).
        QVERIFY(key.endsWith(QByteArray::fromHex("2143010001")));
        // An even modulus is no RSA modulus.
        QByteArray evenModulus = key;
        evenModulus[key.size() - 6] = char(evenModulus[key.size() - 6] & 0xfe);
        QVERIFY(!CoseKey::parse(evenModulus));
        // e = 1 makes every "signature" its own message.
        QByteArray exponentOne = key;
        exponentOne.replace(key.size() - 5, 5, QByteArray::fromHex("214101"));
        QVERIFY(!CoseKey::parse(exponentOne));
        // e = 3: below the 65537 SP 800-56B asks for.
        QByteArray exponentThree = key;
        exponentThree.replace(key.size() - 5, 5, QByteArray::fromHex("214103"));
        QVERIFY(!CoseKey::parse(exponentThree));
        // kty RSA with ES256, and RS256 without e.
        QByteArray wrongAlg = key;
        wrongAlg.replace(QByteArray::fromHex("03390100"), QByteArray::fromHex("0326"));
        QVERIFY(!CoseKey::parse(wrongAlg));
        QByteArray withoutE = key.left(key.size() - 5);
        withoutE[0] = char(0xa3); // a map of three
        QVERIFY(!CoseKey::parse(withoutE));
    }

    void rpIdFollowsTheIssuer()
    {
        QCOMPARE(WebAuthn::rpIdForIssuer(QStringLiteral("http://localhost:8080")),
                 QStringLiteral("localhost"));
        QCOMPARE(WebAuthn::rpIdForIssuer(QStringLiteral("https://tasks.example.com/")),
                 QStringLiteral("tasks.example.com"));
        QVERIFY(WebAuthn::rpIdForIssuer(QStringLiteral("http://127.0.0.1:8080")).isEmpty());
        QVERIFY(WebAuthn::rpIdForIssuer(QStringLiteral("http://[::1]:8080")).isEmpty());
        QCOMPARE(WebAuthn::originOfIssuer(QStringLiteral("https://tasks.example.com/")),
                 QStringLiteral("https://tasks.example.com"));
        QCOMPARE(WebAuthn::originOfIssuer(QStringLiteral("http://localhost:8080")),
                 QStringLiteral("http://localhost:8080"));
    }
};

QTEST_GUILESS_MAIN(tst_WebAuthn)
#include "tst_webauthn.moc"
