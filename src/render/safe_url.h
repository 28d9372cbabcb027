// Which link addresses from the data may become an href: only absolute
// http:// and https:// URLs without spaces or control characters. Anything
// else (javascript:, data:, relative paths) is shown as text instead.
#pragma once

#include <string_view>

namespace fremdrift {

bool IsSafeLinkUrl(std::string_view url);

}  // namespace fremdrift
