#include "admin/quotacommands.h"

#include "admin/cliarguments.h"
#include "quotas/matchinventory.h"
#include "quotas/quotacsv.h"
#include "quotas/quotaexport.h"
#include "quotas/quotaimport.h"
#include "quotas/quotarepository.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace Tribina {

using CliArguments::takeFlag;
using CliArguments::takeOption;

QString QuotaCommands::usage()
{
    return tr("  quota list --match UUID      the match's quotas with their counts and status\n"
              "  quota create --match UUID --email E --name N --quantity Q [--sectors A,B]\n"
              "               [--discount 0-100] [--algorithm NM|REDOM] [--expires YYYY-MM-DD]\n"
              "               [--note TEXT] [--subquotas] [--no-transfer] [--deferred-payment]\n"
              "               [--no-email] [--allocate] [--dry-run]\n"
              "                             create a quota (and allocate its seats)\n"
              "  quota allocate QUOTA [--dry-run]\n"
              "                             allocate a quota's missing seats; prints the seats chosen\n"
              "  quota import FILE --match UUID [--match UUID ...] [--algorithm NM|REDOM]\n"
              "               [--expires YYYY-MM-DD] [--dry-run]\n"
              "                             import quotas from CSV (email, name, quantity[, sectors,\n"
              "                             discount]); --dry-run lists the rows' errors only\n"
              "  quota cancel QUOTA --type all-unused|unfulfilled-only\n"
              "  quota export QUOTA (--csv FILE | --pdf FILE)\n"
              "                             the quota's seat list (CSV) or summary for the recipient (PDF)\n"
              "  (quota commands: --as LOGIN acts as that staff login on a superuser connection)\n");
}

int QuotaCommands::printUsage(int code)
{
    (code == 0 ? m_out : m_err) << tr("usage: tribina-admin [--uri postgresql://...] [--demo] quota ...\n") << usage();
    return code;
}

int QuotaCommands::run(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString verb = args.isEmpty() ? QString() : args.takeFirst();
    if (verb == QLatin1String("list"))
        return list(args);
    if (verb == QLatin1String("create"))
        return create(args);
    if (verb == QLatin1String("allocate"))
        return allocate(args);
    if (verb == QLatin1String("import"))
        return import(args);
    if (verb == QLatin1String("cancel"))
        return cancel(args);
    if (verb == QLatin1String("export"))
        return exportQuota(args);
    return printUsage(verb == QLatin1String("--help") || verb == QLatin1String("help") ? 0 : 2);
}

bool QuotaCommands::open(QStringList &args)
{
    const QString as = takeOption(args, QStringLiteral("--as"));
    m_db = m_openDatabase();
    if (!m_db.isValid() || !m_db.isOpen())
        return false;
    if (!as.isEmpty()) {
        // The 0010 functions take the actor from session_user; a superuser may become a login.
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SET SESSION AUTHORIZATION %1").arg(m_db.driver()->escapeIdentifier(as, QSqlDriver::FieldName)))) {
            m_err << tr("Cannot act as %1: %2").arg(as, q.lastError().text()) << '\n';
            return false;
        }
    }
    return true;
}

void QuotaCommands::printSeats(const QString &heading, const QList<QuotaSeatRow> &seats)
{
    m_out << heading << '\n';
    QString sector, row;
    QStringList numbers;
    auto flush = [&] {
        if (!numbers.isEmpty())
            m_out << tr("  sector %1, row %2: %3").arg(sector, row, numbers.join(QStringLiteral(", "))) << '\n';
        numbers.clear();
    };
    for (const QuotaSeatRow &seat : seats) {
        if (seat.sectorCode != sector || seat.rowIdentifier != row) {
            flush();
            sector = seat.sectorCode;
            row = seat.rowIdentifier;
        }
        numbers.append(seat.seatNumber);
    }
    flush();
}

int QuotaCommands::list(QStringList args)
{
    const QUuid match = QUuid::fromString(takeOption(args, QStringLiteral("--match")));
    if (!open(args))
        return 1;
    if (match.isNull() || !args.isEmpty())
        return printUsage(2);
    Outcome outcome;
    const QList<QuotaSummary> quotas = QuotaRepository(m_db).quotas(match, &outcome);
    if (!outcome) {
        m_err << outcome.error() << '\n';
        return 1;
    }
    for (const QuotaSummary &q : quotas) {
        m_out << tr("%1  %2 <%3>  %4  %5 seats: %6 allocated, %7 reserved, %8 sold, %9 delegated")
                     .arg(q.id.toString(QUuid::WithoutBraces), q.recipientName, q.recipientEmail, q.status)
                     .arg(q.quantity).arg(q.allocated).arg(q.reserved).arg(q.sold).arg(q.delegated)
              << '\n';
    }
    return 0;
}

