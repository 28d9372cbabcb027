#include "app/reporting_round.h"

#include <algorithm>
#include <set>

#include "app/expected_report_basis.h"
#include "app/input_text.h"
#include "app/reporting_service.h"
#include "app/round_mail_hook.h"
#include "domain/failure.h"
#include "domain/oslo_time.h"
#include "storage/audit_log.h"
#include "storage/organisation_store.h"
#include "storage/period_store.h"
#include "storage/strategy_store.h"
#include "storage/timestamp.h"

namespace fremdrift {
namespace {

std::string RecordEntityId(int64_t period_id, const Subject& s) {
  return std::to_string(period_id) + "/" + std::string(SubjectKindKey(s.kind)) + "/" + s.key;
}

nlohmann::json RecordJson(const ReportRecord& r) {
  nlohmann::json j{{"state", ReportStateKey(r.state)}, {"version", r.version}};
  if (!r.return_comment.empty()) j["return_comment"] = r.return_comment;
  return j;
}

bool PeriodTakesReports(const ReportingPeriod& p) { return p.state == PeriodState::kOpen; }

}  // namespace

std::vector<RoundGoal> RoundGoals(SqlConnection& conn, const Strategy& strategy) {
  return RoundBasisOf(conn, strategy)->goals;
}

namespace {

void ApplyRecord(ExpectedReport& r, const ReportRecord& record) {
  r.state = record.state;
  r.return_comment = record.return_comment;
  r.changed_by = record.changed_by;
  r.changed_at = record.changed_at;
  r.submitted_at = record.submitted_at;
  r.version = record.version;
}

// The expected reports of `period` in `basis` that `organisation` owns,
// with their states.
std::vector<ExpectedReport> OwnedBy(SqlConnection& conn, const RoundBasis& basis, const ReportingPeriod& period,
                                    const std::string& organisation) {
  std::vector<ExpectedReport> out;
  auto it = basis.by_owner.find(organisation);
  if (it == basis.by_owner.end()) return out;
  std::vector<Subject> subjects;
  for (size_t i : it->second) {
    out.push_back(basis.reports[i]);
    subjects.push_back(basis.reports[i].subject);
  }
  auto records = RoundStore(conn).RecordsOf(period.id, subjects);
  for (auto& r : out) {
    if (auto rec = records.find(r.subject); rec != records.end()) ApplyRecord(r, rec->second);
  }
  return out;
}

}  // namespace

std::vector<ExpectedReport> ExpectedReportsOwnedBy(SqlConnection& conn, const Strategy& strategy,
                                                   const ReportingPeriod& period, const std::string& organisation) {
  return OwnedBy(conn, *RoundBasisOf(conn, strategy), period, organisation);
}

std::vector<ExpectedReport> ExpectedReports(SqlConnection& conn, const Strategy& strategy,
                                            const ReportingPeriod& period) {
  std::vector<ExpectedReport> out = RoundBasisOf(conn, strategy)->reports;
  auto records = RoundStore(conn).Records(period.id);
  for (auto& r : out) {
    if (auto it = records.find(r.subject); it != records.end()) ApplyRecord(r, it->second);
  }
  return out;
}

std::optional<ExpectedReport> FindExpectedReport(SqlConnection& conn, const Strategy& strategy,
                                                 const ReportingPeriod& period, const Subject& subject) {
  auto basis = RoundBasisOf(conn, strategy);
  auto at = basis->by_subject.find(subject);
  if (at == basis->by_subject.end()) return std::nullopt;
  ExpectedReport r = basis->reports[at->second];
  if (auto record = RoundStore(conn).Find(period.id, subject)) ApplyRecord(r, *record);
  return r;
}

ReportActor ActorFor(const User& user, const ExpectedReport& report) {
  if (user.role == Role::kAdmin) return ReportActor::kSecretariat;
  if (user.role == Role::kEditor &&
      std::find(report.owners.begin(), report.owners.end(), user.organisation) != report.owners.end()) {
    return ReportActor::kOwner;
  }
  return ReportActor::kOther;
}

std::vector<RoundTask> TasksFor(RoundReads& reads, const User& user) {
  std::vector<RoundTask> tasks;
  if (user.role == Role::kReader) return tasks;
  SqlConnection& conn = reads.conn();
  RoundStore rounds(conn);
  for (const auto& s : reads.Strategies()) {
    std::vector<std::string> goal_order;
    bool goals_read = false;
    for (const auto& p : reads.Periods(s.id)) {
      if (!PeriodTakesReports(p)) continue;
      auto basis = reads.Basis(s);
      std::vector<ExpectedReport> mine = OwnedBy(conn, *basis, p, user.organisation);
      if (mine.empty()) continue;
      if (!goals_read) {
        for (const auto& g : basis->goals) goal_order.push_back(g.key);
        goals_read = true;
      }
      SortTasks(mine, goal_order);
      RoundSettings settings = rounds.Settings(p.id);
      for (auto& r : mine) tasks.push_back({s, p, settings, std::move(r)});
    }
  }
  // Returned reports first across periods too.
  std::stable_sort(tasks.begin(), tasks.end(), [](const RoundTask& a, const RoundTask& b) {
    return (a.report.state == ReportState::kReturned) > (b.report.state == ReportState::kReturned);
  });
  return tasks;
}

std::vector<RoundTask> TasksFor(SqlConnection& conn, const User& user) {
  RoundReads reads(conn);
  return TasksFor(reads, user);
}

int OpenTaskCount(RoundReads& reads, const User& user) {
  int n = 0;
  for (const auto& t : reads.TasksOf(user)) n += IsOpenTask(t.report.state) ? 1 : 0;
  return n;
}

std::optional<RoundTask> NextTaskFor(SqlConnection& conn, const User& user, const ReportingPeriod& period,
                                     const Subject& subject) {
  auto tasks = TasksFor(conn, user);
  std::vector<ExpectedReport> reports;
  size_t start = tasks.size();
  for (size_t i = 0; i < tasks.size(); ++i) {
    if (tasks[i].period.id == period.id && tasks[i].report.subject == subject) start = i;
  }
  // Go round from the current task; the same subject in another period is
  // another task.
  for (size_t n = 1; n <= tasks.size(); ++n) {
    const RoundTask& t = tasks[(start + n) % tasks.size()];
    bool same = t.period.id == period.id && t.report.subject == subject;
    if (!same && IsOpenTask(t.report.state)) return t;
  }
  return std::nullopt;
}

namespace {

// RecordReportStep on `report`, which the caller has found (its owners
// decide who acts; its state is read again here, inside the transaction).
// Returns the report after the step.
ExpectedReport StepReport(SqlConnection& conn, const User& actor, const Strategy& strategy,
                          const ReportingPeriod& period, const ExpectedReport& report, ReportAction action, const std::string& comment) {
  const Subject& subject = report.subject;
  ReportActor who = ActorFor(actor, report);
  bool review = action == ReportAction::kAccept || action == ReportAction::kReturn;
  if (!review && who == ReportActor::kOwner && !PeriodTakesReports(period)) {
    throw Failure(FailureCode::kConflict, "the period " + period.code + " is no longer open for reports", "state",
                  "period_frozen", {{"period", period.code}});
  }
  if (review && period.state != PeriodState::kOpen && period.state != PeriodState::kInReview) {
    throw Failure(FailureCode::kConflict, "the period " + period.code + " is " +
                                              std::string(PeriodStateKey(period.state)) + ": its reports are frozen",
                  "state", "period_frozen", {{"period", period.code}});
  }
  RoundStore rounds(conn);
  ReportRecord before = rounds.Find(period.id, subject).value_or(ReportRecord{period.id, subject});
  if (auto refusal = ReportActionRefusal(before.state, action, who, comment)) throw *refusal;
  ExpectedReport out = report;
  ReportRecord after = before;
  after.state = StateAfter(before.state, action);
  after.changed_by = actor.name;
  after.changed_at = UtcNow();
  if (action == ReportAction::kSubmit) after.submitted_at = after.changed_at;
  if (action == ReportAction::kReturn) after.return_comment = comment;
  if (action == ReportAction::kSubmit || action == ReportAction::kAccept) after.return_comment = "";
  if (before.version != 0 && after.state == before.state && action == ReportAction::kSaveDraft &&
      after.return_comment == before.return_comment) {
    // A draft saved again: the assessment's own audit entry says what changed.
    ApplyRecord(out, before);
    return out;
  }
  ReportRecord stored = rounds.Save(after);
  nlohmann::json after_json = RecordJson(stored);
  after_json["action"] = ReportActionKey(action);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "expected_report",
                         .entity_id = RecordEntityId(period.id, subject),
                         .action = std::string(ReportActionKey(action)),
                         .before = before.version ? RecordJson(before).dump() : "",
                         .after = after_json.dump()});
  for (const auto& owner : report.owners) {
    if (action == ReportAction::kReturn) {
      EnqueueRoundMail(conn, strategy, period, {RoundEvent::kReportReturned, period.id, owner, subject, comment, actor.name});
    } else if (action == ReportAction::kSubmit) {
      EnqueueRoundMail(conn, strategy, period, {RoundEvent::kReportSubmitted, period.id, owner, subject, "", actor.name});
    } else if (action == ReportAction::kAccept) {
      EnqueueRoundMail(conn, strategy, period, {RoundEvent::kReportAccepted, period.id, owner, subject, "", actor.name});
    }
  }
  ApplyRecord(out, stored);
  return out;
}

}  // namespace

