#include "web/series_cache.h"

namespace fremdrift {

std::shared_ptr<const SeriesCache::Entry> SeriesCache::Get(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = map_.find(key);
  if (it == map_.end()) return nullptr;
  order_.splice(order_.begin(), order_, it->second.second);
  return it->second.first;
}

void SeriesCache::Put(const std::string& key, std::shared_ptr<const Entry> entry) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = map_.find(key);
  if (it != map_.end()) {
    it->second.first = std::move(entry);
    order_.splice(order_.begin(), order_, it->second.second);
    return;
  }
  order_.push_front(key);
  map_.emplace(key, std::make_pair(std::move(entry), order_.begin()));
  while (map_.size() > capacity_) {
    map_.erase(order_.back());
    order_.pop_back();
  }
}

SeriesCache& SeriesCache::Shared() {
  static SeriesCache cache;
  return cache;
}

}  // namespace fremdrift
