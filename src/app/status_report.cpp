#include "app/status_scales.h"
#include "app/status_report.h"

#include <algorithm>
#include <map>
#include <set>

#include "app/indicator_series.h"
#include "app/reporting_round.h"
#include "app/reporting_service.h"
#include "app/rollup_suggestion.h"
#include "app/visibility.h"
#include "domain/achievement.h"
#include "domain/chart_dimension.h"
#include "domain/failure.h"
#include "domain/period.h"
#include "domain/plan_tree.h"
#include "storage/benefit_store.h"
#include "storage/indicator_store.h"
#include "storage/period_store.h"
#include "storage/plan_item_store.h"
#include "storage/risk_store.h"
#include "storage/round_store.h"

namespace fremdrift {
namespace {

// The latest value of each group of `series`, in group order.
std::vector<SeriesValue> LatestPerGroup(const IndicatorSeries& series) {
  std::map<std::string, SeriesValue> latest;
  for (const auto& v : series.values) latest[v.group] = v;  // values are by period
  std::vector<SeriesValue> out;
  for (const auto& g : series.groups) {
    if (auto it = latest.find(g); it != latest.end()) out.push_back(it->second);
  }
  return out;
}

// What a row shows of an indicator's figures: the latest ones and the series
// they come from.
struct RowFigures {
  std::vector<ReportFigure> figures;
  IndicatorSeries series;  // empty for a composite indicator
};

class FigureReader {
 public:
  FigureReader(SqlConnection& conn, std::optional<Period> to) : conn_(conn), to_(std::move(to)) {}

  // The figures of one indicator up to the period's end. A series that
  // cannot be read leaves the row without figures instead of failing the
  // whole report.
  RowFigures Figures(const Indicator& ind) {
    RowFigures out;
    try {
      if (ind.kind == IndicatorKind::kComposite) {
        for (const auto& part : Parts(ind)) {
          for (auto& f : Own(part).figures) {
            if (f.label.empty()) f.label = part.name;
            out.figures.push_back(std::move(f));
          }
        }
        return out;
      }
      return Own(ind);
    } catch (const Failure&) {
      return RowFigures{};
    }
  }

  // Reads the figures of `indicators` (of a composite, its parts')
  // together, as Figures would read them one by one: the series of each in
  // a few queries for all (ReadOverviewSeries), not a few per indicator.
  // Should that fail, Figures reads each alone, as before.
  void ReadAhead(const std::vector<Indicator>& indicators) {
    std::vector<Indicator> own;
    std::set<std::string> seen;
    try {
      for (const auto& ind : indicators) {
        for (auto& one : ind.kind == IndicatorKind::kComposite ? Parts(ind) : std::vector<Indicator>{ind}) {
          if (seen.insert(one.code).second) own.push_back(std::move(one));
        }
      }
      std::vector<IndicatorSeries> series = ReadOverviewSeries(conn_, own, {}, to_);
      for (size_t i = 0; i < own.size(); ++i) read_[own[i].code] = FromSeries(own[i], std::move(series[i]));
    } catch (const Failure&) {
      read_.clear();
    }
  }

 private:
  // The figures of `series`, as ReadOverviewSeries gives it: the latest
  // national value, or the latest of each group by the chart dimension.
  static RowFigures FromSeries(const Indicator& ind, IndicatorSeries series) {
    if (series.by.empty()) {
      if (auto latest = LatestValue(series)) return {{ReportFigure{ind, "", *latest}}, std::move(series)};
      return {};
    }
    RowFigures out;
    for (const auto& v : LatestPerGroup(series)) out.figures.push_back({ind, v.group, v, series.by});
    out.series = std::move(series);
    return out;
  }

  RowFigures Own(const Indicator& ind) {
    if (auto it = read_.find(ind.code); it != read_.end()) return it->second;
    SeriesQuery q;
    q.to = to_;
    IndicatorSeries national = ReadSeries(conn_, ind, q);
    if (auto latest = LatestValue(national)) return {{ReportFigure{ind, "", *latest}}, std::move(national)};
    q.by = ChartDimension(ind, national.dimensions);
    if (q.by.empty()) return {};
    RowFigures out;
    out.series = ReadSeries(conn_, ind, q);
    for (const auto& v : LatestPerGroup(out.series)) out.figures.push_back({ind, v.group, v, q.by});
    return out;
  }

