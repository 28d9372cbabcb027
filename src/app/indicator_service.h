// Changing indicators and their targets on behalf of a user: each call
// checks the user's rights (domain/indicator_rules.h MayEditIndicators),
// reads and validates the request naming every problem, writes the change
// and its audit entry (entity "indicator", id = the code) in one
// transaction, and returns the stored indicator. On any Failure nothing is
// written. Changes need the version the caller read (kConflict, field
// "version", when it is stale); an indicator's version also moves when its
// measurements change, since series caches key on it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "domain/indicator.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Creates an indicator from the bundle's indicator fields
// (docs/bundle-format.md). kConflict (field "code") when the code is taken.
Indicator CreateIndicator(SqlConnection& conn, const User& actor, const nlohmann::json& body);

// Changes indicator `code`: fields present in `body` replace the stored
// ones, others stay. `body.version` is required. The code cannot change.
Indicator UpdateIndicator(SqlConnection& conn, const User& actor, const std::string& code,
                          const nlohmann::json& body);

// Deletes indicator `code` with its targets and measurements. Refused with
// kConflict while another indicator (ratio, composite) or an assessment
// refers to it. When `expected_version` is given it must match.
void DeleteIndicator(SqlConnection& conn, const User& actor, const std::string& code,
                     std::optional<int64_t> expected_version);

// Adds a target: `body` is {version, value, by, label, dimensions}.
Indicator AddTarget(SqlConnection& conn, const User& actor, const std::string& code,
                    const nlohmann::json& body);

// Replaces target `number` (1-based, in the order the indicator lists
// them; kNotFound when there is none) with `body` as for AddTarget.
Indicator UpdateTarget(SqlConnection& conn, const User& actor, const std::string& code, int number,
                       const nlohmann::json& body);

// Removes target `number` (1-based).
Indicator RemoveTarget(SqlConnection& conn, const User& actor, const std::string& code, int number,
                       int64_t expected_version);

// The form the audit log keeps of an indicator: its bundle fields, id and
// version.
std::string IndicatorAuditJson(const Indicator& i);

}  // namespace fremdrift
