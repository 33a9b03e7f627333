#include "TaskListParams.h"

#include "http/ApiError.h"
#include "security/Crypto.h"

#include <QJsonDocument>

#include <cmath>

namespace {

const QList<QPair<QString, TaskQuery::SortKey>> SortNames{
    {QStringLiteral("updated"), TaskQuery::SortKey::Updated},
    {QStringLiteral("created"), TaskQuery::SortKey::Created},
    {QStringLiteral("due"), TaskQuery::SortKey::Due},
    {QStringLiteral("priority"), TaskQuery::SortKey::Priority},
    {QStringLiteral("title"), TaskQuery::SortKey::Title},
};

// Appends `text` as a JSON string, escaped as RFC 8259 section 7 requires.
void appendJsonString(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out.append("\\u00").append(QByteArray::number(c, 16).rightJustified(2, '0'));
            else
                out.append(c);
        }
    }
    out.append('"');
}

} // namespace

QString TaskListParams::sortName(const TaskQuery &query)
{
    for (const auto &[name, key] : SortNames) {
        if (key == query.sortKey)
            return (query.descending ? QStringLiteral("-") : QString()) + name;
    }
    return {};
}

TaskQuery TaskListParams::parse(const QString &ownerId, const QHash<QString, QJsonValue> &values,
                                QJsonArray &errors)
{
    TaskQuery query;
    query.ownerId = ownerId;

    const QJsonValue status = values.value(QStringLiteral("status"));
    QStringList statusNames;
    if (status.isString())
        statusNames = status.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    else if (status.isArray())
        for (const auto &item : status.toArray())
            statusNames.append(item.toString());
    else if (!status.isUndefined() && !status.isNull())
        errors.append(ApiError::fieldError(QStringLiteral("status"),
                                           QStringLiteral("A status or a list of statuses.")));
    for (const QString &name : statusNames) {
        const auto parsed = taskStatusFromName(name.trimmed());
        if (!parsed)
            errors.append(ApiError::fieldError(
                QStringLiteral("status"),
                QStringLiteral("Unknown status \"%1\"; use open, in_progress, done.").arg(name)));
        else if (!query.statuses.contains(*parsed))
            query.statuses.append(*parsed);
    }

    const QJsonValue text = values.value(QStringLiteral("q"));
    if (text.isString())
        query.text = text.toString().trimmed().left(200);
    else if (!text.isUndefined() && !text.isNull())
        errors.append(
            ApiError::fieldError(QStringLiteral("q"), QStringLiteral("Must be a string.")));

    const QJsonValue sort = values.value(QStringLiteral("sort"));
    if (!sort.isUndefined() && !sort.isNull()) {
        QString name = sort.toString();
        query.descending = name.startsWith(QLatin1Char('-'));
        if (query.descending)
            name.remove(0, 1);
        bool found = false;
        for (const auto &[sortName, key] : SortNames) {
            if (sortName == name) {
                query.sortKey = key;
                found = true;
            }
        }
        if (!found)
            errors.append(ApiError::fieldError(
                QStringLiteral("sort"),
                QStringLiteral("One of updated, created, due, priority, title; "
                               "prefix \"-\" for descending.")));
    }

    const QJsonValue limit = values.value(QStringLiteral("limit"));
    if (!limit.isUndefined() && !limit.isNull()) {
        bool ok = false;
        qlonglong number = 0;
        if (limit.isDouble()) {
            // Range-check before converting: casting 1e300 to an integer is undefined.
            const double value = limit.toDouble();
            ok = value >= 1 && value <= MaxLimit && value == std::floor(value);
            number = ok ? static_cast<qlonglong>(value) : 0;
        } else {
            number = limit.toString().toLongLong(&ok);
        }
        if (!ok || number < 1 || number > MaxLimit)
            errors.append(
                ApiError::fieldError(QStringLiteral("limit"),
                                     QStringLiteral("A whole number from 1 to %1.").arg(MaxLimit)));
        else
            query.limit = static_cast<int>(number);
    } else {
        query.limit = DefaultLimit;
    }

    const QJsonValue cursor = values.value(QStringLiteral("cursor"));
    if (cursor.isString() && !cursor.toString().isEmpty()) {
        const QByteArray json =
            QByteArray::fromBase64(cursor.toString().toLatin1(), QByteArray::Base64UrlEncoding);
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        const QString id = object.value(QStringLiteral("id")).toString();
        const QJsonValue key = object.value(QStringLiteral("k"));
        if (object.value(QStringLiteral("s")).toString() != sortName(query) || id.isEmpty() ||
            !(key.isString() || key.isDouble())) {
            errors.append(
                ApiError::fieldError(QStringLiteral("cursor"),
                                     QStringLiteral("Not a cursor from this listing; start again "
                                                    "without one.")));
        } else {
            query.after =
                qMakePair(key.isDouble() ? QVariant(qint64(key.toDouble())) : key.toVariant(), id);
        }
    } else if (!cursor.isUndefined() && !cursor.isNull() && !cursor.isString()) {
        errors.append(
            ApiError::fieldError(QStringLiteral("cursor"), QStringLiteral("Must be a string.")));
    }
    return query;
}

QString TaskListParams::cursorAfter(const QVariant &sortValue, const QString &id,
                                    const TaskQuery &query)
{
    // {"id":...,"k":...,"s":...}, written directly: every full page needs one, and a
    // QJsonObject plus QJsonDocument cost as much as splicing the whole page.
    const int type = sortValue.typeId();
    const bool number = type == QMetaType::Int || type == QMetaType::LongLong;
    QByteArray json;
    json.reserve(128);
    json.append(R"({"id":)");
    appendJsonString(json, id);
    json.append(R"(,"k":)");
    if (number)
        json.append(QByteArray::number(sortValue.toLongLong()));
    else
        appendJsonString(json, sortValue.toString());
    json.append(R"(,"s":)");
    appendJsonString(json, sortName(query));
    json.append('}');
    return QString::fromLatin1(Crypto::base64Url(json));
}
