#pragma once

#include <QIcon>
#include <QRectF>

class QPainter;

namespace Tribina {

/// The Tribina mark: a red-and-white chequered shield on a deep blue tile, drawn with QPainter so
/// the app needs no image-format plugin for its own icon (resources/icons/tribina.svg is the same
/// drawing for the desktop menu).
namespace BrandMark {

/// Paints the mark into rect (kept square, centred).
void paint(QPainter *painter, const QRectF &rect);
/// The window icon, rendered at the usual sizes.
QIcon icon();

/// Colours shared by the login header and the navigation panel.
inline constexpr unsigned int kNavy = 0x0b2a5b;
inline constexpr unsigned int kRed = 0xd0112b;

} // namespace BrandMark
} // namespace Tribina
