#include "storage/indicator_details_cache.h"

namespace fremdrift {

IndicatorDetailsCache& IndicatorDetailsCache::Instance() {
  static IndicatorDetailsCache cache;
  return cache;
}

std::vector<std::shared_ptr<const Indicator>> IndicatorDetailsCache::Find(const std::vector<IndicatorDetailsKey>& keys,
                                                                          int64_t stamp) {
  std::vector<std::shared_ptr<const Indicator>> out(keys.size());
  std::lock_guard lock(mutex_);
  for (size_t i = 0; i < keys.size(); ++i) {
    auto it = by_id_.find(keys[i].id);
    if (it == by_id_.end() || it->second.stamp != stamp) continue;
    const Indicator& kept = *it->second.indicator;
    if (kept.version == keys[i].version && kept.data_updated_at == keys[i].data_updated_at) {
      out[i] = it->second.indicator;
    }
  }
  return out;
}

void IndicatorDetailsCache::Keep(const std::vector<Indicator>& indicators, int64_t stamp) {
  std::vector<Entry> entries;
  entries.reserve(indicators.size());
  for (const auto& ind : indicators) entries.push_back({stamp, std::make_shared<const Indicator>(ind)});
  std::lock_guard lock(mutex_);
  if (by_id_.size() + entries.size() > kMaxEntries) by_id_.clear();
  for (auto& e : entries) {
    const int64_t id = e.indicator->id;
    by_id_[id] = std::move(e);
  }
}

}  // namespace fremdrift
