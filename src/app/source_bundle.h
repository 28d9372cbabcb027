// The "sources" section of a bundle (docs/bundle-format.md): the source
// documents the data was taken from, listed on /kilder.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/failure.h"
#include "formats/plan_json.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Imports one record at `path` (e.g. "$.sources[0]"). Adds each problem to
// `problems` and writes nothing for a record with a problem. Returns
// whether a document was created (true) or updated (false), and the stored
// record as JSON for the audit log; nullopt when nothing was written.
struct ImportedSource {
  bool created = false;
  std::string key;
  std::string after;
};
std::optional<ImportedSource> ImportSourceRecord(SqlConnection& conn, const nlohmann::json& rec,
                                                 const std::string& path,
                                                 std::vector<FieldProblem>& problems);

// The section as exported (in display order), or nullopt when there are no
// documents, so that a dataset without them exports as before.
std::optional<Json> ExportSources(SqlConnection& conn);

}  // namespace fremdrift
