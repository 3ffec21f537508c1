#include "ticketrenderer.h"

#include "printing/a4ticketlayout.h"
#include "printing/thermalticketlayout.h"
#include "printing/ticketcanvas.h"

#include <QPainter>
#include <QtMath>

#include <cmath>

namespace Tribina {

namespace {
constexpr qreal kMillimetresPerInch = 25.4;
// Measuring happens before the device is known: on a tiny image at PDF resolution. The fonts are
// unhinted, so text measures (almost) the same there as on the real device; a millimetre of slack
// covers the rest.
constexpr int kMeasureDpi = 1200;

void setDpi(QImage &image, int dpi)
{
    const int dotsPerMetre = qRound(dpi / kMillimetresPerInch * 1000);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
}
} // namespace

QSizeF TicketRenderer::pageSizeMm(const TicketData &ticket) const
{
    if (m_layout == Layout::A4)
        return {210, 297};
    QImage probe(1, 1, QImage::Format_RGB32);
    setDpi(probe, kMeasureDpi);
    QPainter painter(&probe);
    TicketCanvas canvas(&painter);
    const qreal height = ThermalTicketLayout::paint(canvas, ticket).height;
    painter.end();
    return {ThermalTicketLayout::kPageWidthMm, std::ceil(canvas.toMm(height) + 1.0)};
}

QPageSize TicketRenderer::pageSize(const TicketData &ticket) const
{
    if (m_layout == Layout::A4)
        return QPageSize(QPageSize::A4);
    return QPageSize(pageSizeMm(ticket), QPageSize::Millimeter, QStringLiteral("Thermal 80 mm"),
                     QPageSize::ExactMatch);
}

TicketRenderer::Painted TicketRenderer::paint(QPainter *painter, const TicketData &ticket) const
{
    TicketCanvas canvas(painter);
    return m_layout == Layout::A4 ? A4TicketLayout::paint(canvas, ticket) : ThermalTicketLayout::paint(canvas, ticket);
}

QImage TicketRenderer::image(const TicketData &ticket, int dpi, Painted *painted) const
{
    const QSizeF mm = pageSizeMm(ticket);
    QImage image(qCeil(mm.width() * dpi / kMillimetresPerInch), qCeil(mm.height() * dpi / kMillimetresPerInch),
                 QImage::Format_RGB32);
    setDpi(image, dpi);
    image.fill(Qt::white);
    QPainter painter(&image);
    const Painted result = paint(&painter, ticket);
    painter.end();
    if (painted)
        *painted = result;
    return image;
}

QString TicketRenderer::layoutName(Layout layout)
{
    return layout == Layout::A4 ? QStringLiteral("a4") : QStringLiteral("thermal");
}

std::optional<TicketRenderer::Layout> TicketRenderer::layoutFromName(const QString &name)
{
    if (name.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return Layout::A4;
    if (name.compare(QLatin1String("thermal"), Qt::CaseInsensitive) == 0)
        return Layout::Thermal;
    return std::nullopt;
}

} // namespace Tribina
