// The bundle section "plan_dependencies" (docs/bundle-format.md): what each
// plan item waits for, by keys, read inside the bundle's transaction after
// the strategies (so that any item of the bundle may be named), and written
// sorted by strategy and item key so that export -> import -> export gives
// the same bytes.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/bundle.h"
#include "domain/failure.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Imports the records {strategy, item, depends_on: [keys]} of `list` (at
// JSON path `path`): each replaces what its item waits for. An unknown
// strategy or key, an item waiting for itself, a key given twice, or a
// cycle among the strategy's links is added to `problems` with its path.
// Counts go to `summary` ("plan_dependencies").
void ImportPlanDependencies(SqlConnection& conn, const nlohmann::json& list, const std::string& path,
                            const std::string& actor, std::vector<FieldProblem>& problems,
                            ImportSummary& summary);

// The section, or an empty array when no item waits for another.
nlohmann::ordered_json ExportPlanDependencies(SqlConnection& conn);

}  // namespace fremdrift
