#include "app/roadmap_version_service.h"

#include "app/input_text.h"
#include "domain/failure.h"
#include "formats/plan_json.h"
#include "formats/roadmap_json.h"
#include "storage/audit_log.h"
#include "storage/roadmap_version_store.h"

namespace fremdrift {
namespace {

void RequireRoadmapAdmin(const User& actor) {
  if (actor.role != Role::kAdmin) {
    throw Failure(FailureCode::kForbidden, "only an admin may change the roadmap");
  }
}

std::string AuditJson(const RoadmapVersion& v) {
  auto j = RoadmapVersionToJson(v);
  j["version"] = v.version;
  return j.dump();
}

}  // namespace

std::vector<RoadmapVersion> ListRoadmapVersions(SqlConnection& conn) { return RoadmapVersionStore(conn).List(); }

RoadmapVersion FindRoadmapVersion(SqlConnection& conn, const std::string& code) {
  auto v = RoadmapVersionStore(conn).FindByCode(code);
  if (!v) {
    throw Failure(FailureCode::kNotFound, "no roadmap version '" + code + "'", "code");
  }
  return *v;
}

RoadmapVersion CreateRoadmapVersion(SqlConnection& conn, const User& actor, const nlohmann::json& body) {
  RequireValidInputText(body);
  RequireRoadmapAdmin(actor);
  if (!body.is_object()) throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
  std::vector<FieldProblem> problems;
  for (const auto& [k, v] : body.items()) {
    if (k != "code" && k != "from" && k != "title" && k != "date" && k != "note") {
      problems.push_back({k, "is not a known field (code, from, title, date, note)"});
    }
  }
  std::string code = StringMember(body, "code", "", true, problems);
  std::string from = StringMember(body, "from", "", false, problems);
  std::string title = StringMember(body, "title", "", false, problems);
  std::string note = StringMember(body, "note", "", false, problems);
  std::optional<Date> date;
  if (body.contains("date") && !body["date"].is_null()) {
    date = body["date"].is_string() ? Date::Parse(body["date"].get<std::string>()) : std::nullopt;
    if (!date) problems.push_back({"date", "must be YYYY-MM-DD or null", "not_a_date", {}});
  }
  if (!code.empty() && !IsRoadmapVersionCode(code)) {
    problems.push_back({"code", "must be 1-20 characters of digits, letters, '.', '-' or '_', e.g. 22.2", "not_a_version_code", {}});
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
  WriteTransaction tx(conn);
  RoadmapVersionStore store(conn);
  if (store.FindByCode(code)) throw Failure(FailureCode::kConflict, "there is already a roadmap version '" + code + "'", "code",
                                              "duplicate_key", {{"key", code}});
  RoadmapVersion v;
  v.code = code;
  if (!from.empty()) {
    auto base = store.FindByCode(from);
    if (!base) throw Failure(FailureCode::kInvalid, "no roadmap version '" + from + "'", "from");
    v = CopyRoadmapVersion(*base, code);
  } else {
    auto all = store.List();
    if (!all.empty()) v = CopyRoadmapVersion(all.back(), code);
  }
  v.title = title;
  v.date = date;
  v.note = note;
  v.id = store.Insert(v);
  RoadmapVersion stored = *store.FindByCode(code);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "roadmap_version",
                         .entity_id = std::to_string(stored.id),
                         .action = "create",
                         .after = AuditJson(stored)});
  tx.Commit();
  return stored;
}

RoadmapVersion ReplaceRoadmapVersion(SqlConnection& conn, const User& actor, const std::string& code,
                                     const nlohmann::json& body) {
  RequireValidInputText(body);
  RequireRoadmapAdmin(actor);
  if (!body.is_object()) throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
  nlohmann::json in = body;
  if (!in.contains("code")) in["code"] = code;
  std::vector<FieldProblem> problems;
  RoadmapVersion v = RoadmapVersionFromJson(in, "", {"version"}, problems);
  if (v.code != code) problems.push_back({"code", "must be '" + code + "', the version in the address"});
  if (!body.contains("version") || !body["version"].is_number_integer()) {
    problems.push_back({"version", "is required: send the version you read", "version_required", {}});
  } else {
    v.version = body["version"].get<int64_t>();
  }
  for (auto& p : ValidateRoadmapVersion(v)) problems.push_back(p);
  if (!problems.empty()) throw Failure::Invalid(problems);
  WriteTransaction tx(conn);
  RoadmapVersionStore store(conn);
  auto before = store.FindByCode(code);
  if (!before) throw Failure(FailureCode::kNotFound, "no roadmap version '" + code + "'", "code");
  if (before->status == RoadmapStatus::kPublished) {
    throw Failure(FailureCode::kConflict,
                  "roadmap version " + code + " is published and frozen: start a new version instead", "status");
  }
  if (!body.contains("based_on")) v.based_on = before->based_on;
  store.Replace(v);
  RoadmapVersion stored = *store.FindByCode(code);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "roadmap_version",
                         .entity_id = std::to_string(stored.id),
                         .action = stored.status == RoadmapStatus::kPublished ? "publish" : "update",
                         .before = AuditJson(*before),
                         .after = AuditJson(stored)});
  tx.Commit();
  return stored;
}

RoadmapDiff CompareVersions(SqlConnection& conn, const std::string& from, const std::string& to) {
  std::vector<FieldProblem> problems;
  if (from.empty()) problems.push_back({"from", "is required: the older version's code"});
  if (to.empty()) problems.push_back({"to", "is required: the newer version's code"});
  if (!problems.empty()) throw Failure::Invalid(problems);
  auto find = [&](const std::string& code, const char* field) {
    try {
      return FindRoadmapVersion(conn, code);
    } catch (const Failure& f) {
      if (f.code() != FailureCode::kNotFound) throw;
      throw Failure(FailureCode::kNotFound, "no roadmap version '" + code + "'", field);
    }
  };
  return CompareRoadmapVersions(find(from, "from"), find(to, "to"));
}

}  // namespace fremdrift
