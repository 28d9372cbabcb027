#include "render/phase_text.h"

namespace fremdrift {

std::vector<std::string> PhaseNames(const PhaseRange& range, const PhaseScale& scale, const std::string& lang) {
  std::vector<std::string> out;
  for (const auto& key : scale.KeysIn(range)) out.push_back(scale.PhaseName(key, lang));
  if (out.empty()) {
    out.push_back(scale.PhaseName(range.from, lang));
    if (range.to != range.from) out.push_back(scale.PhaseName(range.to, lang));
  }
  return out;
}

std::string PhaseRangeText(const std::optional<PhaseRange>& range, const PhaseScale& scale,
                           const std::string& lang) {
  if (!range) return "";
  std::string out;
  for (const auto& name : PhaseNames(*range, scale, lang)) {
    if (!out.empty()) out += " → ";
    out += name;
  }
  return out;
}

}  // namespace fremdrift
