#include "web/round_json.h"

#include "domain/oslo_time.h"

namespace fremdrift {
namespace {

using OJson = nlohmann::ordered_json;

constexpr ReportState kRoundJsonStates[] = {ReportState::kNotStarted, ReportState::kDraft, ReportState::kSubmitted,
                                   ReportState::kAccepted, ReportState::kReturned};

OJson RowJson(const CoverageRow& row, const char* key_name) {
  OJson counts = OJson::object();
  for (ReportState s : kRoundJsonStates) {
    auto it = row.counts.find(s);
    counts[std::string(ReportStateKey(s))] = it == row.counts.end() ? 0 : it->second;
  }
  return {{key_name, row.key.empty() ? OJson(nullptr) : OJson(row.key)},
          {"name", row.label},
          {"total", row.total},
          {"counts", counts},
          {"late", row.late},
          {"last_reported", row.last_reported.empty() ? OJson(nullptr) : OJson(row.last_reported)}};
}

}  // namespace

OJson ExpectedReportJson(const ExpectedReport& r, std::optional<int64_t> deadline_utc, int64_t now_utc) {
  OJson subject{{"kind", std::string(SubjectKindKey(r.subject.kind))}};
  subject[r.subject.kind == SubjectKind::kIndicator ? "indicator" : "item"] = r.subject.key;
  return {{"subject", subject},
          {"code", r.code},
          {"title", r.title},
          {"owners", r.owners},
          {"goal", r.goal_key.empty() ? OJson(nullptr) : OJson(r.goal_key)},
          {"state", std::string(ReportStateKey(r.state))},
          {"late", IsLate(r.state, deadline_utc, now_utc)},
          {"return_comment", r.return_comment.empty() ? OJson(nullptr) : OJson(r.return_comment)},
          {"changed_by", r.changed_by.empty() ? OJson(nullptr) : OJson(r.changed_by)},
          {"changed_at", r.changed_at.empty() ? OJson(nullptr) : OJson(r.changed_at)},
          {"submitted_at", r.submitted_at.empty() ? OJson(nullptr) : OJson(r.submitted_at)},
          {"version", r.version}};
}

OJson RoundSettingsJson(const RoundSettings& s, int64_t now_utc) {
  OJson j{{"deadline", s.deadline.empty() ? OJson(nullptr) : OJson(s.deadline)},
          {"time_zone", "Europe/Oslo"},
          {"reminder_days", s.reminders.days_before},
          {"weekly_when_overdue", s.reminders.weekly_when_overdue}};
  if (auto d = s.deadline.empty() ? std::nullopt : ParseOsloDateTime(s.deadline)) {
    j["deadline_utc"] = *d;
    j["days_left"] = DaysLeft(OsloDate(*d), OsloDate(now_utc));
  } else {
    j["days_left"] = nullptr;
  }
  return j;
}

OJson CoverageJson(const Strategy& s, const ReportingPeriod& p, const Coverage& c, int64_t now_utc) {
  OJson orgs = OJson::array();
  for (const auto& row : c.organisations) orgs.push_back(RowJson(row, "organisation"));
  OJson goals = OJson::array();
  for (const auto& row : c.goals) goals.push_back(RowJson(row, "goal"));
  OJson late = OJson::array();
  for (const auto& r : c.late) late.push_back(ExpectedReportJson(r, c.deadline_utc, now_utc));
  OJson reports = OJson::array();
  for (const auto& r : c.reports) reports.push_back(ExpectedReportJson(r, c.deadline_utc, now_utc));
  return {{"strategy", s.key},
          {"period", p.code},
          {"state", std::string(PeriodStateKey(p.state))},
          {"round", RoundSettingsJson(c.settings, now_utc)},
          {"expected", static_cast<int64_t>(c.reports.size())},
          {"missing", c.missing},
          {"organisations", orgs},
          {"goals", goals},
          {"late", late},
          {"reports", reports}};
}

}  // namespace fremdrift
