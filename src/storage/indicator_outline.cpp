#include "storage/indicator_outline.h"

#include <map>

namespace fremdrift {

std::vector<Indicator> ReadPublishedIndicatorOutline(SqlConnection& conn) {
  std::vector<Indicator> out;
  std::map<int64_t, size_t> index;
  for (const auto& r : conn.Query(
           "SELECT id, code, name, parent_code, part_number FROM indicators WHERE published = 1 ORDER BY code")) {
    Indicator i;
    i.id = r.Int(0);
    i.code = r.Text(1);
    i.name = r.Text(2);
    i.parent = r.IsNull(3) ? "" : r.Text(3);
    i.part_number = r.IsNull(4) ? 0 : static_cast<int>(r.Int(4));
    i.published = true;
    index[i.id] = out.size();
    out.push_back(std::move(i));
  }
  if (out.empty()) return out;
  for (const auto& r : conn.Query(
           "SELECT v.indicator_id, s.key, p.key FROM indicator_serves v "
           "JOIN indicators i ON i.id = v.indicator_id "
           "JOIN plan_items p ON p.id = v.plan_item_id "
           "JOIN strategies s ON s.id = p.strategy_id "
           "WHERE i.published = 1 ORDER BY v.indicator_id, v.position")) {
    out[index.at(r.Int(0))].serves.push_back({r.Text(1), r.Text(2)});
  }
  return out;
}

}  // namespace fremdrift
