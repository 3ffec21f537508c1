#include "printing/barcodesymbol.h"
#include "printing/qrpayload.h"
#include "printing/ticketverifier.h"

#include <QtTest>

using namespace Tribina;
using Status = TicketVerifier::Status;

/// The signed QR payload: its exact text (a vector computed independently, with Python's hmac),
/// signing and verifying, and every reason a gate rejects a code.
class TestQrPayload : public QObject
{
    Q_OBJECT

    const QByteArray m_key = [] {
        QByteArray key;
        for (char i = 0; i < 32; ++i)
            key += i;
        return key;
    }();
    const QString m_barcode = QStringLiteral("12345678901230");
    const QUuid m_match = QUuid::fromString(QStringLiteral("0b2a5bd0-112b-4c3e-9f00-0123456789ab"));
    const QUuid m_otherMatch = QUuid::fromString(QStringLiteral("9e0f7a52-6a0c-4a77-8d1e-55aa55aa55aa"));

    QString signedText(const QString &label = QStringLiteral("ZAPAD-12-7")) const
    {
        return QrPayload::sign(m_key, m_barcode, m_match, label).toString();
    }

private slots:
    void knownAnswer_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("expected");
        // python3: hmac.new(bytes(range(32)), b"HNS1\n12345678901230\n0b2a5bd0-...\n" + label, sha256)
        QTest::newRow("ascii") << QStringLiteral("ZAPAD-12-7")
                               << QStringLiteral("HNS1.12345678901230.BMVFXUARFNGD5HYAAERUKZ4JVM.ZAPAD-12-7."
                                                 "-SNUvsUCMR57gqpZZoPDiA");
        QTest::newRow("diacritics") << QStringLiteral("SJEVER-Č-A-7")
                                    << QStringLiteral("HNS1.12345678901230.BMVFXUARFNGD5HYAAERUKZ4JVM.SJEVER-%C4%8C-A-7."
                                                      "CNv7cvqH_2uWn3TzJZjWQg");
    }
    void knownAnswer()
    {
        QFETCH(QString, label);
        QFETCH(QString, expected);
        QCOMPARE(signedText(label), expected);
        const std::optional<QrPayload> parsed = QrPayload::parse(expected);
        QVERIFY(parsed);
        QCOMPARE(parsed->barcode, m_barcode);
        QCOMPARE(parsed->matchId, m_match);
        QCOMPARE(parsed->seatLabel, label);
        QCOMPARE(parsed->mac.size(), 16);
    }

    void base32MatchesRfc4648()
    {
        // RFC 4648, section 10, without the padding.
        QCOMPARE(QrPayload::base32(QByteArrayLiteral("f")), QStringLiteral("MY"));
        QCOMPARE(QrPayload::base32(QByteArrayLiteral("fooba")), QStringLiteral("MZXW6YTB"));
        QCOMPARE(QrPayload::base32(QByteArrayLiteral("foobar")), QStringLiteral("MZXW6YTBOI"));
        bool ok = false;
        QCOMPARE(QrPayload::fromBase32(u"MZXW6YTBOI", &ok), QByteArrayLiteral("foobar"));
        QVERIFY(ok);
    }

    void fitsASmallQrCode()
    {
        // Printable ASCII only, and small: version 7 (45 modules) at error correction Q.
        const QString text = signedText(QStringLiteral("ISTOK-DONJI-24-118"));
        for (const QChar c : text)
            QVERIFY(c.unicode() > 32 && c.unicode() < 127);
        QVERIFY2(text.size() <= 90, qPrintable(text));
        QVERIFY(BarcodeSymbol::qr(text).width() <= 45);
    }

    void validCodeIsAccepted()
    {
        const TicketVerifier::Result r = TicketVerifier::verify(signedText(), m_key, m_match);
        QCOMPARE(r.status, Status::Ok);
        QVERIFY(r.ok());
        QCOMPARE(r.payload.seatLabel, QStringLiteral("ZAPAD-12-7"));
        // A scanner's line feed or a pasted space does not matter.
        QCOMPARE(TicketVerifier::verify(signedText() + QStringLiteral("\r\n"), m_key, m_match).status, Status::Ok);
        // Without an expected match the payload's own is assumed.
        QCOMPARE(TicketVerifier::verify(signedText(), m_key).status, Status::Ok);
    }

    void rejections_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<int>("status");
        const QString good = signedText();
        const QStringList f = good.split(QLatin1Char('.'));
        const auto with = [&f](int field, const QString &value) {
            QStringList copy = f;
            copy[field] = value;
            return copy.join(QLatin1Char('.'));
        };
        const int malformed = int(Status::Malformed);
        QTest::newRow("empty") << QString() << m_key << malformed;
        QTest::newRow("a url") << QStringLiteral("https://hns.example/t/12345678901230") << m_key << malformed;
        QTest::newRow("a bare barcode") << m_barcode << m_key << malformed;
        QTest::newRow("field missing") << f.mid(0, 4).join(QLatin1Char('.')) << m_key << malformed;
        QTest::newRow("field extra") << good + QStringLiteral(".x") << m_key << malformed;
        QTest::newRow("barcode too short") << with(1, m_barcode.left(13)) << m_key << malformed;
        QTest::newRow("match lower case") << with(2, f.at(2).toLower()) << m_key << malformed;
        QTest::newRow("match truncated") << with(2, f.at(2).left(20)) << m_key << malformed;
        QTest::newRow("label escaped needlessly") << with(3, QStringLiteral("ZAPAD%2D12-7")) << m_key << malformed;
        QTest::newRow("label lower-case hex") << with(3, QStringLiteral("SJEVER-%c4%8c-A-7")) << m_key << malformed;
        QTest::newRow("label invalid utf-8") << with(3, QStringLiteral("ZAPAD-%FF")) << m_key << malformed;
        QTest::newRow("label raw space") << with(3, QStringLiteral("ZAPAD 12")) << m_key << malformed;
        QTest::newRow("label empty") << with(3, QString()) << m_key << malformed;
        QTest::newRow("mac padded") << with(4, f.at(4) + QStringLiteral("==")) << m_key << malformed;
        QTest::newRow("mac standard base64") << with(4, QString(f.at(4)).replace(QLatin1Char('-'), QLatin1Char('+')))
                                             << m_key << malformed;
        QTest::newRow("mac short") << with(4, f.at(4).left(21)) << m_key << malformed;
        QTest::newRow("HNS2") << with(0, QStringLiteral("HNS2")) << m_key << int(Status::UnknownVersion);

        // One digit misread: the check digit says so before anything else is looked at.
        QTest::newRow("digit misread") << with(1, QStringLiteral("12345678901330")) << m_key << int(Status::BadCheckDigit);
        QTest::newRow("digits swapped") << with(1, QStringLiteral("12345678910230")) << m_key << int(Status::BadCheckDigit);

        // Well-formed, plausible, forged or altered: only the signature tells.
        QTest::newRow("seat label altered")
            << QrPayload{m_barcode, m_match, QStringLiteral("ZAPAD-1-7"), QrPayload::parse(good)->mac}.toString()
            << m_key << int(Status::BadSignature);
        QTest::newRow("barcode altered, valid check digit")
            << with(1, QStringLiteral("12345678901249")) << m_key << int(Status::BadSignature);
        QTest::newRow("match altered (no expected match)")
            << with(2, QrPayload::base32(m_otherMatch.toRfc4122())) << m_key << int(Status::BadSignature);
        QTest::newRow("mac altered") << with(4, QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA")) << m_key
                                     << int(Status::BadSignature);
        QByteArray otherKey = m_key;
        otherKey[0] = 'x';
        QTest::newRow("signed with another key") << good << otherKey << int(Status::BadSignature);
    }
    void rejections()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, key);
        QFETCH(int, status);
        const TicketVerifier::Result r = TicketVerifier::verify(text, key);
        QCOMPARE(int(r.status), status);
        QVERIFY(!r.ok());
        QVERIFY(r.reason().startsWith(QLatin1String("Rejected: ")));
    }

    void codeOfAnotherMatch()
    {
        // The gate of m_otherMatch with its key: a genuine code of m_match is for another match.
        const TicketVerifier::Result r = TicketVerifier::verify(signedText(), QByteArray(32, 'k'), m_otherMatch);
        QCOMPARE(r.status, Status::WrongMatch);
        QCOMPARE(r.reason(), QStringLiteral("Rejected: the ticket is for another match."));
    }

    void everyReasonHasItsOwnText()
    {
        QSet<QString> texts;
        QSet<QString> names;
        for (Status s : {Status::Ok, Status::Malformed, Status::UnknownVersion, Status::BadCheckDigit,
                         Status::WrongMatch, Status::BadSignature}) {
            texts.insert(TicketVerifier::describe(s));
            names.insert(TicketVerifier::statusName(s));
        }
        QCOMPARE(texts.size(), 6);
        QCOMPARE(names.size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestQrPayload)
#include "tst_qrpayload.moc"
