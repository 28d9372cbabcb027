// The JSON text of a document, byte for byte what nlohmann's `dump()`
// writes (no indentation, UTF-8 kept as it is, control characters, quotes
// and backslashes escaped, invalid UTF-8 refused with nlohmann's own
// exception), written faster: nlohmann decodes every character of every
// string to escape a few, which was a tenth of the server's time under the
// soak (bench/README.md). Strings are checked once as a whole and copied in
// runs; numbers with a fraction are left to nlohmann, whose shortest
// round-trip form they keep.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace fremdrift {

std::string JsonText(const nlohmann::json& doc);
std::string JsonText(const nlohmann::ordered_json& doc);

}  // namespace fremdrift
