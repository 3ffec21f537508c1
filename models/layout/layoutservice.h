#pragma once

#include "domain/outcome.h"
#include "layout/layoutfinding.h"
#include "layout/stadiumlayout.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QUuid>

namespace Tribina {

class DbSession;

/// The layout editor's way to the database, free of QtSql in its interface so that widgets can
/// use it: every call runs LayoutRepository on the session's database thread and returns a
/// QFuture at once (ARCHITECTURE.md, "Threads").
class LayoutService
{
public:
    /// A stadium as the "Open from database" list shows it.
    struct Stadium
    {
        QUuid id;
        QString name;
        QString city;
        int activeVersion = 0;
        int draftVersion = 0;
        int versions = 0;
    };
    struct StadiumList
    {
        Outcome outcome;
        QList<Stadium> stadiums;
    };
    struct Loaded
    {
        Outcome outcome;
        StadiumLayout layout;
        int version = 0;
    };
    struct Saved
    {
        Outcome outcome;
        QUuid stadiumId;
        int version = 0;
        bool newStadium = false;
    };
    struct Activated
    {
        Outcome outcome;
        int version = 0;
        int capacity = 0;
        QList<LayoutFinding> warnings;
    };

    /// Version numbers for loadLayout() (as LayoutRepository's).
    static constexpr int ActiveVersion = 0;
    static constexpr int LatestVersion = -1;

    explicit LayoutService(DbSession &session);

    QFuture<StadiumList> listStadiums();
    /// A version of the stadium's layout: a number, ActiveVersion or LatestVersion (the draft).
    QFuture<Loaded> loadLayout(const QUuid &stadiumId, int version);
    /// Stores layout as the stadium's draft; a null stadiumId finds (or creates) the stadium
    /// by the layout's name.
    QFuture<Saved> saveDraft(const QUuid &stadiumId, const StadiumLayout &layout);
    QFuture<Activated> activate(const QUuid &stadiumId, int version);

private:
    DbSession &m_session;
};

} // namespace Tribina
