#include "emergencyprintpage.h"

#include "identitycheckdialog.h"
#include "printersettingsdialog.h"

#include "db/dbsession.h"
#include "domain/money.h"
#include "emergency/emergencyservice.h"
#include "printing/ticketprinter.h"
#include "printing/ticketprintsettings.h"
#include "scanning/imagecodedecoder.h"
#include "scanning/keyboardwedgedetector.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tribina {

namespace {
const QString kLocationKey = QStringLiteral("emergency/printLocation");

QString matchTitle(const EmergencyMatch &m)
{
    return QStringLiteral("%1 – %2 · %3")
        .arg(m.homeTeam, m.awayTeam, QLocale().toString(m.kickOff.toLocalTime(), QLocale::ShortFormat));
}
} // namespace

EmergencyPrintPage::EmergencyPrintPage(EmergencyService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("emergencyPrintPage"));
    auto *layout = new QVBoxLayout(this);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("offlineBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #c01b2c; color: white; padding: 8px; font-weight: bold;"));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Match:"), this));
    m_match = new QComboBox(this);
    m_match->setObjectName(QStringLiteral("matchCombo"));
    m_match->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    top->addWidget(m_match, 1);
    auto *printerButton = new QPushButton(tr("Printer settings…"), this);
    printerButton->setObjectName(QStringLiteral("printerSettingsButton"));
    top->addWidget(printerButton);
    layout->addLayout(top);

    auto *searchRow = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (EmergencySearchKind kind : EmergencyText::allKinds())
        m_kind->addItem(EmergencyText::kindTitle(kind), int(kind));
    searchRow->addWidget(m_kind);
    m_term = new QLineEdit(this);
    m_term->setObjectName(QStringLiteral("searchEdit"));
    m_term->setPlaceholderText(tr("Scan the code, or type and press Enter"));
    m_term->setClearButtonEnabled(true);
    m_term->installEventFilter(this);
    searchRow->addWidget(m_term, 1);
    auto *searchButton = new QPushButton(tr("Search"), this);
    searchButton->setObjectName(QStringLiteral("searchButton"));
    searchRow->addWidget(searchButton);
    auto *decodeButton = new QPushButton(tr("Decode image…"), this);
    decodeButton->setObjectName(QStringLiteral("decodeImageButton"));
    decodeButton->setToolTip(tr("Read the code from a picture of the ticket (you can also paste a picture)"));
    searchRow->addWidget(decodeButton);
    layout->addLayout(searchRow);

    auto *splitter = new QSplitter(this);
    m_results = new QTableWidget(0, 5, splitter);
    m_results->setObjectName(QStringLiteral("resultsTable"));
    m_results->setHorizontalHeaderLabels({tr("Barcode"), tr("Holder"), tr("Seat"), tr("Status"), tr("Reprints")});
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->verticalHeader()->hide();

    auto *detailBox = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detailBox);
    m_detail = new QLabel(tr("Find a ticket to see its details."), detailBox);
    m_detail->setObjectName(QStringLiteral("detailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    detailLayout->addWidget(m_detail);
    m_refusal = new QLabel(detailBox);
    m_refusal->setObjectName(QStringLiteral("refusalLabel"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #c01b2c; font-weight: bold;"));
    detailLayout->addWidget(m_refusal);
    detailLayout->addStretch(1);
    m_preview = new QCheckBox(tr("Show a preview before printing"), detailBox);
    m_preview->setObjectName(QStringLiteral("previewCheck"));
    detailLayout->addWidget(m_preview);
    m_print = new QPushButton(tr("Print emergency ticket…"), detailBox);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setEnabled(false);
    detailLayout->addWidget(m_print);
    splitter->addWidget(m_results);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(searchButton, &QPushButton::clicked, this, &EmergencyPrintPage::runSearch);
    connect(m_term, &QLineEdit::returnPressed, this, &EmergencyPrintPage::runSearch);
    connect(decodeButton, &QPushButton::clicked, this, &EmergencyPrintPage::decodeImageFile);
    connect(m_results, &QTableWidget::itemSelectionChanged, this, &EmergencyPrintPage::showDetail);
    connect(m_print, &QPushButton::clicked, this, &EmergencyPrintPage::startPrint);
    connect(printerButton, &QPushButton::clicked, this, [this] {
        PrinterSettingsDialog dialog(this);
        dialog.exec();
    });
    connect(&m_service, &EmergencyService::offlineChanged, this, &EmergencyPrintPage::updateBanner);
    connect(&m_service, &EmergencyService::outboxChanged, this, &EmergencyPrintPage::updateBanner);

    // A pasted picture of a code is decoded (outside the search field; inside it, see eventFilter).
    auto *paste = new QShortcut(QKeySequence::Paste, this);
    paste->setContext(Qt::WidgetWithChildrenShortcut);
    connect(paste, &QShortcut::activated, this, [this] { pasteImage(); });

    // The scanner types anywhere in the application; this page takes the code while it is shown.
    m_scanner = new KeyboardWedgeDetector(this);
    connect(m_scanner, &KeyboardWedgeDetector::scanned, this, [this](const QString &code) {
        if (isVisible())
            search(EmergencySearchKind::Barcode, code);
    });

    loadMatches();
    updateBanner();
}

void EmergencyPrintPage::loadMatches()
{
    auto *watcher = new QFutureWatcher<QList<EmergencyMatch>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QList<EmergencyMatch> matches = watcher->future().result();
        const QUuid previous = selectedMatch();
        m_match->clear();
        for (const EmergencyMatch &m : matches)
            m_match->addItem(matchTitle(m), m.id);
        const QUuid preferred = previous.isNull() ? EmergencyService::defaultMatch(matches) : previous;
        m_match->setCurrentIndex(qMax(0, m_match->findData(preferred)));
        if (matches.isEmpty())
            showMessage(tr("There are no open matches."), true);
    });
    watcher->setFuture(m_service.matches());
}

QUuid EmergencyPrintPage::selectedMatch() const
{
    return m_match->currentData().toUuid();
}

void EmergencyPrintPage::search(EmergencySearchKind kind, const QString &term)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_term->setText(term.trimmed());
    runSearch();
}

