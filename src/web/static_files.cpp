#include "web/static_files.h"

#include <algorithm>
#include <cstdlib>
#include <cctype>
#include <fstream>
#include <sstream>

#include "domain/failure.h"
#include "web/gzip_cache.h"
#include "web/server.h"

namespace fremdrift {
namespace {

namespace fs = std::filesystem;

Failure Refused() {
  return Failure(FailureCode::kInvalid, "this is not a valid path for a static file", "path");
}

Failure Missing() { return Failure(FailureCode::kNotFound, "no such static file", "path"); }

// The request path as the client sent it, without the query.
std::string RawPath(RequestContext& ctx) {
  std::string uri = ctx.uri();
  size_t end = uri.find_first_of("?#");
  return end == std::string::npos ? uri : uri.substr(0, end);
}

Response ServeStatic(RequestContext& ctx) {
  const std::string prefix = "/static/";
  std::string raw = RawPath(ctx);
  if (raw.rfind(prefix, 0) != 0) throw Refused();
  fs::path root = fs::path(ctx.config().assets_dir) / "static";
  fs::path file = ResolveStaticPath(root, raw.substr(prefix.size()));

  std::error_code ec;
  auto size = fs::file_size(file, ec);
  auto mtime = fs::last_write_time(file, ec);
  if (ec) throw Missing();
  std::string etag(1, '"');
  etag += std::to_string(size);
  etag += '-';
  etag += std::to_string(mtime.time_since_epoch().count());
  etag += '"';
  Response r;
  r.content_type = *StaticContentType(file.filename().string());
  r.headers.emplace_back("Cache-Control", "public, max-age=3600");
  // Text is sent gzip-compressed to clients that accept it (a variant
  // with its own ETag, and Vary so caches keep the two apart).
  const bool gzip = CompressibleType(r.content_type) &&
                    AcceptsGzip(ctx.request().Header("Accept-Encoding"));
  if (CompressibleType(r.content_type)) r.headers.emplace_back("Vary", "Accept-Encoding");
  if (gzip) etag.insert(etag.size() - 1, "-gz");
  r.headers.emplace_back("ETag", etag);
  if (ctx.request().Header("If-None-Match") == etag) {
    r.status = kHttpNotModified;
    return r;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Missing();
  std::stringstream buf;
  buf << in.rdbuf();
  r.body = buf.str();
  if (gzip) {
    r.body = GzipCached(file.string() + etag, r.body);
    r.headers.emplace_back("Content-Encoding", "gzip");
  }
  return r;
}

}  // namespace

std::optional<std::string> StaticContentType(const std::string& file_name) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".txt", "text/plain; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".pdf", "application/pdf"},
  };
  std::string ext = fs::path(file_name).extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& [e, type] : kTypes) {
    if (ext == e) return std::string(type);
  }
  return std::nullopt;
}

fs::path ResolveStaticPath(const fs::path& root, const std::string& raw_path) {
  if (raw_path.empty() || raw_path.size() > 512) throw Refused();
  if (raw_path.find_first_of("%\\:") != std::string::npos ||
      raw_path.find('\0') != std::string::npos) {
    throw Refused();
  }
  fs::path relative;
  size_t start = 0;
  while (start <= raw_path.size()) {
    size_t slash = raw_path.find('/', start);
    if (slash == std::string::npos) slash = raw_path.size();
    std::string segment = raw_path.substr(start, slash - start);
    // Empty (// or a leading /), ".", ".." and hidden names are refused.
    if (segment.empty() || segment.front() == '.') throw Refused();
    for (unsigned char c : segment) {
      if (c < 0x20 || c == 0x7f) throw Refused();
    }
    relative /= segment;
    start = slash + 1;
  }
  if (!StaticContentType(relative.filename().string())) throw Missing();

  std::error_code ec;
  fs::path base = fs::canonical(root, ec);
  if (ec) throw Missing();
  fs::path full = fs::canonical(base / relative, ec);
  if (ec) throw Missing();
  // The canonical file must still be below the canonical root.
  auto [root_end, _] = std::mismatch(base.begin(), base.end(), full.begin(), full.end());
  if (root_end != base.end() || full == base) throw Missing();
  if (!fs::is_regular_file(full, ec)) throw Missing();
  return full;
}

void RegisterStaticRoutes(Router& router) {
  router.Add("GET", routes::kStatic1, ServeStatic);
  router.Add("GET", routes::kStatic2, ServeStatic);
  router.Add("GET", routes::kStatic3, ServeStatic);
  router.Add("GET", routes::kStatic4, ServeStatic);
  router.Add("GET", routes::kStatic5, ServeStatic);
}

}  // namespace fremdrift
