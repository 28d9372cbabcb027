// Maps a method and a path such as /api/v1/items/{id} to a handler.
// Every route comes from the route table (render/route_table.h): a handler
// is added for one method of a named route, never for a path written here.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "render/route_table.h"
#include "web/request_context.h"

namespace fremdrift {

using Handler = std::function<Response(RequestContext&)>;

struct Route {
  std::string method;   // GET, POST, PUT, DELETE, PATCH
  std::string pattern;  // the table's, e.g. /api/v1/items/{id}
  Handler handler;
  const routes::RouteSpec* spec = nullptr;  // the route in the table
  // The pattern split at '/' once, when the route is added.
  std::vector<std::string> segments;
  int captures = 0;  // how many {name} segments
  // Whether anonymous visitors may send this route a body (sign-in): the
  // server refuses other anonymous writes before reading their body.
  bool open_to_anonymous = false;
  // Whether the I/O thread may try the route itself before handing the
  // request to a worker (RequestContext::answering_inline): for answers
  // kept in memory, which cost one small read when they are there.
  bool tried_inline = false;
};

class Router {
 public:
  // Adds `handler` for `method` of `route`. Throws std::logic_error when
  // the table does not give `route` that method.
  void Add(std::string_view method, const routes::RouteSpec& route, Handler handler);
  // Adds a write route that anonymous visitors may use (Route::open_to_anonymous).
  void AddOpenToAnonymous(std::string_view method, const routes::RouteSpec& route, Handler handler);
  // Adds a GET route that the I/O thread may try first (Route::tried_inline).
  void AddTriedInline(const routes::RouteSpec& route, Handler handler);

  // The route for `method` and `path`, with its captures in `params`, or
  // nullptr. When the path exists only for other methods, those are put in
  // `allowed_methods` (the caller answers 405).
  const Route* Match(const std::string& method, const std::string& path,
                     std::map<std::string, std::string>& params,
                     std::vector<std::string>& allowed_methods) const;

  const std::vector<Route>& routes() const { return routes_; }

 private:
  // The routes as a tree of their segments, so that Match (run for every
  // request) walks a path once instead of comparing it with every route:
  // a literal segment's child by name, one child for any capture, and at
  // the node of a pattern's last segment the routes it ends.
  struct Node {
    std::map<std::string, Node, std::less<>> literal;
    std::unique_ptr<Node> capture;
    std::vector<size_t> ends;  // indexes into routes_
  };
  void Collect(const Node& node, const std::vector<std::string_view>& got, size_t depth,
               std::vector<size_t>& out) const;

  std::vector<Route> routes_;
  Node root_;
};

}  // namespace fremdrift
