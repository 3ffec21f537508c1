#include "codereader.h"
#include "db/dbsession.h"
#include "emergency/emergencyservice.h"
#include "emergencyseed.h"
#include "printing/emergencyprintpage.h"
#include "printing/ticketprintsettings.h"
#include "testdatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Tribina;

/// The emergency screen end to end, offscreen: find a sold ticket, see why others are refused,
/// confirm the identity check and print the reprint into a PDF whose QR code is the fan's own;
/// a second print asks first, a failed print counts nothing, bad input is explained.
class TestEmergencyPrintPage : public QObject
{
    Q_OBJECT

    const QString m_db = QStringLiteral("emergencypage");
    const QString m_login = QStringLiteral("ep_support_%1").arg(QCoreApplication::applicationPid());
    EmergencySeed::Tickets m_t;
    QTemporaryDir m_dir;
    DbSession *m_session = nullptr;
    EmergencyService *m_service = nullptr;
    EmergencyPrintPage *m_page = nullptr;

    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }
    int serverPrints(const QUuid &ticket)
    {
        QSqlDatabase d = QSqlDatabase::database(m_db);
        return TicketSeed::exec(d, QStringLiteral("SELECT count(*) FROM emergency_prints WHERE ticket_id = ?"), {ticket})
            .toInt();
    }
    bool searchAndWait(EmergencySearchKind kind, const QString &term)
    {
        QSignalSpy done(m_page, &EmergencyPrintPage::searchFinished);
        m_page->search(kind, term);
        return done.size() > 0 || done.wait(20'000);
    }
    /// Acts on the next modal dialog as soon as it shows (exec() blocks the test otherwise).
    static void onNextModal(std::function<bool(QWidget *)> act)
    {
        auto *timer = new QTimer(qApp);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, timer, [timer, act] {
            if (QWidget *modal = QApplication::activeModalWidget(); modal && act(modal)) {
                timer->stop();
                timer->deleteLater();
            }
        });
        timer->start();
    }
    static bool confirmIdentity(QWidget *modal)
    {
        if (modal->objectName() != QLatin1String("identityCheckDialog"))
            return false;
        for (const char *name : {"nameMatchesCheck", "idMatchesCheck", "notExpiredCheck"})
            modal->findChild<QCheckBox *>(QLatin1String(name))->setChecked(true);
        modal->findChild<QComboBox *>(QStringLiteral("reasonCombo"))->setCurrentText(QStringLiteral("Phone battery dead"));
        modal->findChild<QLineEdit *>(QStringLiteral("locationEdit"))->setText(QStringLiteral("Gate 3"));
        QPushButton *ok = modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        if (!ok->isEnabled())
            qFatal("identity dialog OK stayed disabled with everything filled in");
        ok->click();
        return true;
    }
    bool printAndWait(bool expectPrinted)
    {
        QSignalSpy finished(m_page, &EmergencyPrintPage::printFinished);
        child<QPushButton>("printButton")->click();
        if (!finished.size() && !finished.wait(30'000))
            return false;
        // Printed pages then record (and search again for the new count).
        if (expectPrinted)
            QTest::qWait(50);
        return finished.first().first().toBool() == expectPrinted;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tribina-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_emergencyprintpage"));
        TicketPrintSettings().setLayout(TicketRenderer::Layout::Thermal);
        QSqlDatabase d = TestDatabase::fresh(m_db);
        TestDatabase::addStaff(d, m_login, QStringLiteral("tribina_support"));
        m_t = EmergencySeed::seed(d);

        m_session = new DbSession(this);
        const QFuture<LoginResult> login = m_session->open(TestDatabase::settings(m_db, m_login), QStringLiteral("secret"));
        QVERIFY2(login.result().ok(), qPrintable(login.result().detail));
        m_service = new EmergencyService(*m_session, m_dir.filePath(QStringLiteral("emergency.sqlite")), this);
        QVERIFY(m_service->openCache());
        m_page = new EmergencyPrintPage(*m_service);
        m_page->resize(1100, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
        auto *matches = child<QComboBox>("matchCombo");
        QTRY_VERIFY_WITH_TIMEOUT(matches->count() == 2, 20'000);
        QCOMPARE(matches->currentData().toUuid(), m_t.base.match); // today's match first
    }
    void cleanupTestCase()
    {
        delete m_page;
    }

    void findsAndExplains()
    {
        QVERIFY(searchAndWait(EmergencySearchKind::Oib, EmergencySeed::kBannedOib));
        QCOMPARE(child<QTableWidget>("resultsTable")->rowCount(), 1);
        QVERIFY(child<QLabel>("refusalLabel")->text().contains(QLatin1String("ban list")));
        QVERIFY(child<QLabel>("detailLabel")->text().contains(QLatin1String("6782")));
        QVERIFY(!child<QPushButton>("printButton")->isEnabled());

        QVERIFY(searchAndWait(EmergencySearchKind::Barcode, m_t.barcodes.value(m_t.cancelled)));
        QVERIFY(child<QLabel>("refusalLabel")->text().contains(QLatin1String("cancelled")));
        QVERIFY(!child<QPushButton>("printButton")->isEnabled());

        QVERIFY(searchAndWait(EmergencySearchKind::Barcode, m_t.barcodes.value(m_t.otherMatch)));
        QVERIFY(child<QLabel>("refusalLabel")->text().contains(QLatin1String("another match")));

        QVERIFY(searchAndWait(EmergencySearchKind::Barcode, QStringLiteral("12345678901234")));
        QCOMPARE(child<QTableWidget>("resultsTable")->rowCount(), 0);
        QVERIFY(!child<QLabel>("messageLabel")->text().isEmpty());
    }

    void badInputIsExplained()
    {
        QString typo = m_t.barcodes.value(m_t.printable);
        typo[3] = typo.at(3) == QLatin1Char('5') ? QLatin1Char('6') : QLatin1Char('5');
        QVERIFY(searchAndWait(EmergencySearchKind::Barcode, typo));
        QVERIFY(child<QLabel>("messageLabel")->text().contains(QLatin1String("check digit")));

        QString forged = m_t.payloads.value(m_t.printable);
        forged[forged.size() - 2] = forged.at(forged.size() - 2) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(searchAndWait(EmergencySearchKind::Barcode, forged));
        QCOMPARE(child<QTableWidget>("resultsTable")->rowCount(), 0);
        QVERIFY(child<QLabel>("messageLabel")->text().contains(QLatin1String("forged")));
    }

    void printsToPdfAndCounts()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("reprint.pdf"));
        m_page->setPdfOutput(pdf);
        QVERIFY(searchAndWait(EmergencySearchKind::HolderName, QStringLiteral("cacic")));
        QCOMPARE(child<QTableWidget>("resultsTable")->rowCount(), 1);
        QVERIFY(child<QLabel>("detailLabel")->text().contains(QLatin1String("8903")));
        QVERIFY(child<QPushButton>("printButton")->isEnabled());

        onNextModal(&TestEmergencyPrintPage::confirmIdentity);
        QVERIFY(printAndWait(true));
        QTRY_COMPARE_WITH_TIMEOUT(serverPrints(m_t.printable), 1, 20'000);
        QTRY_VERIFY(child<QLabel>("messageLabel")->text().contains(QLatin1String("recorded")));

        // The paper carries the fan's own QR code and barcode.
        QString error;
        const QImage page = CodeReader::rasterise(pdf, 203, &error);
        QVERIFY2(!page.isNull(), qPrintable(error));
        QVERIFY(CodeReader::qrCodes(page).contains(m_t.payloads.value(m_t.printable)));
        QVERIFY(CodeReader::code128(page).contains(m_t.barcodes.value(m_t.printable)));
        page.save(m_dir.filePath(QStringLiteral("reprint.png")));
        if (const QString keep = qEnvironmentVariable("TRIBINA_EMERGENCY_PNG"); !keep.isEmpty()) {
            page.save(keep);
            m_page->grab().save(keep + QStringLiteral(".page.png"));
        }

        // A second print asks first.
        QTRY_COMPARE(m_page->currentTicket().printCount, 1);
        bool asked = false;
        onNextModal([&asked](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (!box)
                return false;
            asked = true;
            box->button(QMessageBox::Yes)->click();
            onNextModal(&TestEmergencyPrintPage::confirmIdentity);
            return true;
        });
        QVERIFY(printAndWait(true));
        QVERIFY(asked);
        QTRY_COMPARE_WITH_TIMEOUT(serverPrints(m_t.printable), 2, 20'000);

        // Declining the question prints nothing.
        QTRY_COMPARE(m_page->currentTicket().printCount, 2);
        onNextModal([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (!box)
                return false;
            box->button(QMessageBox::No)->click();
            return true;
        });
        child<QPushButton>("printButton")->click();
        QTest::qWait(300);
        QCOMPARE(serverPrints(m_t.printable), 2);
    }

    void failedPrintCountsNothing()
    {
        m_page->setPdfOutput(QStringLiteral("/nonexistent-dir/for/sure/reprint.pdf"));
        QVERIFY(searchAndWait(EmergencySearchKind::Passport, EmergencySeed::kPassport));
        QCOMPARE(child<QTableWidget>("resultsTable")->rowCount(), 1);
        onNextModal(&TestEmergencyPrintPage::confirmIdentity);
        QVERIFY(printAndWait(false));
        QVERIFY(child<QLabel>("messageLabel")->text().contains(QLatin1String("nothing was counted")));
        QTest::qWait(200);
        QCOMPARE(serverPrints(m_t.passport), 0);
    }

    void offlineBannerSearchAndPrint()
    {
        // Last: closes the session. The copy is made while online, then the server goes away.
        const QFuture<int> refreshed = m_service->refreshCache();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.isFinished(), 20'000);
        QCOMPARE(refreshed.result(), 7);
        auto *banner = child<QLabel>("offlineBanner");
        QVERIFY(banner->isHidden());
        m_session->close();
        QVERIFY(searchAndWait(EmergencySearchKind::Oib, EmergencySeed::kOib));
        QVERIFY(m_service->isOffline());
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QLatin1String("OFFLINE")));
        QVERIFY(child<QLabel>("messageLabel")->text().contains(QLatin1String("offline copy")));
        QCOMPARE(child<QTableWidget>("resultsTable")->rowCount(), 1);
        QCOMPARE(m_page->currentTicket().printCount, 2); // the two prints above, as last known

        m_page->setPdfOutput(m_dir.filePath(QStringLiteral("offline.pdf")));
        onNextModal([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (!box)
                return false;
            box->button(QMessageBox::Yes)->click();
            onNextModal(&TestEmergencyPrintPage::confirmIdentity);
            return true;
        });
        QVERIFY(printAndWait(true));
        QTRY_VERIFY(child<QLabel>("messageLabel")->text().contains(QLatin1String("unreachable")));
        QCOMPARE(m_service->cache().pendingCount(), 1);
        QCOMPARE(serverPrints(m_t.printable), 2); // not counted on the server yet
        QTRY_VERIFY(banner->text().contains(QLatin1String("waiting")));
        QString error;
        const QImage paper = CodeReader::rasterise(m_dir.filePath(QStringLiteral("offline.pdf")), 203, &error);
        QVERIFY2(CodeReader::qrCodes(paper).contains(m_t.payloads.value(m_t.printable)), qPrintable(error));
        if (const QString keep = qEnvironmentVariable("TRIBINA_EMERGENCY_PNG"); !keep.isEmpty())
            m_page->grab().save(keep + QStringLiteral(".offline.png"));
    }
};

QTEST_MAIN(TestEmergencyPrintPage)
#include "tst_emergencyprintpage.moc"
