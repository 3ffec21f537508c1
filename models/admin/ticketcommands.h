#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace Tribina {

/// `tribina-admin ticket …`: checking ticket codes and printing tickets to PDF.
///
///     ticket verify PAYLOAD [--match UUID]
///     ticket print BARCODE --pdf FILE [--layout thermal|a4] [--duplicate]
///
/// verify checks the text of a QR code like a gate does (syntax, check digit, match, signature)
/// and then what the database knows (the ticket still sold, still with this code); it says why a
/// code is rejected. Exit status: 0 valid, 3 rejected, 1 error, 2 usage. PAYLOAD "-" reads one
/// line from standard input (a scanner, or a code that should not show in the shell history).
///
/// print renders a sold ticket as an 80 mm thermal receipt or an A4 e-ticket to a PDF file.
/// --duplicate stamps it as an emergency reprint (date, agent, print number); every print is
/// recorded in the audit outbox.
class TicketCommands
{
    Q_DECLARE_TR_FUNCTIONS(TicketCommands)
public:
    /// openDatabase connects (reporting its own errors) and returns the connection, or an invalid
    /// QSqlDatabase on failure; it is called only by the commands that need the database.
    TicketCommands(QTextStream &out, QTextStream &err, std::function<QSqlDatabase()> openDatabase)
        : m_out(out), m_err(err), m_openDatabase(std::move(openDatabase)) {}

    /// args: what follows `ticket` on the command line.
    int run(const QStringList &args);

    /// The usage lines of these commands, for tribina-admin's help.
    static QString usage();

private:
    int verify(QStringList args);
    int print(QStringList args);
    int printUsage(int code);

    QTextStream &m_out;
    QTextStream &m_err;
    std::function<QSqlDatabase()> m_openDatabase;
};

} // namespace Tribina
