// SPDX-License-Identifier: MIT
#include "catalogstream.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>

namespace SmtpCodes {

namespace {

// Changes whenever a field is added, removed or reordered below.
constexpr quint32 magic = 0x534d5443; // "SMTC"
constexpr quint32 formatVersion = 2;

// Hashes go out sorted by key, so that one catalog always gives the same bytes, in the form
// QDataStream reads a QHash from: the count, then each key and value.
template <typename Key> void writeHash(QDataStream &out, const QHash<Key, QString> &hash)
{
    QList<Key> keys = hash.keys();
    std::sort(keys.begin(), keys.end());
    out << quint32(keys.size());
    for (const Key &key : std::as_const(keys))
        out << key << hash.value(key);
}

} // namespace

// Found by argument-dependent lookup, from QDataStream's container operators too.
QDataStream &operator<<(QDataStream &out, const EnhancedCode &code)
{
    return out << code.codeClass << code.subject << code.detail;
}

QDataStream &operator>>(QDataStream &in, EnhancedCode &code)
{
    return in >> code.codeClass >> code.subject >> code.detail;
}

QDataStream &operator<<(QDataStream &out, const RfcReference &reference)
{
    return out << reference.rfc << reference.section << reference.defines;
}

QDataStream &operator>>(QDataStream &in, RfcReference &reference)
{
    return in >> reference.rfc >> reference.section >> reference.defines;
}

QDataStream &operator<<(QDataStream &out, const ExchangeLine &line)
{
    return out << (line.sender == ExchangeLine::Sender::Client) << line.text;
}

QDataStream &operator>>(QDataStream &in, ExchangeLine &line)
{
    bool client = false;
    in >> client >> line.text;
    line.sender = client ? ExchangeLine::Sender::Client : ExchangeLine::Sender::Server;
    return in;
}

QDataStream &operator<<(QDataStream &out, const ReplyCode &entry)
{
    return out << entry.code << entry.name << entry.standard << entry.origin << entry.summary
               << entry.description << entry.seenWhen << entry.howToFix << entry.rfcs
               << entry.commands << entry.enhancedCodes << entry.related << entry.example
               << entry.notes;
}

QDataStream &operator>>(QDataStream &in, ReplyCode &entry)
{
    return in >> entry.code >> entry.name >> entry.standard >> entry.origin >> entry.summary >>
           entry.description >> entry.seenWhen >> entry.howToFix >> entry.rfcs >> entry.commands >>
           entry.enhancedCodes >> entry.related >> entry.example >> entry.notes;
}

QDataStream &operator<<(QDataStream &out, const EnhancedClassInfo &info)
{
    return out << info.codeClass << info.name << info.description << info.rfcs;
}

QDataStream &operator>>(QDataStream &in, EnhancedClassInfo &info)
{
    return in >> info.codeClass >> info.name >> info.description >> info.rfcs;
}

QDataStream &operator<<(QDataStream &out, const EnhancedSubjectInfo &info)
{
    return out << info.subject << info.name << info.description << info.rfcs;
}

QDataStream &operator>>(QDataStream &in, EnhancedSubjectInfo &info)
{
    return in >> info.subject >> info.name >> info.description >> info.rfcs;
}

QDataStream &operator<<(QDataStream &out, const EnhancedEntry &entry)
{
    return out << entry.code << entry.name << entry.deprecated << entry.replyCodes << entry.classes
               << entry.summary << entry.description << entry.seenWhen << entry.howToFix
               << entry.rfcs << entry.related << entry.example;
}

QDataStream &operator>>(QDataStream &in, EnhancedEntry &entry)
{
    return in >> entry.code >> entry.name >> entry.deprecated >> entry.replyCodes >>
           entry.classes >> entry.summary >> entry.description >> entry.seenWhen >>
           entry.howToFix >> entry.rfcs >> entry.related >> entry.example;
}

QDataStream &operator<<(QDataStream &out, const ReasonInfo &info)
{
    return out << info.id << info.title << info.verdict << info.whatToDo;
}

QDataStream &operator>>(QDataStream &in, ReasonInfo &info)
{
    return in >> info.id >> info.title >> info.verdict >> info.whatToDo;
}

QDataStream &operator<<(QDataStream &out, const ReasonPhrases &phrases)
{
    return out << phrases.reason << phrases.overridesCodes << phrases.words;
}

QDataStream &operator>>(QDataStream &in, ReasonPhrases &phrases)
{
    return in >> phrases.reason >> phrases.overridesCodes >> phrases.words;
}

QByteArray CatalogStream::write(const Catalog &catalog)
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    // The machines that read it are little-endian: strings load without swapping bytes.
    out.setByteOrder(QDataStream::LittleEndian);
    out << magic << formatVersion;

    out << catalog.replyCodes();
    const EnhancedRegistry &enhanced = catalog.enhancedRegistry();
    out << enhanced.lastUpdated << enhanced.classes << enhanced.subjects << enhanced.codes;
    const ReasonRules &reasons = catalog.reasonRules();
    out << reasons.reasons << reasons.phrases;
    writeHash(out, reasons.specificCodes);
    writeHash(out, reasons.replyFallbacks);
    writeHash(out, reasons.enhancedFallbacks);
    return data;
}

std::optional<Catalog> CatalogStream::read(const QByteArray &data)
{
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_4);
    in.setByteOrder(QDataStream::LittleEndian);
    quint32 foundMagic = 0, foundVersion = 0;
    in >> foundMagic >> foundVersion;
    if (foundMagic != magic || foundVersion != formatVersion)
        return std::nullopt;

    QList<ReplyCode> replyCodes;
    in >> replyCodes;
    EnhancedRegistry enhanced;
    in >> enhanced.lastUpdated >> enhanced.classes >> enhanced.subjects >> enhanced.codes;
    ReasonRules reasons;
    in >> reasons.reasons >> reasons.phrases;
    in >> reasons.specificCodes >> reasons.replyFallbacks >> reasons.enhancedFallbacks;
    if (in.status() != QDataStream::Ok || !in.atEnd() || replyCodes.isEmpty())
        return std::nullopt;
    return Catalog(std::move(replyCodes), std::move(enhanced), std::move(reasons));
}

} // namespace SmtpCodes
