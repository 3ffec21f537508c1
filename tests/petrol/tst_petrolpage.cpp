// The petrol page end to end on the demo data, as the demo petrol login `benzinska` in the real
// main window: a refusal, a PIN typed and redeemed through every step to printed tickets (PDF),
// a PIN scanned by a keyboard-wedge scanner (synthesized key events, no click into the field),
// a PIN read from a picture of a QR code made with libqrencode and decoded by ZXing, the lockout
// message, and the administrator's lockout list and poster.
// With TRIBINA_PETROL_SCREENSHOTS=<dir> it saves a picture of each step there (README, under
// xvfb-run: see tests/petrol/README-screenshots in the report).

#include "db/dbsession.h"
#include "demo/demopetrol.h"
#include "demo/demoseeder.h"
#include "petrol/deeplinkposter.h"
#include "petrol/reservationcountdown.h"
#include "printing/barcodesymbol.h"
#include "scanning/imagecodedecoder.h"
#include "shell/languageswitcher.h"
#include "shell/mainwindow.h"
#include "testdatabase.h"

#include "petrol/petroladminpanel.h"
#include "petrol/petrolpage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QTimer>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Tribina;

namespace {
const QString kDb = QStringLiteral("tribina_test_petrol_ui");
}

class TestPetrolPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void refusalIsPlain();
    void typedPinRedeemedToPrintedTickets();
    void keyboardWedgeScanWithoutClicking();
    void pictureOfQrCodeDecoded();
    void cancelWithReason();
    void guesserSeesLockoutAndAdminLiftsIt();

private:
    void snap(const QString &name);
    template<typename T> T *child(const char *name)
    {
        T *w = m_window->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no %s", name);
        return w;
    }
    bool waitStep(PetrolPage::Step step, int timeout = 20000);

    QSqlDatabase m_db;
    DbSession m_session;
    LanguageSwitcher m_language;
    MainWindow *m_window = nullptr;
    PetrolPage *m_page = nullptr;
    QTemporaryDir m_out;
    QString m_shots;
};

void TestPetrolPage::snap(const QString &name)
{
    if (m_shots.isEmpty())
        return;
    QApplication::processEvents();
    QTest::qWait(50); // let the map repaint its exposed area once
    QVERIFY(m_window->grab().save(m_shots + QStringLiteral("/petrol-") + name + QStringLiteral(".png")));
}

bool TestPetrolPage::waitStep(PetrolPage::Step step, int timeout)
{
    return QTest::qWaitFor([&] { return m_page->step() == step && !QApplication::overrideCursor(); }, timeout);
}

void TestPetrolPage::initTestCase()
{
    m_shots = qEnvironmentVariable("TRIBINA_PETROL_SCREENSHOTS");
    if (!m_shots.isEmpty())
        QDir().mkpath(m_shots);
    m_db = TestDatabase::fresh(kDb);
    const Outcome seeded = DemoSeeder(m_db).seed();
    QVERIFY2(seeded.ok(), qPrintable(seeded.error()));

    const LoginResult login = m_session.open(TestDatabase::settings(kDb, QStringLiteral("benzinska")),
                                             QStringLiteral("demo-benzinska")).result();
    QVERIFY2(login.status == LoginResult::Status::Ok, qPrintable(login.message()));
    m_window = new MainWindow(m_session, login.identity, m_language);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->showModule(Module::Petrol);
    m_page = m_window->findChild<PetrolPage *>();
    QVERIFY(m_page);
    m_page->setPdfDirectory(m_out.path());
    QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>("petrolMatch")->count() == 1, 20000);
}

void TestPetrolPage::cleanupTestCase()
{
    delete m_window;
    m_session.close();
}

