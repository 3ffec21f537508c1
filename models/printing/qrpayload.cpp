#include "qrpayload.h"

#include "printing/barcodegenerator.h"

#include <QList>
#include <QMessageAuthenticationCode>
#include <QStringList>

namespace Tribina {

namespace {
constexpr char kBase32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

bool isUnreservedByte(uchar c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '_';
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'A' && c <= u'F') // upper case only: the canonical spelling
        return c.unicode() - u'A' + 10;
    return -1;
}

QByteArray uuidBytes(const QUuid &uuid)
{
    return uuid.toRfc4122();
}
} // namespace

QByteArray QrPayload::signedMessage(const QString &barcode, const QUuid &matchId, const QString &seatLabel)
{
    QByteArray message = QByteArray(kTag.data(), kTag.size());
    message += '\n';
    message += barcode.toUtf8();
    message += '\n';
    message += matchId.toString(QUuid::WithoutBraces).toLatin1();
    message += '\n';
    message += seatLabel.toUtf8();
    return message;
}

QByteArray QrPayload::computeMac(const QByteArray &key, const QString &barcode, const QUuid &matchId,
                                 const QString &seatLabel)
{
    return QMessageAuthenticationCode::hash(signedMessage(barcode, matchId, seatLabel), key,
                                            QCryptographicHash::Sha256)
        .left(kMacBytes);
}

QrPayload QrPayload::sign(const QByteArray &key, const QString &barcode, const QUuid &matchId,
                          const QString &seatLabel)
{
    return {barcode, matchId, seatLabel, computeMac(key, barcode, matchId, seatLabel)};
}

bool QrPayload::hasValidMac(const QByteArray &key) const
{
    const QByteArray expected = computeMac(key, barcode, matchId, seatLabel);
    if (mac.size() != expected.size())
        return false;
    // Constant time: how far a forged MAC matches must not show in how long the gate takes.
    uchar difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= uchar(mac.at(i)) ^ uchar(expected.at(i));
    return difference == 0;
}

QString QrPayload::toString() const
{
    const QString macText = QString::fromLatin1(
        mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return QStringList{QString(kTag), barcode, base32(uuidBytes(matchId)), escapeLabel(seatLabel), macText}
        .join(QLatin1Char('.'));
}

std::optional<QrPayload> QrPayload::parse(QStringView text, ParseError *error)
{
    const auto fail = [error](ParseError e) {
        if (error)
            *error = e;
        return std::nullopt;
    };
    if (error)
        *error = ParseError::None;
    const QList<QStringView> fields = text.split(u'.');
    if (fields.first() != kTag) {
        if (fields.first().startsWith(u"HNS") && fields.first().size() > 3)
            return fail(ParseError::UnknownVersion);
        return fail(ParseError::Malformed);
    }
    if (fields.size() != 5 || !BarcodeGenerator::hasValidShape(fields.at(1)))
        return fail(ParseError::Malformed);
    bool ok = false;
    const QByteArray match = fromBase32(fields.at(2), &ok);
    if (!ok || match.size() != 16)
        return fail(ParseError::Malformed);
    const QString label = unescapeLabel(fields.at(3), &ok);
    if (!ok || label.isEmpty())
        return fail(ParseError::Malformed);
    const auto decoded = QByteArray::fromBase64Encoding(fields.at(4).toLatin1(),
                                                        QByteArray::Base64UrlEncoding
                                                            | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != kMacBytes)
        return fail(ParseError::Malformed);
    QrPayload payload{fields.at(1).toString(), QUuid::fromRfc4122(match), label, decoded.decoded};
    // One spelling per ticket: padding, lower-case hex, needless escapes or trailing bits all
    // decode to the same fields but are not what the database issued.
    if (payload.toString() != text)
        return fail(ParseError::Malformed);
    return payload;
}

QString QrPayload::base32(const QByteArray &bytes)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | uchar(byte);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kBase32Alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kBase32Alphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

QByteArray QrPayload::fromBase32(QStringView text, bool *ok)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    *ok = false;
    for (const QChar c : text) {
        int value = -1;
        if (c >= u'A' && c <= u'Z')
            value = c.unicode() - u'A';
        else if (c >= u'2' && c <= u'7')
            value = c.unicode() - u'2' + 26;
        if (value < 0)
            return {};
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            out += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    *ok = true;
    return out;
}

QString QrPayload::escapeLabel(const QString &label)
{
    QString out;
    for (const char byte : label.toUtf8()) {
        const uchar c = uchar(byte);
        if (isUnreservedByte(c))
            out += QLatin1Char(char(c));
        else
            out += QLatin1Char('%') + QString::number(c, 16).rightJustified(2, QLatin1Char('0')).toUpper();
    }
    return out;
}

QString QrPayload::unescapeLabel(QStringView text, bool *ok)
{
    QByteArray utf8;
    *ok = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'%') {
            if (i + 2 >= text.size())
                return {};
            const int high = hexValue(text.at(i + 1));
            const int low = hexValue(text.at(i + 2));
            if (high < 0 || low < 0)
                return {};
            utf8 += char(high * 16 + low);
            i += 2;
        } else if (c.unicode() < 128 && isUnreservedByte(uchar(c.unicode()))) {
            utf8 += char(c.unicode());
        } else {
            return {};
        }
    }
    const QString label = QString::fromUtf8(utf8);
    // Invalid UTF-8 turns into U+FFFD; re-encoding shows it.
    if (label.toUtf8() != utf8)
        return {};
    *ok = true;
    return label;
}

} // namespace Tribina
