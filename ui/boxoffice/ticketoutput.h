#pragma once

#include "boxoffice/saletypes.h"
#include "cache/cachedmatch.h"
#include "domain/outcome.h"
#include "printing/ticketdata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Tribina {

/// Where the counter's paper goes: tickets (TicketPrinter, the workstation's layout and
/// printer), the customer's receipt and the shift report. Without a printer everything becomes a
/// PDF file in outputDir(), and the clerk is told where.
class TicketOutput
{
    Q_DECLARE_TR_FUNCTIONS(TicketOutput)
public:
    /// Documents/Tribina unless set (tests point it at a temporary folder).
    static QString outputDir();
    static void setOutputDir(const QString &dir);
    /// Whether a system printer is there (otherwise PDF).
    static bool hasPrinter();

    /// Prints the tickets; *file receives the PDF's path when no printer was used.
    static Outcome printTickets(const QList<TicketData> &tickets, const QString &name, QString *file);
    static Outcome printReceipt(const CachedMatch &match, const SaleReceipt &receipt, const QString &clerk,
                                QString *file);
    static Outcome printShiftReport(const ShiftTotals &totals, const QString &clerk, QString *file);
    /// Plain lines of a document, one page (receipt and shift report).
    static Outcome printLines(const QString &title, const QStringList &lines, const QString &name, QString *file);
};

} // namespace Tribina
