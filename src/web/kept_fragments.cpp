#include "web/kept_fragments.h"

namespace fremdrift {

std::shared_ptr<const std::string> KeptFragments::Get(const std::string& address, const std::string& key) {
  std::lock_guard lock(mutex_);
  auto it = map_.find(address);
  if (it == map_.end() || it->second.key != key) return nullptr;
  return it->second.text;
}

void KeptFragments::Put(const std::string& address, const std::string& key, std::shared_ptr<const std::string> text) {
  std::lock_guard lock(mutex_);
  if (map_.size() >= kMaxEntries && !map_.count(address)) map_.clear();
  map_[address] = Entry{key, std::move(text)};
}

std::shared_ptr<const std::string> KeptFragments::GetOrMake(const std::string& address, const std::string& key,
                                                           const std::function<std::string()>& make) {
  if (auto text = Get(address, key)) return text;
  auto text = std::make_shared<const std::string>(make());
  Put(address, key, text);
  return text;
}

KeptFragments& KeptFragments::Shared() {
  static KeptFragments kept;
  return kept;
}

}  // namespace fremdrift
