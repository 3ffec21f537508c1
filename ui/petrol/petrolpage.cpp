#include "petrolpage.h"

#include "petrolseatmap.h"

#include "boxoffice/ticketoutput.h"
#include "petrol/petrolservice.h"
#include "petrol/pinscanparser.h"
#include "petrol/reservationcountdown.h"
#include "scanning/imagecodedecoder.h"
#include "scanning/keyboardwedgedetector.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Tribina {

namespace {

QFont scaled(const QWidget *w, qreal factor, bool bold = false)
{
    QFont f = w->font();
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

QPushButton *bigButton(QWidget *parent, const char *objectName, bool primary = true)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(QLatin1String(objectName));
    b->setMinimumHeight(56);
    b->setFont(scaled(b, 1.4, primary));
    if (primary)
        b->setStyleSheet(QStringLiteral("QPushButton { background: #171c8f; color: white; border-radius: 6px; padding: 6px 28px; }"
                                        "QPushButton:disabled { background: #9a9cc4; }"));
    return b;
}

QLabel *titleLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setFont(scaled(l, 2.0, true));
    l->setWordWrap(true);
    return l;
}

QTableWidget *table(QWidget *parent, const char *objectName, int columns)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setObjectName(QLatin1String(objectName));
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setFont(scaled(t, 1.25));
    t->verticalHeader()->setDefaultSectionSize(36);
    return t;
}

QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QStringLiteral("ddd d MMM yyyy, HH:mm"));
}

} // namespace

PetrolPage::PetrolPage(DbSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(new PetrolService(session))
    , m_countdown(new ReservationCountdown(this))
{
    setObjectName(QStringLiteral("petrolPage"));

    m_match = new QComboBox(this);
    m_match->setObjectName(QStringLiteral("petrolMatch"));
    m_match->setFont(scaled(m_match, 1.2));
    m_match->setMinimumWidth(360);
    m_stepsLabel = new QLabel(this);
    m_stepsLabel->setObjectName(QStringLiteral("petrolSteps"));
    m_stepsLabel->setTextFormat(Qt::RichText);
    m_stepsLabel->setFont(scaled(m_stepsLabel, 1.15));
    m_countdownLabel = new QLabel(this);
    m_countdownLabel->setObjectName(QStringLiteral("petrolCountdown"));
    m_countdownLabel->setFont(scaled(m_countdownLabel, 1.6, true));
    m_countdownLabel->hide();
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("petrolBanner"));
    m_banner->setWordWrap(true);
    m_banner->setFont(scaled(m_banner, 1.3, true));
    m_banner->setMargin(10);
    m_banner->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_match);
    top->addSpacing(16);
    top->addWidget(m_stepsLabel, 1);
    top->addWidget(m_countdownLabel);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("petrolStepStack"));
    m_stack->addWidget(buildPinStep());
    m_stack->addWidget(buildDetailsStep());
    m_stack->addWidget(buildSeatsStep());
    m_stack->addWidget(buildIdentityStep());
    m_stack->addWidget(buildPaymentStep());
    m_stack->addWidget(buildDoneStep());

    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("petrolCancel"));
    m_cancel->setMinimumHeight(44);
    m_cancel->setFont(scaled(m_cancel, 1.15));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_cancel);
    bottom->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);

    connect(m_cancel, &QPushButton::clicked, this, &PetrolPage::cancelReservation);
    connect(m_countdown, &ReservationCountdown::tick, this, &PetrolPage::updateCountdownLabel);
    connect(m_countdown, &ReservationCountdown::warning, this, &PetrolPage::onWarning);
    connect(m_countdown, &ReservationCountdown::expired, this, &PetrolPage::onExpired);

    retranslateUi();
    setStep(PinStep);
    loadMatches();
}

PetrolPage::~PetrolPage()
{
    delete m_service;
}

