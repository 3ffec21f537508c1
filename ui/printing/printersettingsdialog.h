#pragma once

#include <QDialog>

class QComboBox;

namespace Tribina {

/// This workstation's ticket printer and layout (TicketPrintSettings): a CUPS queue or the system
/// default, and the 80 mm thermal or the A4 layout.
class PrinterSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PrinterSettingsDialog(QWidget *parent = nullptr);

    /// Stores the choice (called on OK).
    void save();

private:
    QComboBox *m_printer = nullptr;
    QComboBox *m_layout = nullptr;
};

} // namespace Tribina
