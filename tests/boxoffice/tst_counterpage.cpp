// The counter page against the real database, offscreen: a keyboard-only sale of two tickets
// with holders, the "taken meanwhile" message, and two counters seeing each other live.
#include "boxoffice/counterpage.h"
#include "boxoffice/holderform.h"
#include "boxoffice/paymentdialog.h"
#include "boxoffice/shiftdialogs.h"
#include "boxoffice/ticketoutput.h"
#include "cache/liveseatmap.h"
#include "cache/cachedmatch.h"
#include "db/dbsession.h"
#include "clerkkeyboard.h"
#include "saletestkit.h"
#include "seatmap/seatmapmodel.h"
#include "testdatabase.h"
#include "testvenue.h"

#include "seatmap/seatmapview.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tribina;
using namespace SaleTestKit;
using namespace ClerkKeyboard;

class TestCounterPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keyboardOnlySaleOfTwoTickets();
    void otherCounterSeesTheSaleLive();
    void seatTakenMeanwhileNamesTheSeat();
    void offlineShowsABannerAndKeepsTheMap();
    void cleanupTestCase();

private:
    int countWith(SeatMapModel *model, SeatStatus status) const;
    int sql(const QString &query) { return must(m_admin, query).toInt(); }

    const QString m_name = QStringLiteral("counterpage");
    const QString m_suffix = QString::number(QCoreApplication::applicationPid());
    QTemporaryDir m_dir;
    QSqlDatabase m_admin;
    QUuid m_match;
    std::unique_ptr<DbSession> m_session1;
    std::unique_ptr<DbSession> m_session2;
    std::unique_ptr<CounterPage> m_page1;
    std::unique_ptr<CounterPage> m_page2;
};

int TestCounterPage::countWith(SeatMapModel *model, SeatStatus status) const
{
    int n = 0;
    for (int seat = 0; seat < model->seatCount(); ++seat)
        n += model->status(seat) == status;
    return n;
}

void TestCounterPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    TicketOutput::setOutputDir(m_dir.filePath(QStringLiteral("out")));
    m_admin = TestDatabase::fresh(m_name);
    const QString c1 = TestDatabase::addStaff(m_admin, QStringLiteral("cp1_") + m_suffix, QStringLiteral("tribina_box_office"));
    const QString c2 = TestDatabase::addStaff(m_admin, QStringLiteral("cp2_") + m_suffix, QStringLiteral("tribina_box_office"));
    const TestVenue venue = TestVenue::create(m_admin, QStringLiteral("Counter Page Arena"), 3, 10);
    m_match = venue.matchId;
    priceMatch(m_admin, m_match);

    m_session1 = std::make_unique<DbSession>();
    m_session2 = std::make_unique<DbSession>();
    QVERIFY(m_session1->open(TestDatabase::settings(m_name, c1), QStringLiteral("secret")).result().ok());
    QVERIFY(m_session2->open(TestDatabase::settings(m_name, c2), QStringLiteral("secret")).result().ok());

    CounterPage::Options o1{m_dir.filePath(QStringLiteral("cache1.sqlite")), false};
    CounterPage::Options o2{m_dir.filePath(QStringLiteral("cache2.sqlite")), false};
    m_page1 = std::make_unique<CounterPage>(*m_session1, o1);
    m_page2 = std::make_unique<CounterPage>(*m_session2, o2);
    m_page1->resize(1400, 900);
    m_page2->resize(1400, 900);
    // Each picks the first match on sale by itself, from the server (the caches are empty).
    QTRY_COMPARE_WITH_TIMEOUT(m_page1->currentMatch(), m_match, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_page1->seatModel()->seatCount(), 30, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_page2->seatModel()->seatCount(), 30, 10'000);
}

