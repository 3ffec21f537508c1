#include "layout/layoutrepository.h"

#include "db/sqlerrors.h"
#include "db/sqltext.h"
#include "layout/layoutjson.h"
#include "layout/layouttablewriter.h"
#include "layout/layoutvalidator.h"
#include "layout/stadiumlayout.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace Tribina {

namespace {

QString uuidText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

// Messages list at most this many problems; the editor shows them all (LayoutValidator).
constexpr int ListedProblems = 10;

QString listed(const QStringList &problems)
{
    QStringList shown = problems.mid(0, ListedProblems);
    if (problems.size() > ListedProblems)
        shown.append(LayoutRepository::tr("… and %n more.", nullptr, int(problems.size() - ListedProblems)));
    return QStringLiteral("\n- ") + shown.join(QStringLiteral("\n- "));
}

} // namespace

LayoutRepository::LayoutRepository(QSqlDatabase db, Transactions transactions)
    : m_db(std::move(db)), m_transactions(transactions)
{
}

Outcome LayoutRepository::sqlFailure(const QString &what, const QString &error) const
{
    return Outcome::failure(tr("Storing the layout failed (%1): %2").arg(what, error));
}

Outcome LayoutRepository::inTransaction(const std::function<Outcome()> &work)
{
    if (m_transactions == Transactions::Caller)
        return work();
    if (!m_db.transaction())
        return sqlFailure(QStringLiteral("BEGIN"), describe(m_db.lastError()));
    const Outcome outcome = work();
    if (!outcome) {
        m_db.rollback();
        return outcome;
    }
    if (!m_db.commit()) {
        const QString error = describe(m_db.lastError());
        m_db.rollback();
        return sqlFailure(QStringLiteral("COMMIT"), error);
    }
    return {};
}

Outcome LayoutRepository::listStadiums(QList<StadiumSummary> *stadiums) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT s.id, s.name, s.city, s.country, s.type, s.base_capacity,"
            " coalesce(max(l.version) FILTER (WHERE l.status = 'ACTIVE'), 0),"
            " coalesce(max(l.version) FILTER (WHERE l.status = 'DRAFT'), 0), count(l.id)"
            " FROM stadiums s LEFT JOIN stadium_layouts l ON l.stadium_id = s.id"
            " GROUP BY s.id ORDER BY s.name, s.id")))
        return sqlFailure(QStringLiteral("stadiums"), describe(q.lastError()));
    stadiums->clear();
    while (q.next()) {
        StadiumSummary s;
        s.id = QUuid::fromString(q.value(0).toString());
        s.name = q.value(1).toString();
        s.city = q.value(2).toString();
        s.country = q.value(3).toString();
        fromSqlValue(q.value(4).toString(), &s.type);
        s.baseCapacity = q.value(5).toInt();
        s.activeVersion = q.value(6).toInt();
        s.draftVersion = q.value(7).toInt();
        s.versions = q.value(8).toInt();
        stadiums->append(s);
    }
    return {};
}

Outcome LayoutRepository::findStadium(const QString &nameOrId, QUuid *stadiumId) const
{
    const QUuid id = QUuid::fromString(nameOrId);
    QSqlQuery q(m_db);
    const bool ok = id.isNull()
        ? q.exec(SqlText::withValues(m_db, QStringLiteral("SELECT id FROM stadiums WHERE lower(name) = lower(?) ORDER BY id"),
                                     {nameOrId}))
        : q.exec(SqlText::withValues(m_db, QStringLiteral("SELECT id FROM stadiums WHERE id = ?::uuid"), {uuidText(id)}));
    if (!ok)
        return sqlFailure(QStringLiteral("stadiums"), describe(q.lastError()));
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    if (ids.isEmpty())
        return Outcome::failure(tr("There is no stadium %1.").arg(nameOrId));
    if (ids.size() > 1)
        return Outcome::failure(tr("%n stadiums are called %1; name one by its id: %2", nullptr, int(ids.size()))
                                    .arg(nameOrId, ids.join(QLatin1String(", "))));
    *stadiumId = QUuid::fromString(ids.first());
    return {};
}

