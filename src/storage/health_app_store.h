// Health apps in the database. Updates are optimistic: they succeed only
// when the stored version is the one the caller read (kConflict
// otherwise), and bump it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/health_app.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class HealthAppStore {
 public:
  explicit HealthAppStore(SqlConnection& conn) : conn_(conn) {}

  std::vector<HealthApp> List();  // by name
  std::optional<HealthApp> FindById(int64_t id);
  std::optional<HealthApp> FindByKey(const std::string& key);
  // Inserts `a`; the manufacturer must be a known organisation short name
  // (kInvalid otherwise), the key unused (kConflict). Returns the id.
  int64_t Insert(const HealthApp& a);
  // Replaces the fields of app `a.id` when its version is `a.version`.
  void Update(const HealthApp& a);

 private:
  int64_t ManufacturerId(const std::string& short_name);
  std::vector<HealthApp> Select(const std::string& where, const SqlParams& params);
  SqlConnection& conn_;
};

}  // namespace fremdrift
