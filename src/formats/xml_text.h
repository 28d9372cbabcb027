// Text made safe for XML 1.0 element content and attribute values: the
// five special characters escaped, and the control characters XML does not
// allow (all below U+0020 except tab, line feed and carriage return)
// dropped. The input is UTF-8 and is otherwise kept as it is.
#pragma once

#include <string>
#include <string_view>

namespace fremdrift {

std::string EscapeXml(std::string_view text);

}  // namespace fremdrift
