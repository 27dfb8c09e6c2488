// SPDX-License-Identifier: MIT
#include "catalogloader.h"
#include "codefilterproxy.h"
#include "codelistmodel.h"

#include <QTest>

using namespace SmtpCodes;

class TestCodeFilterProxy : public QObject
{
    Q_OBJECT

private:
    const Catalog &m_catalog = CatalogLoader::builtIn().catalog;
    CodeListModel *m_model = nullptr;
    CodeFilterProxy *m_proxy = nullptr;

    QList<int> shownCodes() const
    {
        QList<int> codes;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            codes << m_proxy->index(row, 0).data(CodeListModel::CodeRole).toInt();
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
        const QModelIndex index = m_model->indexOfCode(535);
        QCOMPARE(index.data().toString(), QStringLiteral("535  Authentication Failed"));
        QCOMPARE(index.data(CodeListModel::ClassRole).toInt(), 5);
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(
            m_model->indexOfCode(571).data().toString().contains(QStringLiteral("non-standard")));
        QVERIFY(!m_model->indexOfCode(999).isValid());
    }

    void auth_leavesTheAuthenticationCodes()
    {
        m_proxy->setSearchText(QStringLiteral("auth"));
        // Every code RFC 4954 gives AUTH, plus 571 "Delivery Not Authorized" (authorization).
        QCOMPARE(shownCodes(),
                 (QList<int>{235, 334, 432, 454, 500, 501, 503, 504, 530, 534, 535, 538, 571}));
        m_proxy->setSearchText(QStringLiteral("AUTH"));
        QCOMPARE(shownCodes().size(), 13);
    }

    void classFilter_leavesOnlyThatClass()
    {
        m_proxy->setClassFilter(ReplyClass::TransientNegative);
        QVERIFY(m_proxy->rowCount() > 5);
        for (int code : shownCodes())
            QCOMPARE(code / 100, 4);
        m_proxy->setClassFilter(std::nullopt);
        QCOMPARE(m_proxy->rowCount(), m_catalog.size());
    }

    void filters_combine()
    {
        m_proxy->setSearchText(QStringLiteral("auth"));
        m_proxy->setClassFilter(ReplyClass::TransientNegative);
        QCOMPARE(shownCodes(), (QList<int>{432, 454}));
    }

    void search_understandsCodesAndPastedReplies_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("prefix") << QStringLiteral("53") << QList<int>{530, 534, 535, 538};
        QTest::newRow("exact") << QStringLiteral(" 421 ") << QList<int>{421};
        QTest::newRow("pasted reply")
            << QStringLiteral("535 5.7.8 Authentication credentials invalid") << QList<int>{535};
        QTest::newRow("multiline reply")
            << QStringLiteral("550-5.1.1 The email account\n550 5.1.1 does not exist")
            << QList<int>{550};
        QTest::newRow("enhanced code") << QStringLiteral("5.7.8") << QList<int>{535};
        QTest::newRow("name words") << QStringLiteral("too weak") << QList<int>{534};
        QTest::newRow("markup") << QStringLiteral("<b>&amp;</b>") << QList<int>{};
        QTest::newRow("unknown code") << QStringLiteral("999") << QList<int>{};
    }

    void search_understandsCodesAndPastedReplies()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, expected);
        m_proxy->setSearchText(text);
        QCOMPARE(shownCodes(), expected);
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
