#include "app/kept_national_series.h"

namespace fremdrift {

std::optional<IndicatorSeries> KeptNationalSeries::Find(const std::string& address, const std::string& key) {
  std::shared_ptr<const IndicatorSeries> found;
  {
    std::lock_guard lock(mutex_);
    auto it = by_address_.find(address);
    if (it == by_address_.end() || it->second.key != key) return std::nullopt;
    found = it->second.series;
  }
  return *found;  // copied outside the lock
}

void KeptNationalSeries::Keep(const std::string& address, const std::string& key, const IndicatorSeries& series) {
  auto kept = std::make_shared<const IndicatorSeries>(series);
  std::lock_guard lock(mutex_);
  if (by_address_.size() >= kMaxEntries && !by_address_.count(address)) by_address_.clear();
  by_address_[address] = Entry{key, std::move(kept)};
}

KeptNationalSeries& KeptNationalSeries::Shared() {
  static KeptNationalSeries kept;
  return kept;
}

}  // namespace fremdrift