Outcome LayoutRepository::loadLayout(const QUuid &stadiumId, StadiumLayout *layout, int version,
                                     int *loadedVersion) const
{
    // The newest version is the draft when there is one: a draft always starts after the newest
    // version, and only drafts become active.
    QString where = QStringLiteral("stadium_id = ?::uuid AND version = ?::integer");
    if (version == ActiveVersion)
        where = QStringLiteral("stadium_id = ?::uuid AND status = 'ACTIVE'");
    else if (version == LatestVersion)
        where = QStringLiteral("stadium_id = ?::uuid");
    QSqlQuery q(m_db);
    if (!q.exec(SqlText::withValues(m_db,
                                    QStringLiteral("SELECT version, layout_json::text FROM stadium_layouts WHERE %1"
                                                   " ORDER BY version DESC LIMIT 1").arg(where),
                                    {uuidText(stadiumId), version})))
        return sqlFailure(QStringLiteral("stadium_layouts"), describe(q.lastError()));
    if (!q.next()) {
        if (version == ActiveVersion)
            return Outcome::failure(tr("The stadium has no active layout yet."));
        if (version == LatestVersion)
            return Outcome::failure(tr("The stadium has no layout yet."));
        return Outcome::failure(tr("The stadium has no layout version %1.").arg(version));
    }
    const int found = q.value(0).toInt();
    const Outcome read = LayoutJson::read(q.value(1).toString().toUtf8(), layout);
    if (!read)
        return Outcome::failure(tr("Layout version %1 cannot be read: %2").arg(found).arg(read.error()));
    if (loadedVersion)
        *loadedVersion = found;
    return {};
}

QStringList LayoutRepository::storageProblems(const StadiumLayout &layout, Scope scope)
{
    QStringList problems;
    if (layout.name().trimmed().isEmpty() || layout.name().size() > 255)
        problems.append(tr("The venue needs a name of at most 255 characters."));
    if (layout.city().trimmed().isEmpty() || layout.city().size() > 100)
        problems.append(tr("The venue needs a city of at most 100 characters."));
    static const QRegularExpression countryCode(QStringLiteral("^[A-Z]{2}$"));
    if (!countryCode.match(layout.country()).hasMatch())
        problems.append(tr("The country must be a two-letter ISO code such as HR, not “%1”.").arg(layout.country()));
    if (layout.address().size() > 500)
        problems.append(tr("The address is longer than 500 characters."));
    if (scope == Scope::Venue)
        return problems;
    for (const LayoutSector &sector : layout.sectors()) {
        if (sector.name().trimmed().isEmpty() || sector.name().size() > 100)
            problems.append(tr("Sector %1 needs a name of at most 100 characters.").arg(sector.code()));
        if (!sector.isSeated())
            continue;
        for (const LayoutRow &row : sector.rows()) {
            if (!(row.seatPitch() > 0) || !std::isfinite(row.seatPitch()))
                problems.append(tr("Sector %1, row %2: the seat pitch must be more than 0 m.").arg(sector.code(), row.identifier()));
            if (row.activeSeatCount() > 0 && row.numbering().effectiveFirstNumber() < 0)
                problems.append(tr("Sector %1, row %2: seat numbers cannot be negative.").arg(sector.code(), row.identifier()));
        }
    }
    return problems;
}

Outcome LayoutRepository::saveDraft(const QUuid &stadiumId, const StadiumLayout &layout, Saved *saved)
{
    Saved result;
    const Outcome outcome = inTransaction([&] { return saveInTransaction(stadiumId, layout, &result); });
    if (outcome && saved)
        *saved = result;
    return outcome;
}

