// A benefit (domain/benefit.h) as JSON, for the API and the bundle section
// "benefits" (docs/bundle-format.md): key, description, kind ("quality",
// "time", "cost", "other"), owner, items (["<strategy>/<item>", ...]),
// indicator (a code or null), baseline, target, by (YYYY-MM-DD or null),
// state ("planned", "realising", "realised", "not_realised"), comment;
// written with the stored version.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/benefit.h"
#include "domain/failure.h"

namespace fremdrift {

nlohmann::ordered_json BenefitToJson(const Benefit& benefit);

// Reads a benefit from `in`; each problem goes to `problems` with `path`
// before its field name. "version" is allowed and ignored (the caller
// reads it); any other unknown member is a problem.
Benefit BenefitFromJson(const nlohmann::json& in, const std::string& path, std::vector<FieldProblem>& problems);

}  // namespace fremdrift
