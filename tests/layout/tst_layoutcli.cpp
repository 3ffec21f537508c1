#include "admin/admincli.h"
#include "layout/layoutjson.h"
#include "testdatabase.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tribina;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// tribina-admin in-process: the same AdminCli the executable runs.
Run admin(const QStringList &args)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = AdminCli(out, err).run(args);
    out.flush();
    err.flush();
    return run;
}

QByteArray contents(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// `tribina-admin layout …`: export → import round trip, activation, rendering, errors.
class TestLayoutCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importActivateExport();
    void secondVersion();
    void render_data();
    void render();
    void renderFileWithoutDatabase();
    void errors_data();
    void errors();

private:
    QSqlDatabase m_db;
    QTemporaryDir m_dir;
    QString m_golden;
};

void TestLayoutCli::initTestCase()
{
    m_db = TestDatabase::fresh(QStringLiteral("layout_cli"));
    QVERIFY(m_dir.isValid());
    // AdminCli connects the libpq way, from the environment.
    qputenv("PGHOST", m_db.hostName().toUtf8());
    qputenv("PGPORT", QByteArray::number(m_db.port()));
    qputenv("PGDATABASE", m_db.databaseName().toUtf8());
    qputenv("PGUSER", m_db.userName().toUtf8());
    m_golden = qEnvironmentVariable("TRIBINA_SOURCE_DIR") + QStringLiteral("/resources/demo/maksimir.layout.json");
    QVERIFY(QFile::exists(m_golden));
}

void TestLayoutCli::importActivateExport()
{
    Run run = admin({QStringLiteral("layout"), QStringLiteral("import"), m_golden, QStringLiteral("--activate")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("new stadium Stadion Maksimir")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("activated version 1: 28 sectors")), qPrintable(run.out));
    qInfo("%s", qPrintable(run.out.trimmed()));

    // Export gives back the very bytes that went in.
    const QString exported = m_dir.filePath(QStringLiteral("export.json"));
    run = admin({QStringLiteral("layout"), QStringLiteral("export"), QStringLiteral("stadion maksimir"), exported});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QCOMPARE(contents(exported), contents(m_golden));
    run = admin({QStringLiteral("layout"), QStringLiteral("export"), QStringLiteral("Stadion Maksimir"), QStringLiteral("-")});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out.toUtf8(), contents(m_golden));

    run = admin({QStringLiteral("layout"), QStringLiteral("list")});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Stadion Maksimir")) && run.out.contains(QStringLiteral("active v1")), qPrintable(run.out));
}

void TestLayoutCli::secondVersion()
{
    // Importing the same venue again makes a draft of the same stadium; activate makes it current.
    Run run = admin({QStringLiteral("layout"), QStringLiteral("import"), m_golden});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("saved as draft version 2")), qPrintable(run.out));
    run = admin({QStringLiteral("layout"), QStringLiteral("list")});
    QVERIFY2(run.out.contains(QStringLiteral("active v1, draft v2")), qPrintable(run.out));
    run = admin({QStringLiteral("layout"), QStringLiteral("activate"), QStringLiteral("Stadion Maksimir"), QStringLiteral("2")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("version 1 is retired")), qPrintable(run.out));
    run = admin({QStringLiteral("layout"), QStringLiteral("export"), QStringLiteral("Stadion Maksimir"), QStringLiteral("-"),
                 QStringLiteral("--version"), QStringLiteral("1")});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out.toUtf8(), contents(m_golden));
}

void TestLayoutCli::render_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("png") << QStringLiteral("map.png") << QByteArray("\x89PNG");
    QTest::newRow("svg") << QStringLiteral("map.svg") << QByteArray("<?xml");
    QTest::newRow("pdf") << QStringLiteral("map.PDF") << QByteArray("%PDF");
}

void TestLayoutCli::render()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, start);
    const QString path = m_dir.filePath(file);
    const Run run = admin({QStringLiteral("layout"), QStringLiteral("render"), QStringLiteral("Stadion Maksimir"), path,
                           QStringLiteral("--width"), QStringLiteral("1600")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    qInfo("%s: %lld bytes; %s", qPrintable(file), qint64(QFileInfo(path).size()), qPrintable(run.out.trimmed()));
    const QByteArray bytes = contents(path);
    QVERIFY(bytes.startsWith(start));
    if (file.endsWith(QLatin1String(".png"))) {
        const QImage image = QImage::fromData(bytes);
        QCOMPARE(image.width(), 1600);
        QVERIFY(image.height() > 600 && image.height() < 1600);
        // Not a blank picture: the pitch's green and the seats' colours are there.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    } else if (file.endsWith(QLatin1String(".svg"))) {
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(bytes.contains("Stadion Maksimir"));
    }
}

void TestLayoutCli::renderFileWithoutDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("file.png"));
    qputenv("PGHOST", "/nonexistent"); // proves the database is not needed
    const Run run = admin({QStringLiteral("layout"), QStringLiteral("render"), m_golden, path, QStringLiteral("--width"),
                           QStringLiteral("800")});
    qputenv("PGHOST", m_db.hostName().toUtf8());
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QCOMPARE(QImage(path).width(), 800);
}

void TestLayoutCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QFile golden(qEnvironmentVariable("TRIBINA_SOURCE_DIR") + QStringLiteral("/resources/demo/maksimir.layout.json"));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    QByteArray broken = golden.readAll();
    broken.replace("\"seats\": 36,", "\"seats\": \"36\",");
    const QString brokenFile = m_dir.filePath(QStringLiteral("broken.json"));
    QFile out(brokenFile);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(broken);
    out.close();

    const QString layout = QStringLiteral("layout");
    QTest::newRow("broken import") << QStringList{layout, QStringLiteral("import"), brokenFile} << 1
                                   << QStringLiteral("broken.json: sectors[0].rows[0].seats: expected a number, found text");
    QTest::newRow("missing file") << QStringList{layout, QStringLiteral("import"), m_dir.filePath(QStringLiteral("none.json"))} << 1
                                  << QStringLiteral("none.json");
    QTest::newRow("unknown stadium") << QStringList{layout, QStringLiteral("export"), QStringLiteral("Poljud"), QStringLiteral("-")} << 1
                                     << QStringLiteral("There is no stadium Poljud.");
    QTest::newRow("missing version") << QStringList{layout, QStringLiteral("export"), QStringLiteral("Stadion Maksimir"),
                                                    QStringLiteral("-"), QStringLiteral("--version"), QStringLiteral("9")}
                                     << 1 << QStringLiteral("no layout version 9");
    QTest::newRow("bad version") << QStringList{layout, QStringLiteral("export"), QStringLiteral("Stadion Maksimir"),
                                                QStringLiteral("-"), QStringLiteral("--version"), QStringLiteral("x")}
                                 << 2 << QStringLiteral("--version");
    QTest::newRow("retired") << QStringList{layout, QStringLiteral("activate"), QStringLiteral("Stadion Maksimir"), QStringLiteral("1")}
                             << 1 << QStringLiteral("replaced by version 2");
    QTest::newRow("render format") << QStringList{layout, QStringLiteral("render"), QStringLiteral("Stadion Maksimir"), QStringLiteral("map.gif")}
                                   << 2 << QStringLiteral("usage:");
    QTest::newRow("no verb") << QStringList{layout} << 2 << QStringLiteral("layout export STADIUM");
}

void TestLayoutCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run run = admin(args);
    QCOMPARE(run.code, code);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_MAIN(TestLayoutCli)
#include "tst_layoutcli.moc"
