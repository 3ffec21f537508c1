// Wheelchair places at the counter, against the real database, offscreen: Best N in wheelchair
// mode holds each place with its companion seat, one holder per ticket, cash, two SOLD tickets;
// a regular Best N never takes those seats; a clicked wheelchair place brings its companion; and
// when no pair is left the clerk is told where pairs are still free.
#include "boxoffice/counterpage.h"
#include "boxoffice/holderform.h"
#include "boxoffice/paymentdialog.h"
#include "boxoffice/shiftdialogs.h"
#include "boxoffice/ticketoutput.h"
#include "cache/liveseatmap.h"
#include "db/dbsession.h"
#include "clerkkeyboard.h"
#include "saletestkit.h"
#include "seatmap/seatmapmodel.h"
#include "testdatabase.h"
#include "demo/demoseeder.h"
#include "layout/layoutrepository.h"
#include "layout/rowblock.h"
#include "layout/stadiumlayout.h"

#include <QSqlError>
#include <QSqlQuery>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tribina;
using namespace SaleTestKit;
using namespace ClerkKeyboard;

class TestWheelchairSale : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void regularBestNeverTakesThem();
    void keyboardSaleOfAPlaceWithItsCompanion();
    void noPairLeftSaysWhereTheyAre();
    void clickedPlaceBringsItsCompanion();
    void cleanupTestCase();

private:
    int sql(const QString &query) { return must(m_admin, query).toInt(); }
    /// The map's seat at row_order/seat_index of sector A.
    int seatAt(int rowOrder, int seatIndex) const;
    SeatType typeOf(int seat) const { return m_page->liveMap()->cachedSeat(seat)->type; }
    void activate();
    /// Like TestVenue (3 rows of 10 in sector A, a match, all AVAILABLE), with special seats, and
    /// a small sector B with one pair.
    QUuid createVenue();

    const QString m_name = QStringLiteral("wheelchairsale");
    QTemporaryDir m_dir;
    QSqlDatabase m_admin;
    QUuid m_match;
    std::unique_ptr<DbSession> m_session;
    std::unique_ptr<CounterPage> m_page;
};

int TestWheelchairSale::seatAt(int rowOrder, int seatIndex) const
{
    const SeatMapModel *model = m_page->seatModel();
    for (int seat = 0; seat < model->seatCount(); ++seat)
        if (const CachedSeat *s = m_page->liveMap()->cachedSeat(seat); s->rowOrder == rowOrder && s->seatIndex == seatIndex
            && model->sector(model->locate(seat).sector).code == QStringLiteral("A"))
            return seat;
    return -1;
}

void TestWheelchairSale::activate()
{
    QVERIFY(ClerkKeyboard::activate(m_page.get()));
    m_page->setFocus();
    QTRY_VERIFY(focus());
}

