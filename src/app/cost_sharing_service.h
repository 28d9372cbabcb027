// Cost sharing on behalf of a user: reading a year's table, and changing
// cost groups, national solutions and their yearly records. Only admins
// change anything. Every change is validated (domain/cost_sharing_rules.h,
// including that the solution's chain of years stays unbroken), written
// with its audit entry in one transaction, and refused whole on any
// failure. A change of an existing record must name the version it
// started from; a stale or missing version is kConflict.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/cost_sharing.h"
#include "domain/cost_table.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// The years with at least one record, ascending.
std::vector<int> CostSharingYears(SqlConnection& conn);

// The groups and the national solutions, in their sort order, and one of
// each by key (nullopt when there is none). Cost sharing is public.
std::vector<CostGroup> CostGroups(SqlConnection& conn);
std::optional<CostGroup> FindCostGroup(SqlConnection& conn, const std::string& key);
std::vector<NationalSolution> NationalSolutions(SqlConnection& conn);
std::optional<NationalSolution> FindNationalSolution(SqlConnection& conn, const std::string& key);

// The records of `solution`, by year.
std::vector<SolutionYear> SolutionYears(SqlConnection& conn, const std::string& solution);

// The record of `solution` in `year`; nullopt when there is none.
std::optional<SolutionYear> FindSolutionYear(SqlConnection& conn, const std::string& solution, int year);

// The table of `year`; kNotFound (field "year") when no solution has a
// record for it.
CostTable CostSharingTable(SqlConnection& conn, int year);

// Creates (no such key yet) or changes the group `key` from `body` (name,
// sort_order, source; version when changing).
CostGroup SaveCostGroup(SqlConnection& conn, const User& actor, const std::string& key,
                        const nlohmann::json& body);

// Creates (no such key yet) or changes the solution `key` from `body`
// (name, sort_order, source, notes; version when changing).
NationalSolution SaveNationalSolution(SqlConnection& conn, const User& actor,
                                      const std::string& key, const nlohmann::json& body);

// Creates or replaces the record of `solution` in `year` from `body`
// (method, change, base_year, key, opening_shares, source, notes; version
// when replacing). A body "year", if given, must equal `year`.
SolutionYear SaveSolutionYear(SqlConnection& conn, const User& actor, const std::string& solution,
                              int year, const nlohmann::json& body);

// Removes the record if `version` is current and no other record depends
// on it (kConflict otherwise).
void DeleteSolutionYear(SqlConnection& conn, const User& actor, const std::string& solution,
                        int year, int64_t version);

}  // namespace fremdrift
