#pragma once

#include "layout/layoutrepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace Tribina {

class StadiumLayout;

/// `tribina-admin layout …`: stadium layouts in and out of the database.
///
///     layout list
///     layout export STADIUM FILE.json [--version N | --latest]
///     layout import FILE.json [--stadium STADIUM] [--activate]
///     layout activate STADIUM VERSION
///     layout render STADIUM|FILE.json OUT.png|svg|pdf [--version N | --latest] [--width PX]
///
/// STADIUM is a stadium's id or name. export writes the layout document (LayoutJson, lossless;
/// "-" for standard output); import stores a document as the stadium's draft — the stadium
/// named by --stadium, else the one with the document's venue name, else a new one — and with
/// --activate makes it the active layout (LayoutRepository::activate()). render draws the seat
/// map of a stored layout or of a document file (no database needed). Exit status: 0 done,
/// 1 failed, 2 usage.
class LayoutCommands
{
    Q_DECLARE_TR_FUNCTIONS(LayoutCommands)

public:
    /// openDatabase connects (reporting its own errors) and returns the connection, or an invalid
    /// QSqlDatabase on failure; it is called only by the commands that need the database.
    LayoutCommands(QTextStream &out, QTextStream &err, std::function<QSqlDatabase()> openDatabase)
        : m_out(out), m_err(err), m_openDatabase(std::move(openDatabase)) {}

    /// args: what follows `layout` on the command line.
    int run(const QStringList &args);

    /// The usage lines of these commands, for tribina-admin's help.
    static QString usage();

private:
    int list();
    int exportLayout(QStringList args);
    int importLayout(QStringList args);
    int activate(QStringList args);
    int render(QStringList args);
    int printUsage(int code);
    int fail(const QString &message);
    /// Reads --version N / --latest from args; false (and a message) on a bad value.
    bool takeVersion(QStringList &args, int *version);
    /// Loads a stored layout (stadium and version as given on the command line).
    bool loadStored(const QString &stadium, int version, StadiumLayout *layout, QString *caption);
    void report(const LayoutRepository::Activation &activation);

    QTextStream &m_out;
    QTextStream &m_err;
    std::function<QSqlDatabase()> m_openDatabase;
};

} // namespace Tribina