bool EmergencyPrintPage::searchImage(const QImage &image)
{
    const QString code = ImageCodeDecoder::decodeFirst(image);
    if (code.isEmpty()) {
        showMessage(tr("No barcode or QR code could be read from the picture."), true);
        return false;
    }
    search(EmergencySearchKind::Barcode, code);
    return true;
}

void EmergencyPrintPage::runSearch()
{
    const auto kind = EmergencySearchKind(m_kind->currentData().toInt());
    const QString term = m_term->text().trimmed();
    if (term.isEmpty()) {
        showMessage(tr("Enter what to search for."), true);
        return;
    }
    if (kind == EmergencySearchKind::Barcode) {
        if (const QString problem = EmergencyText::barcodeInputProblem(term); !problem.isEmpty()) {
            m_tickets.clear();
            m_results->setRowCount(0);
            showDetail();
            showMessage(problem, true);
            emit searchFinished();
            return;
        }
    }
    if (selectedMatch().isNull()) {
        showMessage(tr("Choose a match first."), true);
        return;
    }
    showMessage(tr("Searching…"), false);
    auto *watcher = new QFutureWatcher<EmergencySearchResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, kind, term] {
        watcher->deleteLater();
        EmergencySearchResult result = watcher->future().result();
        // A scanned QR code must be the very payload the ticket carries: anything else is forged
        // or outdated (its barcode was reissued), whatever its barcode part says.
        if (kind == EmergencySearchKind::Barcode && term.startsWith(QLatin1String("HNS1."))) {
            for (const EmergencyTicket &t : std::as_const(result.tickets))
                if (t.qrPayload != term) {
                    result.tickets.clear();
                    result.error = tr("This QR code does not match the ticket it names: it is forged or was "
                                      "replaced by a newer ticket. Do not print; call the supervisor.");
                    break;
                }
        }
        showResults(result);
        emit searchFinished();
    });
    watcher->setFuture(m_service.search(selectedMatch(), kind, term));
}

void EmergencyPrintPage::showResults(const EmergencySearchResult &result)
{
    m_tickets = result.tickets;
    m_results->setRowCount(int(m_tickets.size()));
    for (int row = 0; row < m_tickets.size(); ++row) {
        const EmergencyTicket &t = m_tickets.at(row);
        const QStringList cells = {t.barcode, t.holderName, t.seatLabel, EmergencyText::statusTitle(t.status),
                                   QString::number(t.printCount)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (!t.printable())
                item->setForeground(QColor(0xc0, 0x1b, 0x2c));
            m_results->setItem(row, column, item);
        }
    }
    m_results->resizeColumnsToContents();
    if (!m_afterSearch.isEmpty())
        showMessage(std::exchange(m_afterSearch, QString()), m_afterSearchError);
    else if (!result.error.isEmpty())
        showMessage(result.error, true);
    else if (m_tickets.isEmpty())
        showMessage(tr("No ticket found. Check the match and what you typed."), true);
    else if (result.offline)
        showMessage(tr("%n ticket(s) found in the offline copy.", nullptr, int(m_tickets.size())), false);
    else if (m_tickets.size() >= 50)
        showMessage(tr("Showing the first 50 tickets; narrow the search."), false);
    else
        showMessage(tr("%n ticket(s) found.", nullptr, int(m_tickets.size())), false);
    if (!m_tickets.isEmpty())
        m_results->selectRow(0);
    showDetail();
}

