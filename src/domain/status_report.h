// A status report of one reporting period, as the Q1 2023 status report
// lays it out, as plain data: the strategy's overall assessment and its
// previous one, the strategy's themes and summary, and per goal its status
// now and in the previous period, its indicators (assessment joined with
// the latest figure and the current target), its initiatives (every item
// below the goal that was assessed in the period: sub-goals and the
// initiatives under them), its themes for discussion and other qualitative
// information. app/status_report.h loads it; renderers
// (render/report_*.h) turn it into HTML, text and Markdown.
//
// Also the comparison of two periods of one strategy: what changed status,
// what is in one period only, which comments changed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/assessment.h"
#include "domain/date.h"
#include "domain/indicator.h"
#include "domain/plan_item.h"
#include "domain/reporting_period.h"
#include "domain/benefit.h"
#include "domain/risk.h"
#include "domain/series.h"
#include "domain/status_rollup.h"
#include "domain/status_scale.h"
#include "domain/strategy.h"

namespace fremdrift {

// One figure an indicator's row shows: the national latest value, or the
// latest value of one group (a distribution's answers), or the latest value
// of one part of a composite indicator. `indicator` is whose unit applies.
struct ReportFigure {
  Indicator indicator;
  std::string label;  // "" for the national figure; else a group's key or a part's name
  SeriesValue value;
  std::string dimension = {};  // the dimension of a group's figure
};

// An indicator row: "målindikator" in the Q1 2023 status report.
struct ReportIndicatorRow {
  Indicator indicator;
  Assessment assessment;
  // False when the indicator is internal and the reader is not signed in:
  // its assessment is part of the period, its figures are not public.
  bool figures_shown = true;
  std::vector<ReportFigure> figures;  // empty: no figures up to the period's end
  std::vector<Target> targets;        // the current target, or one per group
  // The series up to the period's end that the figures come from (national,
  // else by the figures' dimension), for the row's small chart; empty for
  // a composite indicator and when the figures are not shown.
  IndicatorSeries series;
  // False for an expected report of the round (app/reporting_round.h) that
  // has no assessment yet: "Ikke rapportert", shown to signed-in users only.
  bool reported = true;
};

// An initiative row ("strategisk initiativ"): an item below a goal with an
// assessment in the period.
struct ReportItemRow {
  PlanItem item;
  Assessment assessment;
  // The suggestion from the roll-up (app/reporting_service.h SuggestFor),
  // when the item has anything below it.
  std::optional<Suggestion> suggestion;
  // False for an expected report with no assessment yet (as for indicators).
  bool reported = true;
};

struct ReportGoal {
  PlanItem goal;
  std::optional<Assessment> now;       // in the period
  std::optional<Assessment> previous;  // in the previous period
  std::optional<Suggestion> suggestion;
  std::vector<ReportIndicatorRow> indicators;
  std::vector<ReportItemRow> initiatives;  // in plan order
  std::vector<PeriodNote> summaries;
  std::vector<PeriodNote> themes;
  std::vector<PeriodNote> qualitative;
  // The open risks of the goal and the items below it with the highest
  // scores (TopRisks, at most kReportTopRisks): to signed-in readers only,
  // as the risk register is; empty for the public.
  std::vector<Risk> top_risks;
  // The benefits the goal and the items below it are to bring about
  // (BenefitsOfItems), by key: to signed-in readers only, as the API
  // lists them; empty for the public.
  std::vector<Benefit> benefits;
};

// How many top risks a goal's section lists.
inline constexpr size_t kReportTopRisks = 3;

struct StatusReport {
  Strategy strategy;
  StatusScale scale;
  ReportingPeriod period;
  std::optional<ReportingPeriod> previous;
  Date generated_on;
  std::optional<Assessment> overall;           // the strategy's, in the period
  std::optional<Assessment> overall_previous;  // in the previous period
  std::optional<Suggestion> overall_suggestion;
  std::vector<PeriodNote> summaries;    // the strategy's
  std::vector<PeriodNote> themes;       // the strategy's themes for discussion
  std::vector<PeriodNote> qualitative;  // the strategy's other qualitative information
  std::vector<ReportGoal> goals;        // the top-level items, in plan order
  // Every goal of the plan in plan order, also those a goal's report
  // (app/status_report.h LoadGoalReport) leaves out of `goals`.
  std::vector<PlanItem> plan_goals;
  // Assessed indicators that serve no goal of the strategy.
  std::vector<ReportIndicatorRow> other_indicators;
};

// One subject in a comparison of two periods.
struct AssessmentChange {
  Subject subject;
  std::string label;  // e.g. "2B Helsepersonell skal ha ..." or the indicator's name
  std::string level_name;  // an item's level in the strategy ("Delmål"), else ""
  std::optional<Assessment> before;  // in the earlier period
  std::optional<Assessment> after;   // in the later period
};

struct NoteChange {
  PeriodNote note;
  std::string subject_label;  // "" for the strategy, else the goal's label
};

// Two periods of one strategy compared, the earlier one first, whichever
// order they were asked in.
struct PeriodComparison {
  Strategy strategy;
  StatusScale scale;
  ReportingPeriod from;  // the earlier period (by code)
  ReportingPeriod to;    // the later period
  std::vector<AssessmentChange> status_changed;   // in both, with another status
  std::vector<AssessmentChange> only_in_to;       // added in the later period
  std::vector<AssessmentChange> only_in_from;     // not (yet) in the later period
  std::vector<AssessmentChange> comment_changed;  // in both, with another comment
  std::vector<NoteChange> notes_only_in_to;       // by subject, kind and title
  std::vector<NoteChange> notes_only_in_from;
};

}  // namespace fremdrift
