#pragma once

#include "petrol/petroltypes.h"
#include "printing/ticketdata.h"

#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QImage;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace Tribina {

class DbSession;
class KeyboardWedgeDetector;
class PetrolSeatMap;
class PetrolService;
class ReservationCountdown;

/// PIN redemption at a petrol-station till, for people who are not ticketing experts: one big
/// step at a time, each with one obvious button.
///   PIN → details (match, holders with masked IDs; the seats are reserved at once, 20 minutes
///   on the clock) → seats on the map → identity (document seen; blacklist and one-ticket
///   checks) → payment (cash or card with the terminal receipt; the counter's prices) → done
///   (tickets print; PDF when there is no printer).
/// The PIN is typed, scanned from the fan's phone by a USB scanner in keyboard mode (accepted
/// without clicking into the field: KeyboardWedgeDetector, while the page is visible), or read
/// from a picture (ImageCodeDecoder). Refusals are one plain sentence; a lockout says until when.
class PetrolPage : public QWidget
{
    Q_OBJECT

public:
    enum Step { PinStep, DetailsStep, SeatsStep, IdentityStep, PaymentStep, DoneStep };

    explicit PetrolPage(DbSession &session, QWidget *parent = nullptr);
    ~PetrolPage() override;

    Step step() const;
    /// Where tickets go as PDF when no printer is installed (default: Documents).
    void setPdfDirectory(const QString &directory) { m_pdfDirectory = directory; }
    /// Always write a PDF instead of printing (tests, screenshots).
    void setPrintToPdf(bool pdf) { m_forcePdf = pdf; }
    QString lastPdf() const { return m_lastPdf; }
    ReservationCountdown *countdown() const { return m_countdown; }

public slots:
    /// What a scanner (or a pasted text) delivered: the PIN, or the deep link carrying it.
    void acceptScan(const QString &code);
    /// Reads a QR code (or barcode) from a picture and takes its PIN.
    void acceptImage(const QImage &image);
    void lookUp();
    void startOver();

signals:
    /// The page finished a step (tests and screenshots wait on it).
    void stepChanged(int step);
    /// A database answer arrived and was shown.
    void busyChanged(bool busy);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildPinStep();
    QWidget *buildDetailsStep();
    QWidget *buildSeatsStep();
    QWidget *buildIdentityStep();
    QWidget *buildPaymentStep();
    QWidget *buildDoneStep();
    void retranslateUi();
    void setStep(Step step);
    void setBusy(bool busy);
    void refuse(const QString &message);
    void loadMatches();
    QUuid selectedMatch() const;
    void reserve();
    void showReservation();
    void verifyIdentity();
    void loadQuote();
    void complete();
    void cancelReservation();
    void printTickets(const QList<TicketData> &tickets);
    void onWarning(int minutesLeft);
    void onExpired();
    void decodePicture();
    void pasteCode();
    void updateCountdownLabel(int secondsLeft);

    DbSession &m_session;
    PetrolService *m_service;
    ReservationCountdown *m_countdown;
    QPointer<KeyboardWedgeDetector> m_scanner;

    QComboBox *m_match = nullptr;
    QLabel *m_stepsLabel = nullptr;
    QLabel *m_countdownLabel = nullptr;
    QLabel *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_cancel = nullptr;
    // PIN
    QLabel *m_pinTitle = nullptr;
    QLineEdit *m_pin = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_decode = nullptr;
    QPushButton *m_paste = nullptr;
    QLabel *m_pinHint = nullptr;
    QLabel *m_refusal = nullptr;
    // Details
    QLabel *m_detailsTitle = nullptr;
    QLabel *m_details = nullptr;
    QTableWidget *m_holders = nullptr;
    QPushButton *m_toSeats = nullptr;
    // Seats
    QLabel *m_seatsTitle = nullptr;
    PetrolSeatMap *m_map = nullptr;
    QLabel *m_seatList = nullptr;
    QPushButton *m_toIdentity = nullptr;
    // Identity
    QLabel *m_identityTitle = nullptr;
    QLabel *m_identityHint = nullptr;
    QButtonGroup *m_documents = nullptr;
    QTableWidget *m_checks = nullptr;
    QPushButton *m_confirmIdentity = nullptr;
    QPushButton *m_toPayment = nullptr;
    // Payment
    QLabel *m_paymentTitle = nullptr;
    QTableWidget *m_lines = nullptr;
    QLabel *m_total = nullptr;
    QButtonGroup *m_methods = nullptr;
    QLineEdit *m_posReference = nullptr;
    QLabel *m_posLabel = nullptr;
    QPushButton *m_completeButton = nullptr;
    // Done
    QLabel *m_doneTitle = nullptr;
    QLabel *m_doneText = nullptr;
    QPushButton *m_reprint = nullptr;
    QPushButton *m_next = nullptr;

    PinLookup m_lookup;
    PetrolReservation m_reservation;
    PetrolQuote m_quote;
    PetrolCompletion m_completion;
    QList<TicketData> m_tickets;
    QUuid m_saleKey;
    QList<PetrolMatch> m_matches;
    QUuid m_mapMatch;
    QString m_pdfDirectory;
    QString m_lastPdf;
    bool m_forcePdf = false;
    bool m_busy = false;
};

} // namespace Tribina
