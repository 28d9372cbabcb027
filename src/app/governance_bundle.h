// The "bodies" and "meetings" sections of a bundle (docs/bundle-format.md):
// reading them into the database and writing them out, by natural keys
// (a body's key; a meeting's body and date; a case's body, year and number).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/bundle.h"
#include "domain/failure.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Imports the "bodies" and then the "meetings" section of one bundle
// document, if present. Every problem is added with its JSON path under
// `root`; the caller rolls back when there are any. Each record is written
// to the audit log as done by `actor` and counted in `summary`.
void ImportGovernanceSections(SqlConnection& conn, const nlohmann::json& doc, const std::string& root,
                              const std::string& actor, std::vector<FieldProblem>& problems,
                              ImportSummary& summary);

// Adds "bodies" (by key) and "meetings" (by body key and date, each with
// its cases in agenda order) to `doc`.
void ExportGovernanceSections(SqlConnection& conn, nlohmann::ordered_json& doc);

}  // namespace fremdrift
