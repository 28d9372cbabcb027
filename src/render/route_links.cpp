#include "render/route_links.h"

#include <string>

#include "render/url_for.h"

namespace fremdrift {

mstch::map RouteLinks() {
  static const mstch::map links = [] {
    mstch::map out;
    for (const routes::RouteSpec* route : routes::AllRoutes()) {
      if (routes::CaptureNames(*route).empty()) out.emplace(std::string(route->name), UrlFor(*route, {}));
    }
    return out;
  }();
  return links;
}

}  // namespace fremdrift
