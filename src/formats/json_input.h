// Parsing JSON that comes from outside (API bodies, bundle files, measurement
// files) with the limits every such input must keep: at most
// kMaxJsonDepth levels of nested arrays and objects, and well-formed UTF-8.
// A deeper document is refused before it is parsed, so no nesting can
// exhaust the stack of the parser or of whatever walks the result.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace fremdrift {

// The deepest nesting of arrays and objects an input may have.
inline constexpr size_t kMaxJsonDepth = 64;

// The nesting depth of the arrays and objects in `text` (0 for a scalar),
// counted without parsing it, and stopping once it passes `stop_after`.
size_t JsonNestingDepth(std::string_view text, size_t stop_after = kMaxJsonDepth);

// `text` parsed. Throws Failure(kInvalid, field `field`) with a message that
// begins with `what` ("the body", "data/plan.json") when `text` is nested
// deeper than kMaxJsonDepth, holds invalid UTF-8 or is not JSON. The
// message never echoes the input's bytes.
nlohmann::json ParseJsonInput(std::string_view text, const std::string& what,
                              const std::string& field = "$");

}  // namespace fremdrift
