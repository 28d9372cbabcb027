// Managing organisations on behalf of an admin, for the API and the admin
// pages alike: each call checks that the actor is an admin (else
// kForbidden), validates every field (kInvalid listing each problem with
// its field), writes the change and its audit entry (entity
// "organisation", the numeric id) in one transaction, and returns the
// stored organisation. On any Failure nothing is written.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "domain/organisation.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Creates an organisation from `body`: short_name, name, kind (one of
// kOrganisationKinds) and optionally source. kConflict (field
// "short_name") when the short name is taken.
Organisation CreateOrganisation(SqlConnection& conn, const User& actor,
                                const nlohmann::json& body);

// Changes organisation `short_name`: name, kind and source present in
// `body` replace the stored ones. `body.version` is required and must be
// the stored version (else kConflict, field "version"). The short name
// is the organisation's key and cannot change. kNotFound for none.
Organisation UpdateOrganisation(SqlConnection& conn, const User& actor,
                                const std::string& short_name, const nlohmann::json& body);

// Deletes organisation `short_name`; when `expected_version` is given it
// must match. Refused with kConflict naming them while plan items are
// owned by it or users belong to it.
void DeleteOrganisation(SqlConnection& conn, const User& actor, const std::string& short_name,
                        std::optional<int64_t> expected_version);

}  // namespace fremdrift
