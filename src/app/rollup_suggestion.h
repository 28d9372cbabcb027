// The status suggested for a goal, an initiative or the whole strategy in
// a period (docs/reporting.md, "Suggested status"): from its children's
// assessments and its indicators' achievement, by the strategy's roll-up
// rule (domain/status_rollup.h).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/assessed_subject.h"
#include "domain/assessment.h"
#include "domain/indicator.h"
#include "domain/plan_item.h"
#include "domain/reporting_period.h"
#include "domain/status_rollup.h"
#include "domain/status_scale.h"
#include "domain/strategy.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// A suggested status for `subject` in the period. nullopt for subjects
// with nothing below them (deliverables, indicators). Reads only the
// subject's children: for one suggestion, as on the assessment form.
std::optional<Suggestion> SuggestFor(SqlConnection& conn, const Strategy& strategy,
                                     const ReportingPeriod& period, const Subject& subject);
// The same for a subject the caller has read (app/assessed_subject.h).
std::optional<Suggestion> SuggestFor(SqlConnection& conn, const Strategy& strategy,
                                     const ReportingPeriod& period, const AssessedSubject& read);

// The same suggestions for many subjects of one period, as the status
// report asks for every goal and initiative: the plan, the period's
// assessments, the indicators serving items and their achievements are
// read once, together, not once per subject.
class RollupSuggester {
 public:
  // Reads what every subject's suggestion needs.
  RollupSuggester(SqlConnection& conn, const Strategy& strategy, const ReportingPeriod& period);
  // The same from the strategy's plan `items` and the period's
  // `assessments`, which the caller has read already; `items` must
  // outlive the suggester. When `asked` is
  // given, reads only the indicators serving the items with those ids (a
  // goal and the items below it, for one goal's report): For() is then
  // right for those items and for the strategy, and leaves out the
  // indicators of any other item.
  RollupSuggester(SqlConnection& conn, const Strategy& strategy, const std::vector<PlanItem>& items,
                  const std::vector<Assessment>& assessments, const std::vector<int64_t>* asked = nullptr);
  RollupSuggester(const RollupSuggester&) = delete;  // holds pointers into the items
  RollupSuggester& operator=(const RollupSuggester&) = delete;

  std::optional<Suggestion> For(const Subject& subject);

 private:
  // Indexes `items` and reads the indicators' achievements.
  void Read(SqlConnection& conn, const std::vector<PlanItem>& items, const std::vector<Assessment>& assessments,
            const std::vector<int64_t>* asked);

  const Strategy& strategy_;
  StatusScale scale_;  // the strategy's stored scale
  std::vector<PlanItem> own_items_;  // when the suggester read the plan itself
  std::map<std::string, const PlanItem*> by_key_;  // into the items
  std::map<std::optional<int64_t>, std::vector<const PlanItem*>> children_;
  std::map<std::string, std::string> item_status_;  // item key -> status
  std::map<std::string, std::vector<Indicator>> serving_;  // item key -> indicators serving it
  std::map<int64_t, std::string> worst_;  // indicator id -> its worst achievement's status
};

}  // namespace fremdrift
