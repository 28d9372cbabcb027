#include "web/public_page_memory.h"

namespace fremdrift {

std::optional<Response> PublicPageMemory::Get(const std::string& address, const std::string& tag) {
  auto page = pages_.Find(address, tag);
  if (!page) return std::nullopt;
  return *page;  // the headers are copied, the body is shared
}

void PublicPageMemory::Put(const std::string& address, const std::string& tag, const Response& page) {
  auto kept = std::make_shared<Response>(page);
  if (!kept->shared_body) kept->shared_body = std::make_shared<const std::string>(std::move(kept->body));
  kept->body.clear();
  kept->route_pattern.clear();
  kept->user_name.clear();
  const size_t bytes = kept->shared_body->size() + address.size() + tag.size();
  pages_.Keep(address, tag, std::move(kept), bytes);
}

PublicPageMemory& PublicPageMemory::Shared() {
  static PublicPageMemory memory;
  return memory;
}

}  // namespace fremdrift
