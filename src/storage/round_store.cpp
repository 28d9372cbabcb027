#include "storage/round_store.h"

#include <algorithm>
#include <bit>

#include "domain/failure.h"
#include "storage/data_stamps.h"
#include "storage/timestamp.h"

namespace fremdrift {
namespace {

constexpr const char* kRecordSelect =
    "SELECT period_id, subject_kind, subject_key, state, return_comment, changed_by, changed_at, "
    "submitted_at, version FROM report_states ";

ReportRecord RecordFromRow(const SqlRow& r) {
  ReportRecord rec;
  rec.period_id = r.Int(0);
  rec.subject = {SubjectKindFromKey(r.Text(1)).value_or(SubjectKind::kStrategy), r.Text(2)};
  rec.state = ReportStateFromKey(r.Text(3)).value_or(ReportState::kNotStarted);
  rec.return_comment = r.Text(4);
  rec.changed_by = r.Text(5);
  rec.changed_at = r.Text(6);
  rec.submitted_at = r.Text(7);
  rec.version = r.Int(8);
  return rec;
}

int64_t OrganisationId(SqlConnection& conn, const std::string& short_name) {
  auto rows = conn.Query("SELECT id FROM organisations WHERE short_name = ?", {short_name});
  if (rows.empty()) throw Failure(FailureCode::kNotFound, "no organisation '" + short_name + "'", "organisation");
  return rows[0].Int(0);
}

}  // namespace

RoundSettings RoundStore::Settings(int64_t period_id) {
  auto rows = conn_.Query(
      "SELECT deadline, reminder_days, remind_weekly_overdue FROM reporting_periods WHERE id = ?",
      {period_id});
  RoundSettings s;
  if (rows.empty()) return s;
  s.deadline = rows[0].Text(0);
  s.reminders.days_before = ParseReminderDays(rows[0].Text(1)).value_or(std::vector<int>{});
  s.reminders.weekly_when_overdue = rows[0].Int(2) != 0;
  return s;
}

void RoundStore::SetSettings(int64_t period_id, const RoundSettings& s) {
  conn_.Execute(
      "UPDATE reporting_periods SET deadline = ?, reminder_days = ?, remind_weekly_overdue = ?, "
      "version = version + 1 WHERE id = ?",
      {s.deadline, ReminderDaysText(s.reminders.days_before),
       static_cast<int64_t>(s.reminders.weekly_when_overdue ? 1 : 0), period_id});
}

std::vector<int> RoundStore::ReportingLevels(int64_t strategy_id) {
  auto rows = conn_.Query("SELECT reporting_levels FROM strategies WHERE id = ?", {strategy_id});
  if (rows.empty()) return {};
  std::vector<int> levels;
  for (int d : ParseReminderDays(rows[0].Text(0)).value_or(std::vector<int>{})) levels.insert(levels.begin(), d);
  return levels;  // ascending
}

void RoundStore::SetReportingLevels(int64_t strategy_id, const std::vector<int>& levels) {
  std::string text;
  for (int l : levels) text += (text.empty() ? "" : ",") + std::to_string(l);
  conn_.Execute("UPDATE strategies SET reporting_levels = ? WHERE id = ?", {text, strategy_id});
}

std::map<std::string, std::string> RoundStore::IndicatorResponsibles() {
  std::map<std::string, std::string> out;
  for (const auto& r : conn_.Query(
           "SELECT i.code, o.short_name FROM indicators i JOIN organisations o "
           "ON o.id = i.responsible_organisation_id")) {
    out[r.Text(0)] = r.Text(1);
  }
  return out;
}

void RoundStore::SetIndicatorResponsible(const std::string& indicator_code, const std::string& organisation) {
  SqlValue org = nullptr;
  if (!organisation.empty()) org = OrganisationId(conn_, organisation);
  if (conn_.Execute("UPDATE indicators SET responsible_organisation_id = ? WHERE code = ?",
                    {org, indicator_code}) == 0) {
    throw Failure(FailureCode::kNotFound, "no indicator '" + indicator_code + "'", "indicator");
  }
}

std::map<Subject, ReportRecord> RoundStore::Records(int64_t period_id) {
  std::map<Subject, ReportRecord> out;
  for (const auto& r : conn_.Query(std::string(kRecordSelect) + "WHERE period_id = ?", {period_id})) {
    ReportRecord rec = RecordFromRow(r);
    out[rec.subject] = rec;
  }
  return out;
}

std::map<Subject, ReportRecord> RoundStore::RecordsOf(int64_t period_id, const std::vector<Subject>& subjects) {
  // One lookup of the whole primary key per subject, joined by UNION ALL,
  // so that every engine reads each record by its key whatever its
  // statistics say. With `subject_key IN (...)`, PostgreSQL planned by the
  // statistics of a table that had been empty when last analysed (a round's
  // first hour) and read every record of the period for each task list.
  std::map<Subject, ReportRecord> out;
  // At most 64 lookups a statement, and a power of two of them (the last
  // subject repeated to fill it): each connection prepares at most seven
  // such statements, not one for every length of a task list.
  constexpr size_t kSlice = 64;
  for (size_t from = 0; from < subjects.size(); from += kSlice) {
    const size_t n = std::min(kSlice, subjects.size() - from);
    std::string sql;
    SqlParams params;
    for (size_t i = 0; i < std::bit_ceil(n); ++i) {
      const Subject& s = subjects[from + std::min(i, n - 1)];
      if (i) sql += " UNION ALL ";
      sql += std::string(kRecordSelect) + "WHERE period_id = ? AND subject_kind = ? AND subject_key = ?";
      params.insert(params.end(), {period_id, std::string(SubjectKindKey(s.kind)), s.key});
    }
    for (const auto& r : conn_.Query(sql, params)) {
      ReportRecord rec = RecordFromRow(r);
      out[rec.subject] = rec;
    }
  }
  return out;
}

int64_t RoundStore::BasisStamp() { return ReadDataStamps(conn_).basis; }

std::optional<ReportRecord> RoundStore::Find(int64_t period_id, const Subject& subject) {
  auto rows = conn_.Query(std::string(kRecordSelect) +
                              "WHERE period_id = ? AND subject_kind = ? AND subject_key = ?",
                          {period_id, std::string(SubjectKindKey(subject.kind)), subject.key});
  if (rows.empty()) return std::nullopt;
  return RecordFromRow(rows[0]);
}

ReportRecord RoundStore::Save(const ReportRecord& r) {
  const std::string kind(SubjectKindKey(r.subject.kind));
  const std::string at = r.changed_at.empty() ? UtcNow() : r.changed_at;
  if (r.version == 0) {
    try {
      conn_.Execute(
          "INSERT INTO report_states (period_id, subject_kind, subject_key, state, return_comment, "
          "changed_by, changed_at, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          {r.period_id, kind, r.subject.key, std::string(ReportStateKey(r.state)), r.return_comment,
           r.changed_by, at, r.submitted_at});
    } catch (const Failure& f) {
      if (f.code() != FailureCode::kConflict) throw;
      throw Failure(FailureCode::kConflict, "the report was changed by someone else; reload it", "version");
    }
  } else {
    int64_t n = conn_.Execute(
        "UPDATE report_states SET state = ?, return_comment = ?, changed_by = ?, changed_at = ?, "
        "submitted_at = ?, version = version + 1 "
        "WHERE period_id = ? AND subject_kind = ? AND subject_key = ? AND version = ?",
        {std::string(ReportStateKey(r.state)), r.return_comment, r.changed_by, at, r.submitted_at,
         r.period_id, kind, r.subject.key, r.version});
    if (n == 0) throw Failure(FailureCode::kConflict, "the report was changed by someone else; reload it", "version");
  }
  return *Find(r.period_id, r.subject);
}

std::map<std::string, std::string> RoundStore::NarrativeOwners(int64_t strategy_id) {
  std::map<std::string, std::string> out;
  for (const auto& r : conn_.Query(
           "SELECT n.subject_key, o.short_name FROM narrative_owners n JOIN organisations o "
           "ON o.id = n.organisation_id WHERE n.strategy_id = ?",
           {strategy_id})) {
    out[r.Text(0)] = r.Text(1);
  }
  return out;
}

void RoundStore::SetNarrativeOwner(int64_t strategy_id, const std::string& subject_key,
                                   const std::string& organisation) {
  conn_.Execute("DELETE FROM narrative_owners WHERE strategy_id = ? AND subject_key = ?",
                {strategy_id, subject_key});
  if (organisation.empty()) return;
  conn_.Execute("INSERT INTO narrative_owners (strategy_id, subject_key, organisation_id) VALUES (?, ?, ?)",
                {strategy_id, subject_key, OrganisationId(conn_, organisation)});
}

}  // namespace fremdrift
