// Finding a plan item by its reference "<strategy key>/<item key>", the
// form the strategy model's records (risks, benefits) use for a plan item.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/plan_item.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// The id of the item `ref` names; nullopt when there is none (or `ref`
// has no '/').
std::optional<int64_t> PlanItemIdByRef(SqlConnection& conn, const std::string& ref);

// The item `ref` names; nullopt when there is none.
std::optional<PlanItem> PlanItemByRef(SqlConnection& conn, const std::string& ref);

}  // namespace fremdrift
