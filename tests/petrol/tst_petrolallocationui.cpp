// The petrol station allocation in the quota manager, offscreen, against the real server: the
// fixture's allocation shows its marker in the table; a second one for the match is refused (in
// the dialog's proposal, by the "Use for petrol stations" action and by the service, which then
// creates nothing); once the old one is cancelled the action marks another quota, and a quota
// created with the box ticked becomes the allocation in its creation's transaction, and a PIN
// redemption at a petrol station reserves its seats from it.

#include "quotas/quotadialog.h"
#include "quotas/quotamanagerpage.h"

#include "db/dbsession.h"
#include "petrol/petrolrepository.h"
#include "quotas/quotaservice.h"

#include "petrolfixture.h"
#include "testdatabase.h"

#include <QApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QCheckBox>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <optional>

using namespace Tribina;

namespace {

const QString kDb = QStringLiteral("tribina_test_petrolallocui");

QString uuidText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

} // namespace

class TestPetrolAllocationUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dialogHasTheBox();
    void markerShowsTheAllocation();
    void secondAllocationIsRefused();
    void actionMarksAnExistingQuota();
    void quotaCreatedWithTheBoxFeedsPetrolSales();
    void cleanupTestCase();

private:
    QuotaDraft draft(const QString &name, int quantity, bool petrol) const;
    /// Proposes and commits through the page; the new quota's id.
    QUuid createOnPage(const QuotaDraft &draft, QString *message = nullptr);
    QUuid quotaNamed(const QString &name) const;
    /// The Petrol column's text of the quota's table row.
    QString markerOf(const QUuid &quota) const;
    void reloadPage();
    void cancelAsAdmin(const QUuid &quota);
    QList<QUuid> freeSeats(int n);

    QSqlDatabase m_db;
    std::optional<PetrolFixture> m_fx;
    std::unique_ptr<DbSession> m_session;
    std::unique_ptr<QuotaManagerPage> m_page;
    QUuid m_sponsor;
};

QuotaDraft TestPetrolAllocationUi::draft(const QString &name, int quantity, bool petrol) const
{
    QuotaDraft d;
    d.matchId = m_fx->match();
    d.recipientEmail = QStringLiteral("%1@example.hr").arg(name.toLower().remove(QLatin1Char(' ')));
    d.recipientName = name;
    d.quantity = quantity;
    d.sectorIds = {m_fx->sectorId()};
    d.expirationDate = QDate::currentDate().addDays(10);
    d.petrolAllocation = petrol;
    return d;
}

QUuid TestPetrolAllocationUi::createOnPage(const QuotaDraft &d, QString *message)
{
    if (!m_page->propose(d))
        return {};
    QSignalSpy committed(m_page.get(), &QuotaManagerPage::committed);
    QSignalSpy loaded(m_page.get(), &QuotaManagerPage::matchLoaded);
    m_page->commitPreview();
    if (!committed.wait(20000) || !loaded.wait(20000))
        return {};
    if (message)
        *message = committed.first().at(1).toString();
    return committed.first().at(0).toBool() ? quotaNamed(d.recipientName) : QUuid();
}

QUuid TestPetrolAllocationUi::quotaNamed(const QString &name) const
{
    for (const QuotaSummary &q : m_page->quotas()) {
        if (q.recipientName == name && q.status != QLatin1String("CANCELLED"))
            return q.id;
    }
    return {};
}

QString TestPetrolAllocationUi::markerOf(const QUuid &quota) const
{
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("quotaTable"));
    const QAbstractItemModel *model = table->model();
    int column = -1;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() == QLatin1String("Petrol"))
            column = c;
    }
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(Qt::UserRole).toUuid() == quota)
            return column < 0 ? QStringLiteral("<no Petrol column>") : model->index(r, column).data().toString();
    }
    return QStringLiteral("<no row>");
}

void TestPetrolAllocationUi::reloadPage()
{
    QSignalSpy loaded(m_page.get(), &QuotaManagerPage::matchLoaded);
    m_page->selectMatch(m_fx->match());
    QVERIFY(loaded.wait(20000));
}

void TestPetrolAllocationUi::cancelAsAdmin(const QUuid &quota)
{
    QSqlDatabase admin = TestDatabase::connectAs(kDb, m_fx->adminLogin(), QStringLiteral("pau-cancel"),
                                                 QStringLiteral("secret"));
    QSqlQuery q(admin);
    QVERIFY2(q.exec(QStringLiteral("SELECT quota_cancel('%1', 'ALL_UNUSED')").arg(uuidText(quota))),
             qPrintable(q.lastError().text()));
    q.finish();
    admin.close();
}

