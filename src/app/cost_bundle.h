// The cost-sharing sections of a bundle (docs/bundle-format.md):
// "cost_groups" and "national_solutions" (each solution with its "years").
// Import validates each record with the domain rules and the chain of each
// solution's years; export writes them in display order, years ascending.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/failure.h"
#include "formats/plan_json.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// One record written by an import, for the summary and the audit log.
struct ImportedCostRecord {
  std::string section;    // "cost_groups", "national_solutions", "solution_years"
  std::string entity;     // audit entity: "cost_group", "national_solution", "solution_year"
  std::string entity_id;  // "rhf", "helsenorge", "helsenorge/2022"
  bool created = false;
  std::string after;      // JSON of the record
};

// Imports one record of "cost_groups" at `path` (e.g. "$.cost_groups[0]").
// Adds each problem to `problems` (and writes nothing for that record).
std::vector<ImportedCostRecord> ImportCostGroupRecord(SqlConnection& conn, const nlohmann::json& rec,
                                                      const std::string& path,
                                                      std::vector<FieldProblem>& problems);

// Imports one record of "national_solutions" with its "years".
std::vector<ImportedCostRecord> ImportNationalSolutionRecord(SqlConnection& conn,
                                                             const nlohmann::json& rec,
                                                             const std::string& path,
                                                             std::vector<FieldProblem>& problems);

// The two sections as exported, or nullopt each when there is nothing to
// export (so a dataset without cost sharing exports as before).
std::optional<Json> ExportCostGroups(SqlConnection& conn);
std::optional<Json> ExportNationalSolutions(SqlConnection& conn);

}  // namespace fremdrift
