// Changing the plan on behalf of a user: each call parses the request,
// checks the domain rules and the user's rights, writes the change and its
// audit entry in one transaction, and returns the stored item. On any
// Failure nothing is written.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>

#include "domain/plan_item.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Creates an item from `body`: the plan-item fields (see
// docs/bundle-format.md) plus `strategy` (key) or `strategy_id`, and
// `parent_id` (or `parent`, a key) for items below the top level. When
// `level` is missing it is one below the parent's.
PlanItem CreatePlanItem(SqlConnection& conn, const User& actor,
                        const nlohmann::json& body);

// Changes item `id`: fields present in `body` replace the stored ones,
// others stay. `body.version` is required and must be the stored version
// (else kConflict). An editor must own the item both before and after.
PlanItem UpdatePlanItem(SqlConnection& conn, const User& actor, int64_t id,
                        const nlohmann::json& body);

// Deletes item `id`. When `expected_version` is given it must match.
// Refused with kConflict while other items have it as their parent.
void DeletePlanItem(SqlConnection& conn, const User& actor, int64_t id,
                    std::optional<int64_t> expected_version);

}  // namespace fremdrift
