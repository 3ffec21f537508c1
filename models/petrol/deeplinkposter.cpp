#include "petrol/deeplinkposter.h"

#include "printing/barcodesymbol.h"
#include "printing/ticketcanvas.h"

#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace Tribina {

QRectF DeepLinkPoster::paint(QPainter *painter) const
{
    TicketCanvas canvas(painter);
    const qreal width = canvas.mm(210);
    const qreal margin = canvas.mm(18);
    const qreal inner = width - 2 * margin;
    const QColor red(0xd2, 0x10, 0x34);
    const QColor blue(0x17, 0x1c, 0x8f);

    canvas.fill(QRectF(0, 0, width, canvas.mmY(14)), red);
    qreal y = canvas.mmY(26);
    y += canvas.text({margin, y}, inner, tr("Match tickets at this petrol station"),
                     canvas.font(26, TicketCanvas::Face::Sans, true), Qt::AlignHCenter, 2, blue);
    y += canvas.mmY(6);
    y += canvas.text({margin, y}, inner, m_content.matchTitle, canvas.font(34, TicketCanvas::Face::Sans, true),
                     Qt::AlignHCenter, 2);
    const QString when = m_content.kickOff.isValid()
        ? QLocale().toString(m_content.kickOff.toLocalTime(), QLocale::LongFormat) : QString();
    y += canvas.mmY(2);
    y += canvas.text({margin, y}, inner, QStringList{m_content.competition, m_content.venue, when}.join(QStringLiteral(" · ")),
                     canvas.font(14), Qt::AlignHCenter, 2);

    y += canvas.mmY(10);
    const BarcodeSymbol qr = BarcodeSymbol::qr(m_content.url);
    // About 12 cm wide: a phone scans it from two metres away.
    const int moduleDots = qr.isNull() ? 1 : qMax(1, int(120.0 * 8 / (qr.width() + 2 * qr.quietZone())));
    const QRectF qrRect = canvas.code(qr, width / 2, y, inner, moduleDots);
    y = qrRect.bottom() + canvas.mmY(6);

    const QStringList steps = {
        tr("1. Scan the code with your phone and open the HNS Ulaznice app."),
        tr("2. Choose the tickets and enter the holders' details: you get a 5-digit PIN."),
        tr("3. Show the PIN at the till, with an ID, and pay here."),
    };
    for (const QString &step : steps)
        y += canvas.text({margin, y}, inner, step, canvas.font(15), Qt::AlignLeft, 3) + canvas.mmY(2);
    y += canvas.mmY(6);
    canvas.text({margin, y}, inner, m_content.url, canvas.font(9, TicketCanvas::Face::Mono), Qt::AlignHCenter, 2,
                QColor(0x55, 0x55, 0x55));
    canvas.fill(QRectF(0, canvas.mmY(297 - 8), width, canvas.mmY(8)), blue);
    return qrRect;
}

Outcome DeepLinkPoster::print(QPagedPaintDevice *device) const
{
    if (m_content.url.isEmpty() || BarcodeSymbol::qr(m_content.url).isNull())
        return Outcome::failure(tr("The deep link cannot be encoded as a QR code."));
    QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    if (!device->setPageLayout(layout))
        return Outcome::failure(tr("The printer does not accept A4 paper."));
    QPainter painter;
    if (!painter.begin(device))
        return Outcome::failure(tr("Cannot start printing (is the printer or the file available?)."));
    paint(&painter);
    if (!painter.end())
        return Outcome::failure(tr("Printing failed while finishing the document."));
    return {};
}

Outcome DeepLinkPoster::writePdf(const QString &fileName) const
{
    {
        QFile probe(fileName);
        if (!probe.open(QIODevice::WriteOnly))
            return Outcome::failure(tr("Cannot write %1: %2").arg(fileName, probe.errorString()));
    }
    QPdfWriter writer(fileName);
    writer.setResolution(1200);
    writer.setCreator(QStringLiteral("Tribina"));
    writer.setTitle(tr("Petrol station poster"));
    return print(&writer);
}

} // namespace Tribina
