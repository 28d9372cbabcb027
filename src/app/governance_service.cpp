#include "app/governance_service.h"

#include "app/case_links.h"
#include "app/follow_up_service.h"
#include "app/input_text.h"
#include "app/json_object_body.h"
#include "domain/failure.h"
#include "domain/governance_rules.h"
#include "domain/minutes_rules.h"
#include "formats/governance_json.h"
#include "formats/plan_json.h"
#include "storage/audit_log.h"
#include "storage/body_store.h"
#include "storage/case_store.h"
#include "storage/meeting_store.h"
#include "storage/minutes_store.h"
#include "storage/organisation_store.h"

namespace fremdrift {
namespace {

std::string BodyAudit(const Body& b) {
  Json j = BodyFieldsToJson(b);
  j["id"] = b.id;
  j["version"] = b.version;
  return j.dump();
}

std::string CaseAudit(const Case& c) {
  Json j = CaseFieldsToJson(c);
  j["id"] = c.id;
  j["number"] = CaseNumberLabel(c.number, c.year);
  j["meeting_id"] = c.meeting_id;
  j["position"] = c.position;
  j["postponed_to"] = c.postponed_to ? Json(*c.postponed_to) : Json(nullptr);
  j["version"] = c.version;
  return j.dump();
}

int64_t RequireGovernanceVersion(const nlohmann::json& in, std::vector<FieldProblem>& problems) {
  if (!in.contains("version") || !in["version"].is_number_integer()) {
    problems.push_back({"version", "is required: send the version you read", "version_required", {}});
    return 0;
  }
  return in["version"].get<int64_t>();
}

std::optional<int64_t> OptionalId(const nlohmann::json& in, const char* name, std::vector<FieldProblem>& problems) {
  if (!in.contains(name) || in[name].is_null()) return std::nullopt;
  if (!in[name].is_number_integer()) {
    problems.push_back({name, "must be an integer id or null", "not_an_id", {}});
    return std::nullopt;
  }
  return in[name].get<int64_t>();
}

void RequireMayEditBody(const User& actor, const Body& body) {
  if (MayEditGovernance(actor, body)) return;
  throw Failure(FailureCode::kForbidden,
                actor.role == Role::kReader
                    ? "user '" + actor.name + "' has the reader role and may not change anything"
                    : "user '" + actor.name + "' of " + actor.organisation + " may only change bodies whose "
                                                                              "secretariat is " +
                          actor.organisation);
}

void RequireGovernanceAdmin(const User& actor, const std::string& what) {
  if (actor.role != Role::kAdmin) throw Failure(FailureCode::kForbidden, "only an admin may " + what);
}

Body LoadBody(SqlConnection& conn, int64_t id) {
  auto b = BodyStore(conn).FindById(id);
  if (!b) throw Failure(FailureCode::kNotFound, "no body with id " + std::to_string(id));
  return *b;
}

void CheckBody(SqlConnection& conn, const Body& b, std::vector<FieldProblem> problems) {
  for (auto& p : ValidateBody(b)) problems.push_back(p);
  if (!b.secretariat.empty() && !OrganisationStore(conn).FindByShortName(b.secretariat)) {
    problems.push_back({"secretariat", "no organisation with short name '" + b.secretariat + "'"});
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
}

void CheckMeetingUnique(SqlConnection& conn, const Meeting& m) {
  for (const auto& other : MeetingStore(conn).List(m.body_id, m.date.year)) {
    if (other.id == m.id) continue;
    if (other.date == m.date) {
      throw Failure(FailureCode::kConflict, "the body already meets on " + m.date.ToIso(), "date",
                    "meeting_date_taken", {{"date", m.date.ToIso()}});
    }
    if (m.number && other.number == m.number) {
      throw Failure(FailureCode::kConflict, "the body already has meeting " + MeetingNumberLabel(m), "number",
                    "meeting_number_taken", {{"number", MeetingNumberLabel(m)}});
    }
  }
}

// The meeting a case now belongs to: the one it was postponed to, if any.
Meeting CurrentMeeting(SqlConnection& conn, const Case& c) {
  auto id = c.postponed_to.value_or(c.meeting_id);
  return MeetingStore(conn).FindById(id).value();
}

void RequireCasesChangeable(const Meeting& m) {
  std::string why = CaseChangeRefusal(m);
  if (!why.empty()) throw Failure(FailureCode::kConflict, why);
}

// Checks every rule of `c` on `meeting` (and its link targets).
void CheckCase(SqlConnection& conn, const Case& c, const Body& body, const Meeting& meeting,
               std::vector<FieldProblem> problems) {
  std::optional<Meeting> later;
  if (c.postponed_to) {
    later = MeetingStore(conn).FindById(*c.postponed_to);
    if (!later) problems.push_back({"postponed_to", "no meeting with id " + std::to_string(*c.postponed_to)});
  }
  for (auto& p : ValidateCase(c, body, meeting, later ? &*later : nullptr)) {
    if (!(p.field == "postponed_to" && c.postponed_to && !later)) problems.push_back(p);
  }
  for (auto& p : MissingLinkTargets(conn, c.links, "")) problems.push_back(p);
  if (!problems.empty()) throw Failure::Invalid(problems);
}

const std::set<std::string> kBodyExtras = {"id", "version"};
const std::set<std::string> kMeetingExtras = {"id", "version", "body", "body_id", "label"};
const std::set<std::string> kCaseExtras = {"id",    "version", "body",     "body_id", "meeting_id",
                                           "label", "number",  "position", "year",    "postponed_to",
                                           "meeting"};

}  // namespace

Body CreateBody(SqlConnection& conn, const User& actor, const nlohmann::json& in) {
  RequireValidInputText(in);
  RequireJsonObject(in);
  RequireGovernanceAdmin(actor, "create a body");
  std::vector<FieldProblem> problems;
  Body b;
  b.case_types = DefaultCaseTypes();
  ApplyBodyFields(in, b, "", {}, problems);
  WriteTransaction tx(conn);
  CheckBody(conn, b, problems);
  BodyStore store(conn);
  if (store.FindByKey(b.key)) throw Failure(FailureCode::kConflict, "a body with key '" + b.key + "' exists", "key",
                                      "duplicate_key", {{"key", b.key}});
  b.id = store.Insert(b);
  Body stored = *store.FindById(b.id);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "body",
                         .entity_id = std::to_string(stored.id),
                         .action = "create",
                         .after = BodyAudit(stored)});
  tx.Commit();
  return stored;
}

