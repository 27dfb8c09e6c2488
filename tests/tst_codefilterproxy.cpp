// SPDX-License-Identifier: MIT
#include "builtincatalog.h"
#include "codefilterproxy.h"
#include "codelistmodel.h"

#include <QTest>

#include "testcodes.h"

using namespace SmtpCodes;

class TestCodeFilterProxy : public QObject
{
    Q_OBJECT

private:
    const Catalog &m_catalog = BuiltInCatalog::load().catalog;
    CodeListModel *m_model = nullptr;
    CodeFilterProxy *m_proxy = nullptr;

    QStringList shownCodes() const
    {
        QStringList codes;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            codes << m_proxy->index(row, 0).data(CodeListModel::CodeRole).toString();
        return codes;
    }

    // The shown codes of one kind: reply codes are three digits, enhanced codes start with X.
    QStringList shownCodes(CodeId::Kind kind) const
    {
        QStringList codes;
        for (const QString &code : shownCodes()) {
            if (code.startsWith(QLatin1Char('X')) == (kind == CodeId::Kind::Enhanced))
                codes << code;
        }
        return codes;
    }

private slots:
    void init()
    {
        m_model = new CodeListModel(m_catalog, this);
        m_proxy = new CodeFilterProxy(this);
        m_proxy->setSourceModel(m_model);
    }

    void cleanup()
    {
        delete m_proxy;
        delete m_model;
    }

    void model_listsEveryCodeWithItsName()
    {
        QCOMPARE(m_model->rowCount(), m_catalog.size());
        QVERIFY(m_catalog.enhancedCodes().size() > 70);
        const QModelIndex index = m_model->indexOfCode(reply(535));
        QCOMPARE(index.data().toString(), QStringLiteral("535  Authentication Failed"));
        QCOMPARE(index.data(CodeListModel::ClassMaskRole).toInt(), 1 << 5);
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(m_model->indexOfCode(reply(571))
                    .data()
                    .toString()
                    .contains(QStringLiteral("non-standard")));
        QVERIFY(!m_model->indexOfCode(reply(999)).isValid());
        // A code read in a class has the row of its registry entry.
        const QModelIndex registryRow = m_model->indexOfCode(enhanced("5.7.8"));
        QCOMPARE(registryRow, m_model->indexOfCode(enhanced("X.7.8")));
        QCOMPARE(registryRow.data().toString(),
                 QStringLiteral("X.7.8  Authentication credentials invalid"));
        QCOMPARE(registryRow.data(CodeListModel::ClassMaskRole).toInt(), 1 << 5);
        QVERIFY(!m_model->indexOfCode(enhanced("5.7.606")).isValid());
        QVERIFY(m_model->indexOfCode(enhanced("X.6.10"))
                    .data()
                    .toString()
                    .contains(QStringLiteral("deprecated")));
    }

    void auth_leavesTheAuthenticationCodes()
    {
        m_proxy->setSearchText(QStringLiteral("auth"));
        // Every code RFC 4954 gives AUTH, plus 571 "Delivery Not Authorized" (authorization).
        QCOMPARE(shownCodes(CodeId::Kind::Reply),
                 (QStringList{QStringLiteral("235"), QStringLiteral("334"), QStringLiteral("432"),
                              QStringLiteral("454"), QStringLiteral("500"), QStringLiteral("501"),
                              QStringLiteral("503"), QStringLiteral("504"), QStringLiteral("530"),
                              QStringLiteral("534"), QStringLiteral("535"), QStringLiteral("538"),
                              QStringLiteral("571")}));
        QVERIFY(shownCodes(CodeId::Kind::Enhanced).contains(QStringLiteral("X.7.8")));
        for (const QString &code : shownCodes(CodeId::Kind::Enhanced)) {
            const EnhancedEntry *entry =
                m_catalog.findEnhanced(enhanced(qPrintable(code)).enhancedCode());
            QVERIFY(entry);
            const QString text = entry->name + entry->summary;
            QVERIFY2(text.contains(QStringLiteral("auth"), Qt::CaseInsensitive), qPrintable(code));
        }
        const qsizetype count = shownCodes().size();
        m_proxy->setSearchText(QStringLiteral("AUTH"));
        QCOMPARE(shownCodes().size(), count);
    }

