#include "app/cost_sharing_service.h"

#include <set>

#include "app/input_text.h"
#include "app/json_object_body.h"
#include "domain/cost_sharing_rules.h"
#include "domain/failure.h"
#include "formats/cost_json.h"
#include "storage/audit_log.h"
#include "storage/cost_store.h"

namespace fremdrift {
namespace {

void RequireCostAdmin(const User& actor, const std::string& what) {
  if (actor.role != Role::kAdmin) throw Failure(FailureCode::kForbidden, "only an admin may change " + what);
}

std::optional<int64_t> VersionOf(const nlohmann::json& body, std::vector<FieldProblem>& problems) {
  if (!body.contains("version") || body["version"].is_null()) return std::nullopt;
  if (!body["version"].is_number_integer()) {
    problems.push_back({"version", "must be a whole number", "not_a_whole_number", {}});
    return std::nullopt;
  }
  return body["version"].get<int64_t>();
}

// A change of an existing record must say which version it changes.
void RequireVersionForChange(bool exists, const std::optional<int64_t>& version) {
  if (exists && !version) {
    throw Failure(FailureCode::kConflict,
                  "the record exists: send the version you read to change it", "version");
  }
}

std::string WithVersion(Json j, int64_t version) {
  j["version"] = version;
  return j.dump();
}

std::set<std::string> GroupKeys(CostStore& store) {
  std::set<std::string> keys;
  for (const auto& g : store.Groups()) keys.insert(g.key);
  return keys;
}

}  // namespace

std::vector<int> CostSharingYears(SqlConnection& conn) {
  return CostTableYears(CostStore(conn).Years());
}

std::vector<CostGroup> CostGroups(SqlConnection& conn) { return CostStore(conn).Groups(); }

std::optional<CostGroup> FindCostGroup(SqlConnection& conn, const std::string& key) {
  return CostStore(conn).FindGroup(key);
}

std::vector<NationalSolution> NationalSolutions(SqlConnection& conn) { return CostStore(conn).Solutions(); }

std::optional<NationalSolution> FindNationalSolution(SqlConnection& conn, const std::string& key) {
  return CostStore(conn).FindSolution(key);
}

std::vector<SolutionYear> SolutionYears(SqlConnection& conn, const std::string& solution) {
  return CostStore(conn).Years(solution);
}

std::optional<SolutionYear> FindSolutionYear(SqlConnection& conn, const std::string& solution, int year) {
  return CostStore(conn).FindYear(solution, year);
}

CostTable CostSharingTable(SqlConnection& conn, int year) {
  CostStore store(conn);
  auto records = store.Years();
  bool any = false;
  for (const auto& r : records) any = any || r.year == year;
  if (!any) {
    throw Failure(FailureCode::kNotFound, "no cost-sharing records for " + std::to_string(year), "year");
  }
  return ComputeCostTable(year, store.Solutions(), store.Groups(), records);
}

CostGroup SaveCostGroup(SqlConnection& conn, const User& actor, const std::string& key,
                        const nlohmann::json& body) {
  RequireValidInputText(body);
  RequireCostAdmin(actor, "cost groups");
  RequireJsonObject(body);
  std::vector<FieldProblem> problems;
  nlohmann::json in = body;
  in.erase("version");
  if (!in.contains("key")) in["key"] = key;
  CostGroup g = CostGroupFromJson(in, "", problems);
  auto version = VersionOf(body, problems);
  if (g.key != key) problems.push_back({"key", "must be the key in the address", "key_mismatch", {}});
  for (auto& p : CostGroupProblems(g)) problems.push_back(p);
  if (!problems.empty()) throw Failure::Invalid(problems);
  WriteTransaction tx(conn);
  CostStore store(conn);
  auto before = store.FindGroup(key);
  RequireVersionForChange(before.has_value(), version);
  CostGroup after = store.SaveGroup(g, version);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "cost_group",
                         .entity_id = key,
                         .action = before ? "update" : "create",
                         .before = before ? WithVersion(CostGroupToJson(*before), before->version) : "",
                         .after = WithVersion(CostGroupToJson(after), after.version)});
  tx.Commit();
  return after;
}

