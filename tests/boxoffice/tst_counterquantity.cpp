// The counter page on a non-numbered match, against the real database, offscreen: the quantity
// panel instead of seat picking, F4 → quantity → Enter holds, one holder form per place, cash,
// two SOLD free-seating tickets and their PDFs; too few places left says how many; a click on the
// map picks the sector in the panel.
#include "boxoffice/counterpage.h"
#include "boxoffice/holderform.h"
#include "boxoffice/paymentdialog.h"
#include "boxoffice/quantitypanel.h"
#include "boxoffice/shiftdialogs.h"
#include "boxoffice/ticketoutput.h"
#include "cache/liveseatmap.h"
#include "db/dbsession.h"
#include "clerkkeyboard.h"
#include "saletestkit.h"
#include "seatmap/seatmapmodel.h"
#include "testdatabase.h"
#include "testvenue.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QComboBox>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tribina;
using namespace SaleTestKit;
using namespace ClerkKeyboard;

class TestCounterQuantity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void panelReplacesSeatPicking();
    void keyboardQuantitySaleOfTwoTickets();
    void tooFewPlacesSaysHowManyAreLeft();
    void clickOnTheSectorPicksItInThePanel();
    void aNewCounterShowsTheMatchShownLast();
    void cleanupTestCase();

private:
    int sql(const QString &query) { return must(m_admin, query).toInt(); }
    void activate();

    const QString m_name = QStringLiteral("counterquantity");
    const QString m_suffix = QString::number(QCoreApplication::applicationPid());
    QTemporaryDir m_dir;
    QSqlDatabase m_admin;
    QUuid m_match;
    QUuid m_sector;
    std::unique_ptr<DbSession> m_session;
    std::unique_ptr<CounterPage> m_page;
};

void TestCounterQuantity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    // TRIBINA_KEEP_OUTPUT=<dir> keeps the PDFs for a look.
    const QString keep = qEnvironmentVariable("TRIBINA_KEEP_OUTPUT");
    TicketOutput::setOutputDir(keep.isEmpty() ? m_dir.filePath(QStringLiteral("out")) : keep);
    m_admin = TestDatabase::fresh(m_name);
    const QString clerk = TestDatabase::addStaff(m_admin, QStringLiteral("cq_") + m_suffix, QStringLiteral("tribina_box_office"));
    const TestVenue venue = TestVenue::create(m_admin, QStringLiteral("Free Seating Arena"), 3, 10);
    m_match = venue.matchId;
    priceMatch(m_admin, m_match, QStringLiteral("10.00"));
    must(m_admin, QStringLiteral("UPDATE matches SET is_numbered = false WHERE id = '%1'").arg(id(m_match)));
    m_sector = QUuid::fromString(must(m_admin, QStringLiteral("SELECT sc.id FROM sectors sc JOIN matches m"
                                                              " ON m.stadium_layout_id = sc.stadium_layout_id"
                                                              " WHERE m.id = '%1'").arg(id(m_match))).toString());

    m_session = std::make_unique<DbSession>();
    QVERIFY(m_session->open(TestDatabase::settings(m_name, clerk), QStringLiteral("secret")).result().ok());
    m_page = std::make_unique<CounterPage>(*m_session, CounterPage::Options{m_dir.filePath(QStringLiteral("cache.sqlite")), false});
    m_page->resize(1400, 900);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->currentMatch(), m_match, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->seatModel()->seatCount(), 30, 10'000);
}

void TestCounterQuantity::activate()
{
    QVERIFY(ClerkKeyboard::activate(m_page.get()));
    m_page->setFocus();
    QTRY_VERIFY(focus());
}

void TestCounterQuantity::panelReplacesSeatPicking()
{
    m_page->show();
    QuantityPanel *panel = m_page->quantityPanel();
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->sectors().size(), 1);
    if (const QString keep = qEnvironmentVariable("TRIBINA_KEEP_OUTPUT"); !keep.isEmpty())
        m_page->grab().save(keep + QStringLiteral("/counter-quantity.png"));
    const QuantitySector sector = panel->sectors().first();
    QCOMPARE(sector.sectorId, m_sector);
    QCOMPARE(sector.code, QStringLiteral("A"));
    QCOMPARE(sector.category, QStringLiteral("K1"));
    QCOMPARE(sector.priceCents, 1000);
    QCOMPARE(sector.available, 30);
    QCOMPARE(panel->table()->item(0, 3)->text(), QStringLiteral("30"));
    QCOMPARE(panel->currentSector(), m_sector);
    // Every sector is free seating: Best N (seat picking) is not offered, and F3 goes to the
    // number of places instead.
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("bestButton"))->isVisible());
    activate();
    key(Qt::Key_F3);
    QTRY_VERIFY(focus() && focus()->objectName() == QStringLiteral("quantityPlaces"));
    QVERIFY(m_page->heldSeats().isEmpty());
}

