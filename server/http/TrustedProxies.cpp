#include "TrustedProxies.h"

namespace {

// Splits at `delimiter` where it is not inside a quoted-string.
QList<QByteArrayView> splitOutsideQuotes(QByteArrayView text, char delimiter)
{
    QList<QByteArrayView> parts;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"')
            quoted = !quoted;
        else if (c == '\\' && quoted)
            ++i; // quoted-pair
        else if (c == delimiter && !quoted) {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.sliced(start));
    return parts;
}

} // namespace

bool TrustedProxies::add(const QString &cidr)
{
    QString text = cidr.trimmed();
    if (text.isEmpty())
        return false;
    if (!text.contains(QLatin1Char('/'))) {
        const QHostAddress single(text);
        if (single.isNull())
            return false;
        text += single.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("/128")
                                                                   : QStringLiteral("/32");
    }
    const auto subnet = QHostAddress::parseSubnet(text);
    if (subnet.first.isNull() || subnet.second < 0)
        return false;
    m_subnets.append({normalized(subnet.first), subnet.second});
    return true;
}

bool TrustedProxies::contains(const QHostAddress &address) const
{
    const QHostAddress plain = normalized(address);
    for (const auto &subnet : m_subnets) {
        if (plain.isInSubnet(subnet))
            return true;
    }
    return false;
}

QHostAddress TrustedProxies::normalized(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 && address.protocol() != QAbstractSocket::IPv4Protocol ? QHostAddress(v4) : address;
}

std::optional<QHostAddress> TrustedProxies::parseNode(QByteArrayView text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"')
        text = text.sliced(1, text.size() - 2);
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    if (text.front() == '[') {
        // "[v6]" or "[v6]:port"
        const qsizetype close = text.indexOf(']');
        if (close < 0)
            return std::nullopt;
        const QByteArrayView rest = text.sliced(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(':'))
            return std::nullopt;
        text = text.sliced(1, close - 1);
        if (!text.contains(':'))
            return std::nullopt;
    } else if (text.count(':') == 1) {
        text = text.first(text.indexOf(':')); // "a.b.c.d:port"
        if (text.contains(':'))
            return std::nullopt;
    }
    for (const char c : text) {
        // Digits, hex digits, dots and colons only: no zone ids, names, or "unknown".
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!hex && c != '.' && c != ':')
            return std::nullopt;
    }
    QHostAddress address;
    if (!address.setAddress(QString::fromLatin1(text)))
        return std::nullopt;
    return normalized(address);
}

QList<std::optional<QHostAddress>> TrustedProxies::parseForwarded(const QByteArray &value)
{
    // forwarded-element *( OWS "," OWS forwarded-element ), an element's pairs separated by
    // ";", a value a token or a quoted-string (RFC 7239 section 4).
    QList<std::optional<QHostAddress>> nodes;
    for (const QByteArrayView element : splitOutsideQuotes(value, ',')) {
        if (element.trimmed().isEmpty())
            continue; // an empty list element (RFC 9110 section 5.6.1)
        std::optional<QHostAddress> node;
        bool sawFor = false, broken = false;
        for (const QByteArrayView pair : splitOutsideQuotes(element, ';')) {
            const qsizetype equals = pair.indexOf('=');
            if (equals <= 0) {
                broken = true;
                continue;
            }
            if (pair.first(equals).trimmed().compare("for", Qt::CaseInsensitive) != 0)
                continue;
            // A parameter must not occur twice in one element (RFC 7239 section 4).
            broken = broken || sawFor;
            sawFor = true;
            node = parseNode(pair.sliced(equals + 1));
        }
        nodes.append(broken ? std::nullopt : node);
    }
    return nodes;
}

QHostAddress TrustedProxies::clientAddress(const QHostAddress &peer,
                                           const QByteArray &xForwardedFor,
                                           const QByteArray &forwarded) const
{
    QHostAddress client = normalized(peer);
    if (!contains(client))
        return client;
    QList<std::optional<QHostAddress>> chain;
    if (!xForwardedFor.trimmed().isEmpty()) {
        for (const QByteArray &entry : xForwardedFor.split(','))
            chain.append(parseNode(entry));
    } else if (!forwarded.trimmed().isEmpty()) {
        chain = parseForwarded(forwarded);
    }
    // Right to left: each address was written by the hop to its right, which is trusted.
    for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
        if (!*it)
            break;
        client = **it;
        if (!contains(client))
            break;
    }
    return client;
}