QWidget *PetrolPage::buildPinStep()
{
    auto *w = new QWidget(this);
    m_pinTitle = titleLabel(w);
    m_pinTitle->setAlignment(Qt::AlignCenter);
    m_pin = new QLineEdit(w);
    m_pin->setObjectName(QStringLiteral("petrolPin"));
    m_pin->setAlignment(Qt::AlignCenter);
    m_pin->setMaxLength(PinScanParser::PinLength);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,5}")), m_pin));
    QFont pinFont = scaled(m_pin, 4.5, true);
    pinFont.setLetterSpacing(QFont::AbsoluteSpacing, 14);
    pinFont.setFamily(QStringLiteral("DejaVu Sans Mono"));
    m_pin->setFont(pinFont);
    m_pin->setFixedWidth(420);
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly);
    m_check = bigButton(w, "petrolCheckPin");
    m_decode = bigButton(w, "petrolDecodePicture", false);
    m_paste = bigButton(w, "petrolPaste", false);
    m_pinHint = new QLabel(w);
    m_pinHint->setAlignment(Qt::AlignCenter);
    m_pinHint->setWordWrap(true);
    m_pinHint->setFont(scaled(m_pinHint, 1.15));
    m_refusal = new QLabel(w);
    m_refusal->setObjectName(QStringLiteral("petrolRefusal"));
    m_refusal->setAlignment(Qt::AlignCenter);
    m_refusal->setWordWrap(true);
    m_refusal->setFont(scaled(m_refusal, 1.5, true));
    m_refusal->setStyleSheet(QStringLiteral("color: #b00020; background: #fde8ec; border-radius: 6px; padding: 12px;"));
    m_refusal->hide();

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_pin);
    row->addWidget(m_check);
    row->addStretch(1);
    auto *alt = new QHBoxLayout;
    alt->addStretch(1);
    alt->addWidget(m_decode);
    alt->addWidget(m_paste);
    alt->addStretch(1);
    auto *v = new QVBoxLayout(w);
    v->addStretch(1);
    v->addWidget(m_pinTitle);
    v->addSpacing(16);
    v->addLayout(row);
    v->addSpacing(8);
    v->addWidget(m_pinHint);
    v->addLayout(alt);
    v->addSpacing(16);
    v->addWidget(m_refusal);
    v->addStretch(2);

    connect(m_pin, &QLineEdit::returnPressed, this, &PetrolPage::lookUp);
    connect(m_pin, &QLineEdit::textEdited, this, [this] { refuse({}); });
    connect(m_pin, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_check->setEnabled(!m_busy && text.size() == PinScanParser::PinLength);
    });
    connect(m_check, &QPushButton::clicked, this, &PetrolPage::lookUp);
    connect(m_decode, &QPushButton::clicked, this, &PetrolPage::decodePicture);
    connect(m_paste, &QPushButton::clicked, this, &PetrolPage::pasteCode);
    return w;
}