Outcome LayoutRepository::saveInTransaction(const QUuid &stadiumId, const StadiumLayout &layout, Saved *saved)
{
    QString error;
    QVariant value;
    saved->stadiumId = stadiumId;
    if (stadiumId.isNull()) {
        // A new stadium needs what the stadiums row cannot do without; the rest can wait for
        // activation.
        const QStringList problems = storageProblems(layout, Scope::Venue);
        if (!problems.isEmpty())
            return Outcome::failure(tr("The stadium cannot be created:%1").arg(listed(problems)));
        saved->stadiumId = QUuid::createUuid();
        saved->newStadium = true;
        if (!SqlText::exec(m_db,
                           QStringLiteral("INSERT INTO stadiums (id, name, city, country, address, type, base_capacity, is_numbered)"
                                          " VALUES (?::uuid, ?, ?, ?, ?, ?::stadium_type, 0, ?)"),
                           {uuidText(saved->stadiumId), layout.name(), layout.city(), layout.country(),
                            layout.address().isEmpty() ? QVariant() : QVariant(layout.address()),
                            QString(sqlValue(layout.venueType())), layout.isNumbered()},
                           &error))
            return sqlFailure(QStringLiteral("stadiums"), error);
    } else {
        // Serialises saving and activating per stadium: version numbers are max + 1.
        if (!SqlText::exec(m_db, QStringLiteral("SELECT id FROM stadiums WHERE id = ?::uuid FOR UPDATE"),
                           {uuidText(stadiumId)}, &error, &value))
            return sqlFailure(QStringLiteral("stadiums"), error);
        if (!value.isValid())
            return Outcome::failure(tr("There is no stadium %1.").arg(uuidText(stadiumId)));
    }

    const QString json = QString::fromUtf8(LayoutJson::write(layout));
    const QString stadium = uuidText(saved->stadiumId);
    if (!SqlText::exec(m_db,
                       QStringLiteral("UPDATE stadium_layouts SET layout_json = ?::jsonb, updated_at = now()"
                                      " WHERE stadium_id = ?::uuid AND status = 'DRAFT' RETURNING version"),
                       {json, stadium}, &error, &value))
        return sqlFailure(QStringLiteral("stadium_layouts"), error);
    saved->replacedDraft = value.isValid();
    if (!value.isValid()
        && !SqlText::exec(m_db,
                          QStringLiteral("INSERT INTO stadium_layouts (stadium_id, version, status, layout_json, created_by)"
                                         " SELECT ?::uuid, coalesce(max(version), 0) + 1, 'DRAFT', ?::jsonb,"
                                         " current_staff_user_id() FROM stadium_layouts WHERE stadium_id = ?::uuid"
                                         " RETURNING version"),
                          {stadium, json, stadium}, &error, &value))
        return sqlFailure(QStringLiteral("stadium_layouts"), error);
    saved->version = value.toInt();
    return {};
}

Outcome LayoutRepository::activate(const QUuid &stadiumId, int version, Activation *activation)
{
    Activation result;
    QElapsedTimer timer;
    timer.start();
    const Outcome outcome = inTransaction([&] { return activateInTransaction(stadiumId, version, &result); });
    result.elapsedMs = timer.elapsed();
    if (outcome && activation)
        *activation = result;
    return outcome;
}