void TestCounterQuantity::keyboardQuantitySaleOfTwoTickets()
{
    CounterPage &page = *m_page;
    activate();

    // F2: the shift, with a float of 100 €.
    key(Qt::Key_F2);
    QTRY_VERIFY(page.findChild<ShiftOpenDialog *>() && focus() && focus()->objectName() == QStringLiteral("cashFloat"));
    type(QStringLiteral("100"));
    key(Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(!page.shiftId().isNull(), qPrintable(page.message()), 10'000);

    // F4: the number of places; 2, Enter holds two places of the chosen sector.
    activate();
    key(Qt::Key_F4);
    QTRY_VERIFY(focus() && focus()->objectName() == QStringLiteral("quantityPlaces"));
    type(QStringLiteral("2"));
    key(Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(page.heldSeats().size() == 2, qPrintable(page.message()), 10'000);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE match_id = '%1' AND status = 'RESERVED'"
                                " AND held_until > now()").arg(id(m_match))), 2);

    // One holder form per place, titled by sector without row and seat; the name has the focus.
    QTRY_COMPARE(page.holderForms().size(), 2);
    QTRY_VERIFY(focus() == page.holderForms().at(0)->nameEdit());
    for (HolderForm *form : page.holderForms())
        QVERIFY2(form->seatText().contains(QStringLiteral("Sector A, free seating")), qPrintable(form->seatText()));
    page.holderForms().at(0)->setHolder(holder(QStringLiteral("Ana Horvat")));
    page.holderForms().at(1)->setHolder(holder(QStringLiteral("Ivan Kovac")));
    auto *prices = page.findChild<QTableWidget *>(QStringLiteral("priceTable"));
    QTRY_COMPARE_WITH_TIMEOUT(prices->rowCount(), 2, 10'000);
    QVERIFY(prices->item(0, 0)->text().contains(QStringLiteral("free seating")));
    QVERIFY(prices->item(0, 5)->text().contains(QStringLiteral("10.60"))); // 10.00 + 6 % fee

    // F9: cash 50 €, Enter sells.
    QSignalSpy sold(&page, &CounterPage::sold);
    page.holderForms().at(1)->nameEdit()->setFocus();
    key(Qt::Key_F9);
    QTRY_VERIFY(page.findChild<PaymentDialog *>() && focus() && focus()->objectName() == QStringLiteral("cashGiven"));
    type(QStringLiteral("50"));
    key(Qt::Key_Return);
    QVERIFY2(sold.wait(20'000), qPrintable(page.message()));

    const SaleReceipt receipt = sold.at(0).at(0).value<SaleReceipt>();
    QCOMPARE(receipt.tickets.size(), 2);
    QCOMPARE(receipt.change, Money(5000 - 2120));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM tickets WHERE match_id = '%1' AND status = 'SOLD'").arg(id(m_match))), 2);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM ticket_print_data WHERE match_id = '%1' AND placement = 'FREE_SEATING'"
                                " AND seat_label = 'A'").arg(id(m_match))), 2);
    QVERIFY(page.heldSeats().isEmpty());
    // No printer: tickets and receipt as PDFs; the tickets say free seating, not a row and seat.
    QCOMPARE(page.lastOutputFiles().size(), 2);
    for (const QString &file : page.lastOutputFiles()) {
        QFile pdf(file);
        QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(file));
        QVERIFY(pdf.read(5) == "%PDF-");
    }
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {page.lastOutputFiles().first(), QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30'000));
    const QString ticketText = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(ticketText.contains(QStringLiteral("FREE SEATING")), qPrintable(ticketText));
    QCOMPARE(ticketText.count(QStringLiteral("FREE SEATING")), 2);
    // The receipt names the places as the counter does.
    text.start(QStringLiteral("pdftotext"), {page.lastOutputFiles().last(), QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30'000));
    const QString receiptText = QString::fromUtf8(text.readAllStandardOutput());
    QCOMPARE(receiptText.count(QStringLiteral("Sector A, free seating")), 2);
    // The panel counts the two places as gone (the live map follows the sale).
    QTRY_COMPARE_WITH_TIMEOUT(page.quantityPanel()->sectors().value(0).available, 28, 10'000);
}

void TestCounterQuantity::tooFewPlacesSaysHowManyAreLeft()
{
    // All but one of the remaining places go elsewhere (an administrator blocks them).
    must(m_admin, QStringLiteral("UPDATE match_seat_inventory SET status = 'BLOCKED' WHERE id IN (SELECT id FROM"
                                 " match_seat_inventory WHERE match_id = '%1' AND status = 'AVAILABLE' ORDER BY id OFFSET 1)")
                      .arg(id(m_match)));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->quantityPanel()->sectors().value(0).available, 1, 15'000);
    m_page->quantityPanel()->setQuantity(3);
    m_page->quantityPanel()->holdButton()->click();
    // (English plurals come from the translation: without one loaded the source says "place(s)".)
    QTRY_VERIFY2_WITH_TIMEOUT(m_page->message().contains(QStringLiteral("Only 1 place")), qPrintable(m_page->message()), 10'000);
    QVERIFY2(m_page->message().contains(QStringLiteral("left in sector A")), qPrintable(m_page->message()));
    QVERIFY(m_page->heldSeats().isEmpty());
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE match_id = '%1' AND status = 'RESERVED'")
                     .arg(id(m_match))), 0);
    must(m_admin, QStringLiteral("UPDATE match_seat_inventory SET status = 'AVAILABLE' WHERE match_id = '%1' AND status = 'BLOCKED'")
                      .arg(id(m_match)));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->quantityPanel()->sectors().value(0).available, 28, 15'000);
}

void TestCounterQuantity::clickOnTheSectorPicksItInThePanel()
{
    SeatMapModel *model = m_page->seatModel();
    int free = -1;
    for (int seat = 0; seat < model->seatCount() && free < 0; ++seat)
        if (model->status(seat) == SeatStatus::Available)
            free = seat;
    QVERIFY(free >= 0);
    m_page->quantityPanel()->table()->clearSelection();
    m_page->quantityPanel()->table()->setCurrentCell(-1, -1);
    QVERIFY(m_page->quantityPanel()->currentSector().isNull());
    model->select({free}); // what a click on the map does
    QTRY_COMPARE(m_page->quantityPanel()->currentSector(), m_sector);
    QVERIFY2(m_page->message().contains(QStringLiteral("no seat numbers")), qPrintable(m_page->message()));
    QCOMPARE(model->selectionCount(), 0);
    // Nothing is held by the click itself.
    QVERIFY(m_page->heldSeats().isEmpty());
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE match_id = '%1' AND status = 'RESERVED'")
                     .arg(id(m_match))), 0);
}

void TestCounterQuantity::aNewCounterShowsTheMatchShownLast()
{
    const TestVenue second = TestVenue::create(m_admin, QStringLiteral("Second Arena"), 2, 5);
    priceMatch(m_admin, second.matchId, QStringLiteral("20.00"));
    const auto openedNext = [this] {
        auto page = std::make_unique<CounterPage>(*m_session, CounterPage::Options{m_dir.filePath(QStringLiteral("cache.sqlite")), false});
        QTest::qWait(0);
        return page;
    };
    // Either match may be listed first: each in turn was shown last, and opens the next counter.
    for (const QUuid &shownLast : {second.matchId, m_match}) {
        auto page = openedNext();
        QTRY_VERIFY_WITH_TIMEOUT(!page->currentMatch().isNull(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QComboBox *>(QStringLiteral("matchPicker"))->count() == 2, 10'000);
        page->selectMatch(shownLast);
        page.reset();
        page = openedNext();
        QTRY_COMPARE_WITH_TIMEOUT(page->currentMatch(), shownLast, 10'000);
    }
}

void TestCounterQuantity::cleanupTestCase()
{
    m_page.reset();
    m_session.reset();
}

QTEST_MAIN(TestCounterQuantity)
#include "tst_counterquantity.moc"
