#include "render/route_links.h"

#include <string>

#include "render/string_table_node.h"
#include "render/url_for.h"

namespace fremdrift {

mstch::node RouteLinks() {
  static const StringTable links = [] {
    StringTable out;
    for (const routes::RouteSpec* route : routes::AllRoutes()) {
      if (routes::CaptureNames(*route).empty()) out.emplace(std::string(route->name), UrlFor(*route, {}));
    }
    return out;
  }();
  static const uint64_t id = NewStringTableId();
  return StringTableNode(id, links);
}

}  // namespace fremdrift
