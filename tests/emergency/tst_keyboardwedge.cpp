#include "scanning/keyboardwedgedetector.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QVBoxLayout>
#include <QtTest>

using namespace Tribina;

/// A USB scanner types a code and Enter within milliseconds; a person types far slower. The
/// detector turns the first into scanned() without the field seeing the keys, and leaves the
/// second alone.
class TestKeyboardWedge : public QObject
{
    Q_OBJECT

    QWidget *m_window = nullptr;
    QLineEdit *m_edit = nullptr;
    KeyboardWedgeDetector *m_detector = nullptr;

private slots:
    void init()
    {
        m_window = new QWidget;
        auto *layout = new QVBoxLayout(m_window);
        m_edit = new QLineEdit(m_window);
        layout->addWidget(m_edit);
        layout->addWidget(new QLineEdit(m_window));
        m_window->show();
        QApplication::setActiveWindow(m_window);
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        m_edit->setFocus();
        QTRY_COMPARE(QGuiApplication::focusObject(), static_cast<QObject *>(m_edit));
        m_detector = new KeyboardWedgeDetector(m_window);
        m_detector->install();
    }
    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
    }

    void fastBurstIsAScan()
    {
        QSignalSpy scanned(m_detector, &KeyboardWedgeDetector::scanned);
        QSignalSpy returned(m_edit, &QLineEdit::returnPressed);
        const QString code = QStringLiteral("38512345678903");
        QTest::keyClicks(m_edit, code);
        QTest::keyClick(m_edit, Qt::Key_Return);
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().first().toString(), code);
        QVERIFY(m_edit->text().isEmpty()); // the keys never reached the field
        QCOMPARE(returned.size(), 0);
        // A QR payload with dots and letters works the same.
        const QString qr = QStringLiteral("HNS1.38512345678903.ABC.ZAPAD-%C4%8C-12-27.xyz_-");
        QTest::keyClicks(m_edit, qr);
        QTest::keyClick(m_edit, Qt::Key_Enter);
        QCOMPARE(scanned.size(), 2);
        QCOMPARE(scanned.last().first().toString(), qr);
        QVERIFY(m_edit->text().isEmpty());
    }

    void slowTypingIsInput()
    {
        QSignalSpy scanned(m_detector, &KeyboardWedgeDetector::scanned);
        QSignalSpy returned(m_edit, &QLineEdit::returnPressed);
        const QString typed = QStringLiteral("Horvat");
        for (QChar c : typed) {
            QTest::keyClicks(m_edit, QString(c));
            QTest::qWait(m_detector->maxInterval() * 3); // a person's pace
        }
        QTRY_COMPARE(m_edit->text(), typed);
        QTest::keyClick(m_edit, Qt::Key_Return);
        QCOMPARE(returned.size(), 1);
        QCOMPARE(scanned.size(), 0);
    }

    void shortBurstIsInput()
    {
        // Two keys rolled over quickly and Enter: too short for a code, so the field gets them.
        QSignalSpy scanned(m_detector, &KeyboardWedgeDetector::scanned);
        QSignalSpy returned(m_edit, &QLineEdit::returnPressed);
        QTest::keyClicks(m_edit, QStringLiteral("ab"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QCOMPARE(scanned.size(), 0);
        QCOMPARE(m_edit->text(), QStringLiteral("ab"));
        QCOMPARE(returned.size(), 1);
    }

    void uninstalledSeesNothing()
    {
        QSignalSpy scanned(m_detector, &KeyboardWedgeDetector::scanned);
        m_detector->uninstall();
        QTest::keyClicks(m_edit, QStringLiteral("12345678"));
        QTest::keyClick(m_edit, Qt::Key_Return);
        QCOMPARE(scanned.size(), 0);
        QCOMPARE(m_edit->text(), QStringLiteral("12345678"));
    }
};

QTEST_MAIN(TestKeyboardWedge)
#include "tst_keyboardwedge.moc"
