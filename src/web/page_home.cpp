#include "web/page_home.h"

#include <algorithm>
#include <map>

#include "app/governance_reads.h"
#include "app/latest_report.h"
#include "app/reporting_round.h"
#include "app/strategy_items.h"
#include "storage/system_clock.h"
#include "render/home_public_view.h"
#include "web/page_monitor.h"
#include "render/home_view.h"
#include "web/page_frame.h"
#include "web/page_plan_names.h"
#include "app/visibility.h"

namespace fremdrift {
namespace {

// The next planned meeting of any committee (today or later), else the
// latest one.
std::optional<HomeMeeting> NextMeeting(SqlConnection& db, const std::map<int64_t, Body>& bodies) {
  const Date today = SystemClock().TodayUtc();
  std::optional<HomeMeeting> next, last;
  for (const auto& m : Meetings(db)) {
    auto body = bodies.find(m.body_id);
    if (body == bodies.end()) continue;
    if (!(m.date < today) && (!next || m.date < next->meeting.date)) next = HomeMeeting{m, body->second, true};
    if (m.date < today && (!last || last->meeting.date < m.date)) last = HomeMeeting{m, body->second, false};
  }
  return next ? next : last;
}

// The latest cases with a decision as the public sees them (at most the
// home page's kHomeDecisions), newest meeting first.
std::vector<DecisionRow> LatestDecisions(SqlConnection& db, const std::map<int64_t, Body>& bodies) {
  std::map<int64_t, Meeting> meetings = MeetingsById(db);
  Visibility visibility(db, Viewer::Public());
  auto meeting_of = [&](const Case& c) -> const Meeting* {
    auto it = meetings.find(c.meeting_id);
    return it == meetings.end() ? nullptr : &it->second;
  };
  // Newest meeting first, then the highest number; cases of no known
  // meeting last (they are never shown).
  auto before = [&](const Case& a, const Case& b) {
    const Meeting* ma = meeting_of(a);
    const Meeting* mb = meeting_of(b);
    if (!ma || !mb) return ma != nullptr && mb == nullptr;
    if (ma->date != mb->date) return mb->date < ma->date;
    return b.number < a.number;
  };
  auto shown = [&](const Case& c) {
    return !c.decision.empty() && bodies.count(c.body_id) && meeting_of(c) != nullptr;
  };
  std::vector<DecisionRow> rows;
  for (auto& c : FirstSeenCases(db, visibility, before, shown, kHomeDecisions)) {
    rows.push_back({c, bodies.at(c.body_id), *meeting_of(c)});
  }
  return rows;
}

}  // namespace

Response HomePage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  std::vector<StrategyWithGoals> list;
  const Viewer viewer = Viewer::Of(ctx.user());
  // Every strategy, read once for the request (the task count reads them
  // too), seen by the reader here and by the public below.
  const std::vector<Strategy>& strategies = ctx.round_reads().Strategies();
  auto goals = VisibleLevelsOf(ctx.db(), viewer, strategies, 1);
  for (const auto& s : strategies) {
    if (auto it = goals.find(s.id); it != goals.end()) list.push_back({s, std::move(it->second)});
  }
  mstch::map view = HomeView(list, LoadPlanNames(ctx.db()), t);
  // The public summary: of the newest published strategy with a published
  // report, whatever the reader's role.
  std::optional<PublishedStatus> latest;
  for (const auto& s : strategies) {
    if (!MaySee(Viewer::Public(), s)) continue;
    if (!latest || latest->strategy.period_start < s.period_start) {
      if (auto r = LatestPublishedStatus(ctx.db(), s)) latest = std::move(r);
    }
  }
  std::map<int64_t, Body> bodies = BodiesById(ctx.db());
  view["public"] = HomePublicView(latest, MonitorHeadlineCandidates(ctx, kHomeHeadlines), NextMeeting(ctx.db(), bodies),
                                  LatestDecisions(ctx.db(), bodies), t);
  if (const auto& user = ctx.user(); user && user->role != Role::kReader) {
    // The signed-in user's reporting tasks (web/page_tasks.h).
    int open = OpenTaskCount(ctx.round_reads(), *user);
    view["has_task_box"] = true;
    view["tasks_text"] = t.Format("tasks_home_text", {{"n", std::to_string(open)}});
  }
  return RenderPage(ctx, "home", t.Text("home_title"), std::move(view), "home");
}

}  // namespace fremdrift
