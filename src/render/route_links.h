// The addresses of the routes that take no value, by route name, for the
// templates: `{{u.monitor}}` is UrlFor(routes::kMonitor), "/monitor". The
// layout gives them to every page (render/layout_view.cpp), so that a
// template links to a fixed page through the route table
// (render/route_table.h) and never by a path written in the template. An
// address with values (a meeting, an indicator) is built by the view with
// UrlFor and given to the template as a value of its own.
#pragma once

#include <mstch/mstch.hpp>

namespace fremdrift {

// Keys: the `name` of every route of the table without {captures}
// ("home", "monitor", "sign_out", "api_open_api_json"...); values: its path.
mstch::node RouteLinks();

}  // namespace fremdrift