void TestPetrolPage::refusalIsPlain()
{
    auto *pin = child<QLineEdit>("petrolPin");
    auto *refusal = child<QLabel>("petrolRefusal");
    pin->setFocus();
    QTest::keyClicks(pin, DemoPetrol::usedPins().first());
    QTest::keyClick(pin, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(refusal->isVisible(), 20000);
    QCOMPARE(refusal->text(), petrolStatusText(PetrolStatus::Used));
    QCOMPARE(m_page->step(), PetrolPage::PinStep);
    snap(QStringLiteral("0-refused"));
    pin->clear();
}

void TestPetrolPage::typedPinRedeemedToPrintedTickets()
{
    const auto [pinText, quantity] = DemoPetrol::activePins().first();
    auto *pin = child<QLineEdit>("petrolPin");
    pin->setFocus();
    QTest::keyClicks(pin, pinText, Qt::NoModifier, 80); // a person types: the scanner filter lets it through
    QTRY_COMPARE(pin->text(), pinText);
    QVERIFY(child<QPushButton>("petrolCheckPin")->isEnabled());
    snap(QStringLiteral("1-pin"));
    QTest::mouseClick(child<QPushButton>("petrolCheckPin"), Qt::LeftButton);
    QVERIFY(waitStep(PetrolPage::DetailsStep));
    QCOMPARE(child<QTableWidget>("petrolHolders")->rowCount(), quantity);
    QVERIFY(child<QTableWidget>("petrolHolders")->item(0, 1)->text().contains(QStringLiteral("*******")));
    QVERIFY(m_page->countdown()->isRunning());
    QVERIFY(m_page->countdown()->secondsLeft() > 19 * 60);
    QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>("petrolSeatList")->text().isEmpty(), 20000);
    snap(QStringLiteral("2-details"));

    QTest::mouseClick(child<QPushButton>("petrolToSeats"), Qt::LeftButton);
    QVERIFY(waitStep(PetrolPage::SeatsStep));
    QVERIFY(child<QLabel>("petrolSeatList")->text().contains(QStringLiteral("E2")));
    snap(QStringLiteral("3-seats"));

    QTest::mouseClick(child<QPushButton>("petrolToIdentity"), Qt::LeftButton);
    QVERIFY(waitStep(PetrolPage::IdentityStep));
    QVERIFY(!child<QPushButton>("petrolConfirmIdentity")->isEnabled());
    child<QRadioButton>("petrolDocument_ID_CARD")->click();
    QVERIFY(child<QPushButton>("petrolConfirmIdentity")->isEnabled());
    QTest::mouseClick(child<QPushButton>("petrolConfirmIdentity"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(child<QTableWidget>("petrolChecks")->rowCount(), quantity, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("petrolToPayment")->isVisible(), 20000);
    snap(QStringLiteral("4-identity"));

    QTest::mouseClick(child<QPushButton>("petrolToPayment"), Qt::LeftButton);
    QVERIFY(waitStep(PetrolPage::PaymentStep));
    QCOMPARE(child<QTableWidget>("petrolQuoteLines")->rowCount(), quantity);
    QVERIFY(child<QLabel>("petrolTotal")->text().contains(QStringLiteral("€")));
    child<QRadioButton>("petrolCard")->click();
    // A card payment without the terminal's receipt number is not accepted
    QTest::mouseClick(child<QPushButton>("petrolComplete"), Qt::LeftButton);
    QVERIFY(child<QLabel>("petrolBanner")->isVisible());
    QCOMPARE(m_page->step(), PetrolPage::PaymentStep);
    QTest::keyClicks(child<QLineEdit>("petrolPosReference"), QStringLiteral("POS-004711"), Qt::NoModifier, 80);
    QTRY_COMPARE(child<QLineEdit>("petrolPosReference")->text(), QStringLiteral("POS-004711"));
    snap(QStringLiteral("5-payment"));

    QTest::mouseClick(child<QPushButton>("petrolComplete"), Qt::LeftButton);
    QVERIFY(waitStep(PetrolPage::DoneStep));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->lastPdf().isEmpty(), 20000);
    QVERIFY(QFileInfo(m_page->lastPdf()).size() > 1000);
    QVERIFY(child<QLabel>("petrolDoneText")->text().contains(QStringLiteral("HNS-")));
    QVERIFY(!m_page->countdown()->isRunning());
    snap(QStringLiteral("6-done"));

    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("SELECT status::text FROM petrol_pins WHERE pin = '%1'").arg(pinText)) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("USED"));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM petrol_sales s JOIN payments p ON p.order_id = s.order_id"
                                  " WHERE s.payment_reference = 'POS-004711' AND p.method = 'CARD'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QTest::mouseClick(child<QPushButton>("petrolNextCustomer"), Qt::LeftButton);
    QVERIFY(waitStep(PetrolPage::PinStep));
}

void TestPetrolPage::keyboardWedgeScanWithoutClicking()
{
    const QString pin = DemoPetrol::activePins().at(1).first;
    // The focus is on the match list, not the PIN field: a scanner types anyway.
    auto *match = child<QComboBox>("petrolMatch");
    m_window->activateWindow();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    match->setFocus();
    QTRY_VERIFY(match->hasFocus());
    const QString code = QStringLiteral("https://ulaznice.hns.hr/benzinska/%1?pin=%2")
                             .arg(match->currentData().toUuid().toString(QUuid::WithoutBraces), pin);
    for (QChar c : code)
        QTest::keyClick(match, c.toLatin1()); // no delay: faster than any person
    QTest::keyClick(match, Qt::Key_Return);
    QVERIFY(waitStep(PetrolPage::DetailsStep));
    QCOMPARE(child<QLineEdit>("petrolPin")->text(), pin);
    QCOMPARE(match->currentIndex(), 0); // the scan's keys never reached the combo box
}

