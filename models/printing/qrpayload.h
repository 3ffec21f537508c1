#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QUuid>

#include <optional>

namespace Tribina {

/// The text of a ticket's QR code (tickets.qr_code_data), signed so a gate can tell a forged code
/// offline. Five fields separated by '.', printable ASCII only:
///
///     HNS1.<barcode>.<match>.<seat>.<mac>
///
/// - `HNS1`: format and version tag.
/// - barcode: tickets.barcode, 14 digits (BarcodeGenerator).
/// - match: the match's UUID as its 16 bytes in RFC 4648 base32, upper case, unpadded (26 chars).
/// - seat: the seat label (SQL `ticket_seat_label`: "SECTOR-ROW-SEAT", or the sector code alone
///   for standing and free seating) as UTF-8 with every byte other than A–Z a–z 0–9 '-' '_'
///   written %XX (upper-case hex).
/// - mac: the first 16 bytes of HMAC-SHA256(match key, message), base64url, unpadded (22 chars).
///
/// The signed message is not the payload text but its decoded fields, as UTF-8:
/// "HNS1\n" + barcode + "\n" + match UUID (lower-case, 8-4-4-4-12) + "\n" + seat label.
/// The key is the match's 32-byte key (SQL `match_signing_key`). The database signs
/// (`ticket_qr_sign`); this class builds the same text for verification and tests, and exactly
/// one text is accepted per ticket (parse() refuses any other spelling of the same fields).
struct QrPayload
{
    QString barcode;
    QUuid matchId;
    QString seatLabel;
    QByteArray mac; ///< 16 bytes

    static constexpr QLatin1StringView kTag{"HNS1"};
    static constexpr int kMacBytes = 16;

    /// The bytes the MAC covers (see above).
    static QByteArray signedMessage(const QString &barcode, const QUuid &matchId, const QString &seatLabel);
    /// Truncated HMAC-SHA256 of signedMessage() under key.
    static QByteArray computeMac(const QByteArray &key, const QString &barcode, const QUuid &matchId,
                                 const QString &seatLabel);
    /// A payload signed with key.
    static QrPayload sign(const QByteArray &key, const QString &barcode, const QUuid &matchId,
                          const QString &seatLabel);

    /// Whether mac is the MAC of the fields under key (compared in constant time).
    bool hasValidMac(const QByteArray &key) const;

    /// The QR text.
    QString toString() const;

    enum class ParseError { None, Malformed, UnknownVersion };
    /// Splits a QR text into its fields; checks their syntax only (not the check digit, not the
    /// MAC). Anything but the one canonical spelling is Malformed; a text that starts with "HNS"
    /// and another version, UnknownVersion.
    static std::optional<QrPayload> parse(QStringView text, ParseError *error = nullptr);

    /// The encodings, public for tests.
    static QString base32(const QByteArray &bytes);
    static QByteArray fromBase32(QStringView text, bool *ok);
    static QString escapeLabel(const QString &label);
    static QString unescapeLabel(QStringView text, bool *ok);
};

} // namespace Tribina
