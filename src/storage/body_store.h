// Governing bodies with their members and case types in the database.
// Updates are optimistic: they succeed only when the stored version is the
// one the caller read (kConflict otherwise), and bump it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/body.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class BodyStore {
 public:
  explicit BodyStore(SqlConnection& conn) : conn_(conn) {}

  std::vector<Body> List();  // by key, with members
  std::optional<Body> FindById(int64_t id);
  std::optional<Body> FindByKey(const std::string& key);

  // Inserts `b` with its members; the secretariat must be a known
  // organisation short name or "". Returns the new id.
  int64_t Insert(const Body& b);
  // Replaces the body's fields and members when its version is
  // `b.version` (kConflict otherwise).
  void Update(const Body& b);
  // Deletes the body with its members and case counters; kConflict for a
  // stale version or while it has meetings.
  void Delete(int64_t id, std::optional<int64_t> expected_version);

 private:
  std::optional<int64_t> SecretariatId(const std::string& short_name);
  void WriteMembers(int64_t body_id, const std::vector<BodyMember>& members);
  std::vector<Body> Select(const std::string& where, const SqlParams& params);
  SqlConnection& conn_;
};

}  // namespace fremdrift
