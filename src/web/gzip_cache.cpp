#include "web/gzip_cache.h"

#include <Poco/DeflatingStream.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <mutex>
#include <sstream>

namespace fremdrift {
namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string GzipCacheTrim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

std::string Gzip(const std::string& body) {
  std::ostringstream out;
  Poco::DeflatingOutputStream gz(out, Poco::DeflatingStreamBuf::STREAM_GZIP, 9);
  gz.write(body.data(), static_cast<std::streamsize>(body.size()));
  gz.close();
  return out.str();
}

}  // namespace

bool AcceptsGzip(const std::string& accept_encoding) {
  std::istringstream in(Lower(accept_encoding));
  std::string item;
  while (std::getline(in, item, ',')) {
    std::string coding = GzipCacheTrim(item.substr(0, item.find(';')));
    if (coding != "gzip" && coding != "*") continue;
    size_t q = item.find("q=");
    if (q != std::string::npos && std::strtod(item.c_str() + q + 2, nullptr) <= 0.0) return false;
    return true;
  }
  return false;
}

bool CompressibleType(const std::string& content_type) {
  return content_type.rfind("text/", 0) == 0 || content_type.rfind("image/svg+xml", 0) == 0 ||
         content_type.rfind("application/json", 0) == 0;
}

std::string GzipCached(const std::string& key, const std::string& body) {
  static std::mutex mutex;
  static std::map<std::string, std::string> cache;
  {
    std::lock_guard lock(mutex);
    if (auto it = cache.find(key); it != cache.end()) return it->second;
  }
  std::string compressed = Gzip(body);
  std::lock_guard lock(mutex);
  // A changed file gets a new key; the static folder is small, so old
  // versions are dropped wholesale now and then rather than tracked.
  if (cache.size() > 256) cache.clear();
  cache.emplace(key, compressed);
  return compressed;
}

}  // namespace fremdrift
