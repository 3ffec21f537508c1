#include "auditcommands.h"

#include "admin/cliarguments.h"
#include "audit/auditshipper.h"

#include <atomic>
#include <csignal>

namespace Tribina {

using CliArguments::takeFlag;
using CliArguments::takeOption;

namespace {

std::atomic<AuditShipper *> g_running{nullptr};

extern "C" void stopShipper(int)
{
    if (AuditShipper *shipper = g_running.load())
        shipper->stop(); // a lock-free atomic store: safe in a signal handler
}

/// "17, 18, 20–25": outbox ids, runs collapsed.
QString idRanges(const QList<qint64> &ids)
{
    QStringList parts;
    for (qsizetype i = 0; i < ids.size();) {
        qsizetype j = i;
        while (j + 1 < ids.size() && ids[j + 1] == ids[j] + 1)
            ++j;
        parts << (i == j ? QString::number(ids[i]) : QStringLiteral("%1–%2").arg(ids[i]).arg(ids[j]));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString AuditCommands::usage()
{
    return tr("  audit ship --loki URL [--batch N] [--env NAME] [--tenant ID] [--follow] [--poll SECONDS]\n"
              "                             push unshipped audit events to Grafana Loki (URL/loki/api/v1/push);\n"
              "                             retries 429/5xx, parks events Loki rejects; --follow keeps running\n");
}

int AuditCommands::printUsage(int code)
{
    (code == 0 ? m_out : m_err) << tr("usage: tribina-admin [--uri postgresql://...] [--demo] audit ...\n") << usage();
    return code;
}

int AuditCommands::run(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString verb = args.isEmpty() ? QString() : args.takeFirst();
    if (verb == QLatin1String("ship"))
        return ship(args);
    return printUsage(verb == QLatin1String("--help") || verb == QLatin1String("help") ? 0 : 2);
}

int AuditCommands::ship(QStringList args)
{
    AuditShipper::Options options;
    const QString loki = takeOption(args, QStringLiteral("--loki"));
    const QString batch = takeOption(args, QStringLiteral("--batch"));
    const QString env = takeOption(args, QStringLiteral("--env"));
    const QString poll = takeOption(args, QStringLiteral("--poll"));
    options.tenant = takeOption(args, QStringLiteral("--tenant"));
    const bool follow = takeFlag(args, QStringLiteral("--follow"));
    options.loki = QUrl(loki, QUrl::StrictMode);
    bool ok = true;
    if (!batch.isEmpty())
        options.batchSize = batch.toInt(&ok);
    if (!ok || options.batchSize < 1 || options.batchSize > 100000) {
        m_err << tr("--batch takes a number from 1 to 100000") << '\n';
        return 2;
    }
    if (!poll.isEmpty()) {
        const int seconds = poll.toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            m_err << tr("--poll takes seconds from 1 to 3600") << '\n';
            return 2;
        }
        options.pollIntervalMs = seconds * 1000;
    }
    if (!env.isEmpty())
        options.env = env;
    if (!args.isEmpty() || loki.isEmpty())
        return printUsage(2);
    if (!options.loki.isValid() || (options.loki.scheme() != QLatin1String("http") && options.loki.scheme() != QLatin1String("https"))) {
        m_err << tr("Not an http(s) URL: %1").arg(loki) << '\n';
        return 2;
    }

    QSqlDatabase db = m_openDatabase();
    if (!db.isValid() || !db.isOpen())
        return 1;
    AuditShipper shipper(db, options);
    m_out << tr("shipping to %1 (env %2)").arg(AuditShipper::pushUrl(options.loki).toDisplayString(), options.env) << Qt::endl;
    const auto progress = [this](const AuditShipper::Batch &b) {
        if (!b.shipped.isEmpty())
            m_out << tr("shipped %n event(s): %1", nullptr, int(b.shipped.size())).arg(idRanges(b.shipped))
                  << (b.retries > 0 ? tr(" (after %n retry/retries)", nullptr, b.retries) : QString()) << Qt::endl;
        for (const AuditShipper::ParkedRow &p : b.parked)
            m_out << tr("parked event %1: Loki answered HTTP %2: %3")
                         .arg(p.outboxId).arg(p.statusCode).arg(QString::fromUtf8(p.response.left(200)).trimmed())
                  << Qt::endl;
    };
    AuditShipper::Totals totals;
    Outcome outcome;
    if (follow) {
        g_running.store(&shipper);
        const auto previousInt = std::signal(SIGINT, stopShipper);
        const auto previousTerm = std::signal(SIGTERM, stopShipper);
        outcome = shipper.follow(&totals, progress, [this](const QString &warning) { m_err << warning << Qt::endl; });
        std::signal(SIGINT, previousInt);
        std::signal(SIGTERM, previousTerm);
        g_running.store(nullptr);
    } else {
        outcome = shipper.shipPending(&totals, progress);
    }
    m_out << tr("%1 shipped, %2 parked, %3 batch(es), %4 retries")
                 .arg(totals.shipped).arg(totals.parked).arg(totals.batches).arg(totals.retries)
          << Qt::endl;
    if (!outcome) {
        m_err << outcome.error() << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace Tribina