int QuotaCommands::create(QStringList args)
{
    QuotaDraft d;
    d.matchId = QUuid::fromString(takeOption(args, QStringLiteral("--match")));
    d.recipientEmail = takeOption(args, QStringLiteral("--email"));
    d.recipientName = takeOption(args, QStringLiteral("--name"));
    bool ok = false;
    d.quantity = takeOption(args, QStringLiteral("--quantity")).toInt(&ok);
    const QStringList codes = takeOption(args, QStringLiteral("--sectors")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString discount = takeOption(args, QStringLiteral("--discount"));
    d.discountPercent = discount.isEmpty() ? 0 : discount.toInt();
    const QString algorithm = takeOption(args, QStringLiteral("--algorithm"));
    if (!algorithm.isEmpty() && !fromSqlValue(algorithm.toUpper(), &d.algorithm)) {
        m_err << tr("Unknown algorithm %1 (NM or REDOM).").arg(algorithm) << '\n';
        return 2;
    }
    const QString expires = takeOption(args, QStringLiteral("--expires"));
    d.internalNote = takeOption(args, QStringLiteral("--note"));
    d.canCreateSubquotas = takeFlag(args, QStringLiteral("--subquotas"));
    d.transferAllowed = !takeFlag(args, QStringLiteral("--no-transfer"));
    d.deferredPayment = takeFlag(args, QStringLiteral("--deferred-payment"));
    d.autoSendEmail = !takeFlag(args, QStringLiteral("--no-email"));
    const bool alsoAllocate = takeFlag(args, QStringLiteral("--allocate"));
    const bool dryRun = takeFlag(args, QStringLiteral("--dry-run"));
    if (d.matchId.isNull() || d.recipientEmail.isEmpty() || d.recipientName.isEmpty() || !ok || d.quantity <= 0)
        return printUsage(2);
    if (!open(args))
        return 1;
    if (!args.isEmpty())
        return printUsage(2);

    MatchInventory inventory;
    Outcome outcome = MatchInventory::load(m_db, d.matchId, &inventory);
    if (!outcome) {
        m_err << outcome.error() << '\n';
        return 1;
    }
    for (const QString &code : codes) {
        const int s = inventory.sectorIndexOfCode(code.trimmed());
        if (s < 0) {
            m_err << tr("The match has no sector %1.").arg(code) << '\n';
            return 1;
        }
        d.sectorIds.append(inventory.sectors().at(s).id);
    }
    if (d.sectorIds.isEmpty()) {
        for (const QuotaSector &s : inventory.sectors())
            d.sectorIds.append(s.id);
    }
    if (expires.isEmpty()) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT kick_off_time::date FROM matches WHERE id = ?"));
        q.addBindValue(d.matchId);
        if (q.exec() && q.next())
            d.expirationDate = q.value(0).toDate();
    } else {
        d.expirationDate = QDate::fromString(expires, Qt::ISODate);
    }

    if (dryRun) {
        const QuotaAllocation chosen = QuotaAllocator(inventory.allocation()).allocate(d.algorithm, d.quantity,
                                                                                         inventory.sectorIndices(d.sectorIds));
        if (!chosen.ok()) {
            m_err << chosen.error << '\n';
            return 1;
        }
        printSeats(tr("Dry run: a quota for %1 would get %n seat(s):", nullptr, d.quantity).arg(d.recipientName),
                   inventory.describe(chosen.seats));
        return 0;
    }
    QuotaRepository repo(m_db);
    QUuid id;
    QuotaRepository::Allocation allocation;
    outcome = repo.inTransaction([&]() -> Outcome {
        const Outcome created = repo.create(d, &id);
        if (!created || !alsoAllocate)
            return created;
        QuotaSummary summary;
        const Outcome read = repo.quota(id, &summary);
        if (!read)
            return read;
        return repo.allocate(summary, inventory, false, &allocation);
    });
    if (!outcome) {
        m_err << outcome.error() << '\n';
        return 1;
    }
    m_out << tr("Created quota %1").arg(id.toString(QUuid::WithoutBraces)) << '\n';
    if (alsoAllocate)
        printSeats(tr("Allocated %n seat(s):", nullptr, int(allocation.seats.size())), allocation.seats);
    return 0;
}

int QuotaCommands::allocate(QStringList args)
{
    const bool dryRun = takeFlag(args, QStringLiteral("--dry-run"));
    if (!open(args))
        return 1;
    if (args.size() != 1 || QUuid::fromString(args.first()).isNull())
        return printUsage(2);
    QuotaRepository::Allocation allocation;
    const Outcome outcome = QuotaRepository(m_db).allocate(QUuid::fromString(args.first()), dryRun, &allocation);
    if (!outcome) {
        m_err << outcome.error() << '\n';
        return 1;
    }
    printSeats(dryRun ? tr("Dry run: would allocate %n seat(s):", nullptr, int(allocation.seats.size()))
                      : tr("Allocated %n seat(s):", nullptr, int(allocation.seats.size())),
               allocation.seats);
    return 0;
}

