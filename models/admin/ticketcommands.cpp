#include "ticketcommands.h"

#include "admin/cliarguments.h"

#include "printing/barcodegenerator.h"
#include "printing/ticketprinter.h"
#include "printing/ticketrenderer.h"
#include "printing/ticketrepository.h"
#include "printing/ticketverifier.h"

#include <QDateTime>
#include <QFileInfo>

namespace Tribina {

using CliArguments::takeFlag;
using CliArguments::takeOption;

namespace {
constexpr int kRejected = 3;

} // namespace

QString TicketCommands::usage()
{
    return tr("  ticket verify PAYLOAD [--match UUID]\n"
              "                             check a QR code's text (check digit, match, signature) and\n"
              "                             the ticket's state; says why a code is rejected (exit 3)\n"
              "  ticket print BARCODE --pdf FILE [--layout thermal|a4] [--duplicate]\n"
              "                             render a sold ticket to PDF; --duplicate stamps an emergency\n"
              "                             reprint; every print is recorded in the audit outbox\n");
}

int TicketCommands::printUsage(int code)
{
    (code == 0 ? m_out : m_err) << tr("usage: tribina-admin [--uri postgresql://...] [--demo] ticket ...\n")
                                << usage();
    return code;
}

int TicketCommands::run(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString verb = args.isEmpty() ? QString() : args.takeFirst();
    if (verb == QLatin1String("verify"))
        return verify(args);
    if (verb == QLatin1String("print"))
        return print(args);
    return printUsage(verb == QLatin1String("--help") || verb == QLatin1String("help") ? 0 : 2);
}

int TicketCommands::verify(QStringList args)
{
    const QString matchText = takeOption(args, QStringLiteral("--match"));
    const QUuid expectedMatch = matchText.isEmpty() ? QUuid() : QUuid::fromString(matchText);
    if (args.size() != 1 || (!matchText.isEmpty() && expectedMatch.isNull()))
        return printUsage(2);
    QString text = args.first();
    if (text == QLatin1String("-"))
        text = QTextStream(stdin).readLine();
    text = text.trimmed();

    // What needs no key is checked before connecting: a misread code is rejected offline.
    const TicketVerifier::Result offline = TicketVerifier::verify(text, QByteArray());
    if (offline.status == TicketVerifier::Status::Malformed || offline.status == TicketVerifier::Status::UnknownVersion
        || offline.status == TicketVerifier::Status::BadCheckDigit) {
        m_out << offline.reason() << '\n';
        return kRejected;
    }
    const QrPayload &payload = offline.payload;
    m_out << tr("barcode  %1").arg(payload.barcode) << '\n'
          << tr("match    %1").arg(payload.matchId.toString(QUuid::WithoutBraces)) << '\n'
          << tr("seat     %1").arg(payload.seatLabel) << '\n';

    QSqlDatabase db = m_openDatabase();
    if (!db.isValid() || !db.isOpen())
        return 1;
    TicketRepository repository(db);
    const QUuid keyMatch = expectedMatch.isNull() ? payload.matchId : expectedMatch;
    if (!repository.matchExists(keyMatch)) {
        m_out << tr("Rejected: the code names a match that does not exist.") << '\n';
        return kRejected;
    }
    QByteArray key;
    if (const Outcome read = repository.matchKey(keyMatch, &key); !read) {
        m_err << read.error() << '\n';
        return 1;
    }
    const TicketVerifier::Result result = TicketVerifier::verify(text, key, expectedMatch);
    if (!result.ok()) {
        m_out << result.reason() << '\n';
        return kRejected;
    }

    // Genuine. Whether it still admits is the database's word: cancelled, refunded, reissued.
    TicketData ticket;
    QString status;
    if (!repository.load(payload.barcode, &ticket, &status)) {
        m_out << tr("Rejected: the signature is genuine, but no ticket has this barcode any more (reissued?).")
              << '\n';
        return kRejected;
    }
    m_out << tr("ticket   %1 – %2, %3, order %4, %5")
                 .arg(ticket.homeTeam, ticket.awayTeam, ticket.kickOff.toString(QStringLiteral("dd.MM.yyyy. HH:mm")),
                      ticket.orderNumber, status)
          << '\n';
    if (status != QLatin1String("SOLD")) {
        m_out << tr("Rejected: the signature is genuine, but the ticket is %1.").arg(status) << '\n';
        return kRejected;
    }
    if (ticket.qrPayload != text) {
        m_out << tr("Rejected: the signature is genuine, but the ticket has been given another code since.") << '\n';
        return kRejected;
    }
    m_out << result.reason() << '\n';
    return 0;
}

int TicketCommands::print(QStringList args)
{
    const QString pdf = takeOption(args, QStringLiteral("--pdf"));
    const QString layoutName = takeOption(args, QStringLiteral("--layout"));
    const bool duplicate = args.removeAll(QStringLiteral("--duplicate")) > 0;
    const std::optional<TicketRenderer::Layout> layout =
        TicketRenderer::layoutFromName(layoutName.isEmpty() ? QStringLiteral("thermal") : layoutName);
    if (args.size() != 1 || pdf.isEmpty() || !layout)
        return printUsage(2);
    const QString barcode = args.first().trimmed();
    if (!BarcodeGenerator::isValid(barcode))
        m_err << tr("Note: %1 is not a barcode Tribina issues (14 digits with a check digit).").arg(barcode) << '\n';

    QSqlDatabase db = m_openDatabase();
    if (!db.isValid() || !db.isOpen())
        return 1;
    TicketRepository repository(db);
    TicketData ticket;
    QString status;
    if (const Outcome loaded = repository.load(barcode, &ticket, &status); !loaded) {
        m_err << loaded.error() << '\n';
        return 1;
    }
    if (status != QLatin1String("SOLD")) {
        m_err << tr("Ticket %1 is %2; only sold tickets are printed.").arg(barcode, status) << '\n';
        return 1;
    }
    const TicketPrinter printer(*layout);
    if (const Outcome valid = TicketPrinter::validate(ticket); !valid) {
        m_err << valid.error() << '\n';
        return 1;
    }
    int printNumber = 1;
    if (const Outcome recorded = repository.recordPrint(ticket, TicketRenderer::layoutName(*layout), duplicate,
                                                        &printNumber);
        !recorded) {
        m_err << recorded.error() << '\n';
        return 1;
    }
    if (duplicate)
        ticket.reprint = ReprintMark{QDateTime::currentDateTime(), repository.currentAgentName(), printNumber};
    if (const Outcome written = printer.writePdf(pdf, {ticket}); !written) {
        m_err << written.error() << '\n';
        return 1;
    }
    const QSizeF page = TicketRenderer(*layout).pageSizeMm(ticket);
    m_out << tr("ticket %1 written to %2 (%3, %4 × %5 mm)")
                 .arg(barcode, QFileInfo(pdf).absoluteFilePath(), TicketRenderer::layoutName(*layout))
                 .arg(page.width())
                 .arg(page.height());
    if (duplicate)
        m_out << ' ' << tr("as emergency reprint no. %1").arg(printNumber);
    m_out << '\n';
    return 0;
}

} // namespace Tribina
