#include "domain/phase_scale.h"

#include <algorithm>
#include <set>

#include "domain/phase.h"
#include "domain/scale_key.h"

namespace fremdrift {

std::optional<int> PhaseScale::Position(std::string_view phase_key) const {
  for (size_t i = 0; i < phases.size(); ++i) {
    if (phases[i].key == phase_key) return static_cast<int>(i);
  }
  return std::nullopt;
}

std::string PhaseScale::PhaseName(std::string_view phase_key, std::string_view lang) const {
  auto pos = Position(phase_key);
  if (!pos) return std::string(phase_key);
  const ScalePhase& p = phases[static_cast<size_t>(*pos)];
  return lang == "en" && !p.name_en.empty() ? p.name_en : p.name_nb;
}

std::string PhaseScale::Name(std::string_view lang) const {
  return lang == "en" && !name_en.empty() ? name_en : name_nb;
}

bool PhaseScale::Contains(const PhaseRange& range, std::string_view phase_key) const {
  auto from = Position(range.from), to = Position(range.to), p = Position(phase_key);
  return from && to && p && *from <= *p && *p <= *to;
}

std::vector<std::string> PhaseScale::KeysIn(const PhaseRange& range) const {
  std::vector<std::string> out;
  auto from = Position(range.from), to = Position(range.to);
  if (!from || !to) return out;
  for (int i = *from; i <= *to; ++i) out.push_back(phases[static_cast<size_t>(i)].key);
  return out;
}

std::string PhaseScale::KeyList() const {
  std::string out;
  for (const auto& p : phases) out += (out.empty() ? "" : ", ") + p.key;
  return out;
}

const PhaseScale& DefaultPhaseScale() {
  static const PhaseScale kScale = [] {
    PhaseScale s{std::string(kDefaultPhaseScale), "Veikartets faser", "The roadmap's phases",
                 "Veikart for Nasjonal e-helsestrategi – Helsedirektoratets leveranser (Helsedirektoratet)",
                 {}};
    for (Phase p : kAllPhases) {
      s.phases.push_back({std::string(PhaseKey(p)), std::string(fremdrift::PhaseName(p, "nb")),
                          std::string(fremdrift::PhaseName(p, "en"))});
    }
    return s;
  }();
  return kScale;
}

std::vector<FieldProblem> PhaseScaleProblems(const PhaseScale& scale) {
  std::vector<FieldProblem> out;
  if (!IsScaleKey(scale.key)) out.push_back({"key", kScaleKeyRule, "not_a_scale_key", {}});
  if (scale.name_nb.empty()) out.push_back({"name_nb", "is required", "required", {}});
  if (scale.phases.empty()) out.push_back({"phases", "must have at least one phase", "required", {}});
  std::set<std::string> seen;
  for (size_t i = 0; i < scale.phases.size(); ++i) {
    std::string p = "phases[" + std::to_string(i) + "].";
    const ScalePhase& ph = scale.phases[i];
    if (!IsScaleKey(ph.key)) {
      out.push_back({p + "key", kScaleKeyRule, "not_a_scale_key", {}});
    } else if (!seen.insert(ph.key).second) {
      out.push_back({p + "key", "'" + ph.key + "' appears twice on the scale", "duplicate", {}});
    }
    if (ph.name_nb.empty()) out.push_back({p + "name_nb", "is required", "required", {}});
  }
  return out;
}

std::vector<FieldProblem> PhaseRangeProblems(const std::optional<PhaseRange>& range,
                                             const PhaseScale& scale) {
  std::vector<FieldProblem> out;
  if (!range) return out;
  auto from = scale.Position(range->from), to = scale.Position(range->to);
  std::string allowed = "must be a phase of the strategy's scale " + scale.key + ": " + scale.KeyList();
  if (!from) out.push_back({"phase_from", allowed, "not_a_phase_of_scale", {}});
  if (!to) out.push_back({"phase_to", allowed, "not_a_phase_of_scale", {}});
  if (from && to && *to < *from) {
    out.push_back({"phase_to", "must not be before phase_from", "phase_to_before_from", {}});
  }
  return out;
}

std::vector<std::string> PhasesMissingFrom(const PhaseScale& scale,
                                           const std::vector<std::string>& used) {
  std::vector<std::string> out;
  for (const auto& k : used) {
    if (!scale.Position(k) && std::find(out.begin(), out.end(), k) == out.end()) out.push_back(k);
  }
  return out;
}

}  // namespace fremdrift
