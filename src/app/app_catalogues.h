// Health-app requirement catalogues: reading a stored version, publishing
// a new one (admins only, audited) and importing one from a bundle. A
// published version never changes: publishing under a key that has
// versions gives the next number.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/health_app_catalogue.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Version `id`; kNotFound when there is none.
AppCatalogue LoadCatalogue(SqlConnection& conn, int64_t id);
// Version `number` of `key`, or its latest published version when
// `number` is 0; kNotFound when there is none.
AppCatalogue LoadCatalogue(SqlConnection& conn, const std::string& key, int number = 0);
// Every stored version, by key and number.
std::vector<AppCatalogue> ListCatalogues(SqlConnection& conn);
// The most recently published version of any key; nullopt when none.
std::optional<AppCatalogue> NewestCatalogue(SqlConnection& conn);

// Publishes `in` (the JSON of formats/health_app_json.h) as the next
// version of its key on `today`; its `number` and `status` are ignored.
// Admins only; kInvalid with every problem.
AppCatalogue PublishCatalogue(SqlConnection& conn, const User& actor, const nlohmann::json& in,
                              const std::string& today);

// The bundle's form: imports version `number` of `key` unless it is
// stored already (a stored version is never changed: a different content
// under the same number is a problem). Problems are named from `path`.
// Returns whether it was created.
bool ImportCatalogueRecord(SqlConnection& conn, const nlohmann::json& in, const std::string& path,
                           const std::string& actor, std::vector<FieldProblem>& problems);

}  // namespace fremdrift
