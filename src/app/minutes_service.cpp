#include "app/minutes_service.h"

#include "app/input_text.h"
#include "app/meeting_agenda.h"
#include "domain/failure.h"
#include "domain/governance_rules.h"
#include "domain/minutes_rules.h"
#include "formats/governance_json.h"
#include "formats/minutes_json.h"
#include "formats/plan_json.h"
#include "storage/audit_log.h"
#include "storage/case_store.h"
#include "storage/meeting_store.h"
#include "storage/minutes_store.h"
#include "storage/timestamp.h"

namespace fremdrift {
namespace {

std::string MinutesAudit(const Minutes& m) {
  nlohmann::ordered_json j = MinutesFieldsToJson(m);
  j["meeting_id"] = m.meeting_id;
  j["state"] = std::string(MinutesStateKey(m.state));
  j["approval_case_id"] = m.approval_case_id ? nlohmann::ordered_json(*m.approval_case_id) : nullptr;
  j["version"] = m.version;
  return j.dump();
}

void AuditMinutes(SqlConnection& conn, const User& actor, const std::string& entity, int64_t id, const std::string& action,
           const std::string& before, const std::string& after) {
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = entity,
                         .entity_id = std::to_string(id),
                         .action = action,
                         .before = before,
                         .after = after});
}

std::string JsonText(const nlohmann::ordered_json& j) { return j.dump(); }

// The minutes a meeting starts from before any are written.
Minutes FreshMinutes(const MeetingAgenda& a) {
  Minutes m;
  m.meeting_id = a.meeting.id;
  m.attendance = AttendanceFromMembership(a.body, a.meeting.date);
  for (const auto& c : a.cases) {
    m.cases.push_back({c.id, "", c.decision, DecisionDiffers(c.proposed_decision, c.decision)});
  }
  return m;
}

void RequireMayEditMinutes(const User& actor, const Body& body) {
  if (MayEditGovernance(actor, body)) return;
  throw Failure(FailureCode::kForbidden, "only admins and editors of " +
                                             (body.secretariat.empty() ? std::string("the secretariat")
                                                                       : body.secretariat) +
                                             " may write the minutes of " + body.short_name);
}

int64_t RequireMinutesVersion(const nlohmann::json& in) {
  if (!in.contains("version") || !in["version"].is_number_integer()) {
    throw Failure::Invalid(FieldProblem{"version", "is required: send the version you read", "version_required", {}});
  }
  return in["version"].get<int64_t>();
}

void SetMeetingState(SqlConnection& conn, const User& actor, const Meeting& current, MeetingState state) {
  if (current.state == state) return;
  Meeting m = current;
  m.state = state;
  MeetingStore(conn).Update(m);
  Meeting stored = *MeetingStore(conn).FindById(m.id);
  AuditMinutes(conn, actor, "meeting", m.id, "update", MeetingAuditJson(current), MeetingAuditJson(stored));
}

// Copies each decision of the approved minutes to its case.
void CopyDecisions(SqlConnection& conn, const User& actor, const Minutes& m) {
  CaseStore store(conn);
  for (const auto& mc : m.cases) {
    auto c = store.FindById(mc.case_id);
    if (!c || mc.decision.empty() || c->decision == mc.decision) continue;
    Case changed = *c;
    changed.decision = mc.decision;
    store.Update(changed);
    nlohmann::ordered_json before{{"decision", c->decision}, {"version", c->version}};
    nlohmann::ordered_json after{{"decision", mc.decision}, {"version", c->version + 1},
                                 {"from_minutes_of_meeting", m.meeting_id}};
    AuditMinutes(conn, actor, "case", c->id, "update", JsonText(before), JsonText(after));
  }
}

}  // namespace

bool MaySeeMinutes(const Viewer& viewer, MinutesState state) {
  return MinutesArePublic(state) || viewer.signed_in();
}

MeetingMinutes LoadMinutes(SqlConnection& conn, const Viewer& viewer, int64_t meeting_id) {
  MeetingMinutes out{LoadMeetingAgenda(conn, meeting_id), {}, false};
  if (auto stored = MinutesStore(conn).Find(meeting_id)) {
    out.minutes = *stored;
    out.stored = true;
  } else {
    out.minutes = FreshMinutes(out.agenda);
  }
  if (!MaySeeMinutes(viewer, out.minutes.state)) {
    // While a correction is under way the public reads the version last approved.
    auto seen = out.stored ? PublicMinutes(out.minutes) : std::nullopt;
    if (!seen) {
      throw Failure(FailureCode::kNotFound,
                    "the minutes of meeting " + std::to_string(meeting_id) + " are not published");
    }
    out.minutes = *seen;
  }
  return out;
}

