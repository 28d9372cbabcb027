// The "app_catalogues" and "health_apps" sections of a bundle
// (docs/bundle-format.md, docs/health-apps.md): requirement catalogue
// versions, and apps with their evaluations (answers, verdicts, decision).
// Labels are not in the bundle: they are computed again from the verdicts
// of each awarded evaluation, never typed.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/bundle.h"
#include "domain/failure.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Imports "app_catalogues" (a stored version is never changed) and then
// "health_apps" (by key; an app's evaluations are imported only when the
// app is new). Problems get their JSON path under `root`; records are
// audited as done by `actor` and counted in `summary`.
void ImportHealthAppSections(SqlConnection& conn, const nlohmann::json& doc, const std::string& root,
                             const std::string& actor, std::vector<FieldProblem>& problems,
                             ImportSummary& summary);

// Adds "app_catalogues" (by key and number) and "health_apps" (by name,
// each with its evaluations, oldest first) to `doc` when there are any.
void ExportHealthAppSections(SqlConnection& conn, nlohmann::ordered_json& doc);

}  // namespace fremdrift
