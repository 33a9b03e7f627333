#pragma once

#include "CredentialStore.h"

#include <QString>
#include <QTest>

// A keychain read, waited for: CredentialStore answers asynchronously, tests want the answer.
// Header-only because only tests that link tasklane_app use it.
struct KeychainRead
{
    CredentialStore::Result result = CredentialStore::Result::Failed;
    QString secret;
};

inline KeychainRead readKeychain(CredentialStore &store, const QString &server,
                                 const QString &username)
{
    KeychainRead out;
    bool done = false;
    store.read(server, username,
               [&](CredentialStore::Result result, const QString &secret, const QString &) {
                   out = {result, secret};
                   done = true;
               });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("keychain read did not finish");
    return out;
}