void RecordReportStep(SqlConnection& conn, const User& actor, const Strategy& strategy,
                      const ReportingPeriod& period, const Subject& subject, ReportAction action,
                      const std::string& comment) {
  if (auto report = FindExpectedReport(conn, strategy, period, subject)) {
    StepReport(conn, actor, strategy, period, *report, action, comment);
  }
}

ExpectedReport SubmitReport(SqlConnection& conn, const User& actor, const Strategy& strategy,
                            const ReportingPeriod& period, const Subject& subject,
                            const nlohmann::json& body, ReportAction action) {
  auto report = FindExpectedReport(conn, strategy, period, subject);
  if (!report) {
    throw Failure(FailureCode::kNotFound, "no expected report for this " +
                                              std::string(SubjectKindKey(subject.kind)) + " in " + period.code);
  }
  return SubmitReport(conn, actor, strategy, period, *report, body, action);
}

ExpectedReport SubmitReport(SqlConnection& conn, const User& actor, const Strategy& strategy,
                            const ReportingPeriod& period, const ExpectedReport& report,
                            const nlohmann::json& body, ReportAction action) {
  RequireValidInputText(body);
  if (action != ReportAction::kSaveDraft && action != ReportAction::kSubmit) {
    throw Failure(FailureCode::kInvalid, "action must be draft or submit", "action");
  }
  if (ActorFor(actor, report) == ReportActor::kOther) {
    throw Failure(FailureCode::kForbidden,
                  "user '" + actor.name + "' of " + actor.organisation + " does not own this report", "",
                  "report_not_yours", {});
  }
  WriteTransaction tx(conn);
  // The state check first, so that a refused step writes nothing (StepReport
  // checks the stored state again inside the transaction).
  if (auto refusal = ReportActionRefusal(report.state, action, ActorFor(actor, report), "")) throw *refusal;
  SaveAssessmentInTransaction(conn, actor, strategy, period, report.subject, body);
  ExpectedReport after = StepReport(conn, actor, strategy, period, report, action, "");
  tx.Commit();
  return after;
}

