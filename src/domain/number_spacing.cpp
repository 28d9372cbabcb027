#include "domain/number_spacing.h"

namespace fremdrift {

size_t NumberSpaceLength(std::string_view text) {
  if (text.empty()) return 0;
  if (text[0] == ' ') return 1;
  if (text.starts_with(kNoBreakSpace)) return kNoBreakSpace.size();
  if (text.starts_with(kNarrowNoBreakSpace)) return kNarrowNoBreakSpace.size();
  return 0;
}

std::string_view TrimNumberSpaces(std::string_view text) {
  for (;;) {
    if (!text.empty() && text[0] == '\t') {
      text.remove_prefix(1);
    } else if (size_t n = NumberSpaceLength(text)) {
      text.remove_prefix(n);
    } else {
      break;
    }
  }
  for (;;) {
    if (text.ends_with(' ') || text.ends_with('\t')) {
      text.remove_suffix(1);
    } else if (text.ends_with(kNoBreakSpace)) {
      text.remove_suffix(kNoBreakSpace.size());
    } else if (text.ends_with(kNarrowNoBreakSpace)) {
      text.remove_suffix(kNarrowNoBreakSpace.size());
    } else {
      break;
    }
  }
  return text;
}

}  // namespace fremdrift
