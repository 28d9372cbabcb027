#include "app/cost_bundle.h"

#include <set>

#include "domain/cost_sharing_rules.h"
#include "formats/cost_json.h"
#include "storage/cost_store.h"

namespace fremdrift {

std::vector<ImportedCostRecord> ImportCostGroupRecord(SqlConnection& conn, const nlohmann::json& rec,
                                                      const std::string& path,
                                                      std::vector<FieldProblem>& problems) {
  size_t before = problems.size();
  std::string p = path + ".";
  CostGroup g = CostGroupFromJson(rec, p, problems);
  if (problems.size() == before) {
    for (const auto& problem : CostGroupProblems(g)) problems.push_back({p + problem.field, problem.message});
  }
  if (problems.size() != before) return {};
  CostStore store(conn);
  bool created = !store.FindGroup(g.key);
  CostGroup stored = store.SaveGroup(g, std::nullopt);
  return {{"cost_groups", "cost_group", g.key, created, CostGroupToJson(stored).dump()}};
}

std::vector<ImportedCostRecord> ImportNationalSolutionRecord(SqlConnection& conn,
                                                             const nlohmann::json& rec,
                                                             const std::string& path,
                                                             std::vector<FieldProblem>& problems) {
  size_t before = problems.size();
  std::string p = path + ".";
  NationalSolution s;
  NationalSolutionFromJson(rec, s, p, {"years"}, problems);
  if (!rec.contains("key")) problems.push_back({p + "key", "is required", "required", {}});
  if (!rec.contains("name")) problems.push_back({p + "name", "is required", "required", {}});
  if (problems.size() == before) {
    for (const auto& problem : NationalSolutionProblems(s)) problems.push_back({p + problem.field, problem.message});
  }
  if (problems.size() != before) return {};
  CostStore store(conn);
  std::vector<ImportedCostRecord> out;
  bool created = !store.FindSolution(s.key);
  NationalSolution stored = store.UpsertSolution(s);
  out.push_back({"national_solutions", "national_solution", s.key, created,
                 NationalSolutionToJson(stored).dump()});
  if (!rec.contains("years")) return out;
  const auto& years = rec["years"];
  if (!years.is_array()) {
    problems.push_back({p + "years", "must be an array", "not_an_array", {}});
    return out;
  }
  std::set<std::string> groups;
  for (const auto& g : store.Groups()) groups.insert(g.key);
  for (size_t i = 0; i < years.size(); ++i) {
    std::string yp = p + "years[" + std::to_string(i) + "]";
    if (!years[i].is_object()) {
      problems.push_back({yp, "must be an object", "not_an_object", {}});
      continue;
    }
    size_t year_before = problems.size();
    SolutionYear r;
    r.solution = s.key;
    SolutionYearFromJson(years[i], r, yp + ".", {}, problems);
    if (problems.size() == year_before) {
      for (const auto& problem : SolutionYearProblems(r, groups)) {
        problems.push_back({yp + "." + problem.field, problem.message});
      }
    }
    if (problems.size() != year_before) continue;
    bool year_created = !store.FindYear(s.key, r.year);
    SolutionYear saved = store.SaveYear(r, std::nullopt);
    out.push_back({"solution_years", "solution_year", s.key + "/" + std::to_string(r.year),
                   year_created, SolutionYearToJson(saved).dump()});
  }
  for (const auto& problem : SolutionChainProblems(store.Years(s.key))) {
    problems.push_back({p + "years", problem.message});
  }
  return out;
}

std::optional<Json> ExportCostGroups(SqlConnection& conn) {
  auto groups = CostStore(conn).Groups();
  if (groups.empty()) return std::nullopt;
  Json out = Json::array();
  for (const auto& g : groups) out.push_back(CostGroupToJson(g));
  return out;
}

std::optional<Json> ExportNationalSolutions(SqlConnection& conn) {
  CostStore store(conn);
  auto solutions = store.Solutions();
  if (solutions.empty()) return std::nullopt;
  Json out = Json::array();
  for (const auto& s : solutions) {
    Json j = NationalSolutionToJson(s);
    j["years"] = Json::array();
    for (const auto& r : store.Years(s.key)) j["years"].push_back(SolutionYearToJson(r));
    out.push_back(j);
  }
  return out;
}

}  // namespace fremdrift
