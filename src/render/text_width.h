// Rough text measures for laying out SVG text on the server, where no font
// metrics are available: lengths in Unicode code points of UTF-8 text,
// cutting and wrapping at code point boundaries.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace fremdrift {

// The number of code points in UTF-8 `text`.
size_t CodePointCount(std::string_view text);

// `text` cut to at most `max` code points; when cut, the last one is "…".
std::string TruncateText(std::string_view text, size_t max);

// Splits `text` at spaces into lines of at most `width` code points (a
// longer word is cut). At most `max_lines` lines; the last one ends in "…"
// when text was left out. Never returns an empty vector.
std::vector<std::string> WrapText(std::string_view text, size_t width, size_t max_lines);

}  // namespace fremdrift
