#include "ticketprintsettings.h"

namespace Tribina {

namespace {
const QString kPrinterKey = QStringLiteral("printing/printerName");
const QString kLayoutKey = QStringLiteral("printing/layout");
} // namespace

QString TicketPrintSettings::printerName() const
{
    return m_settings.value(kPrinterKey).toString();
}

void TicketPrintSettings::setPrinterName(const QString &name)
{
    m_settings.setValue(kPrinterKey, name);
}

TicketRenderer::Layout TicketPrintSettings::layout() const
{
    return TicketRenderer::layoutFromName(m_settings.value(kLayoutKey).toString())
        .value_or(TicketRenderer::Layout::Thermal);
}

void TicketPrintSettings::setLayout(TicketRenderer::Layout layout)
{
    m_settings.setValue(kLayoutKey, TicketRenderer::layoutName(layout));
}

} // namespace Tribina
