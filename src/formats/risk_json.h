// A risk (domain/risk.h) as JSON, for the API and the bundle section
// "risks" (docs/bundle-format.md): key, subject_kind ("plan_item" or
// "portfolio_item"), subject, description, cause, effect, likelihood,
// consequence, mitigation, owner, review_by (YYYY-MM-DD or null), state
// ("open" or "closed"); written with the derived score and level and the
// stored version (the optimistic-concurrency check's, app/risk_service.h).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/failure.h"
#include "domain/risk.h"

namespace fremdrift {

nlohmann::ordered_json RiskToJson(const Risk& risk);

// Reads a risk from `in`; each problem goes to `problems` with `path`
// before its field name. "score" and "level" are allowed and ignored (they
// are derived), and so is "version" (the caller reads it); any other
// unknown member is a problem.
Risk RiskFromJson(const nlohmann::json& in, const std::string& path,
                  std::vector<FieldProblem>& problems);

}  // namespace fremdrift
