// Escaping text for HTML and XML (SVG): & < > " ' become entities.
#pragma once

#include <string>
#include <string_view>

namespace fremdrift {

std::string EscapeHtml(std::string_view text);

// Appends `text`, escaped, to `out` (what templates print with {{name}}).
void AppendEscapedHtml(std::string& out, std::string_view text);

}  // namespace fremdrift
