// SPDX-License-Identifier: MIT
// MailReader::read with GMime. Tests, fuzzers and the bench link it in; the application loads it
// as a module the first time it reads mail (mailreadermodule.cpp, src/app/mailreaderloader.cpp).
#include "mailreader.h"

#include <QRegularExpression>

#include <gmime/gmime.h>

#include <memory>

namespace SmtpCodes {

namespace {

// Deeper than any real bounce nests messages, or parts in a message; deeper input is not read
// further. Messages and parts are counted apart, so a bounce forwarded many times over is read.
constexpr int maximumDepth = 32;
// An mbox file of more messages is read only this far.
constexpr int maximumMessages = 10000;

void initializeGMime()
{
    static const bool initialized = [] {
        g_mime_init();
        return true;
    }();
    Q_UNUSED(initialized);
}

template <typename T> struct GObjectDeleter
{
    void operator()(T *object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template <typename T> using GObjectPointer = std::unique_ptr<T, GObjectDeleter<T>>;

QString fromGMime(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

// The decoded content of a leaf part (transfer encoding undone).
QByteArray partBytes(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GObjectPointer<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, stream.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data),
                      static_cast<qsizetype>(bytes->len));
}

// The text of a text part in Unicode: GMime converts from the part's charset.
QString partText(GMimePart *part)
{
    if (GMIME_IS_TEXT_PART(part)) {
        std::unique_ptr<char, decltype(&g_free)> text(
            g_mime_text_part_get_text(GMIME_TEXT_PART(part)), &g_free);
        if (text)
            return QString::fromUtf8(text.get());
    }
    return QString::fromUtf8(partBytes(part));
}

// HTML as text, for bounces that carry no text/plain: tags dropped, entities decoded.
QString htmlAsText(const QString &html)
{
    static const QRegularExpression hidden(QStringLiteral("<(style|script|head)\\b.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(
        QStringLiteral("<\\s*(br|/p|/div|/tr|/li|/h[1-6]|p|div|tr|li|table)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression entity(QStringLiteral("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);"));
    QString text = html;
    text.remove(hidden);
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    QString decoded;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        decoded += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint value = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                                   ? name.mid(2).toUInt(&ok, 16)
                                   : name.mid(1).toUInt(&ok);
            const char32_t character = value;
            decoded += ok && value > 0 && value <= 0x10FFFF ? QString::fromUcs4(&character, 1)
                                                            : match.captured();
        } else {
            static const QMap<QString, QString> named{
                {QStringLiteral("lt"), QStringLiteral("<")},
                {QStringLiteral("gt"), QStringLiteral(">")},
                {QStringLiteral("amp"), QStringLiteral("&")},
                {QStringLiteral("quot"), QStringLiteral("\"")},
                {QStringLiteral("apos"), QStringLiteral("'")},
                {QStringLiteral("nbsp"), QStringLiteral(" ")}};
            decoded += named.value(name.toLower(), match.captured());
        }
        last = match.capturedEnd();
    }
    decoded += QStringView(text).mid(last);
    return decoded;
}

// RFC 3464 fields of one block, parsed by GMime as the header of a message of its own.
DeliveryStatusFields headerFields(const QByteArray &block)
{
    DeliveryStatusFields fields;
    const QByteArray message = block + "\n\n";
    GObjectPointer<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(
        message.constData(), static_cast<size_t>(message.size())));
    GObjectPointer<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GObjectPointer<GMimeMessage> parsed(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!parsed)
        return fields;
    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(parsed.get()));
    const int count = g_mime_header_list_get_count(headers);
    for (int i = 0; i < count; ++i) {
        GMimeHeader *header = g_mime_header_list_get_header_at(headers, i);
        const QString name = fromGMime(g_mime_header_get_name(header)).toLower();
        // The first of a repeated field counts.
        if (!fields.contains(name))
            fields.insert(name, fromGMime(g_mime_header_get_value(header)).simplified());
    }
    return fields;
}

// A message/delivery-status body: the per-message block, then one block per recipient.
void readDeliveryStatus(const QByteArray &body, MailReport &report)
{
    QByteArray normalized = body;
    normalized.replace("\r\n", "\n");
    static const QRegularExpression blankLines(QStringLiteral("\\n[ \\t]*\\n"));
    const QStringList blocks = QString::fromUtf8(normalized).split(blankLines, Qt::SkipEmptyParts);
    bool first = true;
    for (const QString &block : blocks) {
        const DeliveryStatusFields fields = headerFields(block.trimmed().toUtf8());
        if (fields.isEmpty())
            continue;
        const bool isRecipient = fields.contains(QStringLiteral("final-recipient")) ||
                                 fields.contains(QStringLiteral("original-recipient"));
        if (first && !isRecipient)
            report.messageFields = fields;
        else if (isRecipient)
            report.recipients << fields;
        first = false;
    }
}

class Walker
{
public:
    explicit Walker(MailReport &report) : m_report(report) {}

