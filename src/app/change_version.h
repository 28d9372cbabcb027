// The version a change was made on, for the optimistic-concurrency check
// of the strategy model's records (risks, benefits, evaluations): the
// If-Match header's when sent, else the body's "version"; nullopt when
// neither (no check).
// 0 means "a new record". kInvalid naming "version" when the body's is
// not a whole number of at least 0.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "domain/failure.h"
#include "storage/sql_connection.h"

namespace fremdrift {

std::optional<int64_t> ChangeVersion(const nlohmann::json& body, std::optional<int64_t> if_match);

// The refusal of a change made on version `seen` of a record now at version
// `current`: kConflict on "version" with rule `rule`, naming who saved it
// last (the newest audit entry of `entity` `id`). `noun` names the record in
// the message ("benefit 'k' was changed after version 2 ...").
Failure StaleVersion(SqlConnection& conn, const std::string& entity, const std::string& id,
                     const std::string& noun, const std::string& rule, int64_t current, int64_t seen);

}  // namespace fremdrift