ExpectedReport ReviewReport(SqlConnection& conn, const User& actor, const Strategy& strategy,
                            const ReportingPeriod& period, const Subject& subject, ReportAction action,
                            const std::string& comment, std::optional<int64_t> version) {
  if (actor.role != Role::kAdmin) throw Failure(FailureCode::kForbidden, "only the secretariat may review reports");
  if (action != ReportAction::kAccept && action != ReportAction::kReturn) {
    throw Failure(FailureCode::kInvalid, "action must be accept or return", "action");
  }
  WriteTransaction tx(conn);
  auto report = FindExpectedReport(conn, strategy, period, subject);
  if (!report) {
    throw Failure(FailureCode::kNotFound, "no expected report for this " +
                                              std::string(SubjectKindKey(subject.kind)) + " in " + period.code);
  }
  if (version && *version != report->version) {
    throw Failure(FailureCode::kConflict, "the report was changed by someone else; reload it", "version");
  }
  ExpectedReport after = StepReport(conn, actor, strategy, period, *report, action, comment);
  tx.Commit();
  return after;
}

RoundSettings SetRound(SqlConnection& conn, const User& actor, const Strategy& strategy,
                       const ReportingPeriod& period, const nlohmann::json& body) {
  RequireValidInputText(body);
  if (actor.role != Role::kAdmin) throw Failure(FailureCode::kForbidden, "only an admin may set a reporting round");
  if (!body.is_object()) throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
  if (period.state != PeriodState::kOpen) {
    throw Failure(FailureCode::kConflict, "the period " + period.code + " is not open", "state",
                  "period_frozen", {{"period", period.code}});
  }
  std::vector<FieldProblem> problems;
  RoundStore rounds(conn);
  RoundSettings settings = rounds.Settings(period.id);
  if (!body.contains("deadline") || !body["deadline"].is_string() ||
      !ParseOsloDateTime(body["deadline"].get<std::string>())) {
    problems.push_back({"deadline", "is required: a date and time in Norway, YYYY-MM-DDTHH:MM",
                        "not_a_date_time", {}});
  } else {
    settings.deadline = OsloDateTimeText(*ParseOsloDateTime(body["deadline"].get<std::string>()));
  }
  if (body.contains("reminder_days")) {
    auto days = body["reminder_days"].is_string()
                    ? ParseReminderDays(body["reminder_days"].get<std::string>())
                    : std::nullopt;
    if (!days) {
      problems.push_back({"reminder_days", "must be days before the deadline, such as 14,3", "not_reminder_days", {}});
    }
    else settings.reminders.days_before = *days;
  }
  if (body.contains("weekly_when_overdue")) {
    if (!body["weekly_when_overdue"].is_boolean()) problems.push_back({"weekly_when_overdue", "must be true or false", "not_a_boolean", {}});
    else settings.reminders.weekly_when_overdue = body["weekly_when_overdue"].get<bool>();
  }
  std::optional<std::vector<int>> levels;
  if (body.contains("reporting_levels")) {
    levels.emplace();
    const auto& l = body["reporting_levels"];
    bool ok = l.is_array();
    for (const auto& v : ok ? l : nlohmann::json::array()) {
      if (!v.is_number_integer() || v.get<int>() < 1 || v.get<int>() > strategy.depth()) ok = false;
      else if (std::find(levels->begin(), levels->end(), v.get<int>()) == levels->end()) levels->push_back(v.get<int>());
    }
    std::sort(levels->begin(), levels->end());
    if (!ok) {
      problems.push_back({"reporting_levels", "must be a list of plan levels from 1 to " +
                                                  std::to_string(strategy.depth())});
    }
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
  WriteTransaction tx(conn);
  RoundSettings before = rounds.Settings(period.id);
  std::vector<int> levels_before = rounds.ReportingLevels(strategy.id);
  rounds.SetSettings(period.id, settings);
  if (levels) rounds.SetReportingLevels(strategy.id, *levels);
  auto json_of = [](const RoundSettings& s, const std::vector<int>& l) {
    return nlohmann::json{{"deadline", s.deadline},
                          {"reminder_days", ReminderDaysText(s.reminders.days_before)},
                          {"weekly_when_overdue", s.reminders.weekly_when_overdue},
                          {"reporting_levels", l}}
        .dump();
  };
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "reporting_period",
                         .entity_id = std::to_string(period.id),
                         .action = "round",
                         .before = json_of(before, levels_before),
                         .after = json_of(settings, rounds.ReportingLevels(strategy.id))});
  if (before.deadline.empty()) {
    std::set<std::string> owners;
    for (const auto& r : ExpectedReports(conn, strategy, period)) owners.insert(r.owners.begin(), r.owners.end());
    for (const auto& o : owners) EnqueueRoundMail(conn, strategy, period, {RoundEvent::kRoundOpened, period.id, o, {}, "", actor.name});
  }
  tx.Commit();
  return rounds.Settings(period.id);
}

