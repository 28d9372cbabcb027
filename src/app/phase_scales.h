// Reading and keeping phase scales (domain/phase_scale.h): the scale a
// strategy's items use, every scale for the pages and the API, and the
// bundle section "phase_scales" (docs/bundle-format.md), read before the
// strategies so that a strategy may name a scale of the same bundle.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/import_summary.h"
#include "domain/failure.h"
#include "domain/phase_scale.h"
#include "domain/strategy.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// The scale `strategy` names; the default scale when it names one that is
// not stored (the import refuses such a strategy, so this is a safeguard).
PhaseScale PhaseScaleOf(SqlConnection& conn, const Strategy& strategy);

// The phase scale of the strategy with id `strategy_id`; the default scale
// when there is no such strategy.
PhaseScale PhaseScaleOfStrategyId(SqlConnection& conn, int64_t strategy_id);

// Every stored scale, by key.
std::map<std::string, PhaseScale> PhaseScalesByKey(SqlConnection& conn);

// Each of `strategies`' scales, by strategy id (for ItemFilter::phase_scales).
std::map<int64_t, PhaseScale> PhaseScalesOf(SqlConnection& conn, const std::vector<Strategy>& strategies);

// Imports the scale records of `list` (at JSON path `path`): each creates
// a scale or replaces the one with its key, with an audit entry (entity
// "phase_scale") by `actor`; a record identical to the stored scale is
// counted as ignored and writes nothing. A broken record, or a change that would drop
// a phase that items of a strategy on that scale still hold, is added to
// `problems` with its path. Counts go to `summary` ("phase_scales").
void ImportPhaseScales(SqlConnection& conn, const nlohmann::json& list, const std::string& path,
                       const std::string& actor, std::vector<FieldProblem>& problems, ImportSummary& summary);

// The section: every scale, by key.
nlohmann::ordered_json ExportPhaseScales(SqlConnection& conn);

}  // namespace fremdrift
