// The view models of the versioned roadmap pages: /veikart/versjoner (the
// versions), /veikart/versjoner/{code} (one version: its services with
// their targets, actions and next year's measures, as a timeline drawn by
// render/roadmap_timeline.h and as tables) and /veikart/sammenlign (what
// changed between two versions, with both versions' bars side by side).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "domain/roadmap_diff.h"
#include "domain/roadmap_version.h"
#include "render/i18n.h"

namespace fremdrift {

std::string RoadmapVersionsPageUrl();                           // /veikart/versjoner
std::string RoadmapVersionPageUrl(const std::string& code);     // /veikart/versjoner/{code}
std::string RoadmapComparePageUrl(const std::string& from, const std::string& to);  // /veikart/sammenlign?fra=&til=

// "2023", "2022 → 2025", "→ 2023", "2023 →": an action's time in words.
std::string ActionTimeText(const RoadmapAction& a, const Catalogue& t);

mstch::map RoadmapVersionsView(const std::vector<RoadmapVersion>& versions, const Catalogue& t);
mstch::map RoadmapVersionView(const RoadmapVersion& v, const Catalogue& t, std::optional<Date> today);
mstch::map RoadmapCompareView(const RoadmapVersion& from, const RoadmapVersion& to, const RoadmapDiff& diff,
                              const Catalogue& t);

}  // namespace fremdrift
