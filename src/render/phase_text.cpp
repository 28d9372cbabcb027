#include "render/phase_text.h"

namespace fremdrift {

std::vector<std::string> PhaseNames(const PhaseRange& range, const std::string& lang) {
  std::vector<std::string> out;
  for (Phase p : kAllPhases) {
    if (range.Contains(p)) out.emplace_back(PhaseName(p, lang));
  }
  return out;
}

std::string PhaseRangeText(const std::optional<PhaseRange>& range, const std::string& lang) {
  if (!range) return "";
  std::string out;
  for (const auto& name : PhaseNames(*range, lang)) {
    if (!out.empty()) out += " → ";
    out += name;
  }
  return out;
}

}  // namespace fremdrift
