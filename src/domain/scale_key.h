// The form of a scale's key and of the keys of its steps (phase scales,
// domain/phase_scale.h; status scales, domain/status_scale.h): lower-case
// letters a-z, digits and "_", starting with a letter, at most 40
// characters, because keys name URLs and CSS classes.
#pragma once

#include <algorithm>
#include <string_view>

namespace fremdrift {

inline bool IsScaleKey(std::string_view key) {
  if (key.empty() || key.size() > 40 || key[0] < 'a' || key[0] > 'z') return false;
  return std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// The message of the rule "not_a_scale_key".
inline constexpr const char* kScaleKeyRule =
    "must be lower-case letters a-z, digits and _, starting with a letter, at most 40 characters";

}  // namespace fremdrift
