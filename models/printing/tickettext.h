#pragma once

#include "printing/ticketdata.h"

#include <QString>

namespace Tribina {

/// What a ticket says, apart from its data. Tickets are bilingual, Croatian first and English
/// second, whatever the language of the workstation that prints them: a fan reads a ticket, not
/// the clerk. So these are fixed texts, not tr() strings. Numbers, dates and prices are written
/// the Croatian way ("45,00 €", "15.11.2025.").
namespace TicketText {

QString federation();        ///< "HRVATSKI NOGOMETNI SAVEZ"
QString federationEnglish(); ///< "CROATIAN FOOTBALL FEDERATION"
QString ticket();            ///< "ULAZNICA / TICKET"
QString eTicket();           ///< "E-ULAZNICA"

QString gate();      ///< "ULAZ / GATE"
QString sector();    ///< "SEKTOR / SECTOR"
QString row();       ///< "RED / ROW"
QString seat();      ///< "SJEDALO / SEAT"
QString date();      ///< "DATUM / DATE"
QString kickOff();   ///< "POČETAK / KICK-OFF"
QString category();  ///< "Kategorija / Category"
QString price();     ///< "Cijena / Price"
QString fee();       ///< "Naknada / Fee"
QString holder();    ///< "Ime / Name"
QString order();     ///< "Narudžba / Order"
QString venue();     ///< "Stadion / Venue"
QString place();     ///< "MJESTO / PLACE"

/// "STAJANJE / STANDING" or "SLOBODNO SJEDENJE / FREE SEATING" for places without row and seat.
QString placement(TicketData::Placement placement);

QString duplicate();        ///< "DUPLIKAT · DUPLICATE"
QString emergencyReprint(); ///< "IZVANREDNI ISPIS / EMERGENCY REPRINT"
/// "15.11.2025. 18:02 · Ivana Kovač · ispis br. / print no. 2"
QString reprintDetails(const ReprintMark &mark);

/// "45,00 €"
QString money(qint64 cents, const QString &currency);
/// "uklj. PDV 5 %: 2,14 € / incl. VAT" ("bez PDV-a / VAT exempt" at 0 %)
QString vatLine(const TicketData &ticket);
/// "subota, 15.11.2025." — Croatian weekday and date
QString matchDate(const QDateTime &kickOff);
/// "20:45"
QString matchTime(const QDateTime &kickOff);
/// "Stadion Maksimir, Zagreb"
QString venueLine(const TicketData &ticket);
/// The barcode in groups of four for people who have to type it: "1234 5678 9012 34".
QString groupedBarcode(const QString &barcode);

QString scanHint();   ///< "Skenirajte na ulazu · Scan at the gate"
QString conditions(); ///< the short terms printed on every ticket
/// A4 only: numbered instructions, Croatian and English.
QString instructionsCroatian();
QString instructionsEnglish();

} // namespace TicketText
} // namespace Tribina
