#include "app/follow_up_service.h"

#include <algorithm>
#include <map>
#include <set>

#include "app/case_links.h"
#include "app/input_text.h"
#include "domain/failure.h"
#include "domain/follow_up_rules.h"
#include "domain/governance_rules.h"
#include "formats/minutes_json.h"
#include "formats/plan_json.h"
#include "storage/audit_log.h"
#include "storage/body_store.h"
#include "storage/case_store.h"
#include "storage/follow_up_store.h"
#include "storage/meeting_store.h"
#include "storage/organisation_store.h"

namespace fremdrift {
namespace {

std::string ActionAudit(const FollowUpAction& a) {
  nlohmann::ordered_json j = ActionFieldsToJson(a);
  j["id"] = a.id;
  j["case_id"] = a.case_id;
  j["to_body_id"] = a.to_body_id ? nlohmann::ordered_json(*a.to_body_id) : nullptr;
  j["brought_back_case_id"] = a.brought_back_case_id ? nlohmann::ordered_json(*a.brought_back_case_id) : nullptr;
  j["version"] = a.version;
  return j.dump();
}

void AuditFollowUp(SqlConnection& conn, const User& actor, int64_t id, const std::string& action, const std::string& before,
           const std::string& after) {
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "action",
                         .entity_id = std::to_string(id),
                         .action = action,
                         .before = before,
                         .after = after});
}

Case LoadCase(SqlConnection& conn, int64_t id) {
  auto c = CaseStore(conn).FindById(id);
  if (!c) throw Failure(FailureCode::kNotFound, "no case with id " + std::to_string(id));
  return *c;
}

FollowUpAction LoadAction(SqlConnection& conn, int64_t id) {
  auto a = FollowUpStore(conn).FindById(id);
  if (!a) throw Failure(FailureCode::kNotFound, "no follow-up action with id " + std::to_string(id));
  return *a;
}

Body BodyOfCase(SqlConnection& conn, const Case& c) { return BodyStore(conn).FindById(c.body_id).value(); }

void RequireMayEditFollowUp(const User& actor, const Body& body) {
  if (MayEditGovernance(actor, body)) return;
  throw Failure(FailureCode::kForbidden, "only admins and editors of the secretariat of " + body.short_name +
                                             " may change the follow-up of its decisions");
}

// Reads `to_body` (a body key or null) into the action.
void ApplyToBody(SqlConnection& conn, const nlohmann::json& in, FollowUpAction& a,
                 std::vector<FieldProblem>& problems) {
  if (!in.contains("to_body")) return;
  if (in["to_body"].is_null()) {
    a.to_body_id.reset();
    return;
  }
  std::string key = StringMember(in, "to_body", "", false, problems);
  auto b = BodyStore(conn).FindByKey(key);
  if (!b) problems.push_back({"to_body", "no body with key '" + key + "'", "unknown_body", {{"body", key}}});
  else a.to_body_id = b->id;
}

// Checks every rule of `a` (its form, its links' targets, its organisation).
void CheckAction(SqlConnection& conn, const FollowUpAction& a, std::vector<FieldProblem> problems) {
  for (auto& p : ValidateFollowUpAction(a)) problems.push_back(p);
  for (auto& p : MissingLinkTargets(conn, a.links, "")) problems.push_back(p);
  if (!a.organisation.empty() && !OrganisationStore(conn).FindByShortName(a.organisation)) {
    problems.push_back({"organisation", "no organisation with short name '" + a.organisation + "'",
                        "unknown_organisation", {{"organisation", a.organisation}}});
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
}

const std::set<std::string> kExtras = {"id", "version", "case_id", "to_body", "brought_back_case_id", "case"};

}  // namespace

