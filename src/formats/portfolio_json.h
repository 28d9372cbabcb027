// JSON forms of portfolio items and their assessments, shared by the API
// and the bundle so both spell every field the same way (docs/portfolio.md,
// docs/bundle-format.md "portfolio_items").
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "domain/failure.h"
#include "domain/portfolio_assessment.h"
#include "domain/portfolio_item.h"

namespace fremdrift {

// The item's own fields, without id and version: key, kind, programme,
// name, description, owner, segment, phase, planned_start, planned_end,
// forecast_start, forecast_end, budget_mnok, forecast_cost_mnok,
// serves_items, serves_indicators, depends_on, source.
nlohmann::ordered_json PortfolioItemToJson(const PortfolioItem& p);

// Sets on `item` each item field that `in` contains, leaving the others.
// A wrong type or value adds a problem at `path` + field; members that are
// neither item fields nor in `allowed_extra` are reported as unknown.
void ApplyPortfolioItemFields(const nlohmann::json& in, PortfolioItem& item, const std::string& path,
                              const std::vector<std::string>& allowed_extra,
                              std::vector<FieldProblem>& problems);

// status, status_explanation, risk, risk_description, assessed_by, source_ref.
nlohmann::ordered_json PortfolioAssessmentToJson(const PortfolioAssessment& a);

// Reads the assessment fields present in `in` onto `a`, checking the
// status and risk words.
void ApplyPortfolioAssessmentFields(const nlohmann::json& in, PortfolioAssessment& a, const std::string& path,
                                    std::vector<FieldProblem>& problems);

}  // namespace fremdrift
