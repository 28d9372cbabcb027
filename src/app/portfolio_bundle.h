// The bundle sections "portfolio_items" and "roadmap_versions"
// (docs/bundle-format.md): reading them into the database inside the
// bundle's transaction, and writing them in a fixed order so that
// export -> import -> export gives the same bytes.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/bundle.h"
#include "domain/failure.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Imports the records of `list` (at JSON path `path`), upserting items by
// key and their assessments by period; every problem is added to
// `problems` with its path. Links to other portfolio items may point to
// records later in the list. Returns nothing; counts go to `summary`.
void ImportPortfolioItems(SqlConnection& conn, const nlohmann::json& list, const std::string& path,
                          const std::string& actor, std::vector<FieldProblem>& problems,
                          ImportSummary& summary);

// Imports roadmap versions, upserting by code.
void ImportRoadmapVersions(SqlConnection& conn, const nlohmann::json& list, const std::string& path,
                           const std::string& actor, std::vector<FieldProblem>& problems,
                           ImportSummary& summary);

nlohmann::ordered_json ExportPortfolioItems(SqlConnection& conn);   // by key
nlohmann::ordered_json ExportRoadmapVersions(SqlConnection& conn);  // by code

}  // namespace fremdrift
