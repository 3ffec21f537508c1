#include "seatmapbench.h"

#include "itemseatscenes.h"

#include "demo/demostadiums.h"
#include "layout/seatgenerator.h"
#include "seatmap/seatmapbuilder.h"
#include "seatmap/seatmapmodel.h"
#include "seatmap/seatmapscene.h"
#include "seatmap/seatmapview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QRandomGenerator>
#include <QTextStream>

#include <cmath>
#include <numbers>
#include <unistd.h>

namespace Tribina {

namespace {

constexpr QSize FrameSize(1920, 1080);

double residentMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0) : 0;
}

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// A realistic mid-sale match: sectors from nearly empty to sold out, some seats held, quotas,
// blocks and officials; price categories by tier.
void applyMatchState(SeatMapModel *model)
{
    QRandomGenerator random(20240917);
    SeatMapModel::ChangeBatch batch(model);
    for (int s = 0; s < model->sectorCount(); ++s)
        model->setSectorCategory(s, (s / 24) % 4);
    for (int seat = 0; seat < model->seatCount(); ++seat) {
        const int sector = model->locate(seat).sector;
        const int soldShare = (sector * 37) % 101; // a fixed spread of sales over the sectors
        const int r = int(random.bounded(100));
        SeatStatus status = SeatStatus::Available;
        if (r < soldShare) status = SeatStatus::Sold;
        else if (r > 97) status = SeatStatus::Reserved;
        else if (r > 95) status = SeatStatus::Allocated;
        else if (r > 94) status = SeatStatus::Blocked;
        else if (r > 93) status = SeatStatus::Official;
        else status = SeatStatus::Available;
        if (model->status(seat) != SeatStatus::Technical)
            model->setStatus(seat, status);
    }
}

// Counts the viewport's paint events so a measurement can wait for the repaint it caused.
class PaintCounter : public QObject
{
public:
    using QObject::QObject;
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

QString levelName(int level)
{
    static const char *names[] = {"far", "middle", "near"};
    return QString::fromLatin1(names[level]);
}

} // namespace

QList<SeatMapBench::Frame> SeatMapBench::script(const SeatMapModel &model) const
{
    const int n = m_options.framesPerLevel;
    const QRectF b = model.data().bounds;
    const double fit = 0.97 * qMin(FrameSize.width() / b.width(), FrameSize.height() / b.height());
    QList<Frame> frames;
    // Far: zooming between 85 % and 135 % of "fit" while circling the centre.
    for (int k = 0; k < n; ++k) {
        const double a = 2 * std::numbers::pi * k / n;
        frames.append({fit * (0.85 + 0.5 * k / (n - 1)), b.center() + QPointF(std::cos(a), std::sin(a)) * 15, 0});
    }
    // Middle: the main stand's lower three tiers at the scale that shows about 8,000 seats,
    // panned 80 m along the stand with a gentle zoom (+-8 %).
    const QPointF mid(0, 84);
    auto visibleAt = [&](double ppm, QPointF c) {
        const QSizeF size(FrameSize.width() / ppm, FrameSize.height() / ppm);
        return int(model.seatsIn(QRectF(c - QPointF(size.width() / 2, size.height() / 2), size)).size());
    };
    double lo = SeatMapPainter::MiddleScale, hi = SeatMapPainter::NearScale;
    auto meanVisible = [&](double ppm) {
        int sum = 0;
        for (int k = 0; k < 5; ++k)
            sum += visibleAt(ppm, mid + QPointF(-40 + 20.0 * k, 0));
        return sum / 5;
    };
    for (int i = 0; i < 30; ++i) {
        const double m = (lo + hi) / 2;
        (meanVisible(m) > 8000 ? lo : hi) = m;
    }
    const double midScale = qMin((lo + hi) / 2, SeatMapPainter::NearScale / 1.09);
    for (int k = 0; k < n; ++k) {
        frames.append({midScale * (1 + 0.08 * std::sin(2 * std::numbers::pi * k / 25)),
                       mid + QPointF(-40 + 80.0 * k / (n - 1), 0), 1});
    }
    // Near: numbers readable (about 40 px per metre), panning along the lower tier of the
    // main stand with a zoom of +-10 %.
    for (int k = 0; k < n; ++k) {
        frames.append({40 * (1 + 0.1 * std::sin(2 * std::numbers::pi * k / 50)),
                       QPointF(-30 + 60.0 * k / (n - 1), 55), 2});
    }
    return frames;
}

