// The anonymous public pages kept in memory (docs/operations.md, "HTTP
// caching"): a page made for a visitor without credentials is kept under
// its address (the Host it was asked under, its language and its request
// target) with its ETag (public_page_cache.h: the data's version, language,
// Oslo date and build), so that
// the next anonymous visitor of the same page gets the same bytes without
// the page being made again — from the I/O thread, without a worker
// (RouteDispatcher::AnswerInline). Any change of the data changes the tag,
// so a kept page is never served stale; a page made under a newer tag
// takes the older one's place.
//
// Bounded by bytes; a page larger than a tenth of the bound is not kept.
// Thread-safe (domain/kept_by_address.h). A hit copies a pointer to the
// body, not the body.
#pragma once

#include <optional>
#include <string>

#include "domain/kept_by_address.h"
#include "web/request_context.h"

namespace fremdrift {

class PublicPageMemory {
 public:
  explicit PublicPageMemory(size_t max_bytes = 64u << 20) : pages_(max_bytes) {}

  // The page kept for `address` when it was made under `tag`, or nullopt.
  std::optional<Response> Get(const std::string& address, const std::string& tag);
  // Keeps `page` (a cacheable 200 answer), made under `tag`, for `address`
  // in place of any page made under another tag: once the data has
  // changed, the page of an older tag is never asked for again, and many
  // writes must not fill the memory with such pages.
  void Put(const std::string& address, const std::string& tag, const Response& page);

  static PublicPageMemory& Shared();  // the process-wide instance

 private:
  KeptByAddress<std::string, Response> pages_;  // bounded by bytes
};

}  // namespace fremdrift