    void kindFilter_leavesOnlyThatKind()
    {
        m_proxy->setKindFilter(CodeFilterProxy::KindFilter::EnhancedCodes);
        QCOMPARE(m_proxy->rowCount(), m_catalog.enhancedCodes().size());
        QVERIFY(shownCodes(CodeId::Kind::Reply).isEmpty());
        m_proxy->setKindFilter(CodeFilterProxy::KindFilter::ReplyCodes);
        QCOMPARE(m_proxy->rowCount(), m_catalog.replyCodes().size());
        m_proxy->setKindFilter(CodeFilterProxy::KindFilter::All);
        QCOMPARE(m_proxy->rowCount(), m_catalog.size());
    }

    // The class filter covers both kinds: an enhanced code shows under each class it is used in.
    void classFilter_leavesOnlyThatClass()
    {
        m_proxy->setClassFilter(4);
        QVERIFY(m_proxy->rowCount() > 5);
        for (const QString &code : shownCodes(CodeId::Kind::Reply))
            QVERIFY2(code.startsWith(QLatin1Char('4')), qPrintable(code));
        QVERIFY(shownCodes().contains(QStringLiteral("X.2.2")));
        QVERIFY(!shownCodes().contains(QStringLiteral("X.7.8")));
        m_proxy->setClassFilter(2);
        QVERIFY(shownCodes().contains(QStringLiteral("X.1.5")));
        QVERIFY(!shownCodes().contains(QStringLiteral("X.1.1")));
        m_proxy->setClassFilter(std::nullopt);
        QCOMPARE(m_proxy->rowCount(), m_catalog.size());
    }

    void filters_combine()
    {
        m_proxy->setSearchText(QStringLiteral("auth"));
        m_proxy->setClassFilter(4);
        m_proxy->setKindFilter(CodeFilterProxy::KindFilter::ReplyCodes);
        QCOMPARE(shownCodes(), (QStringList{QStringLiteral("432"), QStringLiteral("454")}));
    }

    void search_understandsCodesAndPastedReplies_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto list = [](std::initializer_list<const char *> codes) {
            QStringList result;
            for (const char *code : codes)
                result << QLatin1String(code);
            return result;
        };
        QTest::newRow("prefix") << QStringLiteral("53") << list({"530", "534", "535", "538"});
        QTest::newRow("exact") << QStringLiteral(" 421 ") << list({"421"});
        QTest::newRow("pasted reply")
            << QStringLiteral("535 5.7.8 Authentication credentials invalid")
            << list({"X.7.8", "535"});
        QTest::newRow("pasted reply, enhanced first in the list")
            << QStringLiteral("550 5.7.1 Relaying denied") << list({"X.7.1", "550"});
        QTest::newRow("multiline reply")
            << QStringLiteral("550-5.1.1 The email account\n550 5.1.1 does not exist")
            << list({"X.1.1", "550"});
        QTest::newRow("enhanced code") << QStringLiteral("5.7.8") << list({"X.7.8", "535"});
        QTest::newRow("registry form") << QStringLiteral("X.7.8") << list({"X.7.8"});
        QTest::newRow("registry form, lower case") << QStringLiteral("x.7.8") << list({"X.7.8"});
        QTest::newRow("subject and detail") << QStringLiteral("7.8") << list({"535", "X.7.8"});
        QTest::newRow("registry title word")
            << QStringLiteral("credentials") << list({"535", "X.7.8"});
        QTest::newRow("name words") << QStringLiteral("too weak") << list({"534", "X.7.9"});
        QTest::newRow("markup") << QStringLiteral("<b>&amp;</b>") << list({});
        QTest::newRow("unknown code") << QStringLiteral("999") << list({});
    }

    void search_understandsCodesAndPastedReplies()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        m_proxy->setSearchText(text);
        QCOMPARE(shownCodes(), expected);
    }

    // A registry entry found by a code read in a class stands for that code.
    void typedEnhancedCode_isWhatTheRowStandsFor()
    {
        m_proxy->setSearchText(QStringLiteral("550 5.7.1 Relaying denied"));
        QCOMPARE(m_proxy->codeAt(m_proxy->index(0, 0)), enhanced("5.7.1"));
        QCOMPARE(m_proxy->codeAt(m_proxy->index(1, 0)), reply(550));
        m_proxy->setSearchText(QStringLiteral("x.7.1"));
        QCOMPARE(m_proxy->codeAt(m_proxy->index(0, 0)), enhanced("X.7.1"));
    }

    void retranslate_signalsEveryRow()
    {
        int changedRows = 0;
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                [&](const QModelIndex &top, const QModelIndex &bottom) {
                    changedRows += bottom.row() - top.row() + 1;
                });
        m_model->retranslate();
        QCOMPARE(changedRows, m_model->rowCount());
    }
};

QTEST_MAIN(TestCodeFilterProxy)
#include "tst_codefilterproxy.moc"
