#include "web/router.h"

#include <algorithm>
#include <stdexcept>
#include <string_view>

namespace fremdrift {
namespace {

// The segments of a path after its leading '/' ("/a/b" -> a, b).
template <typename Text>
std::vector<Text> Segments(std::string_view path) {
  std::vector<Text> out;
  size_t start = 1;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    out.emplace_back(path.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

bool IsCapture(const std::string& segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

}  // namespace

void Router::Add(std::string_view method, const routes::RouteSpec& route, Handler handler) {
  if (!routes::Allows(route, method)) {
    throw std::logic_error("route " + std::string(route.name) + " does not answer " + std::string(method));
  }
  Route r{std::string(method), std::string(route.pattern), std::move(handler), &route, {}, 0};
  r.segments = Segments<std::string>(r.pattern);
  r.captures = static_cast<int>(std::count_if(r.segments.begin(), r.segments.end(), IsCapture));
  Node* node = &root_;
  for (const auto& segment : r.segments) {
    if (IsCapture(segment)) {
      if (!node->capture) node->capture = std::make_unique<Node>();
      node = node->capture.get();
    } else {
      node = &node->literal[segment];
    }
  }
  node->ends.push_back(routes_.size());
  routes_.push_back(std::move(r));
}

void Router::AddOpenToAnonymous(std::string_view method, const routes::RouteSpec& route, Handler handler) {
  Add(method, route, std::move(handler));
  routes_.back().open_to_anonymous = true;
}

void Router::AddTriedInline(const routes::RouteSpec& route, Handler handler) {
  Add("GET", route, std::move(handler));
  routes_.back().tried_inline = true;
}

void Router::Collect(const Node& node, const std::vector<std::string_view>& got, size_t depth,
                     std::vector<size_t>& out) const {
  if (depth == got.size()) {
    out.insert(out.end(), node.ends.begin(), node.ends.end());
    return;
  }
  if (auto it = node.literal.find(got[depth]); it != node.literal.end()) Collect(it->second, got, depth + 1, out);
  // A capture takes any segment but an empty one.
  if (node.capture && !got[depth].empty()) Collect(*node.capture, got, depth + 1, out);
}

const Route* Router::Match(const std::string& method, const std::string& path,
                           std::map<std::string, std::string>& params,
                           std::vector<std::string>& allowed_methods) const {
  std::string_view m = method == "HEAD" ? std::string_view("GET") : std::string_view(method);
  const auto got = Segments<std::string_view>(path);
  const Route* found = nullptr;
  std::vector<size_t> matching;
  Collect(root_, got, 0, matching);
  // In the order the routes were added, as the methods are listed.
  std::sort(matching.begin(), matching.end());
  for (size_t index : matching) {
    const Route& r = routes_[index];
    if (r.method == m) {
      // A literal segment beats a capture: prefer the route with fewer.
      if (!found || r.captures < found->captures) found = &r;
    } else {
      allowed_methods.push_back(r.method);
    }
  }
  if (found) {
    std::map<std::string, std::string> captured;
    for (size_t i = 0; i < got.size(); ++i) {
      const std::string& want = found->segments[i];
      if (IsCapture(want)) captured[want.substr(1, want.size() - 2)] = std::string(got[i]);
    }
    params = std::move(captured);
  }
  return found;
}

}  // namespace fremdrift