QList<double> SeatMapBench::renderFrames(QGraphicsView *view, int level, int stride, QImage *image,
                                         const std::function<void(const Frame &)> &position) const
{
    QList<double> times;
    QPainter painter(image);
    int k = 0;
    for (const Frame &frame : m_frames) {
        if (frame.level != level || (k++ % stride) != 0)
            continue;
        position(frame);
        QElapsedTimer t;
        t.start();
        view->render(&painter, QRectF(image->rect()), view->viewport()->rect());
        times.append(elapsedMs(t));
    }
    return times;
}

double SeatMapBench::measureRepaint(SeatMapView *view, SeatMapModel *model, int level, bool visibleOnly)
{
    const Frame &frame = *std::find_if(m_frames.begin(), m_frames.end(), [level](const Frame &f) { return f.level == level; });
    view->setZoom(frame.ppm, frame.centre);
    PaintCounter counter;
    view->viewport()->installEventFilter(&counter);
    QRandomGenerator random(7 + level);
    const QList<int> visible = model->seatsIn(view->visibleSceneRect());
    QList<double> times;
    for (int run = 0; run < 21; ++run) {
        QCoreApplication::processEvents(); // settle: nothing pending before the clock starts
        QList<int> seats;
        for (int i = 0; i < 1000; ++i) {
            seats.append(visibleOnly ? visible.at(int(random.bounded(int(visible.size()))))
                                     : int(random.bounded(model->seatCount())));
        }
        const int before = counter.paints;
        QElapsedTimer t;
        t.start();
        {
            SeatMapModel::ChangeBatch batch(model);
            for (const int seat : seats) {
                const SeatStatus now = model->status(seat);
                model->setStatus(seat, now == SeatStatus::Available ? SeatStatus::Sold : SeatStatus::Available);
            }
        }
        for (int i = 0; i < 50 && counter.paints == before; ++i)
            QCoreApplication::processEvents();
        if (run > 0) // the first run also warms caches after the zoom change
            times.append(elapsedMs(t));
    }
    view->viewport()->removeEventFilter(&counter);
    return TimingStats::of(times).median;
}

QGraphicsScene *SeatMapBench::buildItemScene(const SeatMapModel &model, bool lod, ItemSceneResult *result)
{
    // Both item scenes are built before either is freed: RSS never shrinks after a free, so the
    // second delta would otherwise reuse the first scene's pages and read as almost nothing.
    const SeatMapPalette palette;
    const double rssBefore = residentMb();
    QElapsedTimer t;
    t.start();
    auto *scene = new QGraphicsScene;
    buildItemSeatScene(scene, model, palette, lod);
    scene->items(QPointF(0, 0)); // builds the BSP index, part of "load + index"
    result->buildMs = elapsedMs(t);
    result->rssMb = residentMb() - rssBefore;
    scene->setSceneRect(m_sceneRect);
    return scene;
}

void SeatMapBench::measureItemScene(QGraphicsScene *scene, const QList<QPointF> &probes, ItemSceneResult *result)
{
    QGraphicsView view(scene);
    view.setFrameShape(QFrame::NoFrame);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.resize(FrameSize);
    view.show();
    QImage image(FrameSize, QImage::Format_ARGB32_Premultiplied);
    for (int level = 0; level < 3; ++level) {
        result->levels[level] = TimingStats::of(renderFrames(&view, level, m_options.itemSceneStride, &image,
                                                             [&view](const Frame &f) {
                                                                 view.setTransform(QTransform::fromScale(f.ppm, f.ppm));
                                                                 view.centerOn(f.centre);
                                                             }));
    }
    const int hits = int(qMin<qsizetype>(probes.size(), 100000));
    QElapsedTimer t;
    t.start();
    qsizetype found = 0;
    for (int i = 0; i < hits; ++i)
        found += scene->items(probes.at(i)).size();
    result->hitUs = elapsedMs(t) * 1000.0 / hits;
    t.start();
    found += scene->items(m_bandRect, Qt::ContainsItemShape).size();
    result->bandMs = elapsedMs(t);
    Q_UNUSED(found)
}