QUuid TestWheelchairSale::createVenue()
{
    StadiumLayout layout(QStringLiteral("Wheelchair Arena"), QStringLiteral("Zagreb"), QStringLiteral("HR"), VenueType::Home);
    RowBlock block(RowPath::straight({10, 40}, {-10, 40}), 3);
    block.setFixedSeats(10);
    LayoutSector sector(QStringLiteral("Sektor A"), QStringLiteral("A"));
    sector.addBlock(block);
    // Sector A, row 0: a place with its companion at each end (companion right of the first, left of the
    // last); row 1: a place between ordinary seats; row 2: one more pair.
    QList<LayoutRow> rows = sector.rows();
    rows[0].setSeatType(0, SeatType::Accessibility);
    rows[0].setSeatType(1, SeatType::Companion);
    rows[0].setSeatType(8, SeatType::Companion);
    rows[0].setSeatType(9, SeatType::Accessibility);
    rows[1].setSeatType(4, SeatType::Accessibility);
    rows[2].setSeatType(5, SeatType::Accessibility);
    rows[2].setSeatType(6, SeatType::Companion);
    sector.setRows(rows);
    sector.fitOutlineToRows();
    layout.addSector(sector);
    // Sector B, one row of four: a pair and two ordinary seats.
    RowBlock small(RowPath::straight({-12, 40}, {-20, 40}), 1);
    small.setFixedSeats(4);
    LayoutSector b(QStringLiteral("Sektor B"), QStringLiteral("B"));
    b.addBlock(small);
    QList<LayoutRow> row = b.rows();
    row[0].setSeatType(0, SeatType::Accessibility);
    row[0].setSeatType(1, SeatType::Companion);
    b.setRows(row);
    b.fitOutlineToRows();
    layout.addSector(b);

    LayoutRepository repository(m_admin);
    LayoutRepository::Saved saved;
    Outcome outcome = repository.saveDraft({}, DemoSeeder::storedLayout(layout), &saved);
    if (outcome.ok())
        outcome = repository.activate(saved.stadiumId, saved.version);
    if (!outcome.ok())
        qFatal("venue: %s", qPrintable(outcome.error()));
    QSqlQuery q(m_admin);
    q.prepare(QStringLiteral(
        "WITH m AS (INSERT INTO matches (home_team, away_team, competition, kick_off_time, venue_id, match_type)"
        "           VALUES ('Hrvatska', 'Test', 'Prijateljska', now() + interval '7 days', ?, 'HOME') RETURNING id, stadium_layout_id),"
        " inv AS (INSERT INTO match_seat_inventory (match_id, seat_id)"
        "         SELECT m.id, s.id FROM m JOIN sectors sec ON sec.stadium_layout_id = m.stadium_layout_id"
        "         JOIN seats s ON s.sector_id = sec.id RETURNING 1)"
        " SELECT (SELECT id FROM m)"));
    q.addBindValue(saved.stadiumId);
    if (!q.exec() || !q.next())
        qFatal("venue: %s", qPrintable(q.lastError().text()));
    return q.value(0).toUuid();
}

void TestWheelchairSale::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    TicketOutput::setOutputDir(m_dir.filePath(QStringLiteral("out")));
    m_admin = TestDatabase::fresh(m_name);
    const QString clerk = TestDatabase::addStaff(m_admin, QStringLiteral("wc_") + QString::number(QCoreApplication::applicationPid()),
                                                 QStringLiteral("tribina_box_office"));
    m_match = createVenue();
    priceMatch(m_admin, m_match);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM seats WHERE seat_type <> 'STANDARD'")), 9);

    m_session = std::make_unique<DbSession>();
    QVERIFY(m_session->open(TestDatabase::settings(m_name, clerk), QStringLiteral("secret")).result().ok());
    m_page = std::make_unique<CounterPage>(*m_session, CounterPage::Options{m_dir.filePath(QStringLiteral("cache.sqlite")), false});
    m_page->resize(1400, 900);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->currentMatch(), m_match, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->seatModel()->seatCount(), 34, 10'000);
    QCOMPARE(typeOf(seatAt(0, 0)), SeatType::Accessibility);
    QCOMPARE(typeOf(seatAt(2, 6)), SeatType::Companion);
}

