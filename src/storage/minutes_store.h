// The minutes of meetings in the database, one row per meeting. Updates
// are optimistic (kConflict for a stale version).
#pragma once

#include <optional>
#include <vector>

#include "domain/minutes.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class MinutesStore {
 public:
  explicit MinutesStore(SqlConnection& conn) : conn_(conn) {}

  std::optional<Minutes> Find(int64_t meeting_id);
  // The minutes approved by case `case_id` (17/22 approved two).
  std::vector<Minutes> ApprovedBy(int64_t case_id);
  // Every meeting's minutes, by meeting id.
  std::vector<Minutes> List();

  // Inserts `m` (its meeting has none yet; kConflict otherwise).
  void Insert(const Minutes& m);
  // Writes `m` if its version is the stored one; kConflict otherwise.
  void Update(const Minutes& m);

 private:
  std::vector<Minutes> Select(const std::string& where, const SqlParams& params);
  SqlConnection& conn_;
};

}  // namespace fremdrift
