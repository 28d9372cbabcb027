#include "web/router.h"

#include <algorithm>

namespace fremdrift {
namespace {

std::vector<std::string> Segments(const std::string& path) {
  std::vector<std::string> out;
  size_t start = 1;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    out.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

bool MatchPattern(const std::string& pattern, const std::string& path,
                  std::map<std::string, std::string>& params) {
  auto want = Segments(pattern);
  auto got = Segments(path);
  if (want.size() != got.size()) return false;
  std::map<std::string, std::string> captured;
  for (size_t i = 0; i < want.size(); ++i) {
    const auto& w = want[i];
    if (w.size() > 2 && w.front() == '{' && w.back() == '}') {
      if (got[i].empty()) return false;
      captured[w.substr(1, w.size() - 2)] = got[i];
    } else if (w != got[i]) {
      return false;
    }
  }
  params = std::move(captured);
  return true;
}

}  // namespace

void Router::Add(std::string method, std::string pattern, Handler handler) {
  routes_.push_back({std::move(method), std::move(pattern), std::move(handler)});
}

const Route* Router::Match(const std::string& method, const std::string& path,
                           std::map<std::string, std::string>& params,
                           std::vector<std::string>& allowed_methods) const {
  std::string m = method == "HEAD" ? "GET" : method;
  const Route* found = nullptr;
  for (const auto& r : routes_) {
    std::map<std::string, std::string> p;
    if (!MatchPattern(r.pattern, path, p)) continue;
    if (r.method == m) {
      // A literal segment beats a capture: prefer the route with fewer {.
      if (!found || std::count(r.pattern.begin(), r.pattern.end(), '{') <
                        std::count(found->pattern.begin(), found->pattern.end(), '{')) {
        found = &r;
        params = p;
      }
    } else {
      allowed_methods.push_back(r.method);
    }
  }
  return found;
}

}  // namespace fremdrift
