#include "storage/period_store.h"

#include "domain/failure.h"
#include "storage/in_list.h"
#include "storage/timestamp.h"

namespace fremdrift {
namespace {

constexpr const char* kPeriodSelect =
    "SELECT id, strategy_id, code, title, state, version, published_on, publisher FROM reporting_periods ";
constexpr const char* kPeriodAssessmentSelect =
    "SELECT id, period_id, subject_kind, subject_key, status, suggested_status, justification, "
    "target_label, comment, assessed_by, assessed_at, source_ref, version FROM assessments ";

ReportingPeriod PeriodFromRow(const SqlRow& r) {
  ReportingPeriod p{r.Int(0), r.Int(1), r.Text(2), r.Text(3),
                    PeriodStateFromKey(r.Text(4)).value_or(PeriodState::kOpen), r.Int(5)};
  p.published_on = r.Text(6);
  p.publisher = r.Text(7);
  return p;
}

Assessment PeriodAssessmentFromRow(const SqlRow& r) {
  Assessment a;
  a.id = r.Int(0);
  a.period_id = r.Int(1);
  a.subject = {SubjectKindFromKey(r.Text(2)).value_or(SubjectKind::kStrategy), r.Text(3)};
  a.status = r.Text(4);
  a.suggested_status = r.Text(5);
  a.justification = r.Text(6);
  a.target_label = r.Text(7);
  a.comment = r.Text(8);
  a.assessed_by = r.Text(9);
  a.assessed_at = r.Text(10);
  a.source_ref = r.Text(11);
  a.version = r.Int(12);
  return a;
}

}  // namespace

std::vector<ReportingPeriod> PeriodStore::List(std::optional<int64_t> strategy_id) {
  std::vector<ReportingPeriod> out;
  auto rows = strategy_id
      ? conn_.Query(std::string(kPeriodSelect) + "WHERE strategy_id = ? ORDER BY code", {*strategy_id})
      : conn_.Query(std::string(kPeriodSelect) + "ORDER BY strategy_id, code");
  for (const auto& r : rows) out.push_back(PeriodFromRow(r));
  return out;
}

std::optional<ReportingPeriod> PeriodStore::Find(int64_t strategy_id, const std::string& code) {
  auto rows = conn_.Query(std::string(kPeriodSelect) + "WHERE strategy_id = ? AND code = ?",
                          {strategy_id, code});
  if (rows.empty()) return std::nullopt;
  return PeriodFromRow(rows[0]);
}

std::optional<ReportingPeriod> PeriodStore::FindById(int64_t id) {
  auto rows = conn_.Query(std::string(kPeriodSelect) + "WHERE id = ?", {id});
  if (rows.empty()) return std::nullopt;
  return PeriodFromRow(rows[0]);
}

int64_t PeriodStore::Upsert(const ReportingPeriod& p, const std::string& source_ref) {
  return conn_.Query(
              "INSERT INTO reporting_periods (strategy_id, code, title, state, source_ref, published_on, publisher) "
              "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (strategy_id, code) DO UPDATE SET "
              "title = excluded.title, state = excluded.state, source_ref = excluded.source_ref, "
              "published_on = excluded.published_on, publisher = excluded.publisher, "
              "version = reporting_periods.version + 1 RETURNING id",
              {p.strategy_id, p.code, p.title, std::string(PeriodStateKey(p.state)), source_ref,
               p.published_on, p.publisher})
      .at(0)
      .Int(0);
}

void PeriodStore::SetPublication(int64_t id, const std::string& published_on, const std::string& publisher) {
  conn_.Execute("UPDATE reporting_periods SET published_on = ?, publisher = ? WHERE id = ?",
                {published_on, publisher, id});
}

void PeriodStore::SetState(int64_t id, PeriodState state, int64_t expected_version) {
  int64_t n = conn_.Execute(
      "UPDATE reporting_periods SET state = ?, version = version + 1 WHERE id = ? AND version = ?",
      {std::string(PeriodStateKey(state)), id, expected_version});
  if (n == 0) {
    throw Failure(FailureCode::kConflict, "the period was changed by someone else; reload it",
                  "version");
  }
}

std::vector<Assessment> PeriodStore::Assessments(int64_t period_id) {
  std::vector<Assessment> out;
  for (const auto& r : conn_.Query(std::string(kPeriodAssessmentSelect) +
                                       "WHERE period_id = ? ORDER BY subject_kind, subject_key",
                                   {period_id})) {
    out.push_back(PeriodAssessmentFromRow(r));
  }
  return out;
}

std::vector<Assessment> PeriodStore::AssessmentsOf(int64_t period_id, const std::set<std::string>& item_keys) {
  return AssessmentsWithItems(period_id, item_keys, true);
}

std::vector<Assessment> PeriodStore::StrategyAndItemAssessments(int64_t period_id,
                                                                const std::set<std::string>& item_keys) {
  return AssessmentsWithItems(period_id, item_keys, false);
}

std::vector<Assessment> PeriodStore::AssessmentsWithItems(int64_t period_id, const std::set<std::string>& item_keys,
                                                          bool with_indicators) {
  std::vector<Assessment> out;
  if (item_keys.size() > kMaxInListValues) {
    // Past the engines' limits on parameters: all of them, filtered.
    for (auto& a : Assessments(period_id)) {
      bool wanted = a.subject.kind == SubjectKind::kItem ? item_keys.count(a.subject.key) != 0
                                                         : with_indicators || a.subject.kind == SubjectKind::kStrategy;
      if (wanted) out.push_back(std::move(a));
    }
    return out;
  }
  SqlParams params{period_id};
  std::string marks = InListOf(item_keys, params);
  std::string items = marks.empty() ? "" : " OR (subject_kind = 'item' AND subject_key IN (" + marks + "))";
  std::string others = with_indicators ? "subject_kind <> 'item'" : "subject_kind = 'strategy'";
  for (const auto& r : conn_.Query(std::string(kPeriodAssessmentSelect) + "WHERE period_id = ? AND (" + others + items +
                                       ") ORDER BY subject_kind, subject_key",
                                   params)) {
    out.push_back(PeriodAssessmentFromRow(r));
  }
  return out;
}

std::optional<Assessment> PeriodStore::FindAssessment(int64_t period_id, const Subject& s) {
  auto rows = conn_.Query(std::string(kPeriodAssessmentSelect) +
                              "WHERE period_id = ? AND subject_kind = ? AND subject_key = ?",
                          {period_id, std::string(SubjectKindKey(s.kind)), s.key});
  if (rows.empty()) return std::nullopt;
  return PeriodAssessmentFromRow(rows[0]);
}

Assessment PeriodStore::SaveAssessment(const Assessment& a, bool check_version) {
  std::string at = a.assessed_at.empty() ? UtcNow() : a.assessed_at;
  SqlParams values = {a.status, a.suggested_status, a.justification, a.target_label, a.comment,
                      a.assessed_by, at, a.source_ref};
  auto existing = FindAssessment(a.period_id, a.subject);
  if (!existing) {
    SqlParams p = {a.period_id, std::string(SubjectKindKey(a.subject.kind)), a.subject.key};
    p.insert(p.end(), values.begin(), values.end());
    conn_.Execute(
        "INSERT INTO assessments (period_id, subject_kind, subject_key, status, suggested_status, "
        "justification, target_label, comment, assessed_by, assessed_at, source_ref) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        p);
  } else {
    values.push_back(existing->id);
    values.push_back(check_version ? a.version : existing->version);
    int64_t n = conn_.Execute(
        "UPDATE assessments SET status = ?, suggested_status = ?, justification = ?, "
        "target_label = ?, comment = ?, assessed_by = ?, assessed_at = ?, source_ref = ?, "
        "version = version + 1 WHERE id = ? AND version = ?",
        values);
    if (n == 0) {
      throw Failure(FailureCode::kConflict,
                    "the assessment was changed by someone else: you sent version " +
                        std::to_string(a.version) + ", the current version is " +
                        std::to_string(existing->version),
                    "version");
    }
  }
  return *FindAssessment(a.period_id, a.subject);
}

std::string PeriodStore::SourceRef(int64_t period_id) {
  auto rows = conn_.Query("SELECT source_ref FROM reporting_periods WHERE id = ?", {period_id});
  return rows.empty() ? "" : rows[0].Text(0);
}

std::vector<PeriodNote> PeriodStore::Notes(int64_t period_id) {
  std::vector<PeriodNote> out;
  for (const auto& r : conn_.Query(
           "SELECT subject_kind, subject_key, kind, title, text, source_ref FROM period_notes "
           "WHERE period_id = ? ORDER BY position",
           {period_id})) {
    out.push_back({{SubjectKindFromKey(r.Text(0)).value_or(SubjectKind::kStrategy), r.Text(1)},
                   r.Text(2), r.Text(3), r.Text(4), r.Text(5)});
  }
  return out;
}

void PeriodStore::ReplaceNotes(int64_t period_id, const std::vector<PeriodNote>& notes) {
  conn_.Execute("DELETE FROM period_notes WHERE period_id = ?", {period_id});
  int64_t pos = 0;
  for (const auto& n : notes) {
    conn_.Execute(
        "INSERT INTO period_notes (period_id, subject_kind, subject_key, kind, position, title, "
        "text, source_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        {period_id, std::string(SubjectKindKey(n.subject.kind)), n.subject.key, n.kind, pos++,
         n.title, n.text, n.source_ref});
  }
}

}  // namespace fremdrift
