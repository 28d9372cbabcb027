// Cases on the agendas of meetings, their links, and the case numbers
// given per body and year, in the database. Updates are optimistic
// (kConflict for a stale version). The counter of given numbers only ever
// rises, so a deleted case's number is never given again.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/agenda_case.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class CaseStore {
 public:
  explicit CaseStore(SqlConnection& conn) : conn_(conn) {}

  // The cases numbered on `meeting_id`'s agenda, in agenda order.
  std::vector<Case> OnMeeting(int64_t meeting_id);
  // The cases postponed from earlier meetings to `meeting_id`, by number.
  std::vector<Case> PostponedTo(int64_t meeting_id);
  // Every case, by body, year and number; of one body when given.
  std::vector<Case> List(std::optional<int64_t> body_id = std::nullopt);
  // The cases with a link of this kind and reference, by year and number.
  std::vector<Case> LinkedTo(const std::string& kind, const std::string& reference);
  std::optional<Case> FindById(int64_t id);
  std::optional<Case> FindByNumber(int64_t body_id, int year, int number);

  // Gives the next case number of the body and year and records it as
  // given. Atomic on both engines.
  int TakeNumber(int64_t body_id, int year);
  // Records that numbers up to `number` are given (an imported case).
  void MarkNumberGiven(int64_t body_id, int year, int number);
  // The highest number ever given per year of the body, by year.
  std::vector<std::pair<int, int>> LastNumbers(int64_t body_id);

  // The position after the last case on the meeting's agenda.
  int NextPosition(int64_t meeting_id);

  // Inserts `c` (number and position set by the caller) with its links.
  int64_t Insert(const Case& c);
  void Update(const Case& c);
  void Delete(int64_t id, std::optional<int64_t> expected_version);

 private:
  std::vector<Case> Select(const std::string& where, const SqlParams& params, const std::string& order);
  void WriteLinks(int64_t case_id, const std::vector<CaseLink>& links);
  SqlConnection& conn_;
};

}  // namespace fremdrift