int MissingReports(SqlConnection& conn, const Strategy& strategy, const ReportingPeriod& period) {
  int n = 0;
  for (const auto& r : ExpectedReports(conn, strategy, period)) n += IsIn(r.state) ? 0 : 1;
  return n;
}

Coverage PeriodCoverage(SqlConnection& conn, const User& actor, const Strategy& strategy,
                        const ReportingPeriod& period, int64_t now_utc) {
  if (actor.role != Role::kAdmin) throw Failure(FailureCode::kForbidden, "only the secretariat sees coverage");
  Coverage c;
  c.settings = RoundStore(conn).Settings(period.id);
  c.deadline_utc = c.settings.deadline.empty() ? std::nullopt : ParseOsloDateTime(c.settings.deadline);
  c.reports = ExpectedReports(conn, strategy, period);
  std::map<std::string, CoverageRow> orgs;
  std::map<std::string, CoverageRow> goals;
  auto count = [&](CoverageRow& row, const ExpectedReport& r, bool late) {
    row.counts[r.state] += 1;
    row.total += 1;
    row.late += late ? 1 : 0;
    if (r.submitted_at > row.last_reported) row.last_reported = r.submitted_at;
  };
  for (const auto& r : c.reports) {
    bool late = IsLate(r.state, c.deadline_utc, now_utc);
    if (late) c.late.push_back(r);
    if (!IsIn(r.state)) ++c.missing;
    if (r.owners.empty()) count(orgs[""], r, late);
    for (const auto& o : r.owners) count(orgs[o], r, late);
    count(goals[r.goal_key], r, late);
  }
  OrganisationStore org_store(conn);
  for (auto& [key, row] : orgs) {
    row.key = key;
    if (auto o = key.empty() ? std::nullopt : org_store.FindByShortName(key)) row.label = o->name;
    c.organisations.push_back(row);
  }
  for (const auto& g : RoundGoals(conn, strategy)) {
    auto it = goals.find(g.key);
    if (it == goals.end()) continue;
    it->second.key = g.key;
    it->second.label = (g.code.empty() ? "" : g.code + " ") + g.title;
    c.goals.push_back(it->second);
    goals.erase(it);
  }
  for (auto& [key, row] : goals) {
    row.key = key;
    c.goals.push_back(row);
  }
  return c;
}

}  // namespace fremdrift
