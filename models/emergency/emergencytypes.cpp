#include "emergencytypes.h"

#include "printing/barcodegenerator.h"
#include "printing/qrpayload.h"

namespace Tribina {

QString EmergencyText::kindSqlName(EmergencySearchKind kind)
{
    switch (kind) {
    case EmergencySearchKind::Barcode: return QStringLiteral("barcode");
    case EmergencySearchKind::OrderNumber: return QStringLiteral("order");
    case EmergencySearchKind::HolderName: return QStringLiteral("name");
    case EmergencySearchKind::Oib: return QStringLiteral("oib");
    case EmergencySearchKind::Passport: return QStringLiteral("passport");
    case EmergencySearchKind::Email: return QStringLiteral("email");
    case EmergencySearchKind::Phone: return QStringLiteral("phone");
    }
    return {};
}

QString EmergencyText::kindTitle(EmergencySearchKind kind)
{
    switch (kind) {
    case EmergencySearchKind::Barcode: return tr("Barcode or QR code");
    case EmergencySearchKind::OrderNumber: return tr("Order number");
    case EmergencySearchKind::HolderName: return tr("Holder name");
    case EmergencySearchKind::Oib: return tr("OIB");
    case EmergencySearchKind::Passport: return tr("Passport number");
    case EmergencySearchKind::Email: return tr("E-mail");
    case EmergencySearchKind::Phone: return tr("Phone");
    }
    return {};
}

QList<EmergencySearchKind> EmergencyText::allKinds()
{
    return {EmergencySearchKind::Barcode, EmergencySearchKind::OrderNumber, EmergencySearchKind::HolderName,
            EmergencySearchKind::Oib,     EmergencySearchKind::Passport,    EmergencySearchKind::Email,
            EmergencySearchKind::Phone};
}

QString EmergencyText::documentSqlName(IdentityDocument document)
{
    return document == IdentityDocument::Passport ? QStringLiteral("PASSPORT") : QStringLiteral("IDENTITY_CARD");
}

QString EmergencyText::documentTitle(IdentityDocument document)
{
    return document == IdentityDocument::Passport ? tr("Passport") : tr("Identity card");
}

EmergencyRefusal EmergencyText::refusalFromSql(const QString &code)
{
    if (code == QLatin1String("OTHER_MATCH"))
        return EmergencyRefusal::OtherMatch;
    if (code == QLatin1String("NOT_SOLD"))
        return EmergencyRefusal::NotSold;
    if (code == QLatin1String("MATCH_CLOSED"))
        return EmergencyRefusal::MatchClosed;
    if (code == QLatin1String("BLACKLISTED"))
        return EmergencyRefusal::Blacklisted;
    return EmergencyRefusal::None;
}

QString EmergencyText::statusTitle(const QString &status)
{
    if (status == QLatin1String("SOLD"))
        return tr("Sold (valid)");
    if (status == QLatin1String("ATTENDED"))
        return tr("Already used at the gate");
    if (status == QLatin1String("CANCELLED") || status.startsWith(QLatin1String("CANCELLED_")))
        return tr("Cancelled");
    if (status == QLatin1String("TRANSFERRED"))
        return tr("Transferred to another holder");
    if (status == QLatin1String("REFUNDED"))
        return tr("Refunded");
    return status;
}

QString EmergencyText::refusalText(const EmergencyTicket &t)
{
    switch (t.refusal) {
    case EmergencyRefusal::None:
        return {};
    case EmergencyRefusal::OtherMatch:
        return tr("This ticket is for another match. Check the match selected above.");
    case EmergencyRefusal::NotSold:
        if (t.status == QLatin1String("ATTENDED"))
            return tr("This ticket has already been used to enter the stadium. It cannot be reprinted.");
        if (t.status == QLatin1String("TRANSFERRED"))
            return tr("This ticket was transferred; the new holder's ticket is the valid one. It cannot be "
                      "reprinted.");
        if (t.status == QLatin1String("REFUNDED"))
            return tr("This ticket was refunded. It cannot be reprinted.");
        return tr("This ticket was cancelled. It cannot be reprinted.");
    case EmergencyRefusal::MatchClosed:
        return tr("The match is closed. Its tickets can no longer be reprinted.");
    case EmergencyRefusal::Blacklisted:
        return tr("The holder is on the stadium ban list. The ticket must not be printed; call the security "
                  "officer.");
    }
    return {};
}

QString EmergencyText::sqlStateText(const QString &state, const QString &detail)
{
    if (state == QLatin1String("EP001"))
        return tr("There is no such ticket.");
    if (state == QLatin1String("EP003")) {
        EmergencyTicket t; // detail: the status, or the server's sentence naming it
        for (const char *status : {"ATTENDED", "TRANSFERRED", "REFUNDED", "CANCELLED"})
            if (detail.contains(QLatin1String(status)))
                t.status = QLatin1String(status);
        t.refusal = EmergencyRefusal::NotSold;
        return refusalText(t);
    }
    if (state == QLatin1String("EP004"))
        return tr("The match is closed. Its tickets can no longer be reprinted.");
    if (state == QLatin1String("EP005"))
        return tr("The holder is on the stadium ban list. The ticket must not be printed.");
    if (state == QLatin1String("EP006"))
        return tr("Enter the reason for the emergency print.");
    if (state == QLatin1String("EP007"))
        return tr("Confirm the holder's identity check before printing.");
    if (state == QLatin1String("EP008"))
        return tr("Choose the document that was checked: identity card or passport.");
    if (state == QLatin1String("EP009"))
        return tr("Enter where the ticket is printed (gate or desk).");
    if (state == QLatin1String("EP010") || state == QLatin1String("EP011"))
        return tr("The print could not be identified; try again.");
    if (state == QLatin1String("EP012"))
        return tr("Enter something to search for (a name needs at least 2 letters).");
    if (state == QLatin1String("42501"))
        return tr("Your account may not use emergency printing.");
    return {};
}

QString EmergencyText::barcodeInputProblem(const QString &input)
{
    const QString text = input.trimmed();
    if (text.startsWith(QLatin1String("HNS1."))) {
        QrPayload::ParseError error = QrPayload::ParseError::None;
        if (!QrPayload::parse(text, &error))
            return tr("This QR code is damaged or is not a Tribina ticket.");
        return {};
    }
    if (text.contains(QLatin1Char('.')) && text.size() > 20)
        return tr("This QR code is not a Tribina ticket.");
    if (BarcodeGenerator::hasValidShape(text) && !BarcodeGenerator::isValid(text))
        return tr("The barcode's check digit is wrong: it was probably mistyped. Type it again or scan it.");
    return {};
}

} // namespace Tribina
