#include "app/public_indicators.h"

#include "app/visibility.h"
#include "storage/indicator_outline.h"
#include "storage/indicator_store.h"

namespace fremdrift {

namespace {

std::vector<Indicator> AsThePublicSeesThem(SqlConnection& conn, std::vector<Indicator> stored) {
  Visibility visibility(conn, Viewer::Public());
  std::vector<Indicator> out;
  for (auto& ind : stored) out.push_back(visibility.Seen(std::move(ind)));
  return out;
}

}  // namespace

std::vector<Indicator> PublicIndicatorsAfter(SqlConnection& conn, const std::string& after_code, size_t limit) {
  return AsThePublicSeesThem(conn, IndicatorStore(conn).ListPublishedAfter(after_code, limit));
}

std::vector<Indicator> PublicIndicatorOutline(SqlConnection& conn) {
  return AsThePublicSeesThem(conn, ReadPublishedIndicatorOutline(conn));
}

std::vector<Indicator> PublicIndicatorsByCodes(SqlConnection& conn, const std::vector<std::string>& codes) {
  return AsThePublicSeesThem(conn, IndicatorStore(conn).ListPublishedByCodes(codes));
}

}  // namespace fremdrift
