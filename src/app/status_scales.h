// Reading and keeping status scales (domain/status_scale.h): the scale a
// strategy is assessed on, every record for the API, and the bundle
// section "status_scales" (docs/bundle-format.md), read before the
// strategies so that a strategy may name a scale of the same bundle.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/import_summary.h"
#include "domain/failure.h"
#include "domain/status_scale.h"
#include "domain/strategy.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// The stored scale `strategy` names; the stored traffic light (or the
// built-in one) when it names one that is not stored (the import refuses
// such a strategy, so this is a safeguard).
StatusScale StatusScaleOf(SqlConnection& conn, const Strategy& strategy);

// Every stored record, by key; one by key, or nullopt.
std::vector<StatusScaleRecord> StatusScaleRecordsStored(SqlConnection& conn);
std::optional<StatusScaleRecord> FindStatusScale(SqlConnection& conn, const std::string& key);

// Imports the records of `list` (at JSON path `path`): each creates a
// scale or replaces the one with its key, with an audit entry (entity
// "status_scale") by `actor`; a record identical to the stored one is
// counted as ignored and writes nothing. A broken record, or a change that
// would drop a level that assessments of a strategy on that scale or
// answers of an evaluation on it still hold (rule "status_level_in_use"),
// is added to `problems` with its path.
// Counts go to `summary` ("status_scales").
void ImportStatusScales(SqlConnection& conn, const nlohmann::json& list, const std::string& path,
                        const std::string& actor, std::vector<FieldProblem>& problems, ImportSummary& summary);

// Whether `strategy` (stored as `stored`, if it is) may be on scale
// `scale_key`: the scale must be stored, and the statuses its stored
// assessments hold must be on it (rule "status_off_scale"). A problem is
// added at `field`.
void CheckStrategyStatusScale(SqlConnection& conn, const std::optional<Strategy>& stored,
                              const std::string& scale_key, const std::string& field,
                              std::vector<FieldProblem>& problems);

// The section: every record, by key.
nlohmann::ordered_json ExportStatusScales(SqlConnection& conn);

}  // namespace fremdrift