void TestPetrolPage::pictureOfQrCodeDecoded()
{
    // Back to the PIN step (the previous test holds a reservation; cancel it quietly)
    m_page->startOver();
    const QString pin = DemoPetrol::activePins().at(2).first;
    const BarcodeSymbol qr = BarcodeSymbol::qr(QStringLiteral("https://ulaznice.hns.hr/benzinska/x?pin=") + pin);
    QVERIFY(!qr.isNull());
    const int module = 6, quiet = qr.quietZone();
    QImage image((qr.width() + 2 * quiet) * module, (qr.height() + 2 * quiet) * module, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        for (int y = 0; y < qr.height(); ++y)
            for (int x = 0; x < qr.width(); ++x)
                if (qr.isDark(x, y))
                    p.fillRect((x + quiet) * module, (y + quiet) * module, module, module, Qt::black);
    }
    QCOMPARE(ImageCodeDecoder::decodeFirst(image), QStringLiteral("https://ulaznice.hns.hr/benzinska/x?pin=") + pin);
    m_page->acceptImage(image);
    QVERIFY(waitStep(PetrolPage::DetailsStep));
    QCOMPARE(child<QLineEdit>("petrolPin")->text(), pin);
    QCOMPARE(child<QTableWidget>("petrolHolders")->rowCount(), DemoPetrol::activePins().at(2).second);
}

void TestPetrolPage::cancelWithReason()
{
    QVERIFY(m_page->step() == PetrolPage::DetailsStep);
    // The dialog asks for a reason; answer it as soon as it shows
    QTimer::singleShot(300, this, [] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->accept();
    });
    QTest::mouseClick(child<QPushButton>("petrolCancel"), Qt::LeftButton);
    QVERIFY(waitStep(PetrolPage::PinStep));
    QTRY_VERIFY(child<QLabel>("petrolBanner")->isVisible());
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM petrol_reservations WHERE status = 'CANCELLED'"
                                  " AND cancellation_reason <> ''")) && q.next());
    QVERIFY(q.value(0).toInt() >= 1);
}

void TestPetrolPage::guesserSeesLockoutAndAdminLiftsIt()
{
    auto *pin = child<QLineEdit>("petrolPin");
    auto *refusal = child<QLabel>("petrolRefusal");
    for (int i = 0; i < 5; ++i) {
        pin->clear();
        QTest::keyClicks(pin, QString::number(99000 + i));
        QTest::keyClick(pin, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(refusal->isVisible() && !QApplication::overrideCursor(), 20000);
        QTest::qWaitFor([&] { return !QApplication::overrideCursor(); });
    }
    QTRY_VERIFY_WITH_TIMEOUT(refusal->text().contains(petrolStatusText(PetrolStatus::LockedOut, QDateTime()).left(20)), 20000);
    snap(QStringLiteral("7-lockout"));

    // The administrator's side
    DbSession adminSession;
    const LoginResult login = adminSession.open(TestDatabase::settings(kDb, QStringLiteral("admin")),
                                                QStringLiteral("demo-admin")).result();
    QVERIFY2(login.status == LoginResult::Status::Ok, qPrintable(login.message()));
    {
        MainWindow admin(adminSession, login.identity, m_language);
        admin.resize(1280, 800);
        admin.show();
        QVERIFY(QTest::qWaitForWindowExposed(&admin));
        admin.showModule(Module::Petrol);
        auto *tabs = admin.findChild<QTabWidget *>(QStringLiteral("petrolTabs"));
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        auto *panel = admin.findChild<PetrolAdminPanel *>();
        QVERIFY(panel);
        auto *lockouts = admin.findChild<QTableWidget *>(QStringLiteral("petrolLockouts"));
        QTRY_COMPARE_WITH_TIMEOUT(lockouts->rowCount(), 1, 20000);
        QVERIFY(lockouts->item(0, 0)->text().contains(QStringLiteral("benzinska")));
        QSignalSpy written(panel, &PetrolAdminPanel::posterWritten);
        QTRY_VERIFY_WITH_TIMEOUT(admin.findChild<QPushButton *>(QStringLiteral("petrolPoster"))->isEnabled(), 20000);
        const QString poster = m_out.filePath(QStringLiteral("poster.pdf"));
        panel->writePoster(poster);
        QVERIFY(written.wait(20000));
        QVERIFY(QFileInfo(poster).size() > 1000);
        if (!m_shots.isEmpty()) {
            QApplication::processEvents();
            QVERIFY(admin.grab().save(m_shots + QStringLiteral("/petrol-8-admin.png")));
        }
        // The lift
        QTimer::singleShot(300, this, [] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                dialog->accept();
        });
        QTest::mouseClick(admin.findChild<QPushButton *>(QStringLiteral("petrolLiftLockout")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(lockouts->rowCount(), 0, 20000);
    }
    adminSession.close();

    // The attendant can look up again
    pin->clear();
    QTest::keyClicks(pin, DemoPetrol::activePins().at(3).first);
    QTest::keyClick(pin, Qt::Key_Return);
    QVERIFY(waitStep(PetrolPage::DetailsStep));
    m_page->startOver();
}

QTEST_MAIN(TestPetrolPage)
#include "tst_petrolpage.moc"
