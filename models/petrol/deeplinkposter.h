#pragma once

#include "domain/outcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace Tribina {

/// The A4 poster a petrol station puts up for a match: title, kick-off, a large QR code of the
/// petrol deep link (libqrencode through BarcodeSymbol, painted in whole printer dots by
/// TicketCanvas like a ticket's QR), the link in text, and what to do.
class DeepLinkPoster
{
    Q_DECLARE_TR_FUNCTIONS(Tribina::DeepLinkPoster)

public:
    struct Content
    {
        QString matchTitle;   ///< "Hrvatska – Portugal"
        QString competition;
        QDateTime kickOff;
        QString venue;
        QString url;          ///< petrol_deeplinks.qr_code_data
    };

    explicit DeepLinkPoster(Content content) : m_content(std::move(content)) {}

    /// Paints one A4 page on painter (origin at the page corner, device pixels); returns where
    /// the QR code went (quiet zone included).
    QRectF paint(QPainter *painter) const;
    Outcome print(QPagedPaintDevice *device) const;
    Outcome writePdf(const QString &fileName) const;

private:
    Content m_content;
};

} // namespace Tribina
