#include "admin/layoutcommands.h"

#include "admin/cliarguments.h"

#include "layout/layoutjson.h"
#include "layout/stadiumlayout.h"
#include "seatmap/layoutrenderer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

namespace Tribina {

using CliArguments::takeFlag;
using CliArguments::takeOption;

namespace {

QString idText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

} // namespace

QString LayoutCommands::usage()
{
    return tr("  layout list                list the stadiums with their active and draft layout versions\n"
              "  layout export STADIUM FILE.json [--version N | --latest]\n"
              "                             write a stadium's layout (default: the active version) as a\n"
              "                             layout document (resources/demo/LAYOUT-FORMAT.md); FILE - is stdout\n"
              "  layout import FILE.json [--stadium STADIUM] [--activate]\n"
              "                             store a layout document as the stadium's draft (the stadium named\n"
              "                             in the document, or a new one); --activate makes it active\n"
              "  layout activate STADIUM VERSION\n"
              "                             make a draft the stadium's active layout\n"
              "  layout render STADIUM|FILE.json OUT.png|svg|pdf [--version N | --latest] [--width PX]\n"
              "                             draw a stored layout or a layout document as a seat map\n"
              "                             STADIUM is a stadium's name or id\n");
}

int LayoutCommands::printUsage(int code)
{
    (code == 0 ? m_out : m_err) << tr("usage: tribina-admin [--uri postgresql://...] [--demo] layout ...\n") << usage();
    return code;
}

int LayoutCommands::fail(const QString &message)
{
    m_err << message << '\n';
    return 1;
}

int LayoutCommands::run(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString verb = args.isEmpty() ? QString() : args.takeFirst();
    if (verb == QLatin1String("list") && args.isEmpty())
        return list();
    if (verb == QLatin1String("export"))
        return exportLayout(args);
    if (verb == QLatin1String("import"))
        return importLayout(args);
    if (verb == QLatin1String("activate"))
        return activate(args);
    if (verb == QLatin1String("render"))
        return render(args);
    return printUsage(2);
}

bool LayoutCommands::takeVersion(QStringList &args, int *version)
{
    *version = LayoutRepository::ActiveVersion;
    if (takeFlag(args, QStringLiteral("--latest")))
        *version = LayoutRepository::LatestVersion;
    if (!args.contains(QStringLiteral("--version")))
        return true;
    const QString text = takeOption(args, QStringLiteral("--version"));
    bool ok = false;
    *version = text.toInt(&ok);
    if (!ok || *version < 1) {
        m_err << tr("--version needs a version number (1, 2, …), not “%1”.").arg(text) << '\n';
        return false;
    }
    return true;
}

int LayoutCommands::list()
{
    QSqlDatabase db = m_openDatabase();
    if (!db.isValid())
        return 1;
    QList<LayoutRepository::StadiumSummary> stadiums;
    if (const Outcome listed = LayoutRepository(db).listStadiums(&stadiums); !listed)
        return fail(listed.error());
    const QLocale locale;
    for (const LayoutRepository::StadiumSummary &s : std::as_const(stadiums)) {
        const QString active = s.activeVersion > 0 ? tr("active v%1").arg(s.activeVersion) : tr("no active layout");
        const QString draft = s.draftVersion > 0 ? tr(", draft v%1").arg(s.draftVersion) : QString();
        m_out << QStringLiteral("%1  %2  %3 (%4)  %5  %6%7\n")
                     .arg(idText(s.id), s.name.leftJustified(28), s.city, s.country,
                          locale.toString(s.baseCapacity).rightJustified(8), active, draft);
    }
    return 0;
}

bool LayoutCommands::loadStored(const QString &stadium, int version, StadiumLayout *layout, QString *caption)
{
    QSqlDatabase db = m_openDatabase();
    if (!db.isValid())
        return false;
    LayoutRepository repository(db);
    QUuid id;
    int loaded = 0;
    Outcome outcome = repository.findStadium(stadium, &id);
    if (outcome)
        outcome = repository.loadLayout(id, layout, version, &loaded);
    if (!outcome) {
        m_err << outcome.error() << '\n';
        return false;
    }
    if (caption)
        *caption = LayoutRenderer::defaultCaption(*layout) + tr(" — layout version %1").arg(loaded);
    return true;
}

int LayoutCommands::exportLayout(QStringList args)
{
    int version = 0;
    if (!takeVersion(args, &version))
        return 2;
    if (args.size() != 2)
        return printUsage(2);
    StadiumLayout layout;
    if (!loadStored(args.at(0), version, &layout, nullptr))
        return 1;
    if (args.at(1) == QLatin1String("-")) {
        m_out << QString::fromUtf8(LayoutJson::write(layout));
        m_out.flush();
        return 0;
    }
    if (const Outcome written = LayoutJson::writeFile(args.at(1), layout); !written)
        return fail(written.error());
    m_out << tr("%1: %2 sectors, %3 seats, capacity %4 written to %5")
                 .arg(layout.name())
                 .arg(layout.sectors().size())
                 .arg(layout.seatCount())
                 .arg(layout.capacity())
                 .arg(args.at(1))
          << '\n';
    return 0;
}

int LayoutCommands::importLayout(QStringList args)
{
    const QString stadium = takeOption(args, QStringLiteral("--stadium"));
    const bool activateIt = takeFlag(args, QStringLiteral("--activate"));
    if (args.size() != 1)
        return printUsage(2);
    StadiumLayout layout;
    if (const Outcome read = LayoutJson::readFile(args.first(), &layout); !read)
        return fail(read.error());
    QSqlDatabase db = m_openDatabase();
    if (!db.isValid())
        return 1;
    LayoutRepository repository(db);

    // Which stadium: the one named, else the one the document describes, else a new one.
    QUuid id;
    if (!stadium.isEmpty()) {
        if (const Outcome found = repository.findStadium(stadium, &id); !found)
            return fail(found.error());
    } else {
        QList<LayoutRepository::StadiumSummary> stadiums;
        if (const Outcome listed = repository.listStadiums(&stadiums); !listed)
            return fail(listed.error());
        QStringList matching;
        for (const LayoutRepository::StadiumSummary &s : std::as_const(stadiums)) {
            if (s.name.compare(layout.name(), Qt::CaseInsensitive) == 0) {
                id = s.id;
                matching.append(idText(s.id));
            }
        }
        if (matching.size() > 1)
            return fail(tr("%n stadiums are called %1; say which with --stadium ID: %2", nullptr, int(matching.size()))
                            .arg(layout.name(), matching.join(QLatin1String(", "))));
    }

    LayoutRepository::Saved saved;
    if (const Outcome outcome = repository.saveDraft(id, layout, &saved); !outcome)
        return fail(outcome.error());
    m_out << (saved.newStadium      ? tr("new stadium %1 (%2): saved as draft version %3")
              : saved.replacedDraft ? tr("stadium %1 (%2): saved as draft version %3, replacing the earlier draft")
                                    : tr("stadium %1 (%2): saved as draft version %3"))
                 .arg(layout.name(), idText(saved.stadiumId))
                 .arg(saved.version)
          << '\n';
    if (!activateIt)
        return 0;
    LayoutRepository::Activation activation;
    if (const Outcome outcome = repository.activate(saved.stadiumId, saved.version, &activation); !outcome)
        return fail(outcome.error());
    report(activation);
    return 0;
}

int LayoutCommands::activate(QStringList args)
{
    if (args.size() != 2)
        return printUsage(2);
    bool ok = false;
    const int version = args.at(1).toInt(&ok);
    if (!ok || version < 1)
        return printUsage(2);
    QSqlDatabase db = m_openDatabase();
    if (!db.isValid())
        return 1;
    LayoutRepository repository(db);
    QUuid id;
    LayoutRepository::Activation activation;
    Outcome outcome = repository.findStadium(args.at(0), &id);
    if (outcome)
        outcome = repository.activate(id, version, &activation);
    if (!outcome)
        return fail(outcome.error());
    report(activation);
    return 0;
}

void LayoutCommands::report(const LayoutRepository::Activation &activation)
{
    const QLocale locale;
    if (activation.alreadyActive) {
        m_out << tr("version %1 is already the active layout; nothing to do").arg(activation.version) << '\n';
        return;
    }
    for (const LayoutFinding &warning : activation.warnings)
        m_out << tr("warning: %1").arg(warning.message) << '\n';
    m_out << tr("activated version %1: %2 sectors, %3 rows, %4 seats, capacity %5 (%6 ms)")
                 .arg(activation.version)
                 .arg(activation.sectors)
                 .arg(activation.rows)
                 .arg(locale.toString(activation.seats), locale.toString(activation.capacity))
                 .arg(activation.elapsedMs)
          << '\n';
    if (activation.previousVersion > 0) {
        m_out << (activation.previousKept
                      ? tr("version %1 is retired; its seats stay for the matches configured with it")
                      : tr("version %1 is retired; nothing used its seats, so they were replaced"))
                     .arg(activation.previousVersion)
              << '\n';
    }
}

int LayoutCommands::render(QStringList args)
{
    int version = 0;
    if (!takeVersion(args, &version))
        return 2;
    LayoutRenderer::Options options;
    if (args.contains(QStringLiteral("--width"))) {
        bool ok = false;
        options.width = takeOption(args, QStringLiteral("--width")).toInt(&ok);
        if (!ok)
            return printUsage(2);
    }
    LayoutRenderer::Format format;
    if (args.size() != 2 || !LayoutRenderer::formatOf(args.at(1), &format))
        return printUsage(2);

    // A document file needs no database; anything else names a stored stadium.
    StadiumLayout layout;
    const QString source = args.at(0);
    if (source.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) && QFileInfo::exists(source)) {
        if (const Outcome read = LayoutJson::readFile(source, &layout); !read)
            return fail(read.error());
    } else if (!loadStored(source, version, &layout, &options.caption)) {
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (const Outcome drawn = LayoutRenderer::render(layout, args.at(1), options); !drawn)
        return fail(drawn.error());
    m_out << tr("%1 drawn to %2 (%3 ms)").arg(layout.name(), args.at(1)).arg(timer.elapsed()) << '\n';
    return 0;
}

} // namespace Tribina
