// Reading the plan with the visibility rule applied: unpublished
// strategies and their items exist only for signed-in users.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/plan_item.h"
#include "domain/strategy.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// The strategy with this id (digits) or key, when `user` may see it;
// throws kNotFound otherwise (so hidden strategies are not revealed).
Strategy VisibleStrategy(SqlConnection& conn, const std::optional<User>& user,
                         const std::string& id_or_key);

std::vector<Strategy> VisibleStrategies(SqlConnection& conn,
                                        const std::optional<User>& user);

// The item, when its strategy is visible to `user`; else kNotFound.
PlanItem VisibleItem(SqlConnection& conn, const std::optional<User>& user, int64_t id);

}  // namespace fremdrift