Body UpdateBody(SqlConnection& conn, const User& actor, int64_t id, const nlohmann::json& in) {
  RequireValidInputText(in);
  RequireJsonObject(in);
  WriteTransaction tx(conn);
  Body current = LoadBody(conn, id);
  std::vector<FieldProblem> problems;
  int64_t version = RequireGovernanceVersion(in, problems);
  Body b = current;
  ApplyBodyFields(in, b, "", kBodyExtras, problems);
  if (!problems.empty()) throw Failure::Invalid(problems);
  RequireMayEditBody(actor, current);
  CheckBody(conn, b, {});
  RequireMayEditBody(actor, b);
  if (b.key != current.key && BodyStore(conn).FindByKey(b.key)) {
    throw Failure(FailureCode::kConflict, "a body with key '" + b.key + "' exists", "key", "duplicate_key",
                  {{"key", b.key}});
  }
  b.version = version;
  BodyStore(conn).Update(b);
  Body stored = LoadBody(conn, id);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "body",
                         .entity_id = std::to_string(id),
                         .action = "update",
                         .before = BodyAudit(current),
                         .after = BodyAudit(stored)});
  tx.Commit();
  return stored;
}

void DeleteBody(SqlConnection& conn, const User& actor, int64_t id, std::optional<int64_t> version) {
  WriteTransaction tx(conn);
  Body current = LoadBody(conn, id);
  RequireGovernanceAdmin(actor, "delete a body");
  BodyStore(conn).Delete(id, version);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "body",
                         .entity_id = std::to_string(id),
                         .action = "delete",
                         .before = BodyAudit(current)});
  tx.Commit();
}