void SeatMapBench::savePngs(SeatMapView *view)
{
    if (m_options.pngDir.isEmpty())
        return;
    QDir().mkpath(m_options.pngDir);
    for (int level = 0; level < 3; ++level) {
        const Frame &frame = *std::find_if(m_frames.begin(), m_frames.end(), [level](const Frame &f) { return f.level == level; });
        view->setZoom(frame.ppm, frame.centre);
        QImage image(FrameSize, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        view->render(&painter, QRectF(image.rect()), view->viewport()->rect());
        painter.end();
        image.save(m_options.pngDir + QStringLiteral("/seatmap_%1.png").arg(levelName(level)));
    }
}

int SeatMapBench::run()
{
    QTextStream out(stdout);
    const QLocale c = QLocale::c();
    QElapsedTimer t;

    // Load + index: the layout path (seat generation included) and the database path (per-seat
    // values fed to the builder, what a loader reading the local cache does).
    t.start();
    const StadiumLayout layout = DemoStadiums::stressStadium();
    const double layoutMs = elapsedMs(t);
    QList<double> fromLayout;
    SeatMapData data;
    for (int i = 0; i < 5; ++i) {
        t.start();
        data = SeatMapBuilder::fromLayout(layout);
        fromLayout.append(elapsedMs(t));
    }
    struct Row { QString id; QList<LayoutSeat> seats; };
    QList<QList<Row>> rows; // what a loader would read: rows of plain seat values per sector
    for (const LayoutSector &sector : layout.sectors()) {
        QList<Row> sectorRows;
        for (int r = 0; r < sector.rows().size(); ++r)
            sectorRows.append({sector.rows().at(r).identifier(), SeatGenerator::seats(sector.rows().at(r), r)});
        rows.append(sectorRows);
    }
    QList<double> fromValues;
    for (int i = 0; i < 5; ++i) {
        t.start();
        SeatMapBuilder builder;
        builder.setStadium(layout.name(), layout.pitchSize());
        for (int s = 0; s < layout.sectors().size(); ++s) {
            const LayoutSector &sector = layout.sectors().at(s);
            builder.beginSector({sector.code(), sector.name(), sector.type(), sector.outline(), sector.labelPosition()});
            for (const Row &row : rows.at(s)) {
                const int r = builder.addRow(row.id);
                for (const LayoutSeat &seat : row.seats)
                    builder.addSeat({seat.position.x(), seat.position.y(), seat.angleDeg, r, QStringView(), SeatStatus::Available, 0, seat.type}, seat.number);
            }
        }
        SeatMapData built = builder.build();
        fromValues.append(elapsedMs(t));
    }
    SeatMapModel model;
    model.reset(std::move(data));
    applyMatchState(&model);
    const double modelMb = double(model.memoryBytes()) / (1024.0 * 1024.0);

    t.start();
    const StadiumLayout home = DemoStadiums::homeStadium();
    const SeatMapData homeData = SeatMapBuilder::fromLayout(home);
    const double homeMs = elapsedMs(t);

    // Frames through the real view: the same items and painter the screen uses.
    SeatMapScene scene(&model);
    SeatMapView view;
    view.setSeatMapScene(&scene);
    view.resize(FrameSize);
    view.show();
    QCoreApplication::processEvents();
    m_sceneRect = scene.sceneRect();
    m_frames = script(model);
    QImage image(FrameSize, QImage::Format_ARGB32_Premultiplied);
    TimingStats ours[3];
    double visibleSeats[3] = {};
    for (int level = 0; level < 3; ++level) {
        scene.seatPainter()->resetCounters();
        const QList<double> times = renderFrames(&view, level, 1, &image, [&view](const Frame &f) { view.setZoom(f.ppm, f.centre); });
        ours[level] = TimingStats::of(times);
        visibleSeats[level] = double(scene.seatPainter()->seatsPainted()) / qMax<qsizetype>(1, times.size());
    }
    savePngs(&view);

    // Hover hit-tests: points on seats (jittered within the seat) — the slow path — and the
    // same count of points anywhere in the stadium.
    QRandomGenerator random(42);
    QList<QPointF> probes;
    for (int i = 0; i < 1000000; ++i) {
        const QPointF p = model.seatPosition(int(random.bounded(model.seatCount())));
        probes.append(p + QPointF(random.bounded(0.6) - 0.3, random.bounded(0.5) - 0.25));
    }
    int found = 0;
    t.start();
    for (const QPointF &p : probes)
        found += model.seatAt(p) >= 0;
    const double hitUs = elapsedMs(t) * 1000.0 / probes.size();
    const QRectF b = model.data().bounds;
    QList<QPointF> anywhere;
    for (int i = 0; i < 1000000; ++i)
        anywhere.append(QPointF(b.left() + random.bounded(b.width()), b.top() + random.bounded(b.height())));
    t.start();
    for (const QPointF &p : anywhere)
        found += model.seatAt(p) >= 0;
    const double hitAnyUs = elapsedMs(t) * 1000.0 / anywhere.size();

    // Rubber band over the main stand, widened until it holds 10,000 seats.
    double lo = 1, hi = b.width();
    for (int i = 0; i < 40; ++i) {
        const double w = (lo + hi) / 2;
        (model.seatsIn(QRectF(-w / 2, 40, w, 100)).size() < 10000 ? lo : hi) = w;
    }
    m_bandRect = QRectF(-hi / 2, 40, hi, 100);
    QList<double> bandTimes;
    qsizetype banded = 0;
    for (int i = 0; i < 21; ++i) {
        model.clearSelection();
        t.start();
        model.select(model.seatsIn(m_bandRect));
        bandTimes.append(elapsedMs(t));
        banded = model.selectionCount();
    }
    model.clearSelection();

    const double repaintMidAll = measureRepaint(&view, &model, 1, false);
    const double repaintMidVisible = measureRepaint(&view, &model, 1, true);
    const double repaintFar = measureRepaint(&view, &model, 0, false);
    view.hide();

    out << "Item-per-seat scenes (this takes a while)..." << Qt::endl;
    ItemSceneResult naive;
    ItemSceneResult lod;
    QGraphicsScene *naiveScene = buildItemScene(model, false, &naive);
    QGraphicsScene *lodScene = buildItemScene(model, true, &lod);
    measureItemScene(naiveScene, probes, &naive);
    measureItemScene(lodScene, probes, &lod);
    delete naiveScene;
    delete lodScene;

    // The report.
    out << "\nTribina seat map benchmark: " << layout.name() << ", " << c.toString(model.seatCount())
        << " seats in " << model.sectorCount() << " sectors; " << FrameSize.width() << "x" << FrameSize.height()
        << " ARGB32_Premultiplied via QGraphicsView::render, " << QGuiApplication::platformName()
        << ", Qt " << qVersion() << "; " << m_options.framesPerLevel << " frames per level";
    if (m_options.itemSceneStride > 1)
        out << " (item scenes: every " << m_options.itemSceneStride << "th frame)";
    out << "\n\n";

    BenchTable figures({QStringLiteral("figure"), QStringLiteral("sector arrays"), QStringLiteral("item/seat"),
                        QStringLiteral("item/seat + LOD"), QStringLiteral("arrays vs item"), QStringLiteral("vs LOD")});
    figures.addRow({QStringLiteral("load + index (per-seat rows / scene + BSP), ms"), BenchTable::ms(TimingStats::of(fromValues).median),
                    BenchTable::ms(naive.buildMs), BenchTable::ms(lod.buildMs),
                    BenchTable::ratio(naive.buildMs / TimingStats::of(fromValues).median),
                    BenchTable::ratio(lod.buildMs / TimingStats::of(fromValues).median)});
    const char *levelTitles[] = {"far", "mid", "near"};
    for (int level = 0; level < 3; ++level) {
        const QString what = level == 0 ? QStringLiteral("%1 sectors").arg(model.sectorCount())
                                        : QStringLiteral("%1 seats").arg(c.toString(qRound(visibleSeats[level])));
        const QString name = QStringLiteral("frame %1 (%2), ms").arg(QLatin1String(levelTitles[level]), what);
        figures.addRow({name + QStringLiteral(" median"), BenchTable::ms(ours[level].median), BenchTable::ms(naive.levels[level].median),
                        BenchTable::ms(lod.levels[level].median), BenchTable::ratio(naive.levels[level].median / ours[level].median),
                        BenchTable::ratio(lod.levels[level].median / ours[level].median)});
        figures.addRow({QStringLiteral("    p95"), BenchTable::ms(ours[level].p95), BenchTable::ms(naive.levels[level].p95),
                        BenchTable::ms(lod.levels[level].p95), BenchTable::ratio(naive.levels[level].p95 / ours[level].p95),
                        BenchTable::ratio(lod.levels[level].p95 / ours[level].p95)});
    }
    figures.addRow({QStringLiteral("hover hit-test on seats, us"), QString::number(hitUs, 'f', 3),
                    QString::number(naive.hitUs, 'f', 2), QString::number(lod.hitUs, 'f', 2),
                    BenchTable::ratio(naive.hitUs / hitUs), BenchTable::ratio(lod.hitUs / hitUs)});
    figures.addRow({QStringLiteral("rubber band %1 seats, ms").arg(c.toString(qlonglong(banded))),
                    BenchTable::ms(TimingStats::of(bandTimes).median), BenchTable::ms(naive.bandMs),
                    BenchTable::ms(lod.bandMs), BenchTable::ratio(naive.bandMs / TimingStats::of(bandTimes).median),
                    BenchTable::ratio(lod.bandMs / TimingStats::of(bandTimes).median)});
    figures.addRow({QStringLiteral("memory (arrays: capacity; items: RSS delta), MB"), QString::number(modelMb, 'f', 2),
                    QString::number(naive.rssMb, 'f', 1), QString::number(lod.rssMb, 'f', 1),
                    BenchTable::ratio(naive.rssMb / modelMb), BenchTable::ratio(lod.rssMb / modelMb)});
    out << figures.toString() << "\n";

    BenchTable other({QStringLiteral("other figures"), QStringLiteral("value")});
    other.addRow({QStringLiteral("stress layout generation (DemoStadiums), ms"), BenchTable::ms(layoutMs)});
    other.addRow({QStringLiteral("load + index from the layout (seat generation included), ms"), BenchTable::ms(TimingStats::of(fromLayout).median)});
    other.addRow({QStringLiteral("home stadium, %1 seats: layout + load + index, ms").arg(c.toString(homeData.seatCount())), BenchTable::ms(homeMs)});
    other.addRow({QStringLiteral("hit-test, points anywhere in the stadium, us"), QString::number(hitAnyUs, 'f', 3)});
    other.addRow({QStringLiteral("repaint after 1,000 changes, mid, all in view, ms"), BenchTable::ms(repaintMidVisible)});
    other.addRow({QStringLiteral("repaint after 1,000 changes, far, ms"), BenchTable::ms(repaintFar)});
    out << other.toString() << "\n";

    const double worstRepaint = qMax(repaintMidAll, qMax(repaintMidVisible, repaintFar));
    BenchTable checks({QStringLiteral("target"), QStringLiteral("measured"), QStringLiteral("required"), QStringLiteral("")});
    for (int level = 0; level < 3; ++level)
        checks.addCheck(QStringLiteral("frame p95, %1").arg(QLatin1String(levelTitles[level])),
                        BenchTable::ms(ours[level].p95) + QStringLiteral(" ms"), QStringLiteral("< 8 ms"), ours[level].p95 < 8);
    checks.addCheck(QStringLiteral("far frame vs item/seat (median)"), BenchTable::ratio(naive.levels[0].median / ours[0].median),
                    QStringLiteral(">= 20x"), naive.levels[0].median / ours[0].median >= 20);
    checks.addCheck(QStringLiteral("far frame vs item/seat + LOD (median)"), BenchTable::ratio(lod.levels[0].median / ours[0].median),
                    QStringLiteral(">= 10x"), lod.levels[0].median / ours[0].median >= 10);
    checks.addCheck(QStringLiteral("hover hit-test"), QString::number(hitUs, 'f', 3) + QStringLiteral(" us"),
                    QStringLiteral("< 1 us"), hitUs < 1.0);
    checks.addCheck(QStringLiteral("repaint after 1,000 status changes (worst case)"),
                    BenchTable::ms(worstRepaint) + QStringLiteral(" ms"), QStringLiteral("< 8 ms"), worstRepaint < 8);
    checks.addCheck(QStringLiteral("render model memory"), QString::number(modelMb, 'f', 2) + QStringLiteral(" MB"),
                    QStringLiteral("< 16 MB"), modelMb < 16);
    const double load = qMax(TimingStats::of(fromValues).median, TimingStats::of(fromLayout).median);
    checks.addCheck(QStringLiteral("load + index (slower of the two paths)"), BenchTable::ms(load) + QStringLiteral(" ms"),
                    QStringLiteral("< 50 ms"), load < 50);
    out << checks.toString();
    out << (checks.misses() == 0 ? "\nAll targets met.\n" : "\nSome targets missed.\n");
    Q_UNUSED(found)
    return checks.misses();
}

} // namespace Tribina
