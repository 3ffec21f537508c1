#pragma once

#include "domain/staffrole.h"

#include <QIcon>

namespace Tribina {

/// Navigation icons: a coloured disc with a simple glyph per module, drawn in code so the icons
/// follow the module list without an icon theme (the offscreen and xvfb platforms have none).
namespace ModuleIcon {

QIcon icon(Module module);
/// The module's accent colour, also used on its page.
QColor accent(Module module);

} // namespace ModuleIcon
} // namespace Tribina
