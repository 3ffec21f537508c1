#pragma once

#include "domain/outcome.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>

class QPainter;

namespace Tribina {

class StadiumLayout;

/// A layout's seat map as a file — PNG, SVG or PDF — for `tribina-admin layout render` and the
/// editor's export. It draws with the one seat-map renderer (SeatMapPainter over a SeatMapModel
/// built from the layout): the pitch, the sectors and every seat in its type's colour, under a
/// caption line. At the default sizes the painter's middle level of detail applies: seats as
/// small marks, sectors labelled with their codes.
///
/// Text needs a QGuiApplication (fonts); without one render() fails with a message rather than
/// crashing. No widgets are involved, so it works offscreen.
class LayoutRenderer
{
    Q_DECLARE_TR_FUNCTIONS(LayoutRenderer)

public:
    enum class Format { Png, Svg, Pdf };

    struct Options
    {
        /// Width of a PNG or SVG in pixels; a PDF is an A3 page at 300 dpi.
        int width = 3000;
        /// The caption above the map; empty: the stadium's name, city and capacity.
        QString caption;
    };

    /// The format a file name asks for by its extension (.png, .svg, .pdf; any case).
    static bool formatOf(const QString &fileName, Format *format);

    static Outcome render(const StadiumLayout &layout, const QString &fileName, const Options &options);
    static Outcome render(const StadiumLayout &layout, const QString &fileName)
    {
        return render(layout, fileName, Options());
    }

    /// Paints the caption and the map into target of any paint device.
    static void paint(QPainter *painter, const QRectF &target, const StadiumLayout &layout, const QString &caption);

    /// "Stadion Maksimir, Zagreb (HR) — capacity 38,035: 34,835 seats in 28 sectors", translated.
    static QString defaultCaption(const StadiumLayout &layout);
};

} // namespace Tribina
