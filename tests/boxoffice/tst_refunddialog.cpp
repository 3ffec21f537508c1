#include "boxoffice/counterservice.h"
#include "boxoffice/refunddialog.h"
#include "boxoffice/salerepository.h"
#include "db/dbsession.h"
#include "saletestkit.h"
#include "testdatabase.h"
#include "testvenue.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

using namespace Tribina;
using namespace SaleTestKit;

/// The refund dialog with a scanned barcode or a typed order number: it looks the ticket up
/// through the counter's CounterService (a real DbSession), shows the order, resolves the
/// reference to the ticket (or order) id, and refuses a ticket that is no longer refundable.
class TestRefundDialog : public QObject
{
    Q_OBJECT

    const QString m_name = QStringLiteral("refunddialog");
    QString m_clerk;
    QSqlDatabase m_admin;
    QUuid m_match;
    QList<QUuid> m_seats;
    QUuid m_shift;
    SaleReceipt m_sale;

private slots:
    void initTestCase()
    {
        m_admin = TestDatabase::fresh(m_name);
        m_clerk = TestDatabase::addStaff(m_admin, QStringLiteral("rd_") + QString::number(QCoreApplication::applicationPid()),
                                         QStringLiteral("tribina_box_office"));
        const TestVenue venue = TestVenue::create(m_admin, QStringLiteral("Refund Arena"), 2, 10);
        m_match = venue.matchId;
        priceMatch(m_admin, m_match);
        m_seats = seatIds(m_admin, m_match);
        QSqlDatabase clerk = TestDatabase::connectAs(m_name, m_clerk, QStringLiteral("rdclerk"), QStringLiteral("secret"));
        SaleRepository repo(clerk);
        QVERIFY(repo.openShift(Money(10000), QStringLiteral("ws"), &m_shift).ok());
        SaleRequest r;
        r.key = QUuid::createUuid();
        r.matchId = m_match;
        r.inventoryIds = m_seats.mid(0, 2);
        r.holders = {holder(QStringLiteral("Ana Scan")), holder(QStringLiteral("Ivo Scan"))};
        r.method = PaymentMethod::Cash;
        r.cashGiven = Money(100000);
        r.shiftId = m_shift;
        const SaleError e = repo.sell(r, &m_sale);
        QVERIFY2(e.ok(), qPrintable(e.detail));
        QCOMPARE(m_sale.tickets.size(), 2);
    }

    void scannedBarcodeResolvesToTheTicket()
    {
        DbSession session;
        QVERIFY(session.open(TestDatabase::settings(m_name, m_clerk), QStringLiteral("secret")).result().ok());
        // As on the counter page: the service is a child of the dialog's parent.
        QWidget page;
        auto *service = new CounterService(session, &page);
        Q_UNUSED(service);
        RefundDialog dialog(QDateTime::currentDateTimeUtc().addDays(10), &page);
        QSignalSpy looked(&dialog, &RefundDialog::lookupFinished);
        QSignalSpy accepted(&dialog, &QDialog::accepted);

        // The scanner types the digits and Enter: look-up, then accepted with the ticket's id.
        auto *reference = dialog.findChild<QLineEdit *>(QStringLiteral("refundReference"));
        QVERIFY(reference);
        reference->setText(m_sale.tickets[1].barcode);
        dialog.accept();
        QVERIFY(looked.wait(10000) || looked.count() > 0);
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(dialog.reference(), m_sale.tickets[1].ticketId);
        QVERIFY(!dialog.isOrder());
        QCOMPARE(dialog.lookup().orderNumber, m_sale.orderNumber);
        const QString shown = dialog.findChild<QLabel *>(QStringLiteral("refundFound"))->text();
        QVERIFY2(shown.contains(m_sale.orderNumber) && shown.contains(QStringLiteral("Ivo Scan")), qPrintable(shown));

        // The whole order of the scanned ticket.
        dialog.findChildren<QCheckBox *>().first()->setChecked(true);
        QVERIFY(dialog.isOrder());
        QCOMPARE(dialog.reference(), m_sale.orderId);
    }

    void orderNumberAndARefundedTicket()
    {
        DbSession session;
        QVERIFY(session.open(TestDatabase::settings(m_name, m_clerk), QStringLiteral("secret")).result().ok());
        CounterService service(session);

        // The first ticket refunded through the service after a barcode look-up.
        const CounterResult<TicketLookup> found = service.findTickets(m_sale.tickets[0].barcode).result();
        QVERIFY(found.ok() && found.value.scanned());
        RefundRequest req;
        req.ticketIds = {found.value.scanned()->ticketId};
        req.reason = QStringLiteral("Scanned");
        req.shiftId = m_shift;
        const CounterResult<RefundReceipt> refunded = service.refund(req).result();
        QVERIFY2(refunded.ok(), qPrintable(refunded.error.detail));
        QCOMPARE(refunded.value.refunded, Money(4500));

        // Scanning it again: shown, but the dialog does not accept it.
        RefundDialog dialog(QDateTime::currentDateTimeUtc().addDays(10));
        dialog.setService(&service);
        QSignalSpy looked(&dialog, &RefundDialog::lookupFinished);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.setReference(m_sale.tickets[0].barcode);
        QTRY_COMPARE(looked.count(), 1);
        dialog.accept();
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("refundFound"))->text().contains(QStringLiteral("cannot be refunded")));

        // The order number (typed in lower case) names the order: its live ticket remains.
        dialog.setReference(m_sale.orderNumber.toLower());
        QTRY_COMPARE(looked.count(), 2);
        QVERIFY(dialog.isOrder());
        QCOMPARE(dialog.reference(), m_sale.orderId);
        dialog.accept();
        QCOMPARE(accepted.count(), 1);

        // An unknown barcode: not found, not accepted.
        RefundDialog other(QDateTime::currentDateTimeUtc().addDays(10));
        other.setService(&service);
        QSignalSpy otherLooked(&other, &RefundDialog::lookupFinished);
        QSignalSpy otherAccepted(&other, &QDialog::accepted);
        other.setReference(QStringLiteral("19999999999999"));
        QTRY_COMPARE(otherLooked.count(), 1);
        QVERIFY(!other.lookup().found());
        other.accept(); // looks up once more, finds nothing again, stays open
        QTRY_COMPARE(otherLooked.count(), 2);
        QCOMPARE(otherAccepted.count(), 0);
    }
};

QTEST_MAIN(TestRefundDialog)
#include "tst_refunddialog.moc"
