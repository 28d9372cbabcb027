#include "app/status_scales.h"
#include "app/reporting_service.h"

#include "app/assessed_subject.h"
#include "app/input_text.h"
#include "app/indicator_series.h"
#include "app/reporting_round.h"
#include <ctime>

#include "domain/failure.h"
#include "domain/oslo_time.h"
#include "domain/plan_item_rules.h"
#include "formats/period_json.h"
#include "formats/plan_json.h"
#include "storage/audit_log.h"
#include "storage/indicator_store.h"
#include "storage/organisation_store.h"
#include "storage/period_store.h"
#include "storage/system_clock.h"
#include "storage/plan_item_store.h"
#include "storage/strategy_store.h"

namespace fremdrift {
namespace {

std::string PeriodJson(const ReportingPeriod& p) {
  nlohmann::json j{{"code", p.code}, {"state", PeriodStateKey(p.state)}, {"version", p.version}};
  if (!p.published_on.empty()) j["published_on"] = p.published_on;
  if (!p.publisher.empty()) j["publisher"] = p.publisher;
  return j.dump();
}

// The sender of a report `actor` publishes: their organisation's name.
std::string PublisherOf(SqlConnection& conn, const User& actor) {
  if (auto org = OrganisationStore(conn).FindByShortName(actor.organisation)) return org->name;
  return actor.organisation;
}

}  // namespace

std::pair<Strategy, ReportingPeriod> FindPeriod(SqlConnection& conn, const std::string& strategy_key,
                                                const std::string& code, const Viewer& viewer) {
  std::vector<std::pair<Strategy, ReportingPeriod>> found;
  for (const auto& s : StrategyStore(conn).List(ListScope::kAll)) {
    if (!strategy_key.empty() && s.key != strategy_key) continue;
    if (auto p = PeriodStore(conn).Find(s.id, code)) {
      if (MaySee(viewer, s, *p)) found.emplace_back(s, *p);
    }
  }
  if (found.empty()) throw Failure(FailureCode::kNotFound, "no reporting period '" + code + "'", "code");
  if (found.size() > 1) {
    throw Failure(FailureCode::kInvalid,
                  "several strategies have a period " + code + ": add ?strategy=KEY", "strategy");
  }
  return found[0];
}

ReportingPeriod CreatePeriod(SqlConnection& conn, const User& actor, const nlohmann::json& body) {
  RequireValidInputText(body);
  if (actor.role != Role::kAdmin) throw Failure(FailureCode::kForbidden, "only an admin may create a reporting period");
  if (!body.is_object()) throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
  std::vector<FieldProblem> problems;
  std::string key = StringMember(body, "strategy", "", true, problems);
  ReportingPeriod p;
  p.code = StringMember(body, "code", "", true, problems);
  p.title = StringMember(body, "title", "", false, problems);
  if (!problems.empty()) throw Failure::Invalid(problems);
  WriteTransaction tx(conn);
  auto s = StrategyStore(conn).FindByKey(key);
  if (!s) throw Failure(FailureCode::kInvalid, "no strategy '" + key + "'", "strategy");
  auto cadence = CadenceFromKey(s->cadence).value_or(Cadence::kYearly);
  if (!CodeFitsCadence(p.code, cadence)) {
    throw Failure(FailureCode::kInvalid,
                  "'" + p.code + "' is not a period of the strategy's cadence (" + s->cadence + ")", "code",
                  "not_a_period_of_cadence", {{"period", p.code}, {"cadence", s->cadence}});
  }
  PeriodStore store(conn);
  if (store.Find(s->id, p.code)) {
    throw Failure(FailureCode::kConflict, "the strategy already has a period " + p.code, "code",
                  "duplicate_key", {{"key", p.code}});
  }
  p.strategy_id = s->id;
  p.state = PeriodState::kOpen;
  p.id = store.Upsert(p);
  ReportingPeriod stored = *store.FindById(p.id);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "reporting_period",
                         .entity_id = std::to_string(p.id),
                         .action = "create",
                         .after = PeriodJson(stored)});
  tx.Commit();
  return stored;
}

ReportingPeriod TransitionPeriod(SqlConnection& conn, const User& actor, const Strategy& strategy,
                                 const ReportingPeriod& period, const std::string& to,
                                 const std::string& reason, std::optional<int64_t> version) {
  auto target = PeriodStateFromKey(to);
  if (!target) throw Failure(FailureCode::kInvalid, "to must be open, in_review, approved or published", "to");
  std::string refusal = TransitionRefusal(period, *target, actor, reason);
  if (!refusal.empty()) {
    if (actor.role != Role::kAdmin) throw Failure(FailureCode::kForbidden, refusal);
    bool needs_reason = refusal.find("reason") != std::string::npos;
    throw Failure(needs_reason ? FailureCode::kInvalid : FailureCode::kConflict, refusal,
                  needs_reason ? "reason" : "to");
  }
  WriteTransaction tx(conn);
  // Going on to review while expected reports are missing needs a reason.
  int missing = 0;
  if (period.state == PeriodState::kOpen && *target == PeriodState::kInReview) {
    missing = MissingReports(conn, strategy, period);
    std::string gap = ReviewGapRefusal(missing, reason);
    if (!gap.empty()) throw Failure(FailureCode::kInvalid, gap, "reason");
  }
  PeriodStore store(conn);
  store.SetState(period.id, *target, version.value_or(period.version));
  if (*target == PeriodState::kPublished) {
    store.SetPublication(period.id, OsloDate(SystemClock().NowUtcSeconds()).ToIso(), PublisherOf(conn, actor));
  }
  ReportingPeriod after = *store.FindById(period.id);
  nlohmann::json audit_after = nlohmann::json::parse(PeriodJson(after));
  if (!reason.empty()) audit_after["reason"] = reason;
  if (missing > 0) audit_after["missing_reports"] = missing;
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "reporting_period",
                         .entity_id = std::to_string(period.id),
                         .action = *target == PeriodState::kOpen ? "reopen" : "transition",
                         .before = PeriodJson(period),
                         .after = audit_after.dump()});
  tx.Commit();
  return after;
}

