// Reporting periods, their assessments and notes in the database.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/assessment.h"
#include "domain/reporting_period.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class PeriodStore {
 public:
  explicit PeriodStore(SqlConnection& conn) : conn_(conn) {}

  // The periods of a strategy (or all), ordered by strategy and code.
  std::vector<ReportingPeriod> List(std::optional<int64_t> strategy_id);
  std::optional<ReportingPeriod> Find(int64_t strategy_id, const std::string& code);
  std::optional<ReportingPeriod> FindById(int64_t id);
  // Inserts or updates (by strategy and code); returns the id.
  int64_t Upsert(const ReportingPeriod& p, const std::string& source_ref = "");
  // Where the period's record came from (the `source_ref` given to Upsert),
  // or "" for an unknown period.
  std::string SourceRef(int64_t period_id);
  // Moves the period to `state` if its version is `expected_version`
  // (kConflict otherwise); bumps the version.
  void SetState(int64_t id, PeriodState state, int64_t expected_version);
  // Records when (YYYY-MM-DD) and by whom the period was published.
  void SetPublication(int64_t id, const std::string& published_on, const std::string& publisher);

  std::vector<Assessment> Assessments(int64_t period_id);
  // The same, of the strategy, every indicator and only the items with
  // these keys: what one goal's report needs of a large plan.
  std::vector<Assessment> AssessmentsOf(int64_t period_id, const std::set<std::string>& item_keys);
  // The strategy's own assessment and those of the items with these keys
  // (no indicators): the home page's goals.
  std::vector<Assessment> StrategyAndItemAssessments(int64_t period_id, const std::set<std::string>& item_keys);
  std::optional<Assessment> FindAssessment(int64_t period_id, const Subject& subject);
  // Inserts, or replaces the assessment of the same subject when its
  // version is `a.version` (kConflict otherwise). Returns the stored one.
  Assessment SaveAssessment(const Assessment& a, bool check_version);

  std::vector<PeriodNote> Notes(int64_t period_id);
  void ReplaceNotes(int64_t period_id, const std::vector<PeriodNote>& notes);

 private:
  // The period's assessments of the items with these keys, with those of
  // the strategy and, when `with_indicators`, of every indicator.
  std::vector<Assessment> AssessmentsWithItems(int64_t period_id, const std::set<std::string>& item_keys,
                                               bool with_indicators);
  SqlConnection& conn_;
};

}  // namespace fremdrift
