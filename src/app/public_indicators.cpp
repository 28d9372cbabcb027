#include "app/public_indicators.h"

#include <set>

#include "domain/failure.h"
#include "storage/indicator_store.h"

namespace fremdrift {

namespace {

std::vector<Indicator> AsThePublicSeesThem(Visibility& the_public, std::vector<Indicator> stored) {
  if (the_public.viewer().signed_in()) {
    throw Failure(FailureCode::kInternal, "the public indicators need the public's visibility");
  }
  // What their ratios and parts name, learnt in one read, not one by one.
  std::set<std::string> named;
  for (const auto& ind : stored) named.insert({ind.numerator, ind.denominator, ind.parent});
  the_public.LearnIndicators(named);
  std::vector<Indicator> out;
  for (auto& ind : stored) out.push_back(the_public.Seen(std::move(ind)));
  return out;
}

}  // namespace

std::vector<Indicator> PublicIndicatorsAfter(SqlConnection& conn, Visibility& the_public, const std::string& after_code,
                                             size_t limit) {
  return AsThePublicSeesThem(the_public, IndicatorStore(conn).ListPublishedAfter(after_code, limit));
}

std::vector<Indicator> EveryPublicIndicator(SqlConnection& conn, Visibility& the_public) {
  return AsThePublicSeesThem(the_public, IndicatorStore(conn).List(ListScope::kPublished));
}

std::vector<Indicator> PublicIndicatorsServing(SqlConnection& conn, int64_t item_id) {
  std::vector<Indicator> out;
  for (auto& ind : IndicatorStore(conn).ServingItem(item_id, ListScope::kAll)) {
    if (MaySee(Viewer::Public(), ind)) out.push_back(std::move(ind));
  }
  return out;
}

}  // namespace fremdrift
