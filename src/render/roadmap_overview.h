// The roadmap's overview by goal ("veikart" at national size): when more
// deliverables match than a page shows well (kRoadmapOverviewAbove) and
// the reader has chosen no goal, /veikart lists the goals instead of
// drawing every deliverable: per goal how many match, from when to when,
// and how many have reached each phase, in words, with a link to that
// goal's roadmap (the same filters plus the goal) and one to the whole
// roadmap on one page (visning=alle). Nothing is left out: every
// deliverable is on its goal's roadmap.
#pragma once

#include <cstddef>

#include <mstch/mstch.hpp>

#include "render/i18n.h"
#include "render/plan_names.h"
#include "render/roadmap_view.h"

namespace fremdrift {

// Above this many matching deliverables, and with no goal chosen, the
// roadmap shows the overview by goal first.
inline constexpr size_t kRoadmapOverviewAbove = 250;

// Whether `data` is shown as the overview by goal.
bool ShowsRoadmapOverview(const RoadmapPageData& data);

// Keys: overview_intro, all_url, all_text, overview_caption, goals
// [{heading, url, link_text, count_text, count, span_text, phases_text}]
// in plan order (goals with no matching deliverable left out).
mstch::map RoadmapOverviewView(const RoadmapPageData& data, const PlanNames& names, const Catalogue& t);

// The roadmap's address with the reader's strategy and choices, and the
// goal `goal` ("" for none) and visning=alle when `all`.
std::string RoadmapUrl(const Strategy& strategy, const RoadmapChoice& choice, const std::string& goal,
                       bool all);

}  // namespace fremdrift
