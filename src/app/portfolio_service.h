// The national portfolio on behalf of a user: reading items with their
// current status and risk, creating, changing and deleting items, and
// assessing their status and risk per reporting period. Every change is
// validated (a dependency cycle is refused with kConflict naming it),
// authorised (admins all; editors items owned by their own organisation),
// written with its audit entry in one transaction, and refused whole on
// any failure.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/visibility.h"
#include "domain/portfolio_item.h"
#include "domain/portfolio_summary.h"
#include "domain/user.h"
#include "storage/portfolio_store.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Every item, by key, as `viewer` may see it (app/visibility.h): only the
// assessments of periods it may see, and only the plan items and
// indicators it may see among those the item serves.
std::vector<PortfolioEntry> ListPortfolio(SqlConnection& conn, const Viewer& viewer);

// One item; throws kNotFound.
PortfolioEntry FindPortfolioEntry(SqlConnection& conn, const std::string& key, const Viewer& viewer);

// The item's assessments that `viewer` may see, oldest period first.
std::vector<PeriodAssessment> PortfolioHistory(SqlConnection& conn, int64_t item_id, const Viewer& viewer);

// Creates an item from `body` (the fields of docs/portfolio.md).
PortfolioItem CreatePortfolioItem(SqlConnection& conn, const User& actor, const nlohmann::json& body);

// Changes item `key`: fields present in `body` replace the stored ones.
// `body.version` is required and must be the stored one (else kConflict).
PortfolioItem UpdatePortfolioItem(SqlConnection& conn, const User& actor, const std::string& key,
                                  const nlohmann::json& body);

// Deletes item `key` at `version`; kConflict while others depend on it.
void DeletePortfolioItem(SqlConnection& conn, const User& actor, const std::string& key, int64_t version);

// Creates or changes the assessment of item `key` in the reporting period
// `period_code` (of strategy `strategy_key`, see FindPeriod) from `body`
// (status, status_explanation, risk, risk_description; version when
// changing). Refused with kConflict once the period is approved.
PeriodAssessment SavePortfolioAssessment(SqlConnection& conn, const User& actor, const std::string& key,
                                         const std::string& strategy_key, const std::string& period_code,
                                         const nlohmann::json& body);

}  // namespace fremdrift