    // Returns the messages found inside, to read when this one holds nothing.
    QList<GMimeMessage *> walk(GMimeObject *object)
    {
        QList<GMimeMessage *> inner;
        visit(object, 0, inner);
        return inner;
    }

private:
    void visit(GMimeObject *object, int depth, QList<GMimeMessage *> &inner)
    {
        if (!object || depth > maximumDepth)
            return;
        GMimeContentType *type = g_mime_object_get_content_type(object);
        if (GMIME_IS_MULTIPART(object)) {
            GMimeMultipart *multipart = GMIME_MULTIPART(object);
            const bool alternative = g_mime_content_type_is_type(type, "multipart", "alternative");
            const int count = g_mime_multipart_get_count(multipart);
            const qsizetype textsBefore = m_report.texts.size();
            for (int i = 0; i < count; ++i)
                visit(g_mime_multipart_get_part(multipart, i), depth + 1, inner);
            // Of alternatives, one is enough: text/plain wins over the same text as HTML.
            if (alternative && m_report.texts.size() > textsBefore + 1) {
                const QStringList parts = m_report.texts.mid(textsBefore);
                m_report.texts.resize(textsBefore);
                m_report.texts << parts.first();
            }
            return;
        }
        if (GMIME_IS_MESSAGE_PART(object)) {
            // The returned original, or a forwarded bounce: read only if nothing else is found.
            if (GMimeMessage *message = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object)))
                inner << message;
            return;
        }
        if (!GMIME_IS_PART(object))
            return;
        GMimePart *part = GMIME_PART(object);
        if (g_mime_content_type_is_type(type, "message", "delivery-status") ||
            g_mime_content_type_is_type(type, "message", "global-delivery-status")) {
            readDeliveryStatus(partBytes(part), m_report);
            return;
        }
        if (g_mime_content_type_is_type(type, "text", "rfc822-headers") ||
            g_mime_content_type_is_type(type, "message", "rfc822-headers"))
            return;
        const char *disposition = g_mime_object_get_disposition(object);
        const bool attachment = disposition && qstricmp(disposition, "attachment") == 0;
        if (g_mime_content_type_is_type(type, "text", "plain") && !attachment) {
            m_report.texts << partText(part);
        } else if (g_mime_content_type_is_type(type, "text", "html") && !attachment) {
            m_report.texts << htmlAsText(partText(part));
        }
    }

    MailReport &m_report;
};

void readMessage(GMimeMessage *message, int depth, QList<MailReport> &reports)
{
    if (!message || depth > maximumDepth)
        return;
    MailReport report;
    report.subject = fromGMime(g_mime_message_get_subject(message));
    if (const char *failed =
            g_mime_object_get_header(GMIME_OBJECT(message), "X-Failed-Recipients")) {
        for (const QString &address :
             QString::fromUtf8(failed).split(QLatin1Char(','), Qt::SkipEmptyParts))
            report.failedRecipients << address.trimmed();
    }
    const QList<GMimeMessage *> inner = Walker(report).walk(g_mime_message_get_mime_part(message));
    const bool empty =
        report.recipients.isEmpty() && report.texts.join(QString()).trimmed().isEmpty();
    reports << report;
    if (empty) {
        for (GMimeMessage *nested : inner)
            readMessage(nested, depth + 1, reports);
    }
}

} // namespace

QList<MailReport> MailReader::read(const QByteArray &data)
{
    initializeGMime();
    QList<MailReport> reports;
    GObjectPointer<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(data.constData(), static_cast<size_t>(data.size())));
    GObjectPointer<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    const bool mbox = data.startsWith("From ");
    g_mime_parser_set_format(parser.get(), mbox ? GMIME_FORMAT_MBOX : GMIME_FORMAT_MESSAGE);
    for (int i = 0; i < maximumMessages; ++i) {
        GObjectPointer<GMimeMessage> message(
            g_mime_parser_construct_message(parser.get(), nullptr));
        if (!message)
            break;
        readMessage(message.get(), 0, reports);
        if (!mbox || g_mime_parser_eos(parser.get()))
            break;
    }
    return reports;
}

} // namespace SmtpCodes
