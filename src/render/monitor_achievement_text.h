// An achievement (domain/achievement.h) as the monitor shows it: a mark
// AND a word for the status (never colour alone), the group of targets it
// is about, and the reason in the reader's language with the numbers
// (the catalogue's "achievement_reason_<reason key>" texts).
#pragma once

#include <string>

#include <mstch/mstch.hpp>

#include "domain/achievement.h"
#include "domain/indicator.h"
#include "render/i18n.h"

namespace fremdrift {

// "60 % innen 31.12.2022" / "60% by 2022-12-31".
std::string TargetText(const Target& target, const Indicator& indicator, const Catalogue& t);

// The explanation with the numbers, e.g. "På den rette linjen fra 5 %
// (2020) til 60 % innen 31.12.2022 var 43,6 % ventet ved utgangen av april
// 2022; verdien er 28 %."
std::string AchievementExplanation(const Achievement& a, const Indicator& indicator,
                                   const Catalogue& t);

// Keys: status (on_track, at_risk, off_track, no_data), mark ("✓", "!",
// "✕", "–"), word, group, has_group, target_text, explanation.
mstch::map AchievementView(const Achievement& a, const Indicator& indicator, const Catalogue& t);

// The status mark and word alone (same keys but no group and explanation).
mstch::map StatusView(AchievementStatus status, const Catalogue& t);

}  // namespace fremdrift
