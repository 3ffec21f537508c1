#include "seatmap/layoutrenderer.h"

#include "layout/stadiumlayout.h"
#include "seatmap/seatmapbuilder.h"
#include "seatmap/seatmapmodel.h"
#include "seatmap/seatmappainter.h"

#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace Tribina {

namespace {

// The caption band's height as a share of the picture's width.
constexpr double CaptionShare = 0.035;
// Room around the map, metres.
constexpr double Margin = 4.0;

QRectF sourceRect(const SeatMapData &data)
{
    return data.bounds.adjusted(-Margin, -Margin, Margin, Margin);
}

// Height for a given width: the map's aspect ratio plus the caption band.
int heightFor(int width, const QRectF &source)
{
    return int(std::ceil(width * (source.height() / source.width() + CaptionShare)));
}

} // namespace

bool LayoutRenderer::formatOf(const QString &fileName, Format *format)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("png"))
        *format = Format::Png;
    else if (suffix == QLatin1String("svg"))
        *format = Format::Svg;
    else if (suffix == QLatin1String("pdf"))
        *format = Format::Pdf;
    else
        return false;
    return true;
}

QString LayoutRenderer::defaultCaption(const StadiumLayout &layout)
{
    const QLocale locale;
    return tr("%1, %2 (%3) — capacity %4: %5 seats in %n sector(s)", nullptr, int(layout.sectors().size()))
        .arg(layout.name(), layout.city(), layout.country(), locale.toString(layout.capacity()),
             locale.toString(layout.seatCount()));
}

void LayoutRenderer::paint(QPainter *painter, const QRectF &target, const StadiumLayout &layout, const QString &caption)
{
    SeatMapModel model;
    model.reset(SeatMapBuilder::fromLayout(layout));
    SeatMapPainter mapPainter(&model);
    const QRectF source = sourceRect(model.data());

    const double band = target.width() * CaptionShare;
    const QRectF captionRect(target.left(), target.top(), target.width(), band);
    painter->save();
    painter->fillRect(captionRect, Qt::white);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qMax(8, int(band * 0.5)));
    painter->setFont(font);
    painter->setPen(Qt::black);
    painter->drawText(captionRect.adjusted(band * 0.4, 0, -band * 0.4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      caption.isEmpty() ? defaultCaption(layout) : caption);
    painter->restore();

    painter->setRenderHint(QPainter::Antialiasing);
    mapPainter.render(painter, target.adjusted(0, band, 0, 0), source);
}

Outcome LayoutRenderer::render(const StadiumLayout &layout, const QString &fileName, const Options &options)
{
    Format format = Format::Png;
    if (!formatOf(fileName, &format))
        return Outcome::failure(tr("%1: the file name must end in .png, .svg or .pdf.").arg(fileName));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Outcome::failure(tr("Drawing the seat map needs a QGuiApplication (fonts); none is running."));
    if (options.width < 100 || options.width > 20000)
        return Outcome::failure(tr("The picture must be 100 to 20,000 pixels wide."));

    // The map's aspect ratio decides the picture's height (or the PDF page's orientation).
    const QRectF source = sourceRect(SeatMapBuilder::fromLayout(layout));
    const int width = options.width;
    const int height = heightFor(width, source);
    const QString caption = options.caption.isEmpty() ? defaultCaption(layout) : options.caption;

    switch (format) {
    case Format::Png: {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        paint(&painter, QRectF(0, 0, width, height), layout, caption);
        painter.end();
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            return Outcome::failure(tr("Cannot write %1: %2").arg(fileName, file.errorString()));
        return {};
    }
    case Format::Svg: {
        // QSvgGenerator writes as it paints: write into a temporary name, keep it only if
        // everything went well.
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly))
            return Outcome::failure(tr("Cannot write %1: %2").arg(fileName, file.errorString()));
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(QSize(width, height));
        svg.setViewBox(QRect(0, 0, width, height));
        svg.setTitle(layout.name());
        svg.setDescription(caption);
        QPainter painter(&svg);
        paint(&painter, QRectF(0, 0, width, height), layout, caption);
        painter.end();
        if (!file.commit())
            return Outcome::failure(tr("Cannot write %1: %2").arg(fileName, file.errorString()));
        return {};
    }
    case Format::Pdf: {
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly))
            return Outcome::failure(tr("Cannot write %1: %2").arg(fileName, file.errorString()));
        QPdfWriter pdf(&file);
        pdf.setTitle(layout.name());
        pdf.setCreator(QStringLiteral("Tribina"));
        pdf.setResolution(300);
        pdf.setPageSize(QPageSize(QPageSize::A3));
        pdf.setPageOrientation(height > width ? QPageLayout::Portrait : QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
        QPainter painter(&pdf);
        // The page's printable area, with the map's aspect ratio kept (render() centres it).
        paint(&painter, QRectF(0, 0, pdf.width(), pdf.height()), layout, caption);
        painter.end();
        if (!file.commit())
            return Outcome::failure(tr("Cannot write %1: %2").arg(fileName, file.errorString()));
        return {};
    }
    }
    return {};
}

} // namespace Tribina
