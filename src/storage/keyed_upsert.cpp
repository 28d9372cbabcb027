#include "storage/keyed_upsert.h"

#include "domain/failure.h"

namespace fremdrift {

bool KeyedUpsert(SqlConnection& conn, const std::string& table, const std::vector<std::string>& columns,
                 const SqlParams& values, const std::string& key, std::optional<int64_t> expected_version,
                 const std::string& what) {
  std::string set, names = "key", marks = "?";
  for (const auto& c : columns) {
    set += c + " = ?, ";
    names += ", " + c;
    marks += ", ?";
  }
  SqlParams update = values;
  update.push_back(key);
  if (expected_version) update.push_back(*expected_version);
  int64_t changed = conn.Execute("UPDATE " + table + " SET " + set + "version = version + 1 WHERE key = ?" +
                                     (expected_version ? " AND version = ?" : ""),
                                 update);
  if (changed > 0) return false;
  if (expected_version) {
    throw Failure(FailureCode::kConflict,
                  what + " '" + key + "' is not at version " + std::to_string(*expected_version), "version");
  }
  SqlParams insert{key};
  insert.insert(insert.end(), values.begin(), values.end());
  conn.Execute("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")", insert);
  return true;
}

}  // namespace fremdrift
