#include "tickettext.h"

#include "domain/money.h"

#include <QLocale>

namespace Tribina::TicketText {

namespace {
QLocale croatian()
{
    return QLocale(QLocale::Croatian, QLocale::Croatia);
}
} // namespace

QString federation() { return QStringLiteral("HRVATSKI NOGOMETNI SAVEZ"); }
QString federationEnglish() { return QStringLiteral("CROATIAN FOOTBALL FEDERATION"); }
QString ticket() { return QStringLiteral("ULAZNICA / TICKET"); }
QString eTicket() { return QStringLiteral("E-ULAZNICA"); }

QString gate() { return QStringLiteral("ULAZ / GATE"); }
QString sector() { return QStringLiteral("SEKTOR / SECTOR"); }
QString row() { return QStringLiteral("RED / ROW"); }
QString seat() { return QStringLiteral("SJEDALO / SEAT"); }
QString date() { return QStringLiteral("DATUM / DATE"); }
QString kickOff() { return QStringLiteral("POČETAK / KICK-OFF"); }
QString category() { return QStringLiteral("Kategorija / Category"); }
QString price() { return QStringLiteral("Cijena / Price"); }
QString fee() { return QStringLiteral("Naknada / Fee"); }
QString holder() { return QStringLiteral("Ime / Name"); }
QString order() { return QStringLiteral("Narudžba / Order"); }
QString venue() { return QStringLiteral("Stadion / Venue"); }
QString place() { return QStringLiteral("MJESTO / PLACE"); }

QString placement(TicketData::Placement placement)
{
    switch (placement) {
    case TicketData::Placement::Standing:
        return QStringLiteral("STAJANJE / STANDING");
    case TicketData::Placement::FreeSeating:
        return QStringLiteral("SLOBODNO SJEDENJE / FREE SEATING");
    case TicketData::Placement::Seat:
        break;
    }
    return {};
}

QString duplicate() { return QStringLiteral("DUPLIKAT · DUPLICATE"); }
QString emergencyReprint() { return QStringLiteral("IZVANREDNI ISPIS / EMERGENCY REPRINT"); }

QString reprintDetails(const ReprintMark &mark)
{
    QString details = QStringLiteral("%1 · %2 · ispis br. / print no. %3")
        .arg(mark.printedAt.toString(QStringLiteral("dd.MM.yyyy. HH:mm")), mark.agent)
        .arg(mark.printNumber);
    if (!mark.holderOibLast4.isEmpty())
        details += QStringLiteral(" · OIB •••••••%1").arg(mark.holderOibLast4);
    return details;
}

QString money(qint64 cents, const QString &currency)
{
    return Money(cents).format(croatian(), currency);
}

QString vatLine(const TicketData &ticket)
{
    if (ticket.vatRateHundredths <= 0)
        return QStringLiteral("bez PDV-a / VAT exempt");
    QString rate = QString::number(ticket.vatRateHundredths / 100);
    if (const int fraction = ticket.vatRateHundredths % 100; fraction != 0) {
        QString decimals = QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
        while (decimals.endsWith(QLatin1Char('0')))
            decimals.chop(1);
        rate += QLatin1Char(',') + decimals;
    }
    return QStringLiteral("uklj. PDV %1 %: %2 / incl. VAT")
        .arg(rate, money(ticket.vatCents, ticket.currency));
}

QString matchDate(const QDateTime &kickOff)
{
    const QLocale hr = croatian();
    return hr.dayName(kickOff.date().dayOfWeek()) + QStringLiteral(", ")
        + kickOff.toString(QStringLiteral("dd.MM.yyyy."));
}

QString matchTime(const QDateTime &kickOff)
{
    return kickOff.toString(QStringLiteral("HH:mm"));
}

QString venueLine(const TicketData &ticket)
{
    if (ticket.venueCity.isEmpty() || ticket.venueName.contains(ticket.venueCity))
        return ticket.venueName;
    return ticket.venueName + QStringLiteral(", ") + ticket.venueCity;
}

QString groupedBarcode(const QString &barcode)
{
    QString out;
    for (qsizetype i = 0; i < barcode.size(); i += 4) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += barcode.mid(i, 4);
    }
    return out;
}

QString scanHint() { return QStringLiteral("Skenirajte na ulazu · Scan at the gate"); }

QString conditions()
{
    return QStringLiteral("Ulaznica je osobna i vrijedi uz identifikacijski dokument. Ulaskom na stadion "
                          "prihvaćate kućni red. · Personal ticket, valid with an identity document. "
                          "Entry implies acceptance of the stadium rules.");
}

QString instructionsCroatian()
{
    return QStringLiteral(
        "1. Ulaznica je osobna i vrijedi samo uz identifikacijski dokument (osobna iskaznica ili putovnica).\n"
        "2. Na ulazu pripremite ulaznicu: QR kod i crtični kod moraju biti čitljivi; ne savijajte ih preko kodova.\n"
        "3. Svaki kod vrijedi za jedan ulaz. Kopije se prepoznaju i odbijaju.\n"
        "4. Zabranjeno je unošenje pirotehnike, oružja, alkohola i predmeta kojima se mogu ozlijediti drugi.\n"
        "5. Ulaskom na stadion prihvaćate kućni red stadiona i Zakon o sprječavanju nereda na sportskim "
        "natjecanjima.");
}

QString instructionsEnglish()
{
    return QStringLiteral(
        "1. This ticket is personal and valid only with an identity document (ID card or passport).\n"
        "2. Have the ticket ready at the gate: the QR code and the barcode must be legible; do not fold across them.\n"
        "3. Each code admits once. Copies are detected and refused.\n"
        "4. Pyrotechnics, weapons, alcohol and objects that can injure others are prohibited.\n"
        "5. By entering the stadium you accept the stadium rules and the Croatian law on preventing "
        "disorder at sports events.");
}

} // namespace Tribina::TicketText