EmergencyTicket EmergencyPrintPage::currentTicket() const
{
    const int row = m_results->currentRow();
    return row >= 0 && row < m_tickets.size() ? m_tickets.at(row) : EmergencyTicket();
}

void EmergencyPrintPage::showDetail()
{
    const EmergencyTicket t = currentTicket();
    if (t.ticketId.isNull()) {
        m_detail->setText(tr("Find a ticket to see its details."));
        m_refusal->clear();
        m_print->setEnabled(false);
        return;
    }
    const QString row = QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>");
    QString html = QStringLiteral("<table cellspacing=4>");
    html += row.arg(tr("Status"), EmergencyText::statusTitle(t.status).toHtmlEscaped());
    html += row.arg(tr("Holder"), t.holderName.toHtmlEscaped());
    html += row.arg(tr("OIB"), t.oibLast4.isEmpty() ? tr("none (passport)") : QStringLiteral("•••••••") + t.oibLast4);
    html += row.arg(tr("Ban list"), t.blacklisted ? tr("<span style='color:#c01b2c'><b>BANNED</b></span>")
                                                  : tr("not banned"));
    html += row.arg(tr("Seat"), t.seatLabel.toHtmlEscaped());
    html += row.arg(tr("Category"), t.priceCategory.toHtmlEscaped());
    html += row.arg(tr("Price"), Money(t.priceCents).format(QLocale(), QStringLiteral("EUR")).toHtmlEscaped());
    html += row.arg(tr("Order"), t.orderNumber.toHtmlEscaped());
    html += row.arg(tr("Emergency prints"), QString::number(t.printCount));
    html += QStringLiteral("</table>");
    m_detail->setText(html);
    m_refusal->setText(EmergencyText::refusalText(t));
    m_print->setEnabled(t.printable());
}

void EmergencyPrintPage::startPrint()
{
    const EmergencyTicket ticket = currentTicket();
    if (ticket.ticketId.isNull())
        return;
    if (!ticket.printable()) {
        showMessage(EmergencyText::refusalText(ticket), true);
        return;
    }
    if (ticket.printCount > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Print again?"),
            tr("This ticket has already been reprinted %n time(s) in an emergency. Every copy can enter the "
               "stadium only once. Print another copy?", nullptr, ticket.printCount),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    IdentityCheckDialog check(ticket, QSettings().value(kLocationKey).toString(), this);
    if (check.exec() != QDialog::Accepted || !check.complete())
        return;
    QSettings().setValue(kLocationKey, check.location());
    const IdentityDocument document = check.document();
    const QString reason = check.reason();
    const QString location = check.location();

    showMessage(tr("Preparing the ticket…"), false);
    auto *watcher = new QFutureWatcher<EmergencyService::PrintData>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [=, this] {
        watcher->deleteLater();
        const EmergencyService::PrintData data = watcher->future().result();
        if (!data.ticket) {
            showMessage(tr("The ticket was not printed: %1").arg(data.error), true);
            emit printFinished(false);
            return;
        }
        printPrepared(*data.ticket, ticket, document, reason, location, data.offline);
    });
    watcher->setFuture(m_service.printData(ticket.ticketId));
}

