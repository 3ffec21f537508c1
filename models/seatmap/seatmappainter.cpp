#include "seatmap/seatmappainter.h"

#include "seatmap/pitchpainter.h"
#include "seatmap/seatmapmodel.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QStaticText>

#include <cmath>
#include <numbers>

namespace Tribina {

namespace {

// The one font of the seat map's texts.
QFont labelFont(int pixelSize, bool bold)
{
    // DejaVu Sans ships with every Debian desktop (fonts-dejavu-core): the same glyphs on
    // every workstation and in the golden images.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// Room around a sector's bounds for what is drawn outside its seats: row labels one seat beyond
// the row ends, the sector code in front of the front row.
double paintMargin(const SeatMapSector &sector)
{
    return 2.5 * qMax(sector.seatWidth, sector.seatDepth);
}

} // namespace

SeatMapPainter::Detail SeatMapPainter::detailFor(double pixelsPerMetre)
{
    if (pixelsPerMetre >= NearScale)
        return Detail::Near;
    return pixelsPerMetre >= MiddleScale ? Detail::Middle : Detail::Far;
}

double SeatMapPainter::pixelsPerMetre(const QTransform &t)
{
    return std::sqrt(std::abs(t.determinant()));
}

SeatMapPainter::SeatMapPainter(const SeatMapModel *model) : m_model(model) {}

void SeatMapPainter::setPalette(const SeatMapPalette &palette)
{
    m_palette = palette; // the sprite cache notices the palette's new revision by itself
}

void SeatMapPainter::clearCaches()
{
    m_sprites.clear();
    m_numberImages.clear();
    m_texts.clear();
    m_textSizes.clear();
}

QRectF SeatMapPainter::sectorPaintBounds(int sector) const
{
    const SeatMapSector &s = m_model->sector(sector);
    const double margin = paintMargin(s);
    return s.bounds.adjusted(-margin, -margin, margin, margin);
}

void SeatMapPainter::paintSector(QPainter *painter, int sector, const QRectF &exposed)
{
    paintSector(painter, sector, exposed, detailFor(pixelsPerMetre(painter->worldTransform())));
}

void SeatMapPainter::paintSector(QPainter *painter, int index, const QRectF &exposed, Detail detail)
{
    const SeatMapSector &sector = m_model->sector(index);
    if (!exposed.intersects(sectorPaintBounds(index)))
        return;
    if (detail == Detail::Far || sector.seatCount() == 0) {
        paintFar(painter, index, exposed);
        return;
    }
    paintStand(painter, sector, m_palette.standFill());
    if (detail == Detail::Middle)
        paintMiddle(painter, sector, exposed, false);
    else
        paintNear(painter, sector, exposed);
}

void SeatMapPainter::paintStand(QPainter *painter, const SeatMapSector &sector, const QColor &fill) const
{
    // Filling without antialiasing is several times cheaper over a whole stadium; the
    // antialiased outline drawn on top hides the stair-stepped edge.
    const QPolygonF outline = sector.outline.isEmpty() ? QPolygonF(sector.bounds) : sector.outline;
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawPolygon(outline);
    QPen pen(m_palette.standOutline(), 1.0);
    pen.setCosmetic(true);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolygon(outline);
}

void SeatMapPainter::paintFar(QPainter *painter, int index, const QRectF &exposed)
{
    const SeatMapSector &sector = m_model->sector(index);
    const bool standing = sector.seatCount() == 0;
    const double availability = sector.availability();
    paintStand(painter, sector, standing ? m_palette.standFill() : m_palette.availabilityColour(availability));
    if (standing || availability <= 0.0) {
        // Standing terraces and sold-out sectors also differ by texture, not only by colour.
        painter->setPen(Qt::NoPen);
        painter->setBrush(QBrush(m_palette.standOutline(), standing ? Qt::Dense6Pattern : Qt::BDiagPattern));
        painter->drawPolygon(sector.outline.isEmpty() ? QPolygonF(sector.bounds) : sector.outline);
    }
    if (sector.styledFlagCount > 0)
        paintMiddle(painter, sector, exposed, true);

    if (!m_labels)
        return;
    const QTransform t = painter->worldTransform();
    const QRectF device = t.mapRect(sector.bounds);
    const QPointF centre = t.map(sector.labelPos);
    QString detail;
    if (standing) {
        detail = QLocale().toString(sector.manualCapacity);
    } else {
        // Whole percent, but never "0 %" while a seat is left nor "100 %" once one is gone.
        int percent = int(std::lround(availability * 100));
        if (percent == 0 && sector.availableCount() > 0)
            percent = 1;
        if (percent == 100 && sector.availableCount() < sector.sellableCount())
            percent = 99;
        detail = QStringLiteral("%1 %").arg(percent);
    }
    painter->save();
    painter->resetTransform();
    // The label must fit inside the sector's own outline, or it is left out: two lines if there
    // is room, one line in a thin sector, smaller type before giving up.
    const QPolygonF outline = t.map(sector.outline.isEmpty() ? QPolygonF(sector.bounds) : sector.outline);
    const QColor fill = standing ? m_palette.standFill() : m_palette.availabilityColour(availability);
    static constexpr struct { int px; bool oneLine; } attempts[] = {{13, false}, {11, false}, {11, true}, {9, false}, {9, true}};
    const QColor ink = SeatMapPalette::inkFor(fill);
    for (const auto &attempt : attempts) {
        // Measured first, drawn only if it fits: rendering every candidate would cost far more.
        const QString titleText = attempt.oneLine ? sector.code + QStringLiteral("  ") + detail : sector.code;
        const QSize titleSize = textSize(titleText, attempt.px, true);
        const QSize subSize = attempt.oneLine ? QSize(0, 0) : textSize(detail, attempt.px - 1, false);
        const double width = qMax(titleSize.width(), subSize.width());
        const double height = titleSize.height() + subSize.height();
        // Two pixels of air on every side, so the text never touches the outline.
        const QRectF box(centre.x() - width / 2 - 2, centre.y() - height / 2 - 2, width + 4, height + 4);
        if (!device.contains(box) || !outline.containsPoint(box.topLeft(), Qt::OddEvenFill)
            || !outline.containsPoint(box.topRight(), Qt::OddEvenFill)
            || !outline.containsPoint(box.bottomLeft(), Qt::OddEvenFill)
            || !outline.containsPoint(box.bottomRight(), Qt::OddEvenFill))
            continue;
        const int top = int(std::lround(centre.y() - height / 2));
        // A copy (implicitly shared): the second look-up may rehash the cache under a reference.
        const QImage title = textImage(titleText, attempt.px, true, ink);
        painter->drawImage(QPoint(int(std::lround(centre.x())) - title.width() / 2, top), title);
        if (!attempt.oneLine) {
            const QImage &sub = textImage(detail, attempt.px - 1, false, ink);
            painter->drawImage(QPoint(int(std::lround(centre.x())) - sub.width() / 2, top + title.height()), sub);
        }
        break;
    }
    painter->restore();
}

void SeatMapPainter::paintMiddle(QPainter *painter, const SeatMapSector &sector, const QRectF &exposed,
                                 bool flaggedOnly)
{
    const QTransform t = painter->worldTransform();
    const double ppm = pixelsPerMetre(t);
    // Marks fill about three quarters of the seat pitch, so neighbours never touch.
    const int mark = flaggedOnly ? 4 : qMax(2, int(std::lround(qMin(sector.seatWidth, sector.seatDepth) * 0.78 * ppm)));
    const double r = sector.seatRadius();
    const double m11 = t.m11(), m12 = t.m12(), m21 = t.m21(), m22 = t.m22(), dx = t.dx(), dy = t.dy();

    m_marks.begin(m_palette.styleCount(), mark);
    int visited = 0;
    sector.forEachSeatIn(exposed.adjusted(-r, -r, r, r), [&](int i) {
        const quint8 flags = sector.flags[i];
        if (flaggedOnly && !(flags & SeatFlag::StyleMask))
            return;
        const float x = sector.x[i];
        const float y = sector.y[i];
        m_marks.add(m_palette.styleIndex(sector.status[i], sector.category[i], flags),
                    int(std::lround(m11 * x + m21 * y + dx)), int(std::lround(m12 * x + m22 * y + dy)));
        ++visited;
    });
    m_seatsPainted += visited;
    painter->save();
    painter->resetTransform();
    m_marks.paint(painter, m_palette);
    if (!flaggedOnly)
        paintSectorCode(painter, sector, t, ppm);
    painter->restore();
}

void SeatMapPainter::paintNear(QPainter *painter, const SeatMapSector &sector, const QRectF &exposed)
{
    const QTransform t = painter->worldTransform();
    const double ppm = pixelsPerMetre(t);
    const int widthPx = qMax(4, int(std::lround(sector.seatWidth * 0.86 * ppm)));
    const int depthPx = qMax(4, int(std::lround(sector.seatDepth * 0.64 * ppm)));
    // Turning the view turns the seats with it.
    const double viewAngle = std::atan2(t.m12(), t.m11()) * 180.0 / std::numbers::pi;
    const double r = sector.seatRadius();
    const double m11 = t.m11(), m12 = t.m12(), m21 = t.m21(), m22 = t.m22(), dx = t.dx(), dy = t.dy();
    const bool numbers = widthPx >= 16;

    painter->save();
    painter->resetTransform();
    m_numbers.clear();
    int lastStyle = -1;
    float lastAngle = -1000;
    quint8 lastShape = 0xFF;
    const SeatSpriteCache::Sprite *sprite = nullptr;
    int visited = 0;
    sector.forEachSeatIn(exposed.adjusted(-r, -r, r, r), [&](int i) {
        const quint8 flags = sector.flags[i];
        const int style = m_palette.styleIndex(sector.status[i], sector.category[i], flags);
        const quint8 shape = (flags & SeatFlag::Wheelchair) ? 1 : 0;
        // Neighbours in a row share style and angle: skip the cache look-up for them.
        if (style != lastStyle || sector.angle[i] != lastAngle || shape != lastShape) {
            sprite = &m_sprites.sprite(m_palette, style, sector.angle[i] + viewAngle, widthPx, depthPx,
                                       SeatSpriteCache::Shape(shape));
            lastStyle = style;
            lastAngle = sector.angle[i];
            lastShape = shape;
        }
        const float x = sector.x[i];
        const float y = sector.y[i];
        const double px = m11 * x + m21 * y + dx;
        const double py = m12 * x + m22 * y + dy;
        painter->drawImage(QPoint(int(std::lround(px)) + sprite->offset.x(),
                                  int(std::lround(py)) + sprite->offset.y()), sprite->image);
        if (numbers && !shape && !m_palette.style(style).hollow)
            m_numbers.push_back({QPointF(px, py), sector.label[i], m_palette.style(style).ink.lightness() < 128});
        ++visited;
    });
    m_seatsPainted += visited;

    if (numbers) {
        const int fontPx = qBound(7, int(std::lround(widthPx * 0.42)), 15);
        for (const NumberMark &n : m_numbers) {
            const QImage &image = numberImage(n.label, fontPx, n.darkInk);
            painter->drawImage(QPoint(int(std::lround(n.pos.x())) - image.width() / 2,
                                      int(std::lround(n.pos.y())) - image.height() / 2), image);
        }
    }
    paintRowLabels(painter, sector, exposed, t, ppm);
    paintSectorCode(painter, sector, t, ppm);
    painter->restore();
}

void SeatMapPainter::paintRowLabels(QPainter *painter, const SeatMapSector &sector, const QRectF &exposed,
                                    const QTransform &t, double ppm)
{
    const int fontPx = qBound(8, int(std::lround(sector.seatWidth * 0.42 * ppm)), 14);
    const double margin = 2 * sector.seatWidth;
    const QRectF area = exposed.adjusted(-margin, -margin, margin, margin);
    for (size_t k = 0; k < sector.rowLabelX.size(); ++k) {
        const QPointF p(sector.rowLabelX[k], sector.rowLabelY[k]);
        if (!area.contains(p))
            continue;
        const QPointF c = t.map(p);
        const QImage &image = textImage(sector.rows[sector.rowLabelRow[k]].identifier, fontPx, true, m_palette.labelInk());
        painter->drawImage(QPoint(int(std::lround(c.x())) - image.width() / 2, int(std::lround(c.y())) - image.height() / 2),
                           image);
    }
}

void SeatMapPainter::paintSectorCode(QPainter *painter, const SeatMapSector &sector, const QTransform &t,
                                     double ppm)
{
    // In front of the front row, in the walkway: readable without covering a seat. Left out
    // when it would not fit the sector's width or its paint bounds (the item would not erase it).
    const int fontPx = qBound(9, int(std::lround(ppm * 0.7)), 15);
    const QImage label = textImage(sector.code, fontPx, true, m_palette.labelInk());
    const QPointF c = t.map(sector.frontLabelPos);
    const QSizeF size = QSizeF(label.size()) + QSizeF(fontPx, fontPx * 0.3);
    const QRectF pill(c.x() - size.width() / 2, c.y() - size.height() / 2, size.width(), size.height());
    const QRectF device = t.mapRect(sector.bounds);
    const double margin = paintMargin(sector);
    const QRectF paintBounds = t.mapRect(sector.bounds.adjusted(-margin, -margin, margin, margin));
    if (pill.width() > 0.8 * qMax(device.width(), device.height()) || !paintBounds.contains(pill))
        return;
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(m_palette.standOutline(), 1));
    painter->setBrush(QColor(255, 255, 255, 230));
    painter->drawRoundedRect(pill, size.height() / 2, size.height() / 2);
    painter->drawImage(QPoint(int(std::lround(c.x())) - label.width() / 2, int(std::lround(c.y())) - label.height() / 2), label);
}

QSize SeatMapPainter::measureText(const QString &string, const QFont &font)
{
    const QFontMetricsF metrics(font);
    // Even sizes put the text's centre on a pixel corner, like the seat images.
    return QSize((int(std::ceil(metrics.horizontalAdvance(string))) + 3) & ~1,
                 (int(std::ceil(metrics.height())) + 1) & ~1);
}

QSize SeatMapPainter::textSize(const QString &string, int pixelSize, bool bold)
{
    const QString key = QString::number(pixelSize) + (bold ? u'b' : u'r') + string;
    auto it = m_textSizes.find(key);
    if (it == m_textSizes.end()) {
        if (m_textSizes.size() > 20000)
            m_textSizes.clear();
        it = m_textSizes.insert(key, measureText(string, labelFont(pixelSize, bold)));
    }
    return it.value();
}

QImage SeatMapPainter::renderText(const QString &string, const QFont &font, const QColor &ink)
{
    QStaticText st(string);
    st.setTextFormat(Qt::PlainText);
    st.prepare(QTransform(), font);
    const QSize size = measureText(string, font);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setFont(font); // drawStaticText() lays out again in the painter's font if it differs
    p.setPen(ink);
    p.drawStaticText(QPointF((size.width() - st.size().width()) / 2, (size.height() - st.size().height()) / 2), st);
    return image;
}

const QImage &SeatMapPainter::textImage(const QString &string, int pixelSize, bool bold, const QColor &ink)
{
    // Texts are drawn as pre-rendered images: copying one costs a third of laying out and
    // rasterising even a prepared QStaticText.
    const QString key = QString::number(pixelSize) + (bold ? u'b' : u'r') + QString::number(ink.rgba(), 16)
        + u':' + string;
    auto it = m_texts.find(key);
    if (it != m_texts.end())
        return it.value();
    if (m_texts.size() > 20000)
        m_texts.clear(); // far labels carry percentages: keep the cache from growing forever
    return m_texts.insert(key, renderText(string, labelFont(pixelSize, bold), ink)).value();
}

const QImage &SeatMapPainter::numberImage(quint16 label, int pixelSize, bool darkInk)
{
    // Keyed by label index rather than text: a near view looks up a couple of thousand.
    const quint32 key = (quint32(label) << 9) | (quint32(pixelSize) << 1) | quint32(darkInk);
    auto it = m_numberImages.find(key);
    if (it != m_numberImages.end())
        return it.value();
    if (m_numberImages.size() > 8000)
        m_numberImages.clear();
    return m_numberImages.insert(key, renderText(m_model->data().labels.at(label), labelFont(pixelSize, false),
                                                 darkInk ? QColor(0x1A, 0x1F, 0x26) : QColor(Qt::white)))
        .value();
}

void SeatMapPainter::paintPitch(QPainter *painter) const
{
    PitchPainter::paint(painter, m_model->data().pitchSize);
}

void SeatMapPainter::paintSeatHighlight(QPainter *painter, int seat, const QColor &colour) const
{
    const MapSeatRef ref = m_model->locate(seat);
    if (!ref.isValid())
        return;
    const SeatMapSector &sector = m_model->sector(ref.sector);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(sector.position(ref.local));
    painter->rotate(sector.angle[ref.local]);
    QPen pen(colour, 2.5);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const double w = sector.seatWidth * 1.05;
    const double d = sector.seatDepth * 0.95;
    painter->drawRoundedRect(QRectF(-w / 2, -d / 2, w, d), w * 0.2, w * 0.2);
    painter->restore();
}

void SeatMapPainter::render(QPainter *painter, const QRectF &target, const QRectF &source, bool labels)
{
    m_labels = labels;
    painter->save();
    painter->fillRect(target, m_palette.background());
    painter->setClipRect(target);
    const double scale = qMin(target.width() / source.width(), target.height() / source.height());
    painter->translate(target.center());
    painter->scale(scale, scale);
    painter->translate(-source.center());
    const QRectF visible = painter->worldTransform().inverted().mapRect(target);
    paintPitch(painter);
    for (int s = 0; s < m_model->sectorCount(); ++s)
        paintSector(painter, s, visible);
    painter->restore();
    m_labels = true;
}

} // namespace Tribina
