#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// The reverse proxies (--trusted-proxy CIDR) whose forwarding headers are believed. From any other
// peer X-Forwarded-For and Forwarded are ignored; from a trusted one the client is the right-most
// address of the chain that is not itself a trusted proxy (each hop appends the address it saw,
// so everything to the left of that may be made up by the client).
class TrustedProxies
{
public:
    // Adds "address/prefix" or a bare address (a /32 or /128); false when it is not one.
    bool add(const QString &cidr);
    bool isEmpty() const { return m_subnets.isEmpty(); }
    bool contains(const QHostAddress &address) const;

    // The client's address for a request from `peer`. `xForwardedFor` and `forwarded` are the
    // header values, repeated header lines joined with ", " in the order received.
    // X-Forwarded-For (what nginx, HAProxy, Caddy and Traefik append) is used when present,
    // RFC 7239 Forwarded otherwise. The walk stops at a malformed or obfuscated entry and keeps
    // the last trusted address: a value the server cannot read is never taken as the client.
    QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &xForwardedFor,
                               const QByteArray &forwarded) const;

    // An IPv4 client on a dual-stack socket (::ffff:a.b.c.d) as a.b.c.d.
    static QHostAddress normalized(const QHostAddress &address);
    // One X-Forwarded-For entry ("198.51.100.7", "2001:db8::1", "198.51.100.7:4711",
    // "[2001:db8::1]:4711"); nullopt when it is none of these.
    static std::optional<QHostAddress> parseNode(QByteArrayView text);
    // The for= node of each element of a Forwarded value, left to right; an element without a
    // readable for= address gives nullopt ("unknown", "_hidden", missing or malformed).
    static QList<std::optional<QHostAddress>> parseForwarded(const QByteArray &value);

private:
    QList<QPair<QHostAddress, int>> m_subnets;
};
