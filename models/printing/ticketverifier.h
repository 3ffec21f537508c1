#pragma once

#include "printing/qrpayload.h"

#include <QCoreApplication>
#include <QString>

namespace Tribina {

/// Checks a scanned QR text offline, the way a gate does: with nothing but the match's key.
/// The checks run from cheapest to dearest, and the first that fails names the reason:
/// the text's syntax, the barcode's check digit, the match, then the signature.
///
/// A valid signature proves that Tribina issued this barcode for this match and seat. It does not
/// prove the ticket is still valid: cancelled and refunded tickets need the gate's list of
/// revoked barcodes (or an online check).
class TicketVerifier
{
    Q_DECLARE_TR_FUNCTIONS(TicketVerifier)
public:
    enum class Status {
        Ok,
        Malformed,      ///< not a Tribina ticket code, or damaged
        UnknownVersion, ///< a Tribina code of a format this version does not know
        BadCheckDigit,  ///< the barcode's check digit is wrong (misread or typed wrongly)
        WrongMatch,     ///< a genuine-looking code for another match
        BadSignature,   ///< the signature does not match the contents: forged or altered
    };

    struct Result
    {
        Status status = Status::Malformed;
        QrPayload payload; ///< the fields, when the text could be parsed
        bool ok() const { return status == Status::Ok; }
        /// Why the code is rejected (or that it is valid), translated.
        QString reason() const { return TicketVerifier::describe(status); }
    };

    /// Verifies text with matchKey, the key of the match the gate admits to. With expectedMatch
    /// set, a code of any other match is WrongMatch; without, the payload's own match is assumed
    /// to be the key's.
    static Result verify(QStringView text, const QByteArray &matchKey, const QUuid &expectedMatch = {});

    static QString describe(Status status);
    /// A stable, untranslated name for logs and scripts ("bad-signature").
    static QLatin1StringView statusName(Status status);
};

} // namespace Tribina