void TestWheelchairSale::regularBestNeverTakesThem()
{
    // No row has ten ordinary seats left: the ten best singles, none of them special.
    m_page->findChild<QSpinBox *>(QStringLiteral("bestQuantity"))->setValue(10);
    m_page->bestAvailable();
    QTRY_VERIFY2_WITH_TIMEOUT(m_page->heldSeats().size() == 10, qPrintable(m_page->message()), 10'000);
    for (int seat : m_page->heldSeats())
        QCOMPARE(typeOf(seat), SeatType::Standard);
    m_page->cancel();
    QVERIFY(m_page->heldSeats().isEmpty());
}

void TestWheelchairSale::keyboardSaleOfAPlaceWithItsCompanion()
{
    CounterPage &page = *m_page;
    page.show();
    activate();

    // F2: open the shift with a float of 50 €.
    key(Qt::Key_F2);
    QTRY_VERIFY(page.findChild<ShiftOpenDialog *>() && focus() && focus()->objectName() == QStringLiteral("cashFloat"));
    type(QStringLiteral("50"));
    key(Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(!page.shiftId().isNull(), qPrintable(page.message()), 10'000);
    activate();

    // F4, one place; Alt+W ticks wheelchair mode; F3 holds the place and its companion.
    key(Qt::Key_F4);
    QCOMPARE(focus()->objectName(), QStringLiteral("bestQuantity"));
    type(QStringLiteral("1"));
    key(Qt::Key_W, Qt::AltModifier);
    auto *wheelchair = page.findChild<QCheckBox *>(QStringLiteral("bestWheelchair"));
    QTRY_VERIFY(wheelchair->isChecked()); // a mnemonic clicks with a short animation
    key(Qt::Key_F3);
    QTRY_VERIFY2_WITH_TIMEOUT(page.heldSeats().size() == 2, qPrintable(page.message()), 10'000);
    const int place = page.heldSeats().at(0), companion = page.heldSeats().at(1);
    QCOMPARE(typeOf(place), SeatType::Accessibility);
    QCOMPARE(typeOf(companion), SeatType::Companion);
    const CachedSeat *p = page.liveMap()->cachedSeat(place), *c = page.liveMap()->cachedSeat(companion);
    QCOMPARE(p->rowOrder, c->rowOrder);
    QCOMPARE(qAbs(p->seatIndex - c->seatIndex), 1);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id"
                                " WHERE i.match_id = '%1' AND i.status = 'RESERVED'"
                                " AND s.seat_type IN ('ACCESSIBILITY', 'COMPANION')").arg(id(m_match))), 2);

    // One holder per ticket: the wheelchair user, then the companion.
    QTRY_COMPARE(page.holderForms().size(), 2);
    QVERIFY(page.holderForms().at(0)->seatText().contains(QStringLiteral("wheelchair place")));
    QVERIFY(page.holderForms().at(1)->seatText().contains(QStringLiteral("companion seat")));
    QTRY_VERIFY(focus() == page.holderForms().at(0)->nameEdit());
    const QStringList names = {QStringLiteral("Marija Babic"), QStringLiteral("Petar Babic")};
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(focus()->objectName(), QStringLiteral("holderName"));
        type(names.at(i));
        key(Qt::Key_Tab);
        type(i == 0 ? QStringLiteral("03.03.1975") : QStringLiteral("21.09.1972"));
        key(Qt::Key_Return);
        key(Qt::Key_Tab);
        key(Qt::Key_Tab);
        QCOMPARE(focus()->objectName(), QStringLiteral("holderOib"));
        type(randomOib());
        QVERIFY(page.holderForms().at(i)->isComplete());
        key(Qt::Key_Tab);
    }
    QTRY_COMPARE_WITH_TIMEOUT(page.findChild<QTableWidget *>(QStringLiteral("priceTable"))->rowCount(), 2, 10'000);

    // F9, cash 100 €, Enter: two tickets sold.
    QSignalSpy sold(&page, &CounterPage::sold);
    page.holderForms().at(1)->nameEdit()->setFocus();
    key(Qt::Key_F9);
    QTRY_VERIFY(page.findChild<PaymentDialog *>() && focus() && focus()->objectName() == QStringLiteral("cashGiven"));
    type(QStringLiteral("100"));
    key(Qt::Key_Return);
    QVERIFY2(sold.wait(20'000), qPrintable(page.message()));
    const SaleReceipt receipt = sold.at(0).at(0).value<SaleReceipt>();
    QCOMPARE(receipt.tickets.size(), 2);
    QCOMPARE((QStringList{receipt.tickets.at(0).holderName, receipt.tickets.at(1).holderName}), names);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM tickets t JOIN match_seat_inventory i ON i.id = t.match_seat_inventory_id"
                                " JOIN seats s ON s.id = i.seat_id WHERE t.match_id = '%1' AND t.status = 'SOLD'"
                                " AND i.status = 'SOLD' AND s.seat_type IN ('ACCESSIBILITY', 'COMPANION')").arg(id(m_match))),
             2);
    QVERIFY(page.heldSeats().isEmpty());
}