FollowUpAction CreateAction(SqlConnection& conn, const User& actor, int64_t case_id, const nlohmann::json& in) {
  RequireValidInputText(in);
  if (!in.is_object()) throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
  WriteTransaction tx(conn);
  Case c = LoadCase(conn, case_id);
  Body body = BodyOfCase(conn, c);
  std::vector<FieldProblem> problems;
  FollowUpAction a;
  a.case_id = c.id;
  ApplyActionFields(in, a, "", kExtras, problems);
  ApplyToBody(conn, in, a, problems);
  CheckAction(conn, a, problems);
  RequireMayEditFollowUp(actor, body);
  FollowUpStore store(conn);
  a.id = store.Insert(a);
  FollowUpAction stored = LoadAction(conn, a.id);
  AuditFollowUp(conn, actor, stored.id, "create", "", ActionAudit(stored));
  tx.Commit();
  return stored;
}

FollowUpAction UpdateAction(SqlConnection& conn, const User& actor, int64_t id, const nlohmann::json& in) {
  RequireValidInputText(in);
  if (!in.is_object()) throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
  WriteTransaction tx(conn);
  FollowUpAction current = LoadAction(conn, id);
  Body body = BodyOfCase(conn, LoadCase(conn, current.case_id));
  std::vector<FieldProblem> problems;
  if (!in.contains("version") || !in["version"].is_number_integer()) {
    problems.push_back({"version", "is required: send the version you read", "version_required", {}});
  }
  FollowUpAction a = current;
  ApplyActionFields(in, a, "", kExtras, problems);
  ApplyToBody(conn, in, a, problems);
  if (auto p = ActionTransitionProblem(current.state, a.state, a.state_reason)) problems.push_back(*p);
  CheckAction(conn, a, problems);
  RequireMayEditFollowUp(actor, body);
  if (a.state != ActionState::kNotDone && !in.contains("reason")) a.state_reason.clear();
  a.version = in["version"].get<int64_t>();
  FollowUpStore(conn).Update(a);
  FollowUpAction stored = LoadAction(conn, id);
  AuditFollowUp(conn, actor, id, "update", ActionAudit(current), ActionAudit(stored));
  tx.Commit();
  return stored;
}

FollowUpAction SetActionState(SqlConnection& conn, const User& actor, int64_t id, const std::string& state,
                              const std::string& reason, std::optional<int64_t> version) {
  RequireValidInputText(nlohmann::json{state, reason});
  WriteTransaction tx(conn);
  FollowUpAction current = LoadAction(conn, id);
  Body body = BodyOfCase(conn, LoadCase(conn, current.case_id));
  if (!MayUpdateActionState(actor, current, body)) {
    throw Failure(FailureCode::kForbidden, "only the secretariat of " + body.short_name + " and editors of " +
                                               current.organisation + " may move this action");
  }
  auto to = ActionStateFromKey(state);
  if (!to) {
    throw Failure::Invalid(FieldProblem{"state", "must be open, in_progress, done or not_done", "action_state", {}});
  }
  if (auto p = ActionTransitionProblem(current.state, *to, reason)) {
    if (p->field == "reason") throw Failure::Invalid(*p);
    throw Failure(FailureCode::kConflict, p->message, p->field, p->rule, p->params);
  }
  if (version && *version != current.version) {
    throw Failure(FailureCode::kConflict, "the action was changed by someone else; reload it", "version");
  }
  FollowUpAction a = current;
  a.state = *to;
  a.state_reason = *to == ActionState::kNotDone ? reason : "";
  FollowUpStore(conn).Update(a);
  FollowUpAction stored = LoadAction(conn, id);
  AuditFollowUp(conn, actor, id, "state", ActionAudit(current), ActionAudit(stored));
  tx.Commit();
  return stored;
}

void DeleteAction(SqlConnection& conn, const User& actor, int64_t id, std::optional<int64_t> version) {
  WriteTransaction tx(conn);
  FollowUpAction current = LoadAction(conn, id);
  RequireMayEditFollowUp(actor, BodyOfCase(conn, LoadCase(conn, current.case_id)));
  FollowUpStore(conn).Delete(id, version);
  AuditFollowUp(conn, actor, id, "delete", ActionAudit(current), "");
  tx.Commit();
}

