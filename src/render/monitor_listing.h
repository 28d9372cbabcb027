// Which published indicators a page of the monitor's overview lists
// (GET /monitor): the groups of GroupByGoal (monitor_goals.h) narrowed by
// the reader's words and goal, in pages of a fixed number of rows. A row
// is an indicator under one group: an indicator that follows up two goals
// is a row under each, and a part whose parent is listed in the same group
// is no row of its own (its parent's card shows it). Only the rows of the
// page shown need their series and charts, so that a national monitor of a
// thousand indicators reads and draws one page at a time.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/indicator.h"
#include "domain/plan_item.h"
#include "render/monitor_goals.h"

namespace fremdrift {

// Rows on one page of the overview (a whole number of rows of cards in two
// or three columns). The demo's monitor (26 indicators, 22 rows) fits on
// one; a goal of a national monitor (50 indicators) takes three.
inline constexpr size_t kMonitorPageSize = 24;

// The value of "mal" that chooses the indicators that follow up no goal.
inline constexpr std::string_view kMonitorOthersKey = "andre";

// What the reader chose (the query parameters of /monitor).
struct MonitorChoice {
  std::string words;  // "q": words that must all occur in the code or name, ignoring case
  std::string goal;   // "mal": a goal's key, kMonitorOthersKey, or "" for all
  size_t page = 1;    // "side", from 1
};

struct MonitorSection {
  const PlanItem* goal = nullptr;       // nullptr: the other indicators
  std::vector<const Indicator*> rows;   // in the group's order
  size_t first_row = 0;                 // the index of its first row in the whole listing
};

struct MonitorListing {
  // The goals in plan order (every goal when nothing is chosen, else those
  // with rows), then the other indicators when they have rows.
  std::vector<MonitorSection> sections;
  size_t rows = 0;        // in all sections
  size_t indicators = 0;  // distinct indicators that match in the sections (parts included)
  size_t page = 1;        // as chosen; may be past `pages` (the caller refuses it)
  size_t pages = 1;       // at least 1
  size_t page_size = kMonitorPageSize;

  // The page a section starts on (for one without rows, the page its place
  // in the listing falls on).
  size_t PageOf(const MonitorSection& section) const;
  // Whether `section` appears on `page`: some of its rows, or its place.
  bool Shown(const MonitorSection& section) const;
  // The rows of `section` on `page`, as [begin, end) into section.rows.
  std::pair<size_t, size_t> RowsOnPage(const MonitorSection& section) const;
};

// `grouping` and what it points to must outlive the result.
MonitorListing ListMonitor(const MonitorGrouping& grouping, const MonitorChoice& choice,
                           size_t page_size = kMonitorPageSize);

// The overview's address for `choice` (parameters left out when empty,
// "side" when 1), e.g. "/monitor?mal=m02&side=2".
std::string MonitorPageUrl(const MonitorChoice& choice);

}  // namespace fremdrift
