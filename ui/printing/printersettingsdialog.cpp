#include "printersettingsdialog.h"

#include "printing/ticketprintsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPrinterInfo>

namespace Tribina {

PrinterSettingsDialog::PrinterSettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("printerSettingsDialog"));
    setWindowTitle(tr("Ticket printer"));
    const TicketPrintSettings settings;
    auto *form = new QFormLayout(this);

    m_printer = new QComboBox(this);
    m_printer->setObjectName(QStringLiteral("printerCombo"));
    m_printer->addItem(tr("System default printer"), QString());
    for (const QString &name : QPrinterInfo::availablePrinterNames())
        m_printer->addItem(name, name);
    if (const QString current = settings.printerName(); !current.isEmpty()) {
        if (m_printer->findData(current) < 0)
            m_printer->addItem(tr("%1 (not available now)").arg(current), current);
        m_printer->setCurrentIndex(m_printer->findData(current));
    }
    form->addRow(tr("Printer:"), m_printer);

    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("layoutCombo"));
    m_layout->addItem(tr("Thermal receipt, 80 mm"), TicketRenderer::layoutName(TicketRenderer::Layout::Thermal));
    m_layout->addItem(tr("A4 page"), TicketRenderer::layoutName(TicketRenderer::Layout::A4));
    m_layout->setCurrentIndex(m_layout->findData(TicketRenderer::layoutName(settings.layout())));
    form->addRow(tr("Ticket layout:"), m_layout);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void PrinterSettingsDialog::save()
{
    TicketPrintSettings settings;
    settings.setPrinterName(m_printer->currentData().toString());
    settings.setLayout(
        TicketRenderer::layoutFromName(m_layout->currentData().toString()).value_or(TicketRenderer::Layout::Thermal));
}

} // namespace Tribina
