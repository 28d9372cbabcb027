#include "web/public_page_cache.h"

#include <strings.h>

#include <cctype>

#include "app/data_version.h"
#include "app/sign_in.h"
#include "domain/oslo_time.h"
#include "render/route_table.h"
#include "web/build_info.h"
#include "web/session_cookie.h"
#include "web/unchanged_reads.h"

namespace fremdrift {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool PublicPageCacheSameName(const std::string& a, const char* b) { return strcasecmp(a.c_str(), b) == 0; }

bool HasHeader(const Response& r, const char* name) {
  for (const auto& [n, v] : r.headers) {
    if (PublicPageCacheSameName(n, name)) return true;
  }
  return false;
}

// The tag without its weakness marker.
std::string_view Opaque(std::string_view tag) {
  if (StartsWith(tag, "W/")) tag.remove_prefix(2);
  return tag;
}

void AddCachingHeaders(Response& r, const std::string& tag) {
  r.headers.emplace_back("ETag", tag);
  r.headers.emplace_back("Cache-Control", "public, no-cache");
  // The language may come from the lang cookie; a session cookie turns caching off.
  r.headers.emplace_back("Vary", "Cookie");
}

}  // namespace

bool MayBePublicPage(std::string_view path) {
  return !(StartsWith(path, "/api/") || StartsWith(path, "/static/") || path == routes::kHealthz.pattern ||
           path == routes::kReadyz.pattern || path == routes::kMetrics.pattern || path == routes::kSignIn.pattern);
}

std::optional<std::string> PublicPageTag(RequestContext& ctx) {
  if (ctx.method() != "GET" && ctx.method() != "HEAD") return std::nullopt;
  const IncomingRequest& req = ctx.request();
  if (req.HasHeader("Authorization") || !req.Cookie(kSessionCookie).empty()) return std::nullopt;
  if (!MayBePublicPage(ctx.path())) return std::nullopt;
  // On SQLite no query while nothing was committed (web/unchanged_reads.h).
  const std::string version =
      ReadUnlessUnchanged<std::string>(ctx, "public-data-version", [&] { return PublicDataVersion(ctx.db()); });
  return "W/\"" + version + "-" + ctx.lang() + "-" + OsloDate(EpochSeconds()).ToIso() +
         "-" + FremdriftVersion() + "\"";
}

bool AsksForAFreshAnswer(const IncomingRequest& head) {
  auto names_no_cache = [](std::string value) {
    for (auto& c : value) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return value.find("no-cache") != std::string::npos || value.find("no-store") != std::string::npos;
  };
  return names_no_cache(head.Header("Cache-Control")) || names_no_cache(head.Header("Pragma"));
}

bool IfNoneMatchNames(std::string_view header, std::string_view tag) {
  while (!header.empty()) {
    size_t comma = header.find(',');
    std::string_view item = header.substr(0, comma);
    while (!item.empty() && (item.front() == ' ' || item.front() == '\t')) item.remove_prefix(1);
    while (!item.empty() && (item.back() == ' ' || item.back() == '\t')) item.remove_suffix(1);
    if (item == "*" || (!item.empty() && Opaque(item) == Opaque(tag))) return true;
    if (comma == std::string_view::npos) break;
    header.remove_prefix(comma + 1);
  }
  return false;
}

Response NotModified(const std::string& tag) {
  Response r;
  r.status = kHttpNotModified;
  r.content_type = "";
  AddCachingHeaders(r, tag);
  return r;
}

bool MarkCacheable(Response& response, const std::string& tag) {
  if (response.status != kHttpOk || !StartsWith(response.content_type, "text/html")) return false;
  if (HasHeader(response, "Set-Cookie") || HasHeader(response, "ETag") || HasHeader(response, "Cache-Control")) {
    return false;
  }
  AddCachingHeaders(response, tag);
  return true;
}

}  // namespace fremdrift
