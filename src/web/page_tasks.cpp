#include "web/page_tasks.h"

#include <map>

#include "app/follow_up_service.h"
#include "app/narrative_service.h"
#include "app/reporting_round.h"
#include "domain/oslo_time.h"
#include "render/date_text.h"
#include "render/report_text.h"
#include "render/round_text.h"
#include "render/url_for.h"
#include "storage/system_clock.h"
#include "web/follow_up_rows.h"
#include "web/page_frame.h"

namespace fremdrift {
namespace {

Response TasksPage(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  const Catalogue& t = PageCatalogue(ctx);
  int64_t now = SystemClock().NowUtcSeconds();
  const auto& tasks = ctx.round_reads().TasksOf(user);
  // One section per period, in the order the periods first appear (the
  // period with a returned report first); in each, the goals in order.
  struct Section {
    const RoundTask* first = nullptr;
    std::vector<const RoundTask*> tasks;
  };
  std::vector<Section> sections;
  for (const auto& task : tasks) {
    auto it = std::find_if(sections.begin(), sections.end(),
                           [&](const Section& s) { return s.first->period.id == task.period.id; });
    if (it == sections.end()) {
      sections.push_back({&task, {}});
      it = sections.end() - 1;
    }
    it->tasks.push_back(&task);
  }
  int open = 0;
  mstch::array periods;
  for (const auto& section : sections) {
    const RoundTask& head = *section.first;
    auto deadline = head.settings.deadline.empty() ? std::nullopt : ParseOsloDateTime(head.settings.deadline);
    std::map<std::string, std::string> goal_names;
    std::vector<std::string> goal_order;
    for (const auto& g : ctx.round_reads().Basis(head.strategy)->goals) {
      goal_names[g.key] = (g.code.empty() ? "" : g.code + " ") + g.title;
      goal_order.push_back(g.key);
    }
    std::vector<ExpectedReport> reports;
    for (const auto* task : section.tasks) reports.push_back(task->report);
    SortTasks(reports, goal_order);
    mstch::array returned;
    mstch::array groups;
    auto row = [&](const ExpectedReport& r) {
      bool late = IsLate(r.state, deadline, now);
      open += IsOpenTask(r.state) ? 1 : 0;
      return mstch::map{
          {"url", ReportFormUrl(head.strategy.key, head.period.code, r.subject)},
          {"code", r.code},
          {"title", r.title},
          {"is_indicator", r.subject.kind == SubjectKind::kIndicator},
          {"state_key", std::string(ReportStateKey(r.state))},
          {"state_text", ReportStateText(r.state, t)},
          {"is_open", IsOpenTask(r.state)},
          {"late", late},
          {"has_return_comment", r.state == ReportState::kReturned && !r.return_comment.empty()},
          {"return_comment", r.return_comment},
      };
    };
    for (const auto& [goal, list] : GroupByGoal(reports)) {
      mstch::array rows;
      for (const auto& r : list) {
        if (r.state == ReportState::kReturned) returned.push_back(row(r));
        else rows.push_back(row(r));
      }
      if (rows.empty()) continue;
      groups.push_back(mstch::map{{"goal", goal_names.count(goal) ? goal_names[goal] : t.Text("round_no_goal")},
                                  {"anchor", "mal-" + std::to_string(head.period.id) + "-" + (goal.empty() ? "0" : goal)},
                                  {"rows", rows}});
    }
    mstch::map p{{"strategy_name", head.strategy.name},
                 {"period_code", head.period.code},
                 {"period_name", PeriodName(head.period.code, t)},
                 {"has_deadline", deadline.has_value()},
                 {"has_returned", !returned.empty()},
                 {"returned", returned},
                 {"groups", groups}};
    if (deadline) {
      p["deadline_text"] = OsloDateTimeText(*deadline).replace(10, 1, " ");
      p["days_left_text"] = DaysLeftText(DaysLeft(OsloDate(*deadline), OsloDate(now)), t);
      p["overdue"] = now > *deadline;
    }
    periods.push_back(p);
  }
  // The narratives the secretariat has given this organisation to write.
  mstch::array narratives;
  if (user.role == Role::kEditor) {
    for (const auto& task : NarrativeTasksOf(ctx.round_reads(), user.organisation)) {
      std::string label = t.Text("narrative_strategy");
      std::string subject = "strategy";
      if (task.goal) {
        label = (task.goal->code.empty() ? "" : task.goal->code + " ") + task.goal->title;
        subject = "item:" + task.goal->key;
      }
      narratives.push_back(mstch::map{
          {"url", UrlWithQuery(UrlFor(routes::kReportNarrative, task.period.code, subject),
                               {{"strategy", task.strategy.key}})},
          {"label", label},
          {"period_code", task.period.code}});
    }
  }
  // The follow-up of decisions the organisation is responsible for, with a
  // form to move each (web/page_follow_up.h).
  auto action_tasks = ActionTasksFor(ctx.db(), user);
  mstch::array actions = ActionRows(ctx, action_tasks);
  for (size_t i = 0; i < actions.size(); ++i) {
    mstch::array states;
    for (auto s : AllActionStates()) {
      std::string key(ActionStateKey(s));
      states.push_back(mstch::map{{"value", key},
                                  {"label", t.Text("action_state_" + key)},
                                  {"selected", s == action_tasks[i].action.state}});
    }
    boost::get<mstch::map>(actions[i])["action_states"] = states;
  }
  mstch::map view{{"heading", t.Text("tasks_title")},
                  {"has_actions", !actions.empty()},
                  {"actions", actions},
                  {"show_case", true},
                  {"has_nothing", periods.empty() && actions.empty()},
                  {"has_narratives", !narratives.empty()},
                  {"narratives", narratives},
                  {"has_periods", !periods.empty()},
                  {"periods", periods},
                  {"open_count_text", t.Format("tasks_open_count", {{"n", std::to_string(open)}})},
                  {"saved", ctx.Query("lagret").has_value()},
                  {"submitted", ctx.Query("sendt").has_value()},
                  {"nav_tasks", true}};
  return RenderPage(ctx, "tasks", t.Text("tasks_title"), std::move(view));
}

}  // namespace

void RegisterTaskPageRoutes(Router& router) { router.Add("GET", routes::kTasks, TasksPage); }

}  // namespace fremdrift
