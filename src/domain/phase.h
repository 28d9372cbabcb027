// The phases of the 2023-2030 roadmap ("fase"): Konsept -> Utvikling og
// begrenset utprøving -> Tilpasning og utvidet utprøving -> Innføring ->
// I bruk. They are the default phase scale (domain/phase_scale.h, which a
// strategy's items use through their strategy's scale) and the phases of
// the national portfolio's items, which belong to no strategy.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace fremdrift {

enum class Phase { kConcept = 0, kDevelopment, kAdaptation, kIntroduction, kInUse };

inline constexpr std::array<Phase, 5> kAllPhases = {
    Phase::kConcept, Phase::kDevelopment, Phase::kAdaptation,
    Phase::kIntroduction, Phase::kInUse};

// The stable key used in bundles, URLs and the API: konsept, utvikling,
// tilpasning, innforing, i_bruk.
std::string_view PhaseKey(Phase p);
std::optional<Phase> PhaseFromKey(std::string_view key);

// The phase's name for people, in "nb" (default) or "en".
std::string_view PhaseName(Phase p, std::string_view lang);

}  // namespace fremdrift
