#pragma once

#include "emergency/emergencytypes.h"
#include "printing/ticketdata.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Tribina {

class EmergencyService;
class KeyboardWedgeDetector;
struct IdentityCheck;

/// Emergency printing at the gate: pick the match (today's by default), find the ticket by
/// barcode (typed, scanned, or read from a picture), order number, name, OIB, passport, e-mail or
/// phone, see why it may or may not print, confirm the fan's identity, and print the reprint with
/// this workstation's printer and layout. Works from the local cache when the server is
/// unreachable, and says so in a banner.
class EmergencyPrintPage : public QWidget
{
    Q_OBJECT
public:
    explicit EmergencyPrintPage(EmergencyService &service, QWidget *parent = nullptr);

    /// Prints into this PDF file instead of the workstation's printer (tests, "print to file").
    void setPdfOutput(const QString &fileName) { m_pdfOutput = fileName; }

    void search(EmergencySearchKind kind, const QString &term);
    /// Reads a code from a picture and searches for it; false when the picture holds none.
    bool searchImage(const QImage &image);
    EmergencyTicket currentTicket() const;

signals:
    /// A search finished (results shown).
    void searchFinished();
    /// A print attempt ended: printed (and recorded or queued) or not.
    void printFinished(bool printed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void loadMatches();
    void runSearch();
    void showResults(const EmergencySearchResult &result);
    void showDetail();
    void startPrint();
    void printPrepared(const TicketData &data, const EmergencyTicket &ticket, IdentityDocument document,
                       const QString &reason, const QString &location, bool offline);
    void decodeImageFile();
    bool pasteImage();
    void showMessage(const QString &text, bool error);
    void updateBanner();
    QUuid selectedMatch() const;

    EmergencyService &m_service;
    KeyboardWedgeDetector *m_scanner = nullptr;
    QString m_pdfOutput;
    QString m_afterSearch; ///< the print's outcome, shown again after the search that refreshes the count
    bool m_afterSearchError = false;
    QList<EmergencyTicket> m_tickets;

    QLabel *m_banner = nullptr;
    QComboBox *m_match = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_term = nullptr;
    QTableWidget *m_results = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_refusal = nullptr;
    QPushButton *m_print = nullptr;
    QCheckBox *m_preview = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Tribina