Outcome LayoutRepository::activateInTransaction(const QUuid &stadiumId, int version, Activation *activation)
{
    const auto step = [this](const QString &name) { return m_stepHook ? m_stepHook(name) : Outcome(); };
    const QString stadium = uuidText(stadiumId);
    activation->stadiumId = stadiumId;
    activation->version = version;
    QString error;
    QVariant value;

    // One activation (or save) per stadium at a time: the second waits and then sees the first's result.
    if (!SqlText::exec(m_db, QStringLiteral("SELECT id FROM stadiums WHERE id = ?::uuid FOR UPDATE"), {stadium}, &error, &value))
        return sqlFailure(QStringLiteral("stadiums"), error);
    if (!value.isValid())
        return Outcome::failure(tr("There is no stadium %1.").arg(stadium));

    QSqlQuery q(m_db);
    if (!q.exec(SqlText::withValues(m_db,
                                    QStringLiteral("SELECT id, status, layout_json::text, (SELECT max(version) FROM"
                                                   " stadium_layouts WHERE stadium_id = ?::uuid AND status = 'ACTIVE')"
                                                   " FROM stadium_layouts WHERE stadium_id = ?::uuid AND version = ?::integer"),
                                    {stadium, stadium, version})))
        return sqlFailure(QStringLiteral("stadium_layouts"), describe(q.lastError()));
    if (!q.next())
        return Outcome::failure(tr("The stadium has no layout version %1.").arg(version));
    activation->layoutId = QUuid::fromString(q.value(0).toString());
    const QString status = q.value(1).toString();
    const QByteArray json = q.value(2).toString().toUtf8();
    const int activeVersion = q.value(3).toInt();
    q.finish();
    if (status == QLatin1String("ACTIVE")) {
        activation->alreadyActive = true;
        return {};
    }
    if (status == QLatin1String("RETIRED"))
        return Outcome::failure(tr("Layout version %1 was replaced by version %2 and cannot be activated again;"
                                   " save it as a new draft to use it.").arg(version).arg(activeVersion));

    StadiumLayout layout;
    if (const Outcome read = LayoutJson::read(json, &layout); !read)
        return Outcome::failure(tr("Layout version %1 cannot be read: %2").arg(version).arg(read.error()));
    QStringList errors = storageProblems(layout);
    for (const LayoutFinding &finding : LayoutValidator::validate(layout)) {
        if (finding.isError())
            errors.append(finding.message);
        else
            activation->warnings.append(finding);
    }
    if (!errors.isEmpty())
        return Outcome::failure(tr("Layout version %1 cannot be activated: %n error(s) to fix first:%2", nullptr,
                                   int(errors.size()))
                                    .arg(version).arg(listed(errors)));
    if (Outcome o = step(StepChecked); !o)
        return o;

    // The previous version's tables go only when nothing refers to them; a match configured with
    // it (even before its inventory is opened) keeps it, and the foreign keys would refuse anyway.
    if (activeVersion > 0) {
        activation->previousVersion = activeVersion;
        if (!SqlText::exec(m_db,
                           QStringLiteral("SELECT id FROM stadium_layouts WHERE stadium_id = ?::uuid AND status = 'ACTIVE'"),
                           {stadium}, &error, &value))
            return sqlFailure(QStringLiteral("stadium_layouts"), error);
        const QString previous = value.toString();
        if (!SqlText::exec(m_db,
                           QStringLiteral("SELECT EXISTS (SELECT 1 FROM matches WHERE stadium_layout_id = ?::uuid)"
                                          " OR EXISTS (SELECT 1 FROM match_sectors ms JOIN sectors c ON c.id = ms.sector_id"
                                          "            WHERE c.stadium_layout_id = ?::uuid)"
                                          " OR EXISTS (SELECT 1 FROM match_seat_inventory i JOIN seats s ON s.id = i.seat_id"
                                          "            JOIN sectors c ON c.id = s.sector_id WHERE c.stadium_layout_id = ?::uuid)"),
                           {previous, previous, previous}, &error, &value))
            return sqlFailure(QStringLiteral("matches"), error);
        activation->previousKept = value.toBool();
        if (!activation->previousKept
            && !SqlText::exec(m_db, QStringLiteral("DELETE FROM sectors WHERE stadium_layout_id = ?::uuid"), {previous}, &error))
            return sqlFailure(QStringLiteral("sectors"), error);
        if (!SqlText::exec(m_db,
                           QStringLiteral("UPDATE stadium_layouts SET status = 'RETIRED', retired_at = now(), updated_at = now()"
                                          " WHERE id = ?::uuid"),
                           {previous}, &error))
            return sqlFailure(QStringLiteral("stadium_layouts"), error);
    }
    if (Outcome o = step(StepPreviousRetired); !o)
        return o;

    LayoutTableWriter writer(m_db);
    LayoutTableWriter::Written written;
    if (!writer.write(stadiumId, activation->layoutId, layout, &written))
        return Outcome::failure(tr("Storing the layout failed: %1").arg(writer.error()));
    activation->sectors = written.sectors;
    activation->seatMaps = written.seatMaps;
    activation->rows = written.rows;
    activation->seats = written.seats;
    activation->sectorIds = written.sectorIds;
    activation->capacity = layout.capacity();
    if (Outcome o = step(StepTablesWritten); !o)
        return o;

    // The venue's row follows its active layout; base_capacity is derived, never typed in.
    if (!SqlText::exec(m_db,
                       QStringLiteral("UPDATE stadiums SET name = ?, city = ?, country = ?, address = ?,"
                                      " type = ?::stadium_type, is_numbered = ?, base_capacity = ?, updated_at = now()"
                                      " WHERE id = ?::uuid"),
                       {layout.name(), layout.city(), layout.country(),
                        layout.address().isEmpty() ? QVariant() : QVariant(layout.address()),
                        QString(sqlValue(layout.venueType())), layout.isNumbered(), activation->capacity, stadium},
                       &error))
        return sqlFailure(QStringLiteral("stadiums"), error);
    if (!SqlText::exec(m_db,
                       QStringLiteral("UPDATE stadium_layouts SET status = 'ACTIVE', activated_at = now(),"
                                      " activated_by = current_staff_user_id(), updated_at = now() WHERE id = ?::uuid"),
                       {uuidText(activation->layoutId)}, &error))
        return sqlFailure(QStringLiteral("stadium_layouts"), error);
    return step(StepActivated);
}

} // namespace Tribina
