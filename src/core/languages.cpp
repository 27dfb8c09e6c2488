// SPDX-License-Identifier: MIT
#include "languages.h"

#include "settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>

namespace SmtpCodes {

namespace {
const QString translationPrefix = QStringLiteral("smtp-codes_");
const QString translationDirectory = QStringLiteral(":/i18n");
} // namespace

QString Languages::sourceLanguage()
{
    return QStringLiteral("en");
}

QStringList Languages::available()
{
    // The translations are compiled in, so the list never changes; listing the resource
    // directory on every lookup cost a measurable part of start-up.
    static const QStringList languages = [] {
        QStringList list{sourceLanguage()};
        const QStringList files =
            QDir(translationDirectory)
                .entryList({translationPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            list << file.mid(translationPrefix.size()).chopped(3);
        return list;
    }();
    return languages;
}

QString Languages::match(const QString &requested)
{
    QString wanted = requested.trimmed();
    wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QStringList languages = available();
    for (const QString &language : languages) {
        if (language.compare(wanted, Qt::CaseInsensitive) == 0)
            return language;
    }
    return {};
}

QString Languages::nativeName(const QString &language)
{
    // QLocale names the territory ("中文（中国）"); people look for the script or the variant.
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral(u"中文（简体）");
    if (language == QLatin1String("pt_BR"))
        return QStringLiteral(u"Português (Brasil)");
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name.front().toUpper() + name.mid(1);
}

QString Languages::systemDefault()
{
    const QStringList languages = available();
    for (QString uiLanguage : QLocale::system().uiLanguages()) {
        uiLanguage.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (const QString exact = match(uiLanguage); !exact.isEmpty())
            return exact;
        // "pt" matches "pt_BR", "zh_Hans_CN" matches "zh_CN".
        const QString base = uiLanguage.section(QLatin1Char('_'), 0, 0);
        for (const QString &language : languages) {
            if (language.section(QLatin1Char('_'), 0, 0) == base)
                return language;
        }
    }
    return sourceLanguage();
}

QString Languages::startLanguage(const QString &requested, const Settings &settings)
{
    if (!requested.isEmpty())
        return requested;
    const QString remembered = settings.language();
    return remembered.isEmpty() ? systemDefault() : remembered;
}

LanguageSwitcher::LanguageSwitcher() = default;

LanguageSwitcher::~LanguageSwitcher()
{
    removeInstalled();
}

void LanguageSwitcher::removeInstalled()
{
    if (!QCoreApplication::instance())
        return;
    for (const auto &translator : {m_appTranslator.get(), m_qtTranslator.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
}

bool LanguageSwitcher::apply(const QString &language)
{
    const QString matched = Languages::match(language);
    if (matched.isEmpty())
        return false;

    auto appTranslator = std::make_unique<QTranslator>();
    auto qtTranslator = std::make_unique<QTranslator>();
    const bool isSource = matched == Languages::sourceLanguage();
    if (!isSource && !appTranslator->load(translationPrefix + matched, translationDirectory))
        return false;
    const bool haveQtTranslation =
        !isSource &&
        qtTranslator->load(QLocale(matched), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    // The default locale first: widgets retranslate (and join lists) as soon as
    // translators are removed or installed.
    QLocale::setDefault(QLocale(matched));
    removeInstalled();
    m_appTranslator.reset();
    m_qtTranslator.reset();
    if (!isSource) {
        m_appTranslator = std::move(appTranslator);
        QCoreApplication::installTranslator(m_appTranslator.get());
        if (haveQtTranslation) {
            m_qtTranslator = std::move(qtTranslator);
            QCoreApplication::installTranslator(m_qtTranslator.get());
        }
    }
    m_current = matched;
    return true;
}

} // namespace SmtpCodes
