#include "domain/phase.h"

namespace fremdrift {
namespace {

struct PhaseNames {
  std::string_view key, nb, en;
};

constexpr PhaseNames kPhaseNames[] = {
    {"konsept", "Konsept", "Concept"},
    {"utvikling", "Utvikling og begrenset utprøving",
     "Development and limited trial"},
    {"tilpasning", "Tilpasning og utvidet utprøving",
     "Adaptation and extended trial"},
    {"innforing", "Innføring", "Rollout"},
    {"i_bruk", "I bruk", "In use"},
};

}  // namespace

std::string_view PhaseKey(Phase p) { return kPhaseNames[static_cast<int>(p)].key; }

std::optional<Phase> PhaseFromKey(std::string_view key) {
  for (Phase p : kAllPhases) {
    if (PhaseKey(p) == key) return p;
  }
  return std::nullopt;
}

std::string_view PhaseName(Phase p, std::string_view lang) {
  const PhaseNames& n = kPhaseNames[static_cast<int>(p)];
  return lang == "en" ? n.en : n.nb;
}

}  // namespace fremdrift