void EmergencyPrintPage::printPrepared(const TicketData &data, const EmergencyTicket &ticket,
                                       IdentityDocument document, const QString &reason, const QString &location,
                                       bool offline)
{
    const QDateTime printedAt = QDateTime::currentDateTimeUtc();
    const TicketData marked = m_service.withReprintMarks(data, ticket, printedAt);
    const TicketPrintSettings settings;
    const TicketPrinter printer(settings.layout());

    QPrinter device(QPrinter::HighResolution);
    if (!m_pdfOutput.isEmpty()) {
        device.setOutputFormat(QPrinter::PdfFormat);
        device.setOutputFileName(m_pdfOutput);
    } else if (!settings.printerName().isEmpty()) {
        device.setPrinterName(settings.printerName());
    }
    device.setDocName(tr("Emergency ticket %1").arg(ticket.barcode));

    Outcome printed = Outcome::failure(tr("Printing was cancelled."));
    if (m_preview->isChecked()) {
        QPrintPreviewDialog preview(&device, this);
        connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
            printed = printer.print(target, {marked});
        });
        // Accepted only when the agent printed from the preview; the preview's own paint does not count.
        if (preview.exec() != QDialog::Accepted)
            printed = Outcome::failure(tr("Printing was cancelled."));
    } else {
        printed = printer.print(&device, {marked});
    }
    if (printed && device.printerState() == QPrinter::Error)
        printed = Outcome::failure(tr("The printer reported an error (offline, or out of paper?)."));
    if (!printed) {
        showMessage(tr("The ticket was not printed, and nothing was counted. %1").arg(printed.error()), true);
        emit printFinished(false);
        return;
    }

    EmergencyPrintRequest request;
    request.key = QUuid::createUuid();
    request.ticketId = ticket.ticketId;
    request.matchId = selectedMatch();
    request.reason = reason;
    request.identityVerified = true;
    request.document = document;
    request.location = location;
    request.printedAt = printedAt;
    Q_UNUSED(offline)
    auto *watcher = new QFutureWatcher<EmergencyPrintReceipt>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const EmergencyPrintReceipt receipt = watcher->future().result();
        switch (receipt.state) {
        case EmergencyPrintReceipt::State::Recorded:
            showMessage(tr("Printed. Emergency print no. %1 is recorded.").arg(receipt.printNumber), false);
            break;
        case EmergencyPrintReceipt::State::Queued:
            showMessage(tr("Printed while the server is unreachable. The print is kept on this workstation and "
                           "will be reported when the server is back."),
                        false);
            break;
        case EmergencyPrintReceipt::State::Refused:
        case EmergencyPrintReceipt::State::Failed:
            showMessage(tr("The ticket was printed, but the server did not record it: %1 Tell the supervisor.")
                            .arg(receipt.error),
                        true);
            break;
        }
        m_afterSearch = m_message->text();
        m_afterSearchError = receipt.state == EmergencyPrintReceipt::State::Refused
            || receipt.state == EmergencyPrintReceipt::State::Failed;
        emit printFinished(true);
        runSearch(); // show the new count
    });
    watcher->setFuture(m_service.record(request));
}

void EmergencyPrintPage::decodeImageFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Picture of a ticket"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"));
    if (file.isEmpty())
        return;
    QImageReader reader(file);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        showMessage(tr("The picture cannot be read: %1").arg(reader.errorString()), true);
        return;
    }
    searchImage(image);
}

bool EmergencyPrintPage::pasteImage()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime || !mime->hasImage())
        return false;
    searchImage(qvariant_cast<QImage>(mime->imageData()));
    return true;
}

bool EmergencyPrintPage::eventFilter(QObject *watched, QEvent *event)
{
    // Pasting into the search field: a picture is decoded, text is pasted as usual.
    if (watched == m_term && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste)) {
            const QMimeData *mime = QApplication::clipboard()->mimeData();
            if (mime && mime->hasImage() && !mime->hasText()) {
                if (event->type() == QEvent::KeyPress)
                    pasteImage();
                event->accept();
                return event->type() == QEvent::KeyPress;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EmergencyPrintPage::showEvent(QShowEvent *event)
{
    m_scanner->install();
    QWidget::showEvent(event);
}

void EmergencyPrintPage::hideEvent(QHideEvent *event)
{
    m_scanner->uninstall();
    QWidget::hideEvent(event);
}

void EmergencyPrintPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c01b2c; font-weight: bold;") : QString());
}

void EmergencyPrintPage::updateBanner()
{
    const int pending = m_service.cache().isOpen() ? m_service.cache().pendingCount() : 0;
    if (m_service.isOffline()) {
        QString text = tr("OFFLINE — the server cannot be reached. Tickets are found and printed from this "
                          "workstation's copy (last known status and ban flags).");
        const QDateTime refreshed = m_service.cache().isOpen() ? m_service.cache().refreshedAt(selectedMatch())
                                                               : QDateTime();
        if (refreshed.isValid())
            text += QLatin1Char(' ') + tr("Copy from %1.").arg(QLocale().toString(refreshed.toLocalTime(),
                                                                                  QLocale::ShortFormat));
        if (pending > 0)
            text += QLatin1Char(' ') + tr("%n print(s) waiting to be reported.", nullptr, pending);
        m_banner->setText(text);
        m_banner->show();
    } else if (pending > 0) {
        m_banner->setText(tr("%n print(s) made offline are still being reported to the server.", nullptr, pending));
        m_banner->show();
    } else {
        m_banner->hide();
    }
}

} // namespace Tribina
