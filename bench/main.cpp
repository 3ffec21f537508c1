#include "seatmapbench.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Tribina;

int main(int argc, char *argv[])
{
    // Software rendering, no window system needed: the figures must not depend on a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Seat map benchmark on the 100,000-seat demo stadium."));
    parser.addHelpOption();
    const QCommandLineOption frames(QStringLiteral("frames"), QStringLiteral("Frames per level of detail (default 100)."),
                                    QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Render only every 5th frame on the item-per-seat scenes."));
    const QCommandLineOption png(QStringLiteral("png"), QStringLiteral("Save far/mid/near renders into dir."),
                                 QStringLiteral("dir"));
    parser.addOptions({frames, quick, png});
    parser.process(app);

    SeatMapBench::Options options;
    options.framesPerLevel = qMax(10, parser.value(frames).toInt());
    options.itemSceneStride = parser.isSet(quick) ? 5 : 1;
    options.pngDir = parser.value(png);
    const int misses = SeatMapBench(options).run();
    return misses == 0 ? 0 : 1;
}