Meeting CreateMeeting(SqlConnection& conn, const User& actor, const nlohmann::json& in) {
  RequireValidInputText(in);
  RequireJsonObject(in);
  std::vector<FieldProblem> problems;
  Meeting m;
  ApplyMeetingFields(in, m, "", {"body"}, problems);
  if (!in.contains("date")) problems.push_back({"date", "is required", "required", {}});
  std::string key = StringMember(in, "body", "", true, problems);
  WriteTransaction tx(conn);
  auto body = BodyStore(conn).FindByKey(key);
  if (!body && !key.empty()) problems.push_back({"body", "no body with key '" + key + "'"});
  for (auto& p : ValidateMeeting(m)) problems.push_back(p);
  if (!problems.empty()) throw Failure::Invalid(problems);
  RequireMayEditBody(actor, *body);
  m.body_id = body->id;
  CheckMeetingUnique(conn, m);
  MeetingStore store(conn);
  m.id = store.Insert(m);
  Meeting stored = *store.FindById(m.id);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "meeting",
                         .entity_id = std::to_string(stored.id),
                         .action = "create",
                         .after = MeetingAuditJson(stored)});
  tx.Commit();
  return stored;
}

Meeting UpdateMeeting(SqlConnection& conn, const User& actor, int64_t id, const nlohmann::json& in) {
  RequireValidInputText(in);
  RequireJsonObject(in);
  WriteTransaction tx(conn);
  MeetingStore store(conn);
  auto current = store.FindById(id);
  if (!current) throw Failure(FailureCode::kNotFound, "no meeting with id " + std::to_string(id));
  std::vector<FieldProblem> problems;
  int64_t version = RequireGovernanceVersion(in, problems);
  Meeting m = *current;
  ApplyMeetingFields(in, m, "", kMeetingExtras, problems);
  for (auto& p : ValidateMeeting(m)) problems.push_back(p);
  if (!problems.empty()) throw Failure::Invalid(problems);
  RequireMayEditBody(actor, LoadBody(conn, current->body_id));
  if (m.date.year != current->date.year && !CaseStore(conn).OnMeeting(id).empty()) {
    throw Failure(FailureCode::kConflict,
                  "the meeting's cases are numbered in " + std::to_string(current->date.year) +
                      ": it cannot move to another year",
                  "date", "meeting_year_fixed", {{"year", std::to_string(current->date.year)}});
  }
  CheckMeetingUnique(conn, m);
  auto minutes = MinutesStore(conn).Find(id);
  if (minutes && minutes->state == MinutesState::kApproved && m.state != MeetingState::kMinutesApproved) {
    throw Failure(FailureCode::kConflict,
                  "the minutes are approved: reopen them with a reason to correct the meeting's record", "state",
                  "minutes_locked", {});
  }
  m.version = version;
  store.Update(m);
  Meeting stored = *store.FindById(id);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "meeting",
                         .entity_id = std::to_string(id),
                         .action = "update",
                         .before = MeetingAuditJson(*current),
                         .after = MeetingAuditJson(stored)});
  tx.Commit();
  return stored;
}

void DeleteMeeting(SqlConnection& conn, const User& actor, int64_t id, std::optional<int64_t> version) {
  WriteTransaction tx(conn);
  auto current = MeetingStore(conn).FindById(id);
  if (!current) throw Failure(FailureCode::kNotFound, "no meeting with id " + std::to_string(id));
  RequireMayEditBody(actor, LoadBody(conn, current->body_id));
  MeetingStore(conn).Delete(id, version);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "meeting",
                         .entity_id = std::to_string(id),
                         .action = "delete",
                         .before = MeetingAuditJson(*current)});
  tx.Commit();
}