QWidget *PetrolPage::buildDetailsStep()
{
    auto *w = new QWidget(this);
    m_detailsTitle = titleLabel(w);
    m_details = new QLabel(w);
    m_details->setObjectName(QStringLiteral("petrolDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setFont(scaled(m_details, 1.3));
    m_holders = table(w, "petrolHolders", 2);
    m_toSeats = bigButton(w, "petrolToSeats");
    auto *v = new QVBoxLayout(w);
    v->addWidget(m_detailsTitle);
    v->addWidget(m_details);
    v->addWidget(m_holders, 1);
    auto *h = new QHBoxLayout;
    h->addStretch(1);
    h->addWidget(m_toSeats);
    v->addLayout(h);
    connect(m_toSeats, &QPushButton::clicked, this, [this] { setStep(SeatsStep); });
    return w;
}

QWidget *PetrolPage::buildSeatsStep()
{
    auto *w = new QWidget(this);
    m_seatsTitle = titleLabel(w);
    m_map = new PetrolSeatMap(w);
    m_map->setMinimumHeight(320);
    m_seatList = new QLabel(w);
    m_seatList->setObjectName(QStringLiteral("petrolSeatList"));
    m_seatList->setWordWrap(true);
    m_seatList->setFont(scaled(m_seatList, 1.4, true));
    m_toIdentity = bigButton(w, "petrolToIdentity");
    auto *v = new QVBoxLayout(w);
    v->addWidget(m_seatsTitle);
    v->addWidget(m_seatList);
    v->addWidget(m_map, 1);
    auto *h = new QHBoxLayout;
    h->addStretch(1);
    h->addWidget(m_toIdentity);
    v->addLayout(h);
    connect(m_toIdentity, &QPushButton::clicked, this, [this] { setStep(IdentityStep); });
    return w;
}

QWidget *PetrolPage::buildIdentityStep()
{
    auto *w = new QWidget(this);
    m_identityTitle = titleLabel(w);
    m_identityHint = new QLabel(w);
    m_identityHint->setWordWrap(true);
    m_identityHint->setFont(scaled(m_identityHint, 1.2));
    m_documents = new QButtonGroup(w);
    auto *docs = new QHBoxLayout;
    const char *const names[] = {"ID_CARD", "PASSPORT", "DRIVING_LICENCE"};
    for (int i = 0; i < 3; ++i) {
        auto *r = new QRadioButton(w);
        r->setObjectName(QStringLiteral("petrolDocument_") + QLatin1String(names[i]));
        r->setProperty("document", QLatin1String(names[i]));
        r->setFont(scaled(r, 1.4));
        m_documents->addButton(r, i);
        docs->addWidget(r);
    }
    docs->addStretch(1);
    m_checks = table(w, "petrolChecks", 3);
    m_confirmIdentity = bigButton(w, "petrolConfirmIdentity");
    m_toPayment = bigButton(w, "petrolToPayment");
    auto *v = new QVBoxLayout(w);
    v->addWidget(m_identityTitle);
    v->addWidget(m_identityHint);
    v->addLayout(docs);
    v->addWidget(m_checks, 1);
    auto *h = new QHBoxLayout;
    h->addStretch(1);
    h->addWidget(m_confirmIdentity);
    h->addWidget(m_toPayment);
    v->addLayout(h);
    connect(m_documents, &QButtonGroup::idClicked, this, [this] { m_confirmIdentity->setEnabled(!m_busy); });
    connect(m_confirmIdentity, &QPushButton::clicked, this, &PetrolPage::verifyIdentity);
    connect(m_toPayment, &QPushButton::clicked, this, [this] { loadQuote(); });
    return w;
}

QWidget *PetrolPage::buildPaymentStep()
{
    auto *w = new QWidget(this);
    m_paymentTitle = titleLabel(w);
    m_lines = table(w, "petrolQuoteLines", 4);
    m_total = new QLabel(w);
    m_total->setObjectName(QStringLiteral("petrolTotal"));
    m_total->setFont(scaled(m_total, 2.4, true));
    m_total->setAlignment(Qt::AlignRight);
    m_methods = new QButtonGroup(w);
    auto *cash = new QRadioButton(w);
    cash->setObjectName(QStringLiteral("petrolCash"));
    auto *card = new QRadioButton(w);
    card->setObjectName(QStringLiteral("petrolCard"));
    for (QRadioButton *r : {cash, card})
        r->setFont(scaled(r, 1.5, true));
    m_methods->addButton(cash, int(PetrolPayment::Cash));
    m_methods->addButton(card, int(PetrolPayment::Card));
    cash->setChecked(true);
    m_posLabel = new QLabel(w);
    m_posLabel->setFont(scaled(m_posLabel, 1.2));
    m_posReference = new QLineEdit(w);
    m_posReference->setObjectName(QStringLiteral("petrolPosReference"));
    m_posReference->setFont(scaled(m_posReference, 1.5));
    m_posReference->setEnabled(false);
    m_completeButton = bigButton(w, "petrolComplete");
    auto *methods = new QHBoxLayout;
    methods->addWidget(cash);
    methods->addSpacing(24);
    methods->addWidget(card);
    methods->addSpacing(24);
    methods->addWidget(m_posLabel);
    methods->addWidget(m_posReference, 1);
    auto *v = new QVBoxLayout(w);
    v->addWidget(m_paymentTitle);
    v->addWidget(m_lines, 1);
    v->addWidget(m_total);
    v->addLayout(methods);
    auto *h = new QHBoxLayout;
    h->addStretch(1);
    h->addWidget(m_completeButton);
    v->addLayout(h);
    connect(m_methods, &QButtonGroup::idClicked, this, [this](int id) {
        m_posReference->setEnabled(id == int(PetrolPayment::Card));
        if (id == int(PetrolPayment::Card))
            m_posReference->setFocus();
    });
    connect(m_completeButton, &QPushButton::clicked, this, &PetrolPage::complete);
    connect(m_posReference, &QLineEdit::textEdited, m_banner, &QWidget::hide);
    return w;
}

QWidget *PetrolPage::buildDoneStep()
{
    auto *w = new QWidget(this);
    m_doneTitle = titleLabel(w);
    m_doneTitle->setStyleSheet(QStringLiteral("color: #1b7a2e;"));
    m_doneText = new QLabel(w);
    m_doneText->setObjectName(QStringLiteral("petrolDoneText"));
    m_doneText->setWordWrap(true);
    m_doneText->setTextFormat(Qt::RichText);
    m_doneText->setFont(scaled(m_doneText, 1.3));
    m_reprint = bigButton(w, "petrolPrintAgain", false);
    m_next = bigButton(w, "petrolNextCustomer");
    auto *v = new QVBoxLayout(w);
    v->addStretch(1);
    v->addWidget(m_doneTitle);
    v->addWidget(m_doneText);
    auto *h = new QHBoxLayout;
    h->addStretch(1);
    h->addWidget(m_reprint);
    h->addWidget(m_next);
    v->addLayout(h);
    v->addStretch(2);
    connect(m_reprint, &QPushButton::clicked, this, [this] { printTickets(m_tickets); });
    connect(m_next, &QPushButton::clicked, this, &PetrolPage::startOver);
    return w;
}

void PetrolPage::retranslateUi()
{
    m_pinTitle->setText(tr("Enter the customer's PIN"));
    m_pin->setPlaceholderText(QStringLiteral("•••••"));
    m_check->setText(tr("Check PIN"));
    m_decode->setText(tr("Decode picture…"));
    m_paste->setText(tr("Paste"));
    m_pinHint->setText(tr("Type the 5 digits, or scan the QR code on the customer's phone (no need to click first)."));
    m_detailsTitle->setText(tr("PIN found: seats are reserved"));
    m_holders->setHorizontalHeaderLabels({tr("Ticket holder"), tr("ID (last digits)")});
    m_toSeats->setText(tr("Show the seats"));
    m_seatsTitle->setText(tr("The customer's seats"));
    m_toIdentity->setText(tr("Next: check the ID"));
    m_identityTitle->setText(tr("Check the customer's ID"));
    m_identityHint->setText(tr("Compare the name and the last digits of the ID number with the document, then choose which document it is."));
    m_documents->button(0)->setText(tr("ID card"));
    m_documents->button(1)->setText(tr("Passport"));
    m_documents->button(2)->setText(tr("Driving licence"));
    m_checks->setHorizontalHeaderLabels({tr("Ticket holder"), tr("ID (last digits)"), tr("Check")});
    m_confirmIdentity->setText(tr("Identity confirmed"));
    m_toPayment->setText(tr("Next: payment"));
    m_paymentTitle->setText(tr("Take the payment"));
    m_lines->setHorizontalHeaderLabels({tr("Seat"), tr("Category"), tr("Ticket"), tr("Total with fee")});
    m_methods->button(int(PetrolPayment::Cash))->setText(tr("Cash"));
    m_methods->button(int(PetrolPayment::Card))->setText(tr("Card"));
    m_posLabel->setText(tr("Card terminal receipt no.:"));
    m_completeButton->setText(tr("Payment received: issue tickets"));
    m_doneTitle->setText(tr("Done: tickets issued"));
    m_reprint->setText(tr("Print again"));
    m_next->setText(tr("Next customer"));
    m_cancel->setText(tr("Cancel redemption…"));
    setStep(step());
}

void PetrolPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PetrolPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A scanner's keys anywhere in the window are PIN scans while this page is visible.
    if (!m_scanner) {
        m_scanner = new KeyboardWedgeDetector(this);
        m_scanner->install();
        connect(m_scanner, &KeyboardWedgeDetector::scanned, this, &PetrolPage::acceptScan);
    }
    if (step() == PinStep)
        m_pin->setFocus();
}

void PetrolPage::hideEvent(QHideEvent *event)
{
    delete m_scanner;
    QWidget::hideEvent(event);
}

PetrolPage::Step PetrolPage::step() const
{
    return m_stack ? Step(m_stack->currentIndex()) : PinStep;
}

void PetrolPage::setStep(Step step)
{
    if (!m_stack)
        return;
    const bool changed = m_stack->currentIndex() != int(step);
    m_stack->setCurrentIndex(int(step));
    const QStringList names = {tr("PIN"), tr("Details"), tr("Seats"), tr("ID"), tr("Payment"), tr("Done")};
    QStringList parts;
    for (int i = 0; i < names.size(); ++i)
        parts.append(i == int(step) ? QStringLiteral("<b><u>%1. %2</u></b>").arg(i + 1).arg(names.at(i))
                                    : QStringLiteral("<span style='color:#777'>%1. %2</span>").arg(i + 1).arg(names.at(i)));
    m_stepsLabel->setText(parts.join(QStringLiteral(" &nbsp;›&nbsp; ")));
    m_cancel->setVisible(step != PinStep && step != DoneStep);
    m_match->setEnabled(step == PinStep);
    if (step == PinStep)
        m_pin->setFocus();
    if (step == SeatsStep) // the view has its real size only now
        QTimer::singleShot(0, m_map, &PetrolSeatMap::focusReserved);
    if (step == IdentityStep) {
        m_toPayment->setVisible(false);
        m_confirmIdentity->setVisible(true);
        m_confirmIdentity->setEnabled(m_documents->checkedId() >= 0);
    }
    if (changed)
        emit stepChanged(int(step));
}

void PetrolPage::setBusy(bool busy)
{
    m_busy = busy;
    for (QPushButton *b : {m_check, m_toSeats, m_toIdentity, m_confirmIdentity, m_toPayment, m_completeButton, m_cancel})
        b->setEnabled(!busy);
    m_check->setEnabled(!busy && m_pin->text().size() == PinScanParser::PinLength);
    m_confirmIdentity->setEnabled(!busy && m_documents->checkedId() >= 0);
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
    emit busyChanged(busy);
}

void PetrolPage::refuse(const QString &message)
{
    m_refusal->setText(message);
    m_refusal->setVisible(!message.isEmpty());
}

void PetrolPage::loadMatches()
{
    m_service->matchesOnSale().then(this, [this](const PetrolService::Matches &result) {
        const QUuid previous = selectedMatch();
        m_matches = result.matches;
        m_match->clear();
        for (const PetrolMatch &m : std::as_const(m_matches))
            m_match->addItem(QStringLiteral("%1 · %2").arg(m.title(), when(m.kickOff)), m.id);
        if (!result.outcome)
            refuse(result.outcome.error());
        else if (m_matches.isEmpty())
            refuse(tr("No match is on sale at petrol stations right now."));
        const int index = m_match->findData(previous);
        if (index >= 0)
            m_match->setCurrentIndex(index);
    });
}

QUuid PetrolPage::selectedMatch() const
{
    return m_match->currentData().toUuid();
}

void PetrolPage::acceptScan(const QString &code)
{
    if (!isVisible() || step() != PinStep || m_busy)
        return;
    const QString pin = PinScanParser::pinFrom(code);
    if (pin.isEmpty()) {
        refuse(tr("The scanned code is not a petrol PIN."));
        return;
    }
    const QString match = PinScanParser::matchFrom(code);
    if (!match.isEmpty())
        if (const int index = m_match->findData(QUuid::fromString(match)); index >= 0)
            m_match->setCurrentIndex(index);
    m_pin->setText(pin);
    lookUp();
}

void PetrolPage::acceptImage(const QImage &image)
{
    const QString code = ImageCodeDecoder::decodeFirst(image);
    if (code.isEmpty()) {
        refuse(tr("No QR code was found in the picture."));
        return;
    }
    acceptScan(code);
}

void PetrolPage::decodePicture()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns.append(QStringLiteral("*.") + QString::fromLatin1(format));
    const QString file = QFileDialog::getOpenFileName(this, tr("Picture of the QR code"), QString(),
                                                      tr("Pictures (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (file.isEmpty())
        return;
    QImage image(file);
    if (image.isNull()) {
        refuse(tr("The picture could not be opened."));
        return;
    }
    acceptImage(image);
}

void PetrolPage::pasteCode()
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (data && data->hasImage())
        acceptImage(qvariant_cast<QImage>(data->imageData()));
    else if (data && data->hasText())
        acceptScan(data->text());
}

void PetrolPage::lookUp()
{
    const QString pin = m_pin->text().trimmed();
    if (pin.size() != PinScanParser::PinLength || m_busy)
        return;
    refuse({});
    m_banner->hide();
    setBusy(true);
    m_service->lookupPin(pin, selectedMatch()).then(this, [this](const PinLookup &result) {
        setBusy(false);
        m_lookup = result;
        if (!result.outcome) {
            refuse(result.outcome.error());
            return;
        }
        if (result.status != PetrolStatus::Ok) {
            // A failure that just caused a lockout says so at once.
            refuse(result.lockedUntil.isValid() && result.status != PetrolStatus::LockedOut
                       ? petrolStatusText(result.status) + QLatin1Char('\n')
                             + petrolStatusText(PetrolStatus::LockedOut, result.lockedUntil)
                       : petrolStatusText(result.status, result.lockedUntil));
            m_pin->selectAll();
            return;
        }
        reserve();
    });
}

void PetrolPage::reserve()
{
    setBusy(true);
    const QUuid match = m_lookup.matchId;
    auto afterMap = [this, match] {
        m_service->reserveBest(m_lookup.pinId, match, m_lookup.quantity).then(this, [this](const PetrolReservation &r) {
            setBusy(false);
            m_reservation = r;
            if (!r.outcome) {
                refuse(r.outcome.error());
                return;
            }
            if (r.status != PetrolStatus::Ok && r.status != PetrolStatus::Resumed) {
                refuse(petrolStatusText(r.status));
                return;
            }
            m_saleKey = QUuid::createUuid();
            m_countdown->start(r.expiresAt, r.serverNow);
            showReservation();
        });
    };
    if (m_mapMatch == match && m_map->hasMap()) {
        afterMap();
        return;
    }
    m_service->mapData(match).then(this, [this, match, afterMap](const PetrolService::MapData &data) {
        if (data.outcome) {
            m_map->setMap(data.map, data.petrolSeats);
            m_mapMatch = match;
        }
        afterMap();
    });
}

void PetrolPage::showReservation()
{
    const PetrolMatch *match = nullptr;
    for (const PetrolMatch &m : std::as_const(m_matches))
        if (m.id == m_lookup.matchId)
            match = &m;
    const QString matchText = match ? QStringLiteral("<b>%1</b> · %2 · %3").arg(match->title().toHtmlEscaped(),
                                                                             match->competition.toHtmlEscaped(),
                                                                             when(match->kickOff))
                                    : QString();
    m_details->setText(tr("%1<br>Tickets: <b>%2</b> &nbsp;·&nbsp; PIN valid until %3")
                           .arg(matchText).arg(m_lookup.quantity).arg(when(m_lookup.expiresAt)));
    m_holders->setRowCount(int(m_lookup.holders.size()));
    for (int i = 0; i < m_lookup.holders.size(); ++i) {
        const PinHolder &h = m_lookup.holders.at(i);
        m_holders->setItem(i, 0, new QTableWidgetItem(h.fullName));
        m_holders->setItem(i, 1, new QTableWidgetItem(h.idKind + QLatin1Char(' ') + h.idMasked));
    }
    m_holders->resizeColumnToContents(0);
    m_checks->setRowCount(0);
    m_documents->setExclusive(false);
    for (QAbstractButton *b : m_documents->buttons())
        b->setChecked(false);
    m_documents->setExclusive(true);
    setStep(DetailsStep);
    // The seats for the map and the seat list: the quote names them
    m_service->quote(m_reservation.reservationId).then(this, [this](const PetrolQuote &quote) {
        m_quote = quote;
        QStringList seats;
        for (const QuoteLine &line : quote.lines)
            seats.append(tr("Sector %1, row %2, seat %3").arg(line.sectorCode, line.rowLabel, line.seatLabel));
        m_seatList->setText(seats.join(QStringLiteral("  ·  ")));
        m_map->showReserved(quote.lines);
    });
}

void PetrolPage::verifyIdentity()
{
    QAbstractButton *document = m_documents->checkedButton();
    if (!document)
        return;
    setBusy(true);
    m_service->verifyIdentity(m_reservation.reservationId, document->property("document").toString())
        .then(this, [this](const IdentityCheck &check) {
            setBusy(false);
            if (!check.outcome || check.status != PetrolStatus::Ok) {
                m_banner->setStyleSheet(QStringLiteral("background: #fde8ec; color: #b00020;"));
                m_banner->setText(check.outcome ? petrolStatusText(check.status) : check.outcome.error());
                m_banner->show();
                if (check.status == PetrolStatus::Expired || check.status == PetrolStatus::Cancelled)
                    startOver();
                return;
            }
            m_checks->setRowCount(int(check.holders.size()));
            for (int i = 0; i < check.holders.size(); ++i) {
                const PinHolder &h = check.holders.at(i);
                m_checks->setItem(i, 0, new QTableWidgetItem(h.fullName));
                m_checks->setItem(i, 1, new QTableWidgetItem(h.idMasked));
                QString text = tr("OK: ticket will be issued");
                if (h.check == QLatin1String("BLACKLISTED"))
                    text = tr("Banned from matches: no ticket");
                else if (h.check == QLatin1String("HAS_TICKET"))
                    text = tr("Already has a ticket for this match: no ticket");
                else if (h.check == QLatin1String("DUPLICATE"))
                    text = tr("Same person twice: one ticket only");
                auto *item = new QTableWidgetItem((h.blocked() ? QStringLiteral("✖ ") : QStringLiteral("✔ ")) + text);
                item->setForeground(h.blocked() ? QColor(0xb0, 0x00, 0x20) : QColor(0x1b, 0x7a, 0x2e));
                m_checks->setItem(i, 2, item);
            }
            m_checks->resizeColumnToContents(0);
            m_confirmIdentity->setVisible(false);
            const bool any = check.blockedCount() < check.holders.size();
            m_toPayment->setVisible(any);
            if (!any) {
                m_banner->setStyleSheet(QStringLiteral("background: #fde8ec; color: #b00020;"));
                m_banner->setText(petrolStatusText(PetrolStatus::NothingToSell) + QLatin1Char(' ')
                                  + tr("Cancel the redemption."));
                m_banner->show();
            }
            // The checks table replaces the holder list; a blocked seat went back to the allocation
            m_service->quote(m_reservation.reservationId).then(this, [this](const PetrolQuote &quote) {
                m_quote = quote;
                m_map->showReserved(quote.lines);
            });
        });
}

void PetrolPage::loadQuote()
{
    setBusy(true);
    m_service->quote(m_reservation.reservationId).then(this, [this](const PetrolQuote &quote) {
        setBusy(false);
        m_quote = quote;
        if (!quote.outcome) {
            m_banner->setText(quote.outcome.error());
            m_banner->show();
            return;
        }
        const QLocale locale;
        m_lines->setRowCount(int(quote.lines.size()));
        for (int i = 0; i < quote.lines.size(); ++i) {
            const QuoteLine &l = quote.lines.at(i);
            m_lines->setItem(i, 0, new QTableWidgetItem(tr("Sector %1, row %2, seat %3").arg(l.sectorCode, l.rowLabel, l.seatLabel)));
            m_lines->setItem(i, 1, new QTableWidgetItem(l.category));
            m_lines->setItem(i, 2, new QTableWidgetItem(l.ticket.format(locale)));
            m_lines->setItem(i, 3, new QTableWidgetItem(l.total.format(locale)));
        }
        m_lines->resizeColumnsToContents();
        m_total->setText(tr("Total: %1").arg(quote.total().format(locale)));
        setStep(PaymentStep);
    });
}

void PetrolPage::complete()
{
    const PetrolPayment method = PetrolPayment(m_methods->checkedId());
    const QString reference = m_posReference->text().trimmed();
    if (method == PetrolPayment::Card && reference.isEmpty()) {
        m_banner->setStyleSheet(QStringLiteral("background: #fff4d6; color: #6b4a00;"));
        m_banner->setText(petrolStatusText(PetrolStatus::BadPayment));
        m_banner->show();
        m_posReference->setFocus();
        return;
    }
    setBusy(true);
    m_service->complete(m_saleKey, m_reservation.reservationId, method, reference)
        .then(this, [this](const PetrolCompletion &done) {
            setBusy(false);
            m_completion = done;
            if (!done.outcome) {
                // The key stays: pressing again retries the same sale, never a second one.
                m_banner->setStyleSheet(QStringLiteral("background: #fde8ec; color: #b00020;"));
                m_banner->setText(done.outcome.error());
                m_banner->show();
                return;
            }
            if (done.status != PetrolStatus::Completed) {
                m_banner->setStyleSheet(QStringLiteral("background: #fde8ec; color: #b00020;"));
                m_banner->setText(petrolStatusText(done.status));
                m_banner->show();
                if (done.status == PetrolStatus::Expired || done.status == PetrolStatus::Cancelled)
                    startOver();
                return;
            }
            m_countdown->stop();
            m_countdownLabel->hide();
            m_banner->hide();
            m_doneText->setText(tr("Order <b>%1</b> · %n ticket(s) · %2 paid.", nullptr, int(done.barcodes.size()))
                                    .arg(done.orderNumber, done.total.format(QLocale())));
            setStep(DoneStep);
            m_service->tickets(done.barcodes).then(this, [this](const PetrolService::Tickets &tickets) {
                if (!tickets.outcome) {
                    m_doneText->setText(m_doneText->text() + QStringLiteral("<br>") + tickets.outcome.error().toHtmlEscaped());
                    return;
                }
                m_tickets = tickets.tickets;
                printTickets(m_tickets);
            });
        });
}

void PetrolPage::printTickets(const QList<TicketData> &tickets)
{
    if (tickets.isEmpty())
        return;
    if (!m_pdfDirectory.isEmpty())
        TicketOutput::setOutputDir(m_pdfDirectory);
    QString file;
    const Outcome printed = TicketOutput::printTickets(tickets, QStringLiteral("petrol-") + m_completion.orderNumber, &file);
    m_lastPdf = file;
    QString status;
    if (!printed)
        status = printed.error().toHtmlEscaped();
    else if (!file.isEmpty())
        status = tr("No printer is installed: the tickets were saved as %1.").arg(file.toHtmlEscaped());
    else
        status = tr("The tickets are printing. Hand them to the customer.");
    QString text = m_doneText->text();
    const qsizetype cut = text.indexOf(QStringLiteral("<br><i>"));
    if (cut >= 0)
        text.truncate(cut);
    m_doneText->setText(text + QStringLiteral("<br><i>") + status + QStringLiteral("</i>"));
}

void PetrolPage::cancelReservation()
{
    if (m_reservation.reservationId.isNull())
        return startOver();
    bool ok = false;
    const QStringList reasons = {tr("The customer changed their mind"), tr("The ID does not match"),
                                 tr("The customer could not pay"), tr("Wrong PIN entered")};
    const QString reason = QInputDialog::getItem(this, tr("Cancel redemption"),
                                                 tr("Why? The seats are released at once."), reasons, 0, true, &ok);
    if (!ok || reason.trimmed().isEmpty())
        return;
    setBusy(true);
    m_service->cancel(m_reservation.reservationId, reason).then(this, [this](const PetrolService::Cancelled &c) {
        setBusy(false);
        if (!c.outcome) {
            m_banner->setText(c.outcome.error());
            m_banner->show();
            return;
        }
        startOver();
        refuse(c.status == PetrolStatus::Ok ? QString() : petrolStatusText(c.status));
        m_banner->setStyleSheet(QStringLiteral("background: #e8f0fe; color: #17306b;"));
        m_banner->setText(tr("Redemption cancelled; the seats are free again. The PIN can be used later."));
        m_banner->show();
    });
}

void PetrolPage::onWarning(int minutesLeft)
{
    m_banner->setStyleSheet(minutesLeft <= 1 ? QStringLiteral("background: #b00020; color: white;")
                                             : QStringLiteral("background: #fff4d6; color: #6b4a00;"));
    m_banner->setText(minutesLeft <= 1 ? tr("1 minute left! Finish now or the seats are released.")
                                       : tr("5 minutes left to finish this redemption."));
    m_banner->show();
}

void PetrolPage::onExpired()
{
    const QUuid reservation = m_reservation.reservationId;
    startOver();
    m_banner->setStyleSheet(QStringLiteral("background: #fde8ec; color: #b00020;"));
    m_banner->setText(tr("Time is up: the seats were released and the PIN has expired. "
                         "The customer can create a new PIN in the app."));
    m_banner->show();
    Q_UNUSED(reservation)
}

void PetrolPage::updateCountdownLabel(int secondsLeft)
{
    m_countdownLabel->setVisible(m_countdown->isRunning() || secondsLeft > 0);
    m_countdownLabel->setText(tr("Seats held: %1").arg(m_countdown->text()));
    m_countdownLabel->setStyleSheet(secondsLeft <= ReservationCountdown::LastWarningSeconds
                                        ? QStringLiteral("color: #b00020;")
                                    : secondsLeft <= ReservationCountdown::FirstWarningSeconds
                                        ? QStringLiteral("color: #b06a00;")
                                        : QStringLiteral("color: #17306b;"));
}

void PetrolPage::startOver()
{
    m_countdown->stop();
    m_countdownLabel->hide();
    m_banner->hide();
    m_lookup = {};
    m_reservation = {};
    m_quote = {};
    m_completion = {};
    m_tickets.clear();
    m_pin->clear();
    m_posReference->clear();
    m_methods->button(int(PetrolPayment::Cash))->setChecked(true);
    m_posReference->setEnabled(false);
    refuse({});
    setStep(PinStep);
    loadMatches();
}

} // namespace Tribina
