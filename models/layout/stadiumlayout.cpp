#include "layout/stadiumlayout.h"

#include <QSet>

namespace Tribina {

void StadiumLayout::setVenue(const VenueDetails &venue)
{
    m_name = venue.name;
    m_city = venue.city;
    m_country = venue.country;
    m_address = venue.address;
    m_venueType = venue.venueType;
    m_numbered = venue.numbered;
}

StadiumLayout::StadiumLayout(QString name, QString city, QString country, VenueType venueType)
    : m_name(std::move(name)), m_city(std::move(city)), m_country(std::move(country)),
      m_venueType(venueType)
{
}

const LayoutSector *StadiumLayout::sector(const QString &code) const
{
    for (const LayoutSector &sector : m_sectors) {
        if (sector.code() == code)
            return &sector;
    }
    return nullptr;
}

int StadiumLayout::seatCount() const
{
    int total = 0;
    for (const LayoutSector &sector : m_sectors)
        total += sector.seatCount();
    return total;
}

int StadiumLayout::capacity() const
{
    int total = 0;
    for (const LayoutSector &sector : m_sectors)
        total += sector.capacity();
    return total;
}

bool StadiumLayout::hasUniqueSectorCodes() const
{
    QSet<QString> seen;
    for (const LayoutSector &sector : m_sectors) {
        if (seen.contains(sector.code()))
            return false;
        seen.insert(sector.code());
    }
    return true;
}

} // namespace Tribina