void TestCounterPage::keyboardOnlySaleOfTwoTickets()
{
    CounterPage &page = *m_page1;
    page.show();
    QVERIFY(ClerkKeyboard::activate(&page));
    page.setFocus();

    // F2: open the shift with a float of 100 €.
    key(Qt::Key_F2);
    ShiftOpenDialog *shift = nullptr;
    QTRY_VERIFY((shift = page.findChild<ShiftOpenDialog *>()) && focus() && focus()->objectName() == QStringLiteral("cashFloat"));
    type(QStringLiteral("100"));
    key(Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(!page.shiftId().isNull(), qPrintable(page.message()), 10'000);

    // F3: the best two seats, held for this clerk; the first holder's name has the focus.
    QVERIFY(ClerkKeyboard::activate(&page));
    page.setFocus();
    QTRY_VERIFY(focus());
    key(Qt::Key_F3);
    QTRY_VERIFY2_WITH_TIMEOUT(page.heldSeats().size() == 2, qPrintable(page.message()), 10'000);
    QTRY_COMPARE(page.holderForms().size(), 2);
    QTRY_VERIFY(focus() == page.holderForms().at(0)->nameEdit());

    const QStringList names = {QStringLiteral("Ana Horvat"), QStringLiteral("Ivan Kovac")};
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(focus()->objectName(), QStringLiteral("holderName"));
        type(names.at(i));
        key(Qt::Key_Tab);
        QCOMPARE(focus()->objectName(), QStringLiteral("holderBirth"));
        type(i == 0 ? QStringLiteral("17.05.1990") : QStringLiteral("02.11.2012")); // the second a minor
        key(Qt::Key_Return); // Enter moves on like Tab
        QCOMPARE(focus()->objectName(), QStringLiteral("holderNationality"));
        key(Qt::Key_Tab);
        QCOMPARE(focus()->objectName(), QStringLiteral("holderForeigner"));
        key(Qt::Key_Tab);
        QCOMPARE(focus()->objectName(), QStringLiteral("holderOib"));
        type(randomOib());
        QVERIFY(page.holderForms().at(i)->isComplete());
        key(Qt::Key_Tab);
    }
    QVERIFY(page.holderForms().at(1)->findChild<QLabel *>(QStringLiteral("holderStatus"))->property("minor").toBool());
    auto *prices = page.findChild<QTableWidget *>(QStringLiteral("priceTable"));
    QTRY_COMPARE_WITH_TIMEOUT(prices->rowCount(), 2, 10'000);
    QVERIFY(prices->item(0, 5)->text().contains(QStringLiteral("47.70"))); // 45.00 + 6 % fee

    // F9: payment, cash 100 € → change due; Enter sells.
    QSignalSpy sold(&page, &CounterPage::sold);
    page.holderForms().at(1)->nameEdit()->setFocus(); // anywhere inside the page
    key(Qt::Key_F9);
    PaymentDialog *payment = nullptr;
    QTRY_VERIFY((payment = page.findChild<PaymentDialog *>()) && focus() && focus()->objectName() == QStringLiteral("cashGiven"));
    type(QStringLiteral("100"));
    QVERIFY(payment->findChild<QLabel *>(QStringLiteral("changeDue"))->text().contains(QStringLiteral("4.60")));
    key(Qt::Key_Return);
    QVERIFY2(sold.wait(20'000), qPrintable(page.message()));

    const SaleReceipt receipt = sold.at(0).at(0).value<SaleReceipt>();
    QCOMPARE(receipt.tickets.size(), 2);
    QCOMPARE(receipt.change, Money(460));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM tickets WHERE match_id = '%1' AND status = 'SOLD'").arg(id(m_match))), 2);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE match_id = '%1' AND status = 'SOLD'").arg(id(m_match))), 2);
    QVERIFY(page.heldSeats().isEmpty());
    // No printer here: tickets and receipt are PDFs.
    QCOMPARE(page.lastOutputFiles().size(), 2);
    for (const QString &file : page.lastOutputFiles()) {
        QFile pdf(file);
        QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(file));
        QVERIFY(pdf.read(5) == "%PDF-");
    }
    QVERIFY(page.message().contains(receipt.orderNumber));
    // The seller's own map shows them sold.
    QTRY_COMPARE_WITH_TIMEOUT(countWith(page.seatModel(), SeatStatus::Sold), 2, 10'000);
}

void TestCounterPage::otherCounterSeesTheSaleLive()
{
    // No refresh on the second counter: its map follows the server by itself.
    QTRY_COMPARE_WITH_TIMEOUT(countWith(m_page2->seatModel(), SeatStatus::Sold), 2, 10'000);
    // A hold on counter 2 shows as held on counter 1 (and as "mine" only on counter 2).
    QVERIFY(m_session2->runSync<bool>([](QSqlDatabase &) { return true; }));
    SeatMapModel *model2 = m_page2->seatModel();
    int free = -1;
    for (int seat = 0; seat < model2->seatCount() && free < 0; ++seat)
        if (model2->status(seat) == SeatStatus::Available)
            free = seat;
    QVERIFY(free >= 0);
    model2->select({free}); // what a click on the map does
    QTRY_VERIFY2_WITH_TIMEOUT(m_page2->heldSeats().size() == 1, qPrintable(m_page2->message()), 10'000);
    const QUuid inventory = m_page2->liveMap()->cachedSeat(free)->inventoryId;
    QTRY_COMPARE_WITH_TIMEOUT(sql(QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE id = '%1'"
                                                 " AND status = 'RESERVED' AND held_until > now()").arg(id(inventory))), 1, 10'000);
    const int onPage1 = m_page1->liveMap()->seatOf(inventory);
    QTRY_COMPARE_WITH_TIMEOUT(m_page1->seatModel()->status(onPage1), SeatStatus::Reserved, 10'000);
    QVERIFY(!(m_page1->seatModel()->flags(onPage1) & SeatFlag::HeldByMe));
    // Cancel on counter 2 releases it everywhere.
    m_page2->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(m_page1->seatModel()->status(onPage1), SeatStatus::Available, 10'000);
}

void TestCounterPage::seatTakenMeanwhileNamesTheSeat()
{
    CounterPage &page = *m_page1;
    page.bestAvailable(); // quantity 2 as before
    QTRY_COMPARE_WITH_TIMEOUT(page.heldSeats().size(), 2, 10'000);
    for (int i = 0; i < 2; ++i)
        page.holderForms().at(i)->setHolder(holder(QStringLiteral("Holder %1").arg(i)));
    QTRY_COMPARE_WITH_TIMEOUT(page.findChild<QTableWidget *>(QStringLiteral("priceTable"))->rowCount(), 2, 10'000);

    // Meanwhile the second seat goes another way (an administrator blocks it, say).
    const int seat = page.heldSeats().at(1);
    const QUuid inventory = page.liveMap()->cachedSeat(seat)->inventoryId;
    must(m_admin, QStringLiteral("UPDATE match_seat_inventory SET status = 'SOLD', held_by = NULL, held_until = NULL,"
                                 " hold_token = NULL WHERE id = '%1' RETURNING 1").arg(id(inventory)));
    const QString seatText = QStringLiteral("Sector A, row %1, seat %2")
                                 .arg(page.seatModel()->rowIdentifier(seat), page.seatModel()->seatLabel(seat));

    page.sell();
    PaymentDialog *payment = nullptr;
    QTRY_VERIFY((payment = page.findChild<PaymentDialog *>()));
    payment->findChild<QLineEdit *>(QStringLiteral("cashGiven"))->setText(QStringLiteral("200"));
    QSignalSpy message(&page, &CounterPage::messageChanged);
    payment->accept();
    QTRY_VERIFY2_WITH_TIMEOUT(page.message().contains(QStringLiteral("meanwhile")), qPrintable(page.message()), 15'000);
    QVERIFY2(page.message().contains(seatText), qPrintable(page.message() + QStringLiteral(" / ") + seatText));
    // Nothing was sold: still the two tickets of the first sale.
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM tickets WHERE match_id = '%1'").arg(id(m_match))), 2);
    page.cancel();
}

void TestCounterPage::offlineShowsABannerAndKeepsTheMap()
{
    auto *banner = m_page2->findChild<QLabel *>(QStringLiteral("offlineBanner"));
    QVERIFY(banner && banner->isHidden());
    m_session2->close();
    QTRY_VERIFY(!banner->isHidden());
    QCOMPARE(m_page2->seatModel()->seatCount(), 30); // the last known map stays
    m_page2->bestAvailable();
    QVERIFY(m_page2->heldSeats().isEmpty()); // nothing is held or sold offline
    QVERIFY(!m_page2->findChild<QPushButton *>(QStringLiteral("sellButton"))->isEnabled());
    QVERIFY(m_session2->open(TestDatabase::settings(m_name, QStringLiteral("cp2_") + m_suffix), QStringLiteral("secret"))
                .result().ok());
    QTRY_VERIFY(banner->isHidden());
}

void TestCounterPage::cleanupTestCase()
{
    m_page1.reset();
    m_page2.reset();
    m_session1.reset();
    m_session2.reset();
}

QTEST_MAIN(TestCounterPage)
#include "tst_counterpage.moc"
