#include "ticketverifier.h"

#include "printing/barcodegenerator.h"

namespace Tribina {

TicketVerifier::Result TicketVerifier::verify(QStringView text, const QByteArray &matchKey,
                                              const QUuid &expectedMatch)
{
    Result result;
    QrPayload::ParseError error = QrPayload::ParseError::None;
    // Keyboard-wedge scanners append a line feed; a pasted code may carry spaces.
    const std::optional<QrPayload> payload = QrPayload::parse(text.trimmed(), &error);
    if (!payload) {
        result.status = error == QrPayload::ParseError::UnknownVersion ? Status::UnknownVersion
                                                                        : Status::Malformed;
        return result;
    }
    result.payload = *payload;
    if (!BarcodeGenerator::isValid(payload->barcode))
        result.status = Status::BadCheckDigit;
    else if (!expectedMatch.isNull() && payload->matchId != expectedMatch)
        result.status = Status::WrongMatch;
    else if (!payload->hasValidMac(matchKey))
        result.status = Status::BadSignature;
    else
        result.status = Status::Ok;
    return result;
}

QString TicketVerifier::describe(Status status)
{
    switch (status) {
    case Status::Ok:
        return tr("Valid: the code was issued by Tribina for this match and seat.");
    case Status::Malformed:
        return tr("Rejected: this is not a Tribina ticket code, or it is damaged.");
    case Status::UnknownVersion:
        return tr("Rejected: a ticket code format this version of Tribina does not know.");
    case Status::BadCheckDigit:
        return tr("Rejected: the barcode's check digit is wrong (misread or mistyped).");
    case Status::WrongMatch:
        return tr("Rejected: the ticket is for another match.");
    case Status::BadSignature:
        return tr("Rejected: the signature does not match the ticket's contents (forged or altered).");
    }
    return {};
}

QLatin1StringView TicketVerifier::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QLatin1StringView("ok");
    case Status::Malformed:
        return QLatin1StringView("malformed");
    case Status::UnknownVersion:
        return QLatin1StringView("unknown-version");
    case Status::BadCheckDigit:
        return QLatin1StringView("bad-check-digit");
    case Status::WrongMatch:
        return QLatin1StringView("wrong-match");
    case Status::BadSignature:
        return QLatin1StringView("bad-signature");
    }
    return {};
}

} // namespace Tribina