  std::vector<Indicator> Parts(const Indicator& ind) {
    if (all_.empty()) all_ = IndicatorStore(conn_).List(ListScope::kAll);
    std::vector<Indicator> parts;
    for (const auto& p : all_) {
      if (p.parent == ind.code) parts.push_back(p);
    }
    std::stable_sort(parts.begin(), parts.end(),
                     [](const Indicator& a, const Indicator& b) { return a.part_number < b.part_number; });
    return parts;
  }

  SqlConnection& conn_;
  std::optional<Period> to_;
  std::vector<Indicator> all_;
  std::map<std::string, RowFigures> read_;  // by ReadAhead, by code
};

// The targets that speak to `when`: the indicator's own, or when it has
// none, one per group of targets (in the order they are given).
std::vector<Target> CurrentTargets(const Indicator& ind, const Date& when) {
  if (auto national = CurrentTarget(ind.targets, {}, when)) return {*national};
  std::vector<Target> out;
  std::set<DimensionValues> seen;
  for (const auto& target : ind.targets) {
    if (!seen.insert(target.dimensions).second) continue;
    if (auto t = CurrentTarget(ind.targets, target.dimensions, when)) out.push_back(*t);
  }
  return out;
}

std::string ItemLabel(const Strategy& s, const PlanItem& item) {
  if (item.level == 1) {
    return s.LevelName(1) + (item.code.empty() ? "" : " " + item.code) + ": " + item.title;
  }
  return item.code.empty() ? item.title : item.code + " " + item.title;
}

// The previous period the reader may see: the latest earlier one, among the
// ones `viewer` may see.
std::optional<ReportingPeriod> VisiblePrevious(SqlConnection& conn, const Strategy& strategy,
                                               const ReportingPeriod& period, const Viewer& viewer) {
  std::optional<ReportingPeriod> prev;
  for (const auto& p : PeriodStore(conn).List(period.strategy_id)) {
    if (p.code < period.code && MaySee(viewer, strategy, p)) prev = p;
  }
  return prev;
}

void SortNote(const PeriodNote& note, std::vector<PeriodNote>& summaries,
              std::vector<PeriodNote>& themes, std::vector<PeriodNote>& qualitative) {
  if (note.kind == "summary") summaries.push_back(note);
  else if (note.kind == "theme") themes.push_back(note);
  else qualitative.push_back(note);
}

// The report of the whole strategy, or when `goal_key` is given of that
// goal only (LoadGoalReport).
StatusReport LoadReport(SqlConnection& conn, const Strategy& strategy, const ReportingPeriod& period,
                        const Viewer& viewer, const Date& today, const std::string* goal_key) {
  StatusReport r;
  r.strategy = strategy;
  r.scale = StatusScaleOf(conn, strategy);
  r.period = period;
  r.generated_on = today;
  r.previous = VisiblePrevious(conn, strategy, period, viewer);

  // The plan tree (domain/plan_tree.h): an item whose parent is missing is
  // a goal of its own, as on the strategy page, so that nothing assessed
  // goes missing from the report.
  // One goal's report reads the plan's outline, then its own items whole.
  PlanItemStore plan(conn);
  std::vector<PlanItem> stored = goal_key ? plan.Outline(strategy.id) : plan.List(strategy.id);
  const auto tree = BuildPlanTree(stored);
  const std::vector<const PlanItem*> items = TreeOrder(tree);  // into `stored`
  std::map<int64_t, int64_t> goal_of;
  for (const auto& [id, root] : RootOf(tree)) goal_of[id] = root->id;
  auto is_goal = [&](const PlanItem& item) { return goal_of.at(item.id) == item.id; };

  // One goal's report reads what its own section shows and no more.
  std::optional<int64_t> only_goal;
  std::vector<int64_t> asked;
  if (goal_key) {
    for (const PlanItem* in_order : items) {
      const PlanItem& item = *in_order;
      if (item.key == *goal_key && is_goal(item)) only_goal = item.id;
    }
    if (!only_goal) {
      throw Failure(FailureCode::kNotFound, "the strategy has no goal '" + *goal_key + "'", "goal");
    }
    for (const PlanItem* in_order : items) {
      const PlanItem& item = *in_order;
      if (goal_of.at(item.id) == *only_goal) asked.push_back(item.id);
    }
    std::map<int64_t, PlanItem> whole;
    for (auto& item : plan.FindByIds(asked)) whole.emplace(item.id, std::move(item));
    for (auto& item : stored) {  // in place: the tree points into `stored`
      if (auto it = whole.find(item.id); it != whole.end()) item = std::move(it->second);
    }
  }
  // Whether the item with this id belongs in the report.
  auto in_scope = [&](int64_t item_id) { return !only_goal || goal_of.at(item_id) == *only_goal; };

  // The assessments: for one goal's, those of the strategy, the
  // indicators, every goal (the strategy's suggestion rolls them up) and
  // the items below the goal.
  std::set<std::string> keys;
  for (const PlanItem* item : only_goal ? items : std::vector<const PlanItem*>{}) {
    if (is_goal(*item) || in_scope(item->id)) keys.insert(item->key);
  }
  PeriodStore periods(conn);
  auto read = [&](int64_t period_id) {
    return only_goal ? periods.AssessmentsOf(period_id, keys) : periods.Assessments(period_id);
  };
  std::vector<Assessment> assessments = read(period.id);
  // Indicators in the order they were entered (the status report's order); items
  // follow the plan.
  std::stable_sort(assessments.begin(), assessments.end(),
                   [](const Assessment& a, const Assessment& b) { return a.id < b.id; });
  std::map<Subject, Assessment> now;
  for (const auto& a : assessments) now[a.subject] = a;
  std::map<Subject, Assessment> before;
  if (r.previous) {
    for (auto& a : read(r.previous->id)) before.emplace(a.subject, std::move(a));
  }
  auto find = [](const std::map<Subject, Assessment>& m, const Subject& s) -> std::optional<Assessment> {
    auto it = m.find(s);
    return it == m.end() ? std::nullopt : std::optional<Assessment>(it->second);
  };

  const Subject strategy_subject{SubjectKind::kStrategy, ""};
  r.overall = find(now, strategy_subject);
  r.overall_previous = find(before, strategy_subject);
  // The suggestions from the plan and the assessments read above.
  RollupSuggester suggester(conn, strategy, stored, assessments, only_goal ? &asked : nullptr);
  r.overall_suggestion = suggester.For(strategy_subject);
  std::map<int64_t, size_t> goal_index;     // goal id -> its place in r.goals
  std::map<int64_t, size_t> plan_position;  // goal id -> its place among all goals
  std::map<std::string, const PlanItem*> by_key;
  for (const PlanItem* in_order : items) {
    const PlanItem& item = *in_order;
    by_key[item.key] = &item;
    if (is_goal(item)) {
      plan_position.emplace(item.id, plan_position.size());
      r.plan_goals.push_back(item);
    }
    if (!is_goal(item) || !in_scope(item.id)) continue;
    goal_index[item.id] = r.goals.size();
    ReportGoal g;
    g.goal = item;
    Subject subject{SubjectKind::kItem, item.key};
    g.now = find(now, subject);
    g.previous = find(before, subject);
    g.suggestion = suggester.For(subject);
    r.goals.push_back(std::move(g));
  }

  // Each goal's top risks (its own and those of the items below it): to
  // signed-in readers only, as the risk register is.
  if (MaySeeRisksAndBenefits(viewer)) {
    std::map<int64_t, std::vector<Risk>> by_goal;
    for (const auto& risk : RiskStore(conn).List()) {
      if (risk.subject_kind != RiskSubjectKind::kPlanItem) continue;
      if (risk.subject.rfind(strategy.key + "/", 0) != 0) continue;
      auto item = by_key.find(risk.subject.substr(strategy.key.size() + 1));
      if (item != by_key.end() && in_scope(item->second->id)) by_goal[goal_of.at(item->second->id)].push_back(risk);
    }
    for (auto& g : r.goals) g.top_risks = TopRisks(by_goal[g.goal.id], kReportTopRisks);
  }

  // Each goal's benefits (its own and those of the items below it).
  if (MaySeeRisksAndBenefits(viewer)) {
    std::map<int64_t, std::set<std::string>> refs_of_goal;
    for (const PlanItem* item : items) {
      if (in_scope(item->id)) refs_of_goal[goal_of.at(item->id)].insert(strategy.key + "/" + item->key);
    }
    const std::vector<Benefit> benefits = BenefitStore(conn).List();
    for (auto& g : r.goals) g.benefits = BenefitsOfItems(benefits, refs_of_goal[g.goal.id]);
  }

  // The expected reports without an assessment: to signed-in readers of
  // a period run as a round.
  std::set<Subject> not_reported;
  if (viewer.signed_in() && !RoundStore(conn).Settings(period.id).deadline.empty()) {
    for (const auto& e : ExpectedReports(conn, strategy, period)) {
      if (!now.count(e.subject)) not_reported.insert(e.subject);
    }
  }

  // Initiatives: assessed items below a goal, in plan order.
  for (const PlanItem* in_order : items) {
    const PlanItem& item = *in_order;
    if (is_goal(item) || !in_scope(item.id)) continue;
    Subject subject{SubjectKind::kItem, item.key};
    auto a = find(now, subject);
    bool missing = !a && not_reported.count(subject);
    if (!a && !missing) continue;
    ReportGoal& g = r.goals[goal_index.at(goal_of.at(item.id))];
    if (missing) {
      Assessment none;
      none.subject = subject;
      g.initiatives.push_back({item, none, std::nullopt, false});
    } else {
      g.initiatives.push_back({item, *a, suggester.For(a->subject)});
    }
  }

  // Indicators, under the goal they serve.
  auto period_value = Period::Parse(period.code);
  Date period_end = period_value ? period_value->End() : today;
  FigureReader figures(conn, period_value);
  IndicatorStore indicators(conn);
  // Assessed indicators in the order they were entered, then the ones not
  // reported yet in code order.
  std::vector<Assessment> indicator_rows;
  for (const auto& a : assessments) {
    if (a.subject.kind == SubjectKind::kIndicator) indicator_rows.push_back(a);
  }
  for (const auto& subject : not_reported) {
    if (subject.kind != SubjectKind::kIndicator) continue;
    Assessment none;
    none.subject = subject;
    indicator_rows.push_back(none);
  }
  // The indicators in one read, their figures in another: a report names
  // dozens of them.
  std::set<std::string> codes;
  for (const auto& a : indicator_rows) codes.insert(a.subject.key);
  const std::map<std::string, Indicator> found = indicators.FindByCodes(codes);
  struct PlacedRow {
    ReportIndicatorRow row;
    std::optional<int64_t> goal;
  };
  std::vector<PlacedRow> placed;
  std::vector<Indicator> with_figures;
  for (const auto& a : indicator_rows) {
    ReportIndicatorRow row;
    row.assessment = a;
    row.reported = a.id != 0;
    if (auto ind = found.find(a.subject.key); ind != found.end()) {
      if (!MaySee(viewer, ind->second)) continue;
      row.indicator = ind->second;
    } else if (viewer.signed_in()) {
      row.indicator.code = row.indicator.name = a.subject.key;
    } else {
      continue;
    }
    // The first goal in plan order it serves directly, else the first
    // one an item it serves lies under.
    std::optional<size_t> direct, below;
    std::optional<int64_t> direct_goal, below_goal;
    for (const auto& served : row.indicator.serves) {
      if (served.strategy != strategy.key) continue;
      auto it = by_key.find(served.item);
      if (it == by_key.end()) continue;
      int64_t goal = goal_of.at(it->second->id);
      size_t index = plan_position.at(goal);
      if (is_goal(*it->second) && index < direct.value_or(index + 1)) direct = index, direct_goal = goal;
      if (!is_goal(*it->second) && index < below.value_or(index + 1)) below = index, below_goal = goal;
    }
    std::optional<int64_t> goal = direct_goal ? direct_goal : below_goal;
    if (only_goal && goal != only_goal) continue;
    if (row.indicator.id != 0) with_figures.push_back(row.indicator);
    placed.push_back({std::move(row), goal});
  }
  figures.ReadAhead(with_figures);
  for (auto& [row, goal] : placed) {
    if (row.indicator.id != 0) {
      RowFigures read = figures.Figures(row.indicator);
      row.figures = std::move(read.figures);
      row.series = std::move(read.series);
      row.targets = CurrentTargets(row.indicator, period_end);
    }
    if (goal) {
      r.goals[goal_index.at(*goal)].indicators.push_back(std::move(row));
    } else {
      r.other_indicators.push_back(std::move(row));
    }
  }

  // Notes: the strategy's, and each goal's (notes on items below a goal go
  // with the goal).
  for (const auto& note : periods.Notes(period.id)) {
    if (note.subject.kind == SubjectKind::kItem) {
      auto it = by_key.find(note.subject.key);
      if (it != by_key.end()) {
        if (!in_scope(it->second->id)) continue;
        ReportGoal& g = r.goals[goal_index.at(goal_of.at(it->second->id))];
        SortNote(note, g.summaries, g.themes, g.qualitative);
        continue;
      }
    }
    if (note.subject.kind == SubjectKind::kStrategy && !only_goal) {
      SortNote(note, r.summaries, r.themes, r.qualitative);
    }
  }
  return r;
}

}  // namespace

StatusReport LoadStatusReport(SqlConnection& conn, const Strategy& strategy,
                              const ReportingPeriod& period, const Viewer& viewer, const Date& today) {
  return LoadReport(conn, strategy, period, viewer, today, nullptr);
}

StatusReport LoadGoalReport(SqlConnection& conn, const Strategy& strategy, const ReportingPeriod& period,
                            const Viewer& viewer, const Date& today, const std::string& goal_key) {
  return LoadReport(conn, strategy, period, viewer, today, &goal_key);
}

PeriodComparison ComparePeriods(SqlConnection& conn, const Strategy& strategy,
                                const ReportingPeriod& a, const ReportingPeriod& b, const Viewer& viewer) {
  PeriodComparison c;
  c.strategy = strategy;
  c.scale = StatusScaleOf(conn, strategy);
  c.from = a.code <= b.code ? a : b;
  c.to = a.code <= b.code ? b : a;

  PeriodStore periods(conn);
  std::map<Subject, Assessment> from, to;
  for (const auto& x : periods.Assessments(c.from.id)) from[x.subject] = x;
  for (const auto& x : periods.Assessments(c.to.id)) to[x.subject] = x;

  // Subjects in report order: the strategy, items in plan order, then
  // indicators by code.
  struct Named {
    Subject subject;
    std::string label;
    std::string level_name;
  };
  std::vector<Named> subjects;
  auto add = [&](SubjectKind kind, const std::string& key, const std::string& label, const std::string& level) {
    Named n;
    n.subject.kind = kind;
    n.subject.key = key;
    n.label = label;
    n.level_name = level;
    subjects.push_back(std::move(n));
  };
  add(SubjectKind::kStrategy, "", "", "");
  std::map<std::string, std::string> item_labels;
  const std::vector<PlanItem> items = PlanItemStore(conn).List(strategy.id);
  for (const PlanItem* item : TreeOrder(BuildPlanTree(items))) {
    add(SubjectKind::kItem, item->key, ItemLabel(strategy, *item), strategy.LevelName(item->level));
    item_labels[item->key] = ItemLabel(strategy, *item);
  }
  std::set<std::string> codes;
  for (const auto* m : {&from, &to}) {
    for (const auto& [s, x] : *m) {
      if (s.kind == SubjectKind::kIndicator) codes.insert(s.key);
      if (s.kind == SubjectKind::kItem && !item_labels.count(s.key)) {
        add(s.kind, s.key, s.key, "");  // an item deleted since
        item_labels[s.key] = s.key;
      }
    }
  }
  IndicatorStore indicators(conn);
  for (const auto& code : codes) {
    auto ind = indicators.FindByCode(code);
    if (ind ? !MaySee(viewer, *ind) : !viewer.signed_in()) continue;
    add(SubjectKind::kIndicator, code, ind ? ind->name : code, "");
  }

  for (const auto& [subject, label, level_name] : subjects) {
    auto f = from.find(subject);
    auto t = to.find(subject);
    if (f == from.end() && t == to.end()) continue;
    AssessmentChange change{subject, label, level_name,
                            f == from.end() ? std::nullopt : std::optional<Assessment>(f->second),
                            t == to.end() ? std::nullopt : std::optional<Assessment>(t->second)};
    if (!change.before) {
      c.only_in_to.push_back(change);
    } else if (!change.after) {
      c.only_in_from.push_back(change);
    } else {
      if (change.before->status != change.after->status) c.status_changed.push_back(change);
      if (change.before->comment != change.after->comment) c.comment_changed.push_back(change);
    }
  }

  auto note_key = [](const PeriodNote& n) { return std::make_tuple(n.subject, n.kind, n.title); };
  auto note_label = [&](const PeriodNote& n) {
    if (n.subject.kind != SubjectKind::kItem) return std::string();
    auto it = item_labels.find(n.subject.key);
    return it == item_labels.end() ? n.subject.key : it->second;
  };
  auto from_notes = periods.Notes(c.from.id);
  auto to_notes = periods.Notes(c.to.id);
  std::set<std::tuple<Subject, std::string, std::string>> from_keys, to_keys;
  for (const auto& n : from_notes) from_keys.insert(note_key(n));
  for (const auto& n : to_notes) to_keys.insert(note_key(n));
  for (const auto& n : to_notes) {
    if (!from_keys.count(note_key(n))) c.notes_only_in_to.push_back({n, note_label(n)});
  }
  for (const auto& n : from_notes) {
    if (!to_keys.count(note_key(n))) c.notes_only_in_from.push_back({n, note_label(n)});
  }
  return c;
}

}  // namespace fremdrift
