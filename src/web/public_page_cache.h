// HTTP caching of the pages anonymous visitors see (docs/operations.md,
// "HTTP caching"): such a page gets a weak ETag made of the data's version
// (app/data_version.h), the language, the Oslo date (pages say what is
// due or overdue) and the build, with `Cache-Control: public, no-cache`,
// so that a browser or nginx may keep it and must ask again each time;
// the asking costs one small query, and an unchanged page is answered
// 304 without being made. Never for a request with credentials (a
// session cookie or Authorization), never for the API, static files or
// the operators' routes, and never for a response that sets a cookie or
// has its own caching headers.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "web/request_context.h"

namespace fremdrift {

// Whether `path` may be a public page: not the API, static files, the
// operators' routes or the sign-in page.
bool MayBePublicPage(std::string_view path);

// The ETag the page `ctx` asks for would get, or nullopt when it is not a
// cacheable anonymous request.
std::optional<std::string> PublicPageTag(RequestContext& ctx);

// Whether the client asks caches not to answer from what they keep
// (`Cache-Control: no-cache` or `no-store`, as a browser's hard reload
// sends, or the old `Pragma: no-cache`): the page is then made afresh.
bool AsksForAFreshAnswer(const IncomingRequest& head);

// Whether an If-None-Match header value names `tag` (weak comparison; "*"
// names any).
bool IfNoneMatchNames(std::string_view header, std::string_view tag);

// The 304 answer for `tag`.
Response NotModified(const std::string& tag);

// Gives `response` the caching headers for `tag` when it is a page that
// may be kept: 200, HTML, no cookie set, no caching headers of its own.
// Returns whether it did.
bool MarkCacheable(Response& response, const std::string& tag);

}  // namespace fremdrift
