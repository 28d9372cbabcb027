// Writing a record that is identified by a unique `key` column and carries
// a `version` column: replace the row with that key (bumping its version;
// with an expected version, only a row at that version), or insert it.
// Shared by the strategy model's stores (risks, benefits).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "storage/sql_connection.h"

namespace fremdrift {

// Sets `columns` to `values` in the row of `table` whose key is `key`, or
// inserts a row with the key and them. With `expected_version`, a row at
// another version (or none) is refused with kConflict naming "version"
// (`what` names the record in the message). Returns whether it inserted.
bool KeyedUpsert(SqlConnection& conn, const std::string& table, const std::vector<std::string>& columns,
                 const SqlParams& values, const std::string& key, std::optional<int64_t> expected_version,
                 const std::string& what);

}  // namespace fremdrift
