#include "formats/json_input.h"

#include "domain/failure.h"
#include "domain/text_field_rules.h"

namespace fremdrift {

size_t JsonNestingDepth(std::string_view text, size_t stop_after) {
  size_t depth = 0, deepest = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > stop_after) return deepest;
      }
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

nlohmann::json ParseJsonInput(std::string_view text, const std::string& what,
                              const std::string& field) {
  if (JsonNestingDepth(text) > kMaxJsonDepth) {
    throw Failure(FailureCode::kInvalid,
                  what + " is nested deeper than " + std::to_string(kMaxJsonDepth) +
                      " levels of arrays and objects",
                  field);
  }
  if (!IsValidUtf8(text)) {
    throw Failure(FailureCode::kInvalid, what + " is not valid UTF-8 text", field);
  }
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    // e.what() quotes the bytes last read; only the position is kept.
    throw Failure(FailureCode::kInvalid,
                  what + " is not valid JSON (at byte " + std::to_string(e.byte) + ")", field);
  }
}

}  // namespace fremdrift
