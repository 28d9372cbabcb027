// The reporting round in the database: a period's deadline and reminder
// schedule, a strategy's reporting levels, the organisation responsible
// for an indicator, the state of each expected report, and who writes the
// narrative of the strategy or a goal.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/expected_report.h"
#include "domain/reminder_schedule.h"
#include "storage/sql_connection.h"

namespace fremdrift {

struct RoundSettings {
  std::string deadline;  // Oslo wall-clock "YYYY-MM-DDTHH:MM", "" for none
  ReminderSchedule reminders{{14, 3}, true};
};

// The stored part of an expected report (absent: not started).
struct ReportRecord {
  int64_t period_id = 0;
  Subject subject;
  ReportState state = ReportState::kNotStarted;
  std::string return_comment;
  std::string changed_by;
  std::string changed_at;
  std::string submitted_at;
  int64_t version = 0;  // 0: no row yet
};

class RoundStore {
 public:
  explicit RoundStore(SqlConnection& conn) : conn_(conn) {}

  RoundSettings Settings(int64_t period_id);
  void SetSettings(int64_t period_id, const RoundSettings& s);

  // The plan levels (1-based) whose items are reported on; empty: none.
  std::vector<int> ReportingLevels(int64_t strategy_id);
  void SetReportingLevels(int64_t strategy_id, const std::vector<int>& levels);

  // A stamp that changes with every change of what the expected reports
  // are built from: plan items and their owners, reporting levels,
  // indicators, what they serve and who answers for them (migration 16).
  int64_t BasisStamp();

  // Indicator code → short name of its responsible organisation, for the
  // indicators that have one.
  std::map<std::string, std::string> IndicatorResponsibles();
  // Sets (or with "" clears) the responsible organisation of an
  // indicator. kNotFound for an unknown indicator or organisation.
  void SetIndicatorResponsible(const std::string& indicator_code, const std::string& organisation);

  std::map<Subject, ReportRecord> Records(int64_t period_id);
  // The records of `subjects` only: what one organisation's task list
  // needs, without reading every record of a national round.
  std::map<Subject, ReportRecord> RecordsOf(int64_t period_id, const std::vector<Subject>& subjects);
  std::optional<ReportRecord> Find(int64_t period_id, const Subject& subject);
  // Inserts the record (when r.version is 0) or replaces it if its stored
  // version is r.version (kConflict otherwise). Returns the stored record.
  ReportRecord Save(const ReportRecord& r);

  // Subject key ("" for the strategy, else a goal's key) → organisation
  // short name, for narratives assigned to an organisation.
  std::map<std::string, std::string> NarrativeOwners(int64_t strategy_id);
  void SetNarrativeOwner(int64_t strategy_id, const std::string& subject_key,
                         const std::string& organisation);

 private:
  SqlConnection& conn_;
};

}  // namespace fremdrift
