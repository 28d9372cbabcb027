#include "app/public_indicators.h"

#include "app/visibility.h"
#include "storage/indicator_store.h"

namespace fremdrift {

std::vector<Indicator> PublicIndicatorsAfter(SqlConnection& conn, const std::string& after_code, size_t limit) {
  Visibility visibility(conn, Viewer::Public());
  std::vector<Indicator> out;
  for (auto& stored : IndicatorStore(conn).ListPublishedAfter(after_code, limit)) {
    out.push_back(visibility.Seen(std::move(stored)));
  }
  return out;
}

}  // namespace fremdrift