Minutes SaveMinutes(SqlConnection& conn, const User& actor, int64_t meeting_id, const nlohmann::json& in) {
  RequireValidInputText(in);
  if (!in.is_object()) throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
  WriteTransaction tx(conn);
  MeetingMinutes current = LoadMinutes(conn, Viewer::Internal(), meeting_id);
  RequireMayEditMinutes(actor, current.agenda.body);
  std::vector<FieldProblem> problems;
  Minutes m = current.minutes;
  ApplyMinutesFields(in, m, "", {"version", "state", "meeting_id", "approval_case_id", "corrections"}, problems);
  for (auto& p : ValidateMinutes(m, current.agenda.cases)) problems.push_back(p);
  if (current.stored && (!in.contains("version") || !in["version"].is_number_integer())) {
    problems.push_back({"version", "is required: send the version you read", "version_required", {}});
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
  std::string refusal = MinutesChangeRefusal(current.minutes);
  if (!refusal.empty()) throw Failure(FailureCode::kConflict, refusal, "state", "minutes_locked", {});
  MinutesStore store(conn);
  if (current.stored) {
    m.version = in["version"].get<int64_t>();
    store.Update(m);
  } else {
    store.Insert(m);
  }
  Minutes stored = *store.Find(meeting_id);
  AuditMinutes(conn, actor, "minutes", meeting_id, current.stored ? "update" : "create",
        current.stored ? MinutesAudit(current.minutes) : "", MinutesAudit(stored));
  tx.Commit();
  return stored;
}

Minutes MoveMinutes(SqlConnection& conn, const User& actor, int64_t meeting_id, const nlohmann::json& in) {
  RequireValidInputText(in);
  if (!in.is_object()) throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
  std::vector<FieldProblem> problems;
  std::string to_key = StringMember(in, "state", "", true, problems);
  std::string reason = in.contains("reason") ? StringMember(in, "reason", "", false, problems) : "";
  auto to = MinutesStateFromKey(to_key);
  if (!to && problems.empty()) problems.push_back({"state", "must be draft, circulated or approved", "minutes_state", {}});
  if (!problems.empty()) throw Failure::Invalid(problems);
  int64_t version = RequireMinutesVersion(in);
  WriteTransaction tx(conn);
  MeetingMinutes current = LoadMinutes(conn, Viewer::Internal(), meeting_id);
  RequireMayEditMinutes(actor, current.agenda.body);
  if (!current.stored) {
    throw Failure(FailureCode::kConflict, "the minutes are not written yet: save a draft first", "state",
                  "minutes_not_written", {});
  }
  if (auto p = MinutesTransitionProblem(current.minutes.state, *to, reason)) {
    if (p->field == "reason") throw Failure::Invalid(*p);
    throw Failure(FailureCode::kConflict, p->message, p->field, p->rule, p->params);
  }
  Minutes m = current.minutes;
  m.version = version;
  const Meeting& meeting = current.agenda.meeting;
  if (*to == MinutesState::kApproved) {
    if (!in.contains("case_id") || !in["case_id"].is_number_integer()) {
      throw Failure::Invalid(FieldProblem{"case_id", "name the approval case of a later meeting that approves them",
                                          "minutes_approval_case_required", {}});
    }
    int64_t case_id = in["case_id"].get<int64_t>();
    auto approving = CaseStore(conn).FindById(case_id);
    if (!approving) throw Failure::Invalid(FieldProblem{"case_id", "no case with id " + std::to_string(case_id)});
    Meeting approving_meeting = *MeetingStore(conn).FindById(approving->postponed_to.value_or(approving->meeting_id));
    if (auto p = ApprovalCaseProblem(*approving, approving_meeting, meeting)) throw Failure::Invalid(*p);
    m.approval_case_id = case_id;
    m.approved_version.reset();  // the new approval is what the public reads now
  } else if (current.minutes.state == MinutesState::kApproved) {
    m.corrections.push_back({current.minutes.approval_case_id, reason, UtcNow(), actor.name});
    // The approved minutes stay public until the corrected ones are approved.
    m.approved_version = ApprovedMinutesVersion{current.minutes.attendance, current.minutes.cases,
                                                current.minutes.approval_case_id, current.minutes.source};
    m.approval_case_id.reset();
  }
  m.state = *to;
  MinutesStore(conn).Update(m);
  Minutes stored = *MinutesStore(conn).Find(meeting_id);
  if (*to == MinutesState::kApproved) {
    CopyDecisions(conn, actor, stored);
    SetMeetingState(conn, actor, meeting, MeetingState::kMinutesApproved);
  } else if (current.minutes.state == MinutesState::kApproved && meeting.state == MeetingState::kMinutesApproved) {
    SetMeetingState(conn, actor, meeting, MeetingState::kHeld);
  }
  AuditMinutes(conn, actor, "minutes", meeting_id, to_key == "draft" && !reason.empty() ? "correct" : to_key,
        MinutesAudit(current.minutes), MinutesAudit(stored));
  tx.Commit();
  return stored;
}

}  // namespace fremdrift
