// Cost groups, national solutions and their yearly cost records (see
// domain/cost_sharing.h) in the database.
//
// Versions: a solution and a solution-year record carry a version that each
// change bumps; a save with a stale expected version throws
// Failure(kConflict). Unique-key clashes also throw kConflict.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/cost_sharing.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class CostStore {
 public:
  explicit CostStore(SqlConnection& conn) : conn_(conn) {}

  // Groups in display order (sort_order, then key).
  std::vector<CostGroup> Groups();
  std::optional<CostGroup> FindGroup(const std::string& key);
  // Inserts the group with `g.key`, or updates it when `expected_version`
  // is its version (kConflict otherwise); without `expected_version` an
  // existing group is updated unconditionally (bundle import). Returns the
  // stored group.
  CostGroup SaveGroup(const CostGroup& g, std::optional<int64_t> expected_version);

  // Solutions in display order (sort_order, then key).
  std::vector<NationalSolution> Solutions();
  std::optional<NationalSolution> FindSolution(const std::string& key);
  // Inserts a new solution (kConflict if the key is taken) or, when
  // `expected_version` is given, updates the one with `s.key` if its
  // version is still that. Returns the stored solution.
  NationalSolution SaveSolution(const NationalSolution& s, std::optional<int64_t> expected_version);
  // Inserts or updates by key regardless of version (bundle import).
  NationalSolution UpsertSolution(const NationalSolution& s);

  // Every record of every solution (or of one), by solution then year.
  std::vector<SolutionYear> Years(const std::string& solution = "");
  std::optional<SolutionYear> FindYear(const std::string& solution, int year);
  // Inserts the record of (solution, year), or replaces it when it exists.
  // With `expected_version`, an existing record must have that version and
  // a missing one is kConflict too; without it, an existing record is
  // replaced unconditionally (bundle import). Returns the stored record.
  // The solution and the groups named must exist (kInvalid otherwise).
  SolutionYear SaveYear(const SolutionYear& r, std::optional<int64_t> expected_version);
  // Removes the record; kNotFound if there is none, kConflict when stale.
  void DeleteYear(const std::string& solution, int year, int64_t expected_version);

 private:
  SqlConnection& conn_;
};

}  // namespace fremdrift
