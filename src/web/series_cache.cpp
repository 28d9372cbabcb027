#include "web/series_cache.h"

namespace fremdrift {

std::shared_ptr<const SeriesCache::Entry> SeriesCache::Get(const std::string& address, const std::string& version) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = map_.find(address);
  if (it == map_.end() || it->second.version != version) return nullptr;
  order_.splice(order_.begin(), order_, it->second.at);
  return it->second.entry;
}

void SeriesCache::Put(const std::string& address, const std::string& version, std::shared_ptr<const Entry> entry) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = map_.find(address);
  if (it != map_.end()) {
    // A request that read an older version may finish after one that read
    // a newer; either may be kept, and a request for the other version
    // makes its own.
    it->second.version = version;
    it->second.entry = std::move(entry);
    order_.splice(order_.begin(), order_, it->second.at);
    return;
  }
  order_.push_front(address);
  map_.emplace(address, Slot{version, std::move(entry), order_.begin()});
  while (map_.size() > capacity_) {
    map_.erase(order_.back());
    order_.pop_back();
  }
}

size_t SeriesCache::size() {
  std::lock_guard<std::mutex> lock(mutex_);
  return map_.size();
}

SeriesCache& SeriesCache::Shared() {
  static SeriesCache cache;
  return cache;
}

}  // namespace fremdrift
