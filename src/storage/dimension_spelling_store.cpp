#include "storage/dimension_spelling_store.h"

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

}  // namespace fremdrift
