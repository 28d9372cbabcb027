#include "web/public_page_memory.h"

namespace fremdrift {

std::optional<Response> PublicPageMemory::Get(const std::string& address, const std::string& tag) {
  std::shared_ptr<const Response> page;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = map_.find(address);
    if (it == map_.end() || it->second.tag != tag) return std::nullopt;
    order_.splice(order_.begin(), order_, it->second.at);
    page = it->second.page;
  }
  return *page;  // the headers are copied, the body is shared
}

void PublicPageMemory::Put(const std::string& address, const std::string& tag, const Response& page) {
  auto kept = std::make_shared<Response>(page);
  if (!kept->shared_body) kept->shared_body = std::make_shared<const std::string>(std::move(kept->body));
  kept->body.clear();
  kept->route_pattern.clear();
  kept->user_name.clear();
  const size_t bytes = kept->shared_body->size() + address.size() + tag.size();
  if (bytes > max_bytes_ / 10) return;
  std::lock_guard<std::mutex> lock(mutex_);
  if (auto it = map_.find(address); it != map_.end()) {
    bytes_ -= it->second.bytes;
    order_.erase(it->second.at);
    map_.erase(it);
  }
  order_.push_front(address);
  map_.emplace(address, Entry{tag, std::move(kept), order_.begin(), bytes});
  bytes_ += bytes;
  while (bytes_ > max_bytes_ && !order_.empty()) {
    auto last = map_.find(order_.back());
    bytes_ -= last->second.bytes;
    map_.erase(last);
    order_.pop_back();
  }
}

PublicPageMemory& PublicPageMemory::Shared() {
  static PublicPageMemory memory;
  return memory;
}

}  // namespace fremdrift