void LinkBroughtBack(SqlConnection& conn, const User& actor, int64_t action_id, const Case& new_case) {
  auto current = FollowUpStore(conn).FindById(action_id);
  if (!current) {
    throw Failure::Invalid(FieldProblem{"follows_up", "no follow-up action with id " + std::to_string(action_id)});
  }
  Case old = LoadCase(conn, current->case_id);
  int64_t target = current->to_body_id.value_or(old.body_id);
  if (!AwaitsMeeting(*current) || target != new_case.body_id) {
    throw Failure::Invalid(FieldProblem{"follows_up", "the action does not wait for a meeting of this body",
                                        "action_not_pending", {}});
  }
  FollowUpAction a = *current;
  a.brought_back_case_id = new_case.id;
  FollowUpStore(conn).Update(a);
  FollowUpAction stored = LoadAction(conn, action_id);
  AuditFollowUp(conn, actor, action_id, "brought_back", ActionAudit(*current), ActionAudit(stored));
}

std::vector<ActionInContext> InContext(SqlConnection& conn, const std::vector<FollowUpAction>& actions) {
  std::map<int64_t, Body> bodies;
  for (auto& b : BodyStore(conn).List()) bodies.emplace(b.id, std::move(b));
  std::map<int64_t, Meeting> meetings;
  std::vector<ActionInContext> out;
  CaseStore cases(conn);
  for (const auto& a : actions) {
    auto c = cases.FindById(a.case_id);
    if (!c) continue;
    auto m = meetings.find(c->meeting_id);
    if (m == meetings.end()) m = meetings.emplace(c->meeting_id, *MeetingStore(conn).FindById(c->meeting_id)).first;
    ActionInContext x{a, *c, bodies.at(c->body_id), m->second, std::nullopt};
    if (a.to_meeting) x.to_body = bodies.at(a.to_body_id.value_or(c->body_id));
    out.push_back(std::move(x));
  }
  return out;
}

namespace {

void OldestFirst(std::vector<ActionInContext>& list) {
  std::stable_sort(list.begin(), list.end(), [](const ActionInContext& a, const ActionInContext& b) {
    if (a.meeting.date != b.meeting.date) return a.meeting.date < b.meeting.date;
    return a.item.number < b.item.number;
  });
}

}  // namespace

std::vector<ActionInContext> ActionTasksFor(SqlConnection& conn, const User& user) {
  if (user.role == Role::kReader || user.organisation.empty()) return {};
  std::vector<FollowUpAction> open;
  for (auto& a : FollowUpStore(conn).OfOrganisation(user.organisation)) {
    if (IsOpenAction(a.state)) open.push_back(std::move(a));
  }
  auto out = InContext(conn, open);
  OldestFirst(out);
  return out;
}

int OpenActionCount(SqlConnection& conn, const User& user) {
  if (user.role == Role::kReader || user.organisation.empty()) return 0;
  auto actions = FollowUpStore(conn).OfOrganisation(user.organisation);
  return static_cast<int>(std::count_if(actions.begin(), actions.end(),
                                        [](const FollowUpAction& a) { return IsOpenAction(a.state); }));
}

std::vector<ActionInContext> PendingReturns(SqlConnection& conn, int64_t body_id) {
  std::vector<FollowUpAction> waiting;
  for (auto& a : FollowUpStore(conn).List()) {
    if (AwaitsMeeting(a)) waiting.push_back(std::move(a));
  }
  std::vector<ActionInContext> out;
  for (auto& x : InContext(conn, waiting)) {
    if (x.to_body && x.to_body->id == body_id) out.push_back(std::move(x));
  }
  OldestFirst(out);
  return out;
}

}  // namespace fremdrift
