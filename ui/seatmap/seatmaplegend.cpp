#include "seatmap/seatmaplegend.h"

#include "seatmap/seatmappalette.h"
#include "seatmap/seatmapscene.h"

#include <QEvent>
#include <QPainter>

namespace Tribina {

namespace {
constexpr int Margin = 6;
constexpr int Gap = 6; // swatch to text
} // namespace

SeatMapLegend::SeatMapLegend(SeatMapScene *scene, QWidget *parent) : QWidget(parent), m_scene(scene)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    connect(scene, &SeatMapScene::paletteChanged, this, [this] {
        updateGeometry();
        update();
    });
}

int SeatMapLegend::entryCount() const
{
    return m_scene ? int(m_scene->palette().legend().size()) : 0;
}

int SeatMapLegend::rowHeight() const
{
    return qMax(fontMetrics().height(), 16) + 4;
}

int SeatMapLegend::columnWidth() const
{
    int widest = 0;
    if (m_scene) {
        const QList<SeatMapPalette::LegendEntry> entries = m_scene->palette().legend();
        for (const SeatMapPalette::LegendEntry &e : entries)
            widest = qMax(widest, fontMetrics().horizontalAdvance(e.text));
    }
    return rowHeight() + Gap + widest + 2 * Margin;
}

int SeatMapLegend::heightForWidth(int width) const
{
    const int columns = qMax(1, (width - Margin) / qMax(1, columnWidth()));
    const int rows = (entryCount() + columns - 1) / columns;
    return rows * rowHeight() + 2 * Margin;
}

QSize SeatMapLegend::sizeHint() const
{
    const int width = 3 * columnWidth() + Margin;
    return {width, heightForWidth(width)};
}

QSize SeatMapLegend::minimumSizeHint() const
{
    return {columnWidth() + Margin, rowHeight() + 2 * Margin};
}

void SeatMapLegend::paintEvent(QPaintEvent *)
{
    if (!m_scene)
        return;
    QPainter painter(this);
    const QList<SeatMapPalette::LegendEntry> entries = m_scene->palette().legend();
    const int column = columnWidth();
    const int row = rowHeight();
    const int columns = qMax(1, (width() - Margin) / qMax(1, column));
    const int rows = (int(entries.size()) + columns - 1) / columns;
    for (int i = 0; i < entries.size(); ++i) {
        // Column-major: statuses read down the first column like a list.
        const int c = i / rows;
        const int r = i % rows;
        const QRect cell(Margin + c * column, Margin + r * row, column - Margin, row);
        const int swatch = row - 6;
        SeatMapPalette::drawSwatch(&painter, QRectF(cell.left(), cell.top() + 3, swatch, swatch), entries.at(i).style);
        painter.setPen(palette().windowText().color());
        painter.drawText(cell.adjusted(swatch + Gap, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, entries.at(i).text);
    }
}

void SeatMapLegend::changeEvent(QEvent *event)
{
    // Entry texts are translated when the legend is asked for them: a new language or font
    // only needs a new layout.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace Tribina
