#include "storage/cost_store.h"

#include <map>

#include "domain/failure.h"

namespace fremdrift {
namespace {

constexpr const char* kSolutionColumns = "id, key, name, sort_order, source, notes, version";

NationalSolution SolutionFromRow(const SqlRow& r) {
  return {r.Int(0), r.Text(1), r.Text(2), static_cast<int>(r.Int(3)), r.Text(4), r.Text(5), r.Int(6)};
}

constexpr const char* kYearSelect =
    "SELECT y.id, s.key, y.year, y.method, y.change_thousandths, y.base_year, y.source,"
    " y.notes, y.version FROM solution_years y JOIN national_solutions s ON s.id = y.solution_id";

SolutionYear YearFromRow(const SqlRow& r) {
  SolutionYear y;
  y.id = r.Int(0);
  y.solution = r.Text(1);
  y.year = static_cast<int>(r.Int(2));
  y.method = ParseSharingMethod(r.Text(3)).value_or(SharingMethod::kGrowth);
  y.change = Mnok::FromThousandths(r.Int(4));
  if (!r.IsNull(5)) y.base_year = static_cast<int>(r.Int(5));
  y.source = r.Text(6);
  y.notes = r.Text(7);
  y.version = r.Int(8);
  return y;
}

}  // namespace

std::vector<CostGroup> CostStore::Groups() {
  std::vector<CostGroup> out;
  for (const auto& r : conn_.Query("SELECT id, key, name, sort_order, source, version"
                                   " FROM cost_groups ORDER BY sort_order, key")) {
    out.push_back({r.Int(0), r.Text(1), r.Text(2), static_cast<int>(r.Int(3)), r.Text(4), r.Int(5)});
  }
  return out;
}

std::optional<CostGroup> CostStore::FindGroup(const std::string& key) {
  for (auto& g : Groups()) {
    if (g.key == key) return g;
  }
  return std::nullopt;
}

CostGroup CostStore::SaveGroup(const CostGroup& g, std::optional<int64_t> expected_version) {
  auto existing = FindGroup(g.key);
  if (!existing) {
    if (expected_version) {
      throw Failure(FailureCode::kConflict,
                    "the group was removed by someone else: reload and try again", "version");
    }
    conn_.Execute("INSERT INTO cost_groups (key, name, sort_order, source, version)"
                  " VALUES (?, ?, ?, ?, 1)",
                  {g.key, g.name, static_cast<int64_t>(g.sort_order), g.source});
    return *FindGroup(g.key);
  }
  int64_t version = expected_version.value_or(existing->version);
  int64_t changed = conn_.Execute(
      "UPDATE cost_groups SET name = ?, sort_order = ?, source = ?, version = version + 1"
      " WHERE key = ? AND version = ?",
      {g.name, static_cast<int64_t>(g.sort_order), g.source, g.key, version});
  if (changed == 0) {
    throw Failure(FailureCode::kConflict,
                  "the group was changed by someone else: reload and try again", "version");
  }
  return *FindGroup(g.key);
}

std::vector<NationalSolution> CostStore::Solutions() {
  std::vector<NationalSolution> out;
  for (const auto& r : conn_.Query(std::string("SELECT ") + kSolutionColumns +
                                   " FROM national_solutions ORDER BY sort_order, key")) {
    out.push_back(SolutionFromRow(r));
  }
  return out;
}

std::optional<NationalSolution> CostStore::FindSolution(const std::string& key) {
  auto rows = conn_.Query(
      std::string("SELECT ") + kSolutionColumns + " FROM national_solutions WHERE key = ?", {key});
  if (rows.empty()) return std::nullopt;
  return SolutionFromRow(rows[0]);
}

NationalSolution CostStore::SaveSolution(const NationalSolution& s,
                                         std::optional<int64_t> expected_version) {
  if (!expected_version) {
    if (FindSolution(s.key)) {
      throw Failure(FailureCode::kConflict, "a solution '" + s.key + "' exists already", "key");
    }
    conn_.Execute(
        "INSERT INTO national_solutions (key, name, sort_order, source, notes, version) "
        "VALUES (?, ?, ?, ?, ?, 1)",
        {s.key, s.name, static_cast<int64_t>(s.sort_order), s.source, s.notes});
    return *FindSolution(s.key);
  }
  int64_t changed = conn_.Execute(
      "UPDATE national_solutions SET name = ?, sort_order = ?, source = ?, notes = ?,"
      " version = version + 1 WHERE key = ? AND version = ?",
      {s.name, static_cast<int64_t>(s.sort_order), s.source, s.notes, s.key, *expected_version});
  if (changed == 0) {
    if (!FindSolution(s.key)) {
      throw Failure(FailureCode::kNotFound, "no national solution '" + s.key + "'", "key");
    }
    throw Failure(FailureCode::kConflict,
                  "the solution was changed by someone else: reload and try again", "version");
  }
  return *FindSolution(s.key);
}

NationalSolution CostStore::UpsertSolution(const NationalSolution& s) {
  if (auto existing = FindSolution(s.key)) return SaveSolution(s, existing->version);
  return SaveSolution(s, std::nullopt);
}

std::vector<SolutionYear> CostStore::Years(const std::string& solution) {
  std::string sql = kYearSelect;
  SqlParams params;
  if (!solution.empty()) {
    sql += " WHERE s.key = ?";
    params.push_back(solution);
  }
  sql += " ORDER BY s.sort_order, s.key, y.year";
  std::vector<SolutionYear> out;
  std::map<int64_t, size_t> index;
  for (const auto& r : conn_.Query(sql, params)) {
    index[r.Int(0)] = out.size();
    out.push_back(YearFromRow(r));
  }
  if (out.empty()) return out;
  std::string groups_sql =
      "SELECT g.solution_year_id, c.key, g.key_basis_points, g.opening_thousandths"
      " FROM solution_year_groups g JOIN cost_groups c ON c.id = g.group_id";
  if (!solution.empty()) {
    groups_sql += " JOIN solution_years y ON y.id = g.solution_year_id"
                  " JOIN national_solutions s ON s.id = y.solution_id WHERE s.key = ?";
  }
  for (const auto& r : conn_.Query(groups_sql, params)) {
    auto it = index.find(r.Int(0));
    if (it == index.end()) continue;
    SolutionYear& y = out[it->second];
    if (!r.IsNull(2)) y.key[r.Text(1)] = static_cast<int>(r.Int(2));
    if (!r.IsNull(3)) y.opening_shares[r.Text(1)] = Mnok::FromThousandths(r.Int(3));
  }
  return out;
}

std::optional<SolutionYear> CostStore::FindYear(const std::string& solution, int year) {
  for (auto& y : Years(solution)) {
    if (y.year == year) return y;
  }
  return std::nullopt;
}

SolutionYear CostStore::SaveYear(const SolutionYear& r, std::optional<int64_t> expected_version) {
  auto solution = FindSolution(r.solution);
  if (!solution) {
    throw Failure(FailureCode::kInvalid, "no national solution '" + r.solution + "'", "solution");
  }
  std::map<std::string, int64_t> group_ids;
  for (const auto& g : Groups()) group_ids[g.key] = g.id;
  auto group_id = [&](const std::string& key, const std::string& field) {
    auto it = group_ids.find(key);
    if (it == group_ids.end()) throw Failure(FailureCode::kInvalid, "no cost group '" + key + "'", field);
    return it->second;
  };
  SqlValue base = r.base_year ? SqlValue(static_cast<int64_t>(*r.base_year)) : SqlValue(nullptr);
  int64_t change = r.change.Thousandths().value_or(0);
  auto existing = FindYear(r.solution, r.year);
  int64_t id = 0;
  if (existing) {
    if (expected_version && *expected_version != existing->version) {
      throw Failure(FailureCode::kConflict,
                    "the record was changed by someone else: reload and try again", "version");
    }
    int64_t changed = conn_.Execute(
        "UPDATE solution_years SET method = ?, change_thousandths = ?, base_year = ?, source = ?,"
        " notes = ?, version = version + 1 WHERE id = ? AND version = ?",
        {std::string(SharingMethodKey(r.method)), change, base, r.source, r.notes, existing->id,
         existing->version});
    if (changed == 0) {
      throw Failure(FailureCode::kConflict,
                    "the record was changed by someone else: reload and try again", "version");
    }
    id = existing->id;
    conn_.Execute("DELETE FROM solution_year_groups WHERE solution_year_id = ?", {id});
  } else {
    if (expected_version) {
      throw Failure(FailureCode::kConflict,
                    "the record was removed by someone else: reload and try again", "version");
    }
    id = conn_
             .Query("INSERT INTO solution_years (solution_id, year, method, change_thousandths,"
                    " base_year, source, notes, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
                    {solution->id, static_cast<int64_t>(r.year),
                     std::string(SharingMethodKey(r.method)), change, base, r.source, r.notes})
             .at(0)
             .Int(0);
  }
  std::map<std::string, std::pair<SqlValue, SqlValue>> per_group;
  for (const auto& [g, bp] : r.key) {
    per_group[g].first = static_cast<int64_t>(bp);
    per_group[g].second = nullptr;
  }
  for (const auto& [g, amount] : r.opening_shares) {
    if (!per_group.count(g)) per_group[g].first = nullptr;
    per_group[g].second = amount.Thousandths().value_or(0);
  }
  for (const auto& [g, values] : per_group) {
    conn_.Execute(
        "INSERT INTO solution_year_groups (solution_year_id, group_id, key_basis_points,"
        " opening_thousandths) VALUES (?, ?, ?, ?)",
        {id, group_id(g, r.opening_shares.count(g) ? "opening_shares." + g : "key." + g),
         values.first, values.second});
  }
  return *FindYear(r.solution, r.year);
}

void CostStore::DeleteYear(const std::string& solution, int year, int64_t expected_version) {
  auto existing = FindYear(solution, year);
  if (!existing) {
    throw Failure(FailureCode::kNotFound,
                  "no cost record for " + solution + " in " + std::to_string(year), "year");
  }
  if (existing->version != expected_version) {
    throw Failure(FailureCode::kConflict,
                  "the record was changed by someone else: reload and try again", "version");
  }
  conn_.Execute("DELETE FROM solution_year_groups WHERE solution_year_id = ?", {existing->id});
  conn_.Execute("DELETE FROM solution_years WHERE id = ? AND version = ?",
                {existing->id, expected_version});
}

}  // namespace fremdrift
