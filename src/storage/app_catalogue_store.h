// Versions of the health-app requirement catalogue in the database. A
// version is kept as one document (`content`, the JSON of
// formats/health_app_json.h) beside its key, number and status; a
// published version is never updated, so there is no Update.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "storage/sql_connection.h"

namespace fremdrift {

struct StoredCatalogue {
  int64_t id = 0;
  std::string key;
  int number = 1;
  std::string status;  // "published" (the only status stored so far)
  std::string published_on;
  std::string content;
  std::string source;
};

class AppCatalogueStore {
 public:
  explicit AppCatalogueStore(SqlConnection& conn) : conn_(conn) {}

  std::vector<StoredCatalogue> List();  // by key, then number
  std::optional<StoredCatalogue> FindById(int64_t id);
  std::optional<StoredCatalogue> Find(const std::string& key, int number);
  // The published version of `key` with the highest number.
  std::optional<StoredCatalogue> Latest(const std::string& key);
  // The highest number given to `key` (0 when none).
  int LastNumber(const std::string& key);
  // Inserts `c` (kConflict when key and number are taken); returns the id.
  int64_t Insert(const StoredCatalogue& c);

 private:
  std::vector<StoredCatalogue> Select(const std::string& where, const SqlParams& params);
  SqlConnection& conn_;
};

}  // namespace fremdrift