void TestPetrolAllocationUi::initTestCase()
{
    m_db = TestDatabase::fresh(kDb);
    m_fx.emplace(m_db, QStringLiteral("pau"), 4, 10, 6); // "Benzinske postaje": row 1, 6 seats
    QCOMPARE(m_fx->freePetrolSeats(), 6);
    m_session = std::make_unique<DbSession>();
    QVERIFY(m_session->open(TestDatabase::settings(kDb, m_fx->adminLogin()), QStringLiteral("secret")).result().ok());
    m_page = std::make_unique<QuotaManagerPage>(*m_session);
    m_page->resize(1200, 800);
    QSignalSpy loaded(m_page.get(), &QuotaManagerPage::matchLoaded);
    m_page->show();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(m_page->currentMatch(), m_fx->match());
}

void TestPetrolAllocationUi::dialogHasTheBox()
{
    QuotaDialog dialog(m_fx->match(), {{m_fx->sectorId(), QStringLiteral("A"), QStringLiteral("Sektor A"), 34, 40}}, {});
    auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("petrolAllocation"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("Petrol station allocation")));
    QVERIFY(!dialog.draft().petrolAllocation);
    box->setChecked(true);
    QVERIFY(dialog.draft().petrolAllocation);
    // A match that has one: the box is off and says why.
    dialog.setExistingPetrolAllocation(QStringLiteral("Benzinske postaje"));
    QVERIFY(!box->isEnabled());
    QVERIFY(!dialog.draft().petrolAllocation);
    QVERIFY(box->toolTip().contains(QStringLiteral("Benzinske postaje")));
}

void TestPetrolAllocationUi::markerShowsTheAllocation()
{
    const QUuid petrol = quotaNamed(QStringLiteral("Benzinske postaje"));
    QVERIFY(!petrol.isNull());
    QCOMPARE(m_page->petrolAllocationRecipient(), QStringLiteral("Benzinske postaje"));
    QCOMPARE(markerOf(petrol), QStringLiteral("Petrol stations"));

    QString message;
    m_sponsor = createOnPage(draft(QStringLiteral("Sponzor Osijek"), 4, false), &message);
    QVERIFY2(!m_sponsor.isNull(), qPrintable(message + m_page->statusText()));
    QCOMPARE(markerOf(m_sponsor), QString());
    QCOMPARE(markerOf(petrol), QStringLiteral("Petrol stations"));
}

void TestPetrolAllocationUi::secondAllocationIsRefused()
{
    const int quotasBefore = m_fx->scalar(QStringLiteral("SELECT count(*) FROM quotas")).toInt();
    const int freeBefore = m_fx->scalar(QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE status = 'AVAILABLE'")).toInt();

    // The proposal is refused at once, naming the allocation the match has.
    QVERIFY(!m_page->propose(draft(QStringLiteral("Drugi benzin"), 3, true)));
    QVERIFY2(m_page->statusText().contains(QStringLiteral("already has a petrol station allocation (Benzinske postaje)")),
             qPrintable(m_page->statusText()));
    QVERIFY(!m_page->hasPreview());

    // The action on another quota: the database refuses it.
    QSignalSpy marked(m_page.get(), &QuotaManagerPage::petrolMarked);
    QSignalSpy loaded(m_page.get(), &QuotaManagerPage::matchLoaded);
    m_page->markPetrolAllocation(m_sponsor);
    QVERIFY(marked.wait(20000));
    QVERIFY(loaded.wait(20000));
    QVERIFY(!marked.first().at(0).toBool());
    QVERIFY2(marked.first().at(1).toString().contains(QStringLiteral("already has a petrol station allocation (Benzinske postaje)")),
             qPrintable(marked.first().at(1).toString()));
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT is_petrol_allocation FROM quotas WHERE id = ?::uuid"), {uuidText(m_sponsor)}).toBool(),
             false);

    // Creating one with the flag through the service: refused, and the whole creation rolled back.
    QuotaService service(*m_session);
    const QList<QUuid> seats = freeSeats(2);
    QCOMPARE(seats.size(), 2);
    const QuotaResult<QUuid> created = service.createWithSeats(draft(QStringLiteral("Drugi benzin"), 2, true), seats).result();
    QVERIFY(!created.outcome.ok());
    QVERIFY2(created.outcome.error().contains(QStringLiteral("already has a petrol station allocation (Benzinske postaje)")),
             qPrintable(created.outcome.error()));
    QVERIFY(created.value.isNull());
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM quotas")).toInt(), quotasBefore);
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM match_seat_inventory WHERE status = 'AVAILABLE'")).toInt(),
             freeBefore);
    // The database's own guard (a race past the check): the unique index refuses a second mark.
    QCOMPARE(TestDatabase::sqlState(m_db, QStringLiteral("UPDATE quotas SET is_petrol_allocation = true WHERE id = '%1'")
                                              .arg(uuidText(m_sponsor))),
             QStringLiteral("23505"));
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT petrol_allocation_quota(?::uuid)"), {uuidText(m_fx->match())}).toUuid(),
             quotaNamed(QStringLiteral("Benzinske postaje")));
}

