#pragma once

#include "printing/ticketrenderer.h"

#include <QSettings>
#include <QString>

namespace Tribina {

/// How this workstation prints tickets: which printer (a CUPS queue name; empty = the system's
/// default printer) and which layout. Per workstation, because a counter has a thermal printer and
/// the back office an A4 laser. Keys and defaults live here, in the "printing" group of the
/// application's QSettings.
class TicketPrintSettings
{
public:
    TicketPrintSettings() = default;

    QString printerName() const;
    void setPrinterName(const QString &name);

    /// Default: thermal, the box office's printer.
    TicketRenderer::Layout layout() const;
    void setLayout(TicketRenderer::Layout layout);

private:
    QSettings m_settings;
};

} // namespace Tribina