void RequireMayAssess(SqlConnection& conn, const User& actor, const Strategy& strategy,
                      const ReportingPeriod& period, const AssessedSubject& read) {
  const Subject& subject = read.subject;
  if (!AssessmentsEditable(period, actor)) {
    if (period.state == PeriodState::kApproved || period.state == PeriodState::kPublished) {
      throw Failure(FailureCode::kConflict, "the period " + period.code + " is " +
                                                std::string(PeriodStateKey(period.state)) +
                                                ": its assessments are frozen",
                    "state", "period_frozen", {{"period", period.code}});
    }
    throw Failure(actor.role == Role::kReader ? FailureCode::kForbidden : FailureCode::kConflict,
                  actor.role == Role::kReader ? "readers may not assess"
                                              : "the period " + period.code + " is in review: only admins may change it");
  }
  // Who may assess what: admins everything; editors the items of their
  // organisation and the indicators that serve those items.
  if (actor.role != Role::kAdmin) {
    bool allowed = false;
    if (subject.kind == SubjectKind::kItem) {
      allowed = read.item && MayEditItem(actor, *read.item);
    } else if (subject.kind == SubjectKind::kIndicator && read.indicator) {
      PlanItemStore items(conn);
      for (const auto& s : read.indicator->serves) {
        auto item = s.strategy == strategy.key ? items.FindByKey(strategy.id, s.item) : std::nullopt;
        if (item && MayEditItem(actor, *item)) allowed = true;
      }
    }
    if (!allowed) {
      throw Failure(FailureCode::kForbidden, "user '" + actor.name + "' of " + actor.organisation +
                                                 " may not assess this " +
                                                 std::string(SubjectKindKey(subject.kind)));
    }
  }
}

void RequireMayAssess(SqlConnection& conn, const User& actor, const Strategy& strategy,
                      const ReportingPeriod& period, const Subject& subject) {
  RequireMayAssess(conn, actor, strategy, period, ReadAssessedSubject(conn, strategy, subject));
}

Assessment SaveAssessment(SqlConnection& conn, const User& actor, const Strategy& strategy,
                          const ReportingPeriod& period, const Subject& subject,
                          const nlohmann::json& body) {
  RequireValidInputText(body);
  if (!body.is_object()) throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
  RequireMayAssess(conn, actor, strategy, period, subject);
  WriteTransaction tx(conn);
  Assessment stored = SaveAssessmentInTransaction(conn, actor, strategy, period, subject, body);
  // An expected report of the round becomes (or stays) a draft.
  RecordReportStep(conn, actor, strategy, period, subject, ReportAction::kSaveDraft, "");
  tx.Commit();
  return stored;
}

Assessment SaveAssessmentInTransaction(SqlConnection& conn, const User& actor, const Strategy& strategy,
                                       const ReportingPeriod& period, const Subject& subject,
                                       const nlohmann::json& body) {
  if (!body.is_object()) throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
  // Read once inside the transaction: the rights, the existence and the
  // roll-up suggestion below all look at this read.
  const AssessedSubject read = ReadAssessedSubject(conn, strategy, subject);
  RequireMayAssess(conn, actor, strategy, period, read);
  PeriodStore store(conn);
  if (!read.exists()) throw Failure(FailureCode::kNotFound, "no " + std::string(SubjectKindKey(subject.kind)) + " '" + subject.key + "'");
  auto before = store.FindAssessment(period.id, subject);
  Assessment a = before.value_or(Assessment{});
  a.period_id = period.id;
  a.subject = subject;
  std::vector<FieldProblem> problems;
  ApplyAssessmentFields(body, a, "", problems);
  if (before) {
    if (!body.contains("version") || !body["version"].is_number_integer()) {
      problems.push_back({"version", "is required when changing an assessment: send the version you read", "version_required", {}});
    } else {
      a.version = body["version"].get<int64_t>();
    }
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
  auto suggestion = SuggestFor(conn, strategy, period, read);
  a.suggested_status = suggestion ? suggestion->status : "";
  a.assessed_by = actor.name;
  a.assessed_at = "";
  if (auto refusal = AssessmentRefusal(a, StatusScaleOf(conn, strategy))) throw Failure::Invalid(*refusal);
  Assessment stored = store.SaveAssessment(a, before.has_value());
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "assessment",
                         .entity_id = std::to_string(stored.id),
                         .action = before ? "update" : "create",
                         .before = before ? AssessmentToJson(*before).dump() : "",
                         .after = AssessmentToJson(stored).dump()});
  return stored;
}

std::optional<ReportingPeriod> PreviousPeriod(SqlConnection& conn, const ReportingPeriod& period) {
  std::optional<ReportingPeriod> prev;
  for (const auto& p : PeriodStore(conn).List(period.strategy_id)) {
    if (p.code < period.code) prev = p;
  }
  return prev;
}

}  // namespace fremdrift