int QuotaCommands::import(QStringList args)
{
    QList<QUuid> matches;
    for (QString m = takeOption(args, QStringLiteral("--match")); !m.isEmpty(); m = takeOption(args, QStringLiteral("--match")))
        matches.append(QUuid::fromString(m));
    QuotaImport::Options options;
    const QString algorithm = takeOption(args, QStringLiteral("--algorithm"));
    if (!algorithm.isEmpty() && !fromSqlValue(algorithm.toUpper(), &options.algorithm))
        return printUsage(2);
    options.expirationDate = QDate::fromString(takeOption(args, QStringLiteral("--expires")), Qt::ISODate);
    const bool dryRun = takeFlag(args, QStringLiteral("--dry-run"));
    if (!open(args))
        return 1;
    if (args.size() != 1 || matches.isEmpty() || matches.contains(QUuid()))
        return printUsage(2);
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << tr("Cannot read %1: %2").arg(args.first(), file.errorString()) << '\n';
        return 1;
    }
    options.fileName = QFileInfo(file).fileName();
    const QuotaCsv::File csv = QuotaCsv::read(file.readAll());
    if (!csv.ok()) {
        m_err << csv.error << '\n';
        return 1;
    }
    auto progress = [this](int done, int total) {
        if (total >= 1000 && (done % 1000 == 0 || done == total))
            m_err << tr("%1 of %2 rows").arg(done).arg(total) << '\n';
    };
    QList<QuotaCsvRow> rows = csv.rows;
    Outcome outcome;
    QuotaImport::Result result;
    if (dryRun) {
        outcome = QuotaImport(m_db).preview(matches, &rows, progress, options.algorithm);
    } else {
        outcome = QuotaImport(m_db).run(matches, csv, options, &result, progress);
        rows = result.rows;
    }
    if (!outcome) {
        m_err << outcome.error() << '\n';
        return 1;
    }
    int bad = 0;
    for (const QuotaCsvRow &row : rows) {
        if (!row.ok()) {
            ++bad;
            m_out << tr("line %1 (%2): %3").arg(row.line).arg(row.email, row.errors.join(QStringLiteral(" "))) << '\n';
        }
    }
    if (dryRun)
        m_out << tr("Dry run: %1 of %2 rows can be imported (%3, %4).")
                     .arg(rows.size() - bad).arg(rows.size()).arg(csv.encoding, csv.separator == QLatin1Char(';') ? tr("semicolons") : tr("commas"))
              << '\n';
    else
        m_out << tr("Imported %1 of %2 rows: %3 quotas, %4 seats; batch %5")
                     .arg(result.imported).arg(rows.size()).arg(result.quotasCreated).arg(result.seatsAllocated)
                     .arg(result.batchId.toString(QUuid::WithoutBraces))
              << '\n';
    return 0;
}

int QuotaCommands::cancel(QStringList args)
{
    const QString type = takeOption(args, QStringLiteral("--type"));
    if (!open(args))
        return 1;
    QuotaCancellation cancellation;
    if (type == QLatin1String("all-unused") || type == QLatin1String("ALL_UNUSED"))
        cancellation = QuotaCancellation::AllUnused;
    else if (type == QLatin1String("unfulfilled-only") || type == QLatin1String("UNFULFILLED_ONLY"))
        cancellation = QuotaCancellation::UnfulfilledOnly;
    else
        return printUsage(2);
    if (args.size() != 1 || QUuid::fromString(args.first()).isNull())
        return printUsage(2);
    int released = 0;
    const Outcome outcome = QuotaRepository(m_db).cancel(QUuid::fromString(args.first()), cancellation, &released);
    if (!outcome) {
        m_err << outcome.error() << '\n';
        return 1;
    }
    m_out << tr("Cancelled; %n seat(s) released.", nullptr, released) << '\n';
    return 0;
}

int QuotaCommands::exportQuota(QStringList args)
{
    const QString csv = takeOption(args, QStringLiteral("--csv"));
    const QString pdf = takeOption(args, QStringLiteral("--pdf"));
    if (!open(args))
        return 1;
    if (args.size() != 1 || QUuid::fromString(args.first()).isNull() || (csv.isEmpty() == pdf.isEmpty()))
        return printUsage(2);
    QuotaRepository repo(m_db);
    QuotaSummary quota;
    Outcome outcome = repo.quota(QUuid::fromString(args.first()), &quota);
    const QList<QuotaSeatRow> seats = outcome ? repo.seatsOf(quota.id, &outcome) : QList<QuotaSeatRow>();
    if (outcome && !csv.isEmpty())
        outcome = QuotaExport::writeSeatList(csv, seats);
    if (outcome && !pdf.isEmpty()) {
        QString title;
        for (const QuotaMatch &m : repo.matches()) {
            if (m.id == quota.matchId)
                title = m.title;
        }
        outcome = QuotaExport::writeSummaryPdf(pdf, quota, title, seats);
    }
    if (!outcome) {
        m_err << outcome.error() << '\n';
        return 1;
    }
    m_out << tr("Wrote %n seat(s) to %1", nullptr, int(seats.size())).arg(csv.isEmpty() ? pdf : csv) << '\n';
    return 0;
}

} // namespace Tribina
