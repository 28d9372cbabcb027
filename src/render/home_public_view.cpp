#include "render/home_public_view.h"

#include "render/date_text.h"
#include "render/latest_status_view.h"
#include "render/url_for.h"

namespace fremdrift {
namespace {

// Headline figures: the first indicators (in the monitor's order) with a
// national figure, preferring those that can show a change.
mstch::array Headlines(const std::vector<MonitorEntry>& monitor, const Catalogue& t) {
  std::vector<const MonitorEntry*> with_change, without;
  for (const auto& e : monitor) {
    if (!e.series.by.empty() || e.series.values.empty()) continue;
    (e.series.values.size() >= 2 ? with_change : without).push_back(&e);
  }
  with_change.insert(with_change.end(), without.begin(), without.end());
  mstch::array out;
  for (const auto* e : with_change) {
    if (out.size() == kHomeHeadlines) break;
    out.push_back(mstch::map{{"name", e->indicator.name},
                             {"url", MonitorIndicatorUrl(e->indicator.code)},
                             {"figures", LatestFiguresView(e->indicator, e->series, t)}});
  }
  return out;
}

}  // namespace

mstch::map HomePublicView(const std::optional<PublishedStatus>& latest,
                          const std::vector<MonitorEntry>& monitor,
                          const std::optional<HomeMeeting>& meeting,
                          const std::vector<DecisionRow>& decisions, const Catalogue& t) {
  mstch::array headlines = Headlines(monitor, t);
  mstch::map view{{"status", LatestStatusSummary(latest, t)},
                  {"has_headlines", !headlines.empty()},
                  {"headlines", headlines},
                  {"has_meeting", meeting.has_value()}};
  if (meeting) {
    view["meeting"] = mstch::map{{"heading", MeetingHeading(meeting->meeting, meeting->body, t)},
                                 {"url", UrlFor(routes::kMeeting, meeting->meeting.id)},
                                 {"date_text", DateText(meeting->meeting.date, t.lang())},
                                 // A meeting without a number is headed by its date already.
                                 {"dated_heading", MeetingNumberLabel(meeting->meeting).empty()},
                                 {"upcoming", meeting->upcoming}};
  } else {
    view["meeting"] = mstch::map{};
  }
  mstch::array list;
  for (const auto& row : decisions) {
    if (list.size() == kHomeDecisions) break;
    list.push_back(mstch::map{{"title", row.item.title},
                              {"url", UrlFor(routes::kCase, row.item.id)},
                              {"meeting_text", MeetingHeading(row.meeting, row.body, t)},
                              {"decision", row.item.decision}});
  }
  view["has_decisions"] = !list.empty();
  view["decisions"] = list;
  return view;
}

}  // namespace fremdrift
