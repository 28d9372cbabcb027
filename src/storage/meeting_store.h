// Meetings of bodies, with their agenda breaks, in the database. Updates
// are optimistic (kConflict for a stale version).
#pragma once

#include <optional>
#include <vector>

#include "domain/meeting.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class MeetingStore {
 public:
  explicit MeetingStore(SqlConnection& conn) : conn_(conn) {}

  // Meetings by date, of one body and/or year when given.
  std::vector<Meeting> List(std::optional<int64_t> body_id = std::nullopt,
                            std::optional<int> year = std::nullopt);
  std::optional<Meeting> FindById(int64_t id);
  std::optional<Meeting> FindByDate(int64_t body_id, const Date& date);

  // Inserts `m`; kConflict when the body already meets that day or has a
  // meeting with that number in the year. Returns the new id.
  int64_t Insert(const Meeting& m);
  void Update(const Meeting& m);
  // kConflict for a stale version, or while cases are on its agenda or
  // postponed to it.
  void Delete(int64_t id, std::optional<int64_t> expected_version);

 private:
  std::vector<Meeting> Select(const std::string& where, const SqlParams& params);
  SqlConnection& conn_;
};

}  // namespace fremdrift