Case CreateCase(SqlConnection& conn, const User& actor, const nlohmann::json& in) {
  RequireValidInputText(in);
  RequireJsonObject(in);
  std::vector<FieldProblem> problems;
  Case c;
  ApplyCaseFields(in, c, "", {"meeting_id", "position", "postponed_to", "follows_up"}, problems);
  auto follows_up = OptionalId(in, "follows_up", problems);
  if (!in.contains("title")) problems.push_back({"title", "is required", "required", {}});
  auto meeting_id = OptionalId(in, "meeting_id", problems);
  if (!meeting_id && !in.contains("meeting_id")) problems.push_back({"meeting_id", "is required", "required", {}});
  c.postponed_to = OptionalId(in, "postponed_to", problems);
  auto position = OptionalId(in, "position", problems);
  WriteTransaction tx(conn);
  std::optional<Meeting> meeting;
  if (meeting_id) {
    meeting = MeetingStore(conn).FindById(*meeting_id);
    if (!meeting) problems.push_back({"meeting_id", "no meeting with id " + std::to_string(*meeting_id)});
  }
  if (!meeting) throw Failure::Invalid(problems);
  Body body = LoadBody(conn, meeting->body_id);
  CheckCase(conn, c, body, *meeting, problems);
  RequireMayEditBody(actor, body);
  RequireCasesChangeable(*meeting);
  CaseStore store(conn);
  c.body_id = body.id;
  c.meeting_id = meeting->id;
  c.year = meeting->date.year;
  c.position = position ? static_cast<int>(*position) : store.NextPosition(meeting->id);
  c.number = store.TakeNumber(body.id, c.year);
  c.id = store.Insert(c);
  Case stored = *store.FindById(c.id);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "case",
                         .entity_id = std::to_string(stored.id),
                         .action = "create",
                         .after = CaseAudit(stored)});
  if (follows_up) LinkBroughtBack(conn, actor, *follows_up, stored);
  tx.Commit();
  return stored;
}

Case UpdateCase(SqlConnection& conn, const User& actor, int64_t id, const nlohmann::json& in) {
  RequireValidInputText(in);
  RequireJsonObject(in);
  WriteTransaction tx(conn);
  CaseStore store(conn);
  auto current = store.FindById(id);
  if (!current) throw Failure(FailureCode::kNotFound, "no case with id " + std::to_string(id));
  std::vector<FieldProblem> problems;
  int64_t version = RequireGovernanceVersion(in, problems);
  Case c = *current;
  ApplyCaseFields(in, c, "", kCaseExtras, problems);
  if (in.contains("postponed_to")) c.postponed_to = OptionalId(in, "postponed_to", problems);
  if (in.contains("position")) {
    if (auto p = OptionalId(in, "position", problems)) c.position = static_cast<int>(*p);
  }
  if (in.contains("number") && in["number"] != current->number) {
    problems.push_back({"number", "is given automatically and never changes"});
  }
  if (in.contains("meeting_id") && in["meeting_id"] != current->meeting_id) {
    problems.push_back({"meeting_id", "a case stays on the meeting that numbered it: postpone it instead"});
  }
  Body body = LoadBody(conn, current->body_id);
  Meeting meeting = *MeetingStore(conn).FindById(current->meeting_id);
  if (!problems.empty()) throw Failure::Invalid(problems);
  RequireMayEditBody(actor, body);
  RequireCasesChangeable(CurrentMeeting(conn, *current));
  CheckCase(conn, c, body, meeting, {});
  if (c.postponed_to) RequireCasesChangeable(CurrentMeeting(conn, c));
  if (c.type != current->type) {
    if (auto p = ApprovalCaseTypeProblem(c.type, !MinutesStore(conn).ApprovedBy(id).empty())) {
      throw Failure(FailureCode::kConflict, p->message, p->field, p->rule, p->params);
    }
  }
  c.version = version;
  store.Update(c);
  Case stored = *store.FindById(id);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "case",
                         .entity_id = std::to_string(id),
                         .action = "update",
                         .before = CaseAudit(*current),
                         .after = CaseAudit(stored)});
  tx.Commit();
  return stored;
}

void DeleteCase(SqlConnection& conn, const User& actor, int64_t id, std::optional<int64_t> version) {
  WriteTransaction tx(conn);
  CaseStore store(conn);
  auto current = store.FindById(id);
  if (!current) throw Failure(FailureCode::kNotFound, "no case with id " + std::to_string(id));
  RequireMayEditBody(actor, LoadBody(conn, current->body_id));
  RequireCasesChangeable(CurrentMeeting(conn, *current));
  if (!MinutesStore(conn).ApprovedBy(id).empty()) {
    throw Failure(FailureCode::kConflict, "the case approved minutes: correct those minutes first", "id",
                  "case_approved_minutes", {});
  }
  store.Delete(id, version);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "case",
                         .entity_id = std::to_string(id),
                         .action = "delete",
                         .before = CaseAudit(*current)});
  tx.Commit();
}

}  // namespace fremdrift
