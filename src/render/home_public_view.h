// The home page's public summary: the latest published report's overall
// status and each goal's status, a few headline figures from the monitor,
// the next committee meeting (or the latest, when none is planned) and the
// latest decisions. templates/home_public.mustache.
#pragma once

#include <optional>
#include <vector>

#include <mstch/mstch.hpp>

#include "domain/published_status.h"
#include "render/governance_view.h"
#include "render/i18n.h"
#include "render/monitor_card.h"

namespace fremdrift {

// A meeting with its committee, for the home page.
struct HomeMeeting {
  Meeting meeting;
  Body body;
  bool upcoming = false;  // false: the latest meeting held, none planned
};

// At most this many headline figures and decisions are shown.
inline constexpr size_t kHomeHeadlines = 3;
inline constexpr size_t kHomeDecisions = 3;

// Keys: status (LatestStatusSummary), has_headlines, headlines [name, url,
// figures (LatestFiguresView)], has_meeting, meeting [heading, url, date_text,
// upcoming], has_decisions, decisions [title, url, meeting_text, decision].
// `decisions` are newest first.
mstch::map HomePublicView(const std::optional<PublishedStatus>& latest,
                          const std::vector<MonitorEntry>& monitor,
                          const std::optional<HomeMeeting>& meeting,
                          const std::vector<DecisionRow>& decisions, const Catalogue& t);

}  // namespace fremdrift
