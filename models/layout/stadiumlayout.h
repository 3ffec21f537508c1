#pragma once

#include "layout/layoutenums.h"
#include "layout/layoutsector.h"

#include <QList>
#include <QSizeF>
#include <QString>

namespace Tribina {

/// What identifies a venue, apart from its sectors: edited as one unit (the stadium properties).
struct VenueDetails
{
    QString name;
    QString city;
    QString country = QStringLiteral("HR");
    QString address;
    VenueType venueType = VenueType::Home;
    bool numbered = true;

    friend bool operator==(const VenueDetails &, const VenueDetails &) = default;
};

/// A stadium's layout: the venue's identity and its sectors. This is the document a layout
/// editor edits and the seeder and importers write to the stadiums, sectors, sector_seat_maps,
/// row_configurations and seats tables.
///
/// Coordinates (the project's one convention): metres, origin at the centre spot, x along the
/// length of the pitch, y across it, the main stand on the positive-y side; angles in degrees,
/// counter-clockwise from +x. A 105 × 68 m pitch spans x ∈ [-52.5, 52.5], y ∈ [-34, 34].
class StadiumLayout
{
public:
    StadiumLayout() = default;
    StadiumLayout(QString name, QString city, QString country, VenueType venueType);

    const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    const QString &city() const { return m_city; }
    void setCity(const QString &city) { m_city = city; }
    /// ISO 3166-1 alpha-2 ("HR", "ES").
    const QString &country() const { return m_country; }
    void setCountry(const QString &country) { m_country = country; }
    const QString &address() const { return m_address; }
    void setAddress(const QString &address) { m_address = address; }
    VenueType venueType() const { return m_venueType; }
    void setVenueType(VenueType type) { m_venueType = type; }
    /// False for venues sold by sector only (typical of away venues).
    bool isNumbered() const { return m_numbered; }
    void setNumbered(bool numbered) { m_numbered = numbered; }

    VenueDetails venue() const { return {m_name, m_city, m_country, m_address, m_venueType, m_numbered}; }
    void setVenue(const VenueDetails &venue);

    /// Length and width of the pitch, metres (drawn under the sectors).
    QSizeF pitchSize() const { return m_pitchSize; }
    void setPitchSize(QSizeF size) { m_pitchSize = size; }

    const QList<LayoutSector> &sectors() const { return m_sectors; }
    void addSector(const LayoutSector &sector) { m_sectors.append(sector); }
    void setSectors(const QList<LayoutSector> &sectors) { m_sectors = sectors; }
    void insertSector(int index, const LayoutSector &sector) { m_sectors.insert(index, sector); }
    void replaceSector(int index, const LayoutSector &sector) { m_sectors[index] = sector; }
    LayoutSector takeSector(int index) { return m_sectors.takeAt(index); }
    /// The sector with code, or nullptr.
    const LayoutSector *sector(const QString &code) const;

    int seatCount() const;
    /// stadiums.base_capacity: the sum of the sectors' capacities (seats plus standing places).
    int capacity() const;
    /// Sector codes must be unique within a stadium.
    bool hasUniqueSectorCodes() const;

    friend bool operator==(const StadiumLayout &, const StadiumLayout &) = default;

private:
    QString m_name;
    QString m_city;
    QString m_country = QStringLiteral("HR");
    QString m_address;
    VenueType m_venueType = VenueType::Home;
    bool m_numbered = true;
    QSizeF m_pitchSize{105, 68};
    QList<LayoutSector> m_sectors;
};

} // namespace Tribina
