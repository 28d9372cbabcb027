// Escaping text for HTML and XML (SVG): & < > " ' become entities.
#pragma once

#include <string>
#include <string_view>

namespace fremdrift {

std::string EscapeHtml(std::string_view text);

}  // namespace fremdrift
