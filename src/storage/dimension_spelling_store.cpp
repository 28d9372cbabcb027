#include "storage/dimension_spelling_store.h"

#include "storage/timestamp.h"

namespace fremdrift {

bool DimensionSpellingStore::IsCurrent(int64_t indicator_id) {
  auto rows = conn_.Query("SELECT version, spellings_version FROM indicators WHERE id = ?", {indicator_id});
  return !rows.empty() && rows[0].Int(0) == rows[0].Int(1);
}

void DimensionSpellingStore::Clear(int64_t indicator_id) {
  conn_.Execute("DELETE FROM dimension_spellings WHERE indicator_id = ?", {indicator_id});
}

void DimensionSpellingStore::Add(int64_t indicator_id, int position, const std::string& match_key,
                                 const std::string& value) {
  conn_.Execute(
      "INSERT INTO dimension_spellings (indicator_id, dim_position, match_key, value) VALUES (?, ?, ?, ?) "
      "ON CONFLICT DO NOTHING",
      {indicator_id, int64_t{position}, match_key, value});
}

std::vector<std::string> DimensionSpellingStore::WithKey(int64_t indicator_id, int position,
                                                         const std::string& match_key) {
  std::vector<std::string> out;
  for (const auto& r : conn_.Query("SELECT value FROM dimension_spellings WHERE indicator_id = ? "
                                   "AND dim_position = ? AND match_key = ? ORDER BY value",
                                   {indicator_id, int64_t{position}, match_key})) {
    out.push_back(r.Text(0));
  }
  return out;
}

IndicatorDataStamp DimensionSpellingStore::MarkDataChangedAndCurrent(int64_t indicator_id) {
  // Both engines read the right-hand sides from the row as it was.
  auto rows = conn_.Query(
      "UPDATE indicators SET version = version + 1, data_updated_at = ?, spellings_version = version + 1 "
      "WHERE id = ? RETURNING version, data_updated_at",
      {UtcNow(), indicator_id});
  if (rows.empty()) return {};
  return {rows[0].Int(0), rows[0].Text(1)};
}

}  // namespace fremdrift