void TestWheelchairSale::noPairLeftSaysWhereTheyAre()
{
    // Sector A has two pairs left (one was sold), sector B one: three together nowhere.
    CounterPage &page = *m_page;
    QTRY_COMPARE_WITH_TIMEOUT(page.seatModel()->status(seatAt(0, 0)) == SeatStatus::Sold
                                  || page.seatModel()->status(seatAt(0, 9)) == SeatStatus::Sold
                                  || page.seatModel()->status(seatAt(2, 5)) == SeatStatus::Sold,
                              true, 10'000);
    auto *quantity = page.findChild<QSpinBox *>(QStringLiteral("bestQuantity"));
    auto *sector = page.findChild<QComboBox *>(QStringLiteral("bestSector"));
    quantity->setValue(3);
    page.bestWheelchairPlaces();
    QVERIFY2(page.message().contains(QStringLiteral("Only 2 wheelchair place(s)")), qPrintable(page.message()));
    QVERIFY2(page.message().contains(QStringLiteral("sector A: 2, sector B: 1 (the group could split)")),
             qPrintable(page.message()));
    QVERIFY(page.heldSeats().isEmpty());

    // In sector A alone: B is named as the place to look.
    sector->setCurrentIndex(sector->findText(QStringLiteral("A ("), Qt::MatchStartsWith));
    quantity->setValue(3);
    page.bestWheelchairPlaces();
    QVERIFY2(page.message().contains(QStringLiteral("Still free in other sectors: sector B: 1.")), qPrintable(page.message()));
    // In sector B, two: one there, the others in A.
    sector->setCurrentIndex(sector->findText(QStringLiteral("B ("), Qt::MatchStartsWith));
    quantity->setValue(2);
    page.bestWheelchairPlaces();
    QVERIFY2(page.message().contains(QStringLiteral("Only 1 wheelchair place(s)")), qPrintable(page.message()));
    QVERIFY2(page.message().contains(QStringLiteral("sector A: 2")), qPrintable(page.message()));
    QVERIFY(page.heldSeats().isEmpty());

    // Two in sector A can be had.
    sector->setCurrentIndex(sector->findText(QStringLiteral("A ("), Qt::MatchStartsWith));
    page.bestWheelchairPlaces();
    QTRY_VERIFY2_WITH_TIMEOUT(page.heldSeats().size() == 4, qPrintable(page.message()), 10'000);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(typeOf(page.heldSeats().at(i)), i % 2 == 0 ? SeatType::Accessibility : SeatType::Companion);
    page.cancel();
    sector->setCurrentIndex(0);
}

void TestWheelchairSale::clickedPlaceBringsItsCompanion()
{
    CounterPage &page = *m_page;
    page.findChild<QCheckBox *>(QStringLiteral("bestWheelchair"))->setChecked(false);
    // A pair the sale left: the companion is to the right of (0, 0) and (2, 5), left of (0, 9).
    const QList<std::pair<SeatKey, SeatKey>> pairs = {{{0, 0}, {0, 1}}, {{0, 9}, {0, 8}}, {{2, 5}, {2, 6}}};
    int checked = 0;
    for (const auto &[p, c] : pairs) {
        const int place = seatAt(p.rowOrder, p.seatIndex);
        if (page.seatModel()->status(place) != SeatStatus::Available)
            continue;
        page.seatModel()->select({place}); // what a click on the map does
        QTRY_VERIFY2_WITH_TIMEOUT(page.heldSeats().size() == 2, qPrintable(page.message()), 10'000);
        QCOMPARE(page.heldSeats(), (QList<int>{place, seatAt(c.rowOrder, c.seatIndex)}));
        QVERIFY2(!page.message().contains(QStringLiteral("alone")), qPrintable(page.message()));
        page.cancel();
        ++checked;
    }
    QCOMPARE(checked, 2);

    // A place with no companion seat beside it is held alone, and the clerk is told.
    const int lonely = seatAt(1, 4);
    page.seatModel()->select({lonely});
    QTRY_VERIFY2_WITH_TIMEOUT(page.heldSeats() == QList<int>{lonely}, qPrintable(page.message()), 10'000);
    QVERIFY2(page.message().contains(QStringLiteral("held alone")), qPrintable(page.message()));
    page.cancel();
}

void TestWheelchairSale::cleanupTestCase()
{
    m_page.reset();
    m_session.reset();
}

QTEST_MAIN(TestWheelchairSale)
#include "tst_wheelchairsale.moc"