void TestPetrolAllocationUi::actionMarksAnExistingQuota()
{
    // Once the old allocation is cancelled, the action makes the sponsor's quota the allocation.
    const QUuid old = quotaNamed(QStringLiteral("Benzinske postaje"));
    cancelAsAdmin(old);
    reloadPage();
    QCOMPARE(m_page->petrolAllocationRecipient(), QString());
    QVERIFY(m_fx->scalar(QStringLiteral("SELECT petrol_allocation_quota(?::uuid)"), {uuidText(m_fx->match())}).isNull());

    QSignalSpy marked(m_page.get(), &QuotaManagerPage::petrolMarked);
    QSignalSpy loaded(m_page.get(), &QuotaManagerPage::matchLoaded);
    m_page->markPetrolAllocation(m_sponsor);
    QVERIFY(marked.wait(20000));
    QVERIFY2(marked.first().at(0).toBool(), qPrintable(marked.first().at(1).toString()));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT petrol_allocation_quota(?::uuid)"), {uuidText(m_fx->match())}).toUuid(),
             m_sponsor);
    QCOMPARE(m_fx->freePetrolSeats(), 4);
    QCOMPARE(markerOf(m_sponsor), QStringLiteral("Petrol stations"));
    QCOMPARE(m_page->petrolAllocationRecipient(), QStringLiteral("Sponzor Osijek"));
    // Audited in the same transaction (0011 petrol_allocation_mark).
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM audit_outbox WHERE entity_id = ?::uuid"
                                         " AND payload->>'petrol_allocation' = 'true'"), {uuidText(m_sponsor)}).toInt(), 1);
    // Marking it again changes nothing and is no error.
    marked.clear();
    m_page->markPetrolAllocation(m_sponsor);
    QVERIFY(marked.wait(20000));
    QVERIFY(marked.first().at(0).toBool());
    QVERIFY(loaded.wait(20000));
}

void TestPetrolAllocationUi::quotaCreatedWithTheBoxFeedsPetrolSales()
{
    cancelAsAdmin(m_sponsor);
    reloadPage();
    QCOMPARE(m_page->petrolAllocationRecipient(), QString());
    QCOMPARE(markerOf(m_sponsor), QString()); // cancelled: no longer the allocation
    QString message;
    const QUuid petrol = createOnPage(draft(QStringLiteral("Benzinske postaje 2"), 5, true), &message);
    QVERIFY2(!petrol.isNull(), qPrintable(message + m_page->statusText()));
    QVERIFY2(message.contains(QStringLiteral("as the petrol station allocation")), qPrintable(message));
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT petrol_allocation_quota(?::uuid)"), {uuidText(m_fx->match())}).toUuid(),
             petrol);
    QCOMPARE(markerOf(petrol), QStringLiteral("Petrol stations"));
    QCOMPARE(m_fx->freePetrolSeats(), 5);

    // An attendant redeems a PIN for two: the seats come from the new allocation.
    const QString user = m_fx->attendant(QStringLiteral("alloc"), QStringLiteral("ALLOC"));
    m_fx->addPin(QStringLiteral("73015"), PetrolFixture::holders(2, QStringLiteral("Babić")));
    QSqlDatabase attendant = TestDatabase::connectAs(kDb, user, QStringLiteral("pau-attendant"), QStringLiteral("secret"));
    {
        PetrolRepository repo(attendant);
        const PinLookup found = repo.lookupPin(QStringLiteral("73015"), m_fx->match());
        QVERIFY2(found.outcome.ok(), qPrintable(found.outcome.error()));
        QCOMPARE(found.status, PetrolStatus::Ok);
        const PetrolReservation reserved = repo.reserveBest(found.pinId, found.matchId, found.quantity);
        QVERIFY2(reserved.outcome.ok(), qPrintable(reserved.outcome.error()));
        QCOMPARE(reserved.status, PetrolStatus::Ok);
        QCOMPARE(reserved.seats.size(), 2);
        for (const QUuid &seat : reserved.seats) {
            QCOMPARE(m_fx->scalar(QStringLiteral("SELECT quota_id FROM quota_seats WHERE match_seat_inventory_id = ?::uuid"
                                                 " AND status = 'RESERVED'"), {uuidText(seat)}).toUuid(),
                     petrol);
        }
        QCOMPARE(m_fx->freePetrolSeats(), 3);
    }
    attendant.close();
}

QList<QUuid> TestPetrolAllocationUi::freeSeats(int n)
{
    QList<QUuid> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT i.id FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id"
                             " WHERE i.match_id = ?::uuid AND i.status = 'AVAILABLE' ORDER BY s.row_order DESC, s.seat_index LIMIT ?"));
    q.addBindValue(uuidText(m_fx->match()));
    q.addBindValue(n);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    while (q.next())
        out.append(q.value(0).toUuid());
    return out;
}

void TestPetrolAllocationUi::cleanupTestCase()
{
    m_page.reset();
    m_session.reset();
}

QTEST_MAIN(TestPetrolAllocationUi)
#include "tst_petrolallocationui.moc"
