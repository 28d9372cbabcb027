// JSON forms of cost sharing (domain/cost_sharing.h, domain/cost_table.h),
// shared by the API and the bundle so that both spell every field the same
// way (docs/cost-sharing.md, docs/bundle-format.md).
//
// Amounts are JSON numbers in MNOK ("change": -28, "rhf": 54.165); keys are
// JSON numbers in percent ("rhf": 44.5). Numbers are read from and written
// as their shortest decimal text, so a value with at most three decimals
// (two for keys) passes through exactly; a string such as "44.5" is also
// accepted on input.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/cost_sharing.h"
#include "domain/cost_table.h"
#include "domain/failure.h"
#include "formats/plan_json.h"

namespace fremdrift {

// The amount in `v` (a number or a numeric string) with at most
// `max_decimals` decimals, or nullopt.
std::optional<Mnok> MnokFromJson(const nlohmann::json& v, int max_decimals = Mnok::kInputDecimals);
// The exact amount as a JSON number.
Json MnokToJson(Mnok amount);

Json CostGroupToJson(const CostGroup& g);                // key, name, sort_order, source
Json NationalSolutionToJson(const NationalSolution& s);  // key, name, sort_order, source, notes

// year, method, change (not for opening), base_year (increase_over_base
// only), key or opening_shares (objects by group key), source, notes.
Json SolutionYearToJson(const SolutionYear& r);

// Reads the fields of SolutionYearToJson from `in` into `out` (leaving
// solution, id and version alone); a wrong or missing field adds a problem
// named `path` + field. Fields other than those and `allowed_extra` are
// reported as unknown.
void SolutionYearFromJson(const nlohmann::json& in, SolutionYear& out, const std::string& path,
                          const std::vector<std::string>& allowed_extra,
                          std::vector<FieldProblem>& problems);

// Reads key, name, sort_order, source (groups) or those and notes
// (solutions); problems as above.
CostGroup CostGroupFromJson(const nlohmann::json& in, const std::string& path,
                            std::vector<FieldProblem>& problems);
void NationalSolutionFromJson(const nlohmann::json& in, NationalSolution& out,
                              const std::string& path, const std::vector<std::string>& allowed_extra,
                              std::vector<FieldProblem>& problems);

// The table of a year: exact figures as numbers, and the same figures as
// shown on the page (rounded to one decimal) as strings under "display".
Json CostTableToJson(const CostTable& t);

}  // namespace fremdrift
