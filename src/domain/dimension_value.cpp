#include "domain/dimension_value.h"

#include <algorithm>

namespace fremdrift {
namespace {

// The length of the space at the start of `s` (ASCII space or tab, U+00A0,
// U+202F), or 0.
size_t SpaceAt(std::string_view s) {
  if (!s.empty() && (s[0] == ' ' || s[0] == '\t')) return 1;
  if (s.substr(0, 2) == "\xC2\xA0") return 2;
  if (s.substr(0, 3) == "\xE2\x80\xAF") return 3;
  return 0;
}

// `value` trimmed with each run of spaces made one ASCII space.
std::string Squeezed(std::string_view value) {
  std::string out;
  bool pending_space = false;
  for (size_t i = 0; i < value.size();) {
    if (size_t n = SpaceAt(value.substr(i))) {
      pending_space = !out.empty();
      i += n;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += value[i++];
  }
  return out;
}

}  // namespace

std::string DimensionValueMatchKey(std::string_view value) {
  std::string s = Squeezed(value);
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if (static_cast<unsigned char>(c) == 0xC3 && i + 1 < s.size()) {
      // Latin-1 capitals U+00C0..U+00DE (except U+00D7) are C3 80..C3 9E;
      // their small letters are 0x20 above.
      unsigned char next = static_cast<unsigned char>(s[i + 1]);
      out += c;
      out += static_cast<char>(next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next);
      ++i;
    } else {
      out += c;
    }
  }
  return out;
}

std::optional<std::string> ExistingDimensionValue(std::string_view typed,
                                                  const std::vector<std::string>& existing) {
  for (const auto& e : existing) {
    if (e == typed) return e;
  }
  std::string key = DimensionValueMatchKey(typed);
  for (const auto& e : existing) {
    if (DimensionValueMatchKey(e) == key) return e;
  }
  return std::nullopt;
}

std::string TidyDimensionValue(std::string_view typed) { return Squeezed(typed); }

std::string ChosenDimensionValue(std::string_view chosen, std::string_view typed,
                                 const std::vector<std::string>& existing,
                                 const MessageParams& name_params, std::vector<FieldProblem>& problems) {
  const std::string tidy = Squeezed(typed);
  if (chosen == kNewDimensionValueChoice) {
    if (tidy.empty()) {
      problems.push_back({"dimensions", "'new value' was chosen but no value was typed",
                          "dimension_new_value_missing", name_params});
      return "";
    }
    return ExistingDimensionValue(tidy, existing).value_or(tidy);
  }
  bool known = chosen.empty() || std::find(existing.begin(), existing.end(), chosen) != existing.end();
  if (!tidy.empty() || !known) {
    problems.push_back({"dimensions", "a new value needs the choice 'new value'",
                        "dimension_new_value_unchosen", name_params});
    return "";
  }
  return std::string(chosen);
}

}  // namespace fremdrift