NationalSolution SaveNationalSolution(SqlConnection& conn, const User& actor,
                                      const std::string& key, const nlohmann::json& body) {
  RequireValidInputText(body);
  RequireCostAdmin(actor, "national solutions");
  RequireJsonObject(body);
  WriteTransaction tx(conn);
  CostStore store(conn);
  auto before = store.FindSolution(key);
  NationalSolution s = before.value_or(NationalSolution{});
  s.key = key;
  std::vector<FieldProblem> problems;
  NationalSolutionFromJson(body, s, "", {"version"}, problems);
  auto version = VersionOf(body, problems);
  if (s.key != key) problems.push_back({"key", "must be the key in the address", "key_mismatch", {}});
  if (!before && !body.contains("name")) problems.push_back({"name", "is required", "required", {}});
  for (auto& p : NationalSolutionProblems(s)) problems.push_back(p);
  if (!problems.empty()) throw Failure::Invalid(problems);
  RequireVersionForChange(before.has_value(), version);
  NationalSolution after = store.SaveSolution(s, before ? version : std::nullopt);
  AuditLog(conn).Append(
      {.actor = actor.name,
       .entity = "national_solution",
       .entity_id = key,
       .action = before ? "update" : "create",
       .before = before ? WithVersion(NationalSolutionToJson(*before), before->version) : "",
       .after = WithVersion(NationalSolutionToJson(after), after.version)});
  tx.Commit();
  return after;
}

SolutionYear SaveSolutionYear(SqlConnection& conn, const User& actor, const std::string& solution,
                              int year, const nlohmann::json& body) {
  RequireValidInputText(body);
  RequireCostAdmin(actor, "cost records");
  RequireJsonObject(body);
  nlohmann::json in = body;
  if (!in.contains("year")) in["year"] = year;
  SolutionYear r;
  r.solution = solution;
  std::vector<FieldProblem> problems;
  SolutionYearFromJson(in, r, "", {"version"}, problems);
  auto version = VersionOf(body, problems);
  if (r.year != year) problems.push_back({"year", "must be the year in the address"});
  WriteTransaction tx(conn);
  CostStore store(conn);
  if (!store.FindSolution(solution)) {
    throw Failure(FailureCode::kNotFound, "no national solution '" + solution + "'", "solution");
  }
  if (problems.empty()) {
    for (auto& p : SolutionYearProblems(r, GroupKeys(store))) problems.push_back(p);
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
  auto records = store.Years(solution);
  std::optional<SolutionYear> before;
  for (auto& existing : records) {
    if (existing.year == year) {
      before = existing;
      existing = r;
    }
  }
  if (!before) records.push_back(r);
  if (auto chain = SolutionChainProblems(records); !chain.empty()) throw Failure::Invalid(chain);
  RequireVersionForChange(before.has_value(), version);
  SolutionYear after = store.SaveYear(r, before ? version : std::nullopt);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "solution_year",
                         .entity_id = solution + "/" + std::to_string(year),
                         .action = before ? "update" : "create",
                         .before = before ? WithVersion(SolutionYearToJson(*before), before->version) : "",
                         .after = WithVersion(SolutionYearToJson(after), after.version)});
  tx.Commit();
  return after;
}

void DeleteSolutionYear(SqlConnection& conn, const User& actor, const std::string& solution,
                        int year, int64_t version) {
  RequireCostAdmin(actor, "cost records");
  WriteTransaction tx(conn);
  CostStore store(conn);
  auto before = store.FindYear(solution, year);
  if (!before) {
    throw Failure(FailureCode::kNotFound,
                  "no cost record for " + solution + " in " + std::to_string(year), "year");
  }
  std::vector<SolutionYear> rest;
  for (auto& r : store.Years(solution)) {
    if (r.year != year) rest.push_back(r);
  }
  if (auto chain = SolutionChainProblems(rest); !chain.empty()) {
    throw Failure(FailureCode::kConflict,
                  "other records depend on this one: " + chain[0].message, "year",
                  "still_referenced_by_others", {});
  }
  store.DeleteYear(solution, year, version);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "solution_year",
                         .entity_id = solution + "/" + std::to_string(year),
                         .action = "delete",
                         .before = WithVersion(SolutionYearToJson(*before), before->version)});
  tx.Commit();
}

}  // namespace fremdrift
