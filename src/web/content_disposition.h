// The Content-Disposition header of every download: one place that makes
// the file name safe, whatever data it was made from (a committee's name, a
// period code, an indicator code).
#pragma once

#include <string>
#include <string_view>

namespace fremdrift {

// `name` reduced to characters every browser and file system accept:
// ASCII letters, digits, '.', '-' and '_' stay, every other byte (quotes,
// slashes, control characters, semicolons, non-ASCII) becomes '_'. Leading
// dots are dropped, the result is at most 120 characters (the extension
// kept), and an empty result is "download".
std::string SafeFileName(std::string_view name);

// "attachment; filename=\"<SafeFileName(name)>\"" (or "inline; ..." when
// `inline_display`).
std::string ContentDisposition(std::string_view name, bool inline_display = false);

}  // namespace fremdrift
