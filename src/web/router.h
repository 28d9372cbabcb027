// Maps a method and a path such as /api/v1/items/{id} to a handler.
// Patterns are literal segments and {name} captures of one segment.
// The router's route list is also what the OpenAPI test checks.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "web/request_context.h"

namespace fremdrift {

using Handler = std::function<Response(RequestContext&)>;

struct Route {
  std::string method;   // GET, POST, PUT, DELETE
  std::string pattern;  // e.g. /api/v1/items/{id}
  Handler handler;
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
  void Add(std::string method, std::string pattern, Handler handler);
  // Adds a write route that anonymous visitors may use (Route::open_to_anonymous).
  void AddOpenToAnonymous(std::string method, std::string pattern, Handler handler);
  // Adds a GET route that the I/O thread may try first (Route::tried_inline).
  void AddTriedInline(std::string pattern, Handler handler);

  // The route for `method` and `path`, with its captures in `params`, or
  // nullptr. When the path exists only for other methods, those are put in
  // `allowed_methods` (the caller answers 405).
  const Route* Match(const std::string& method, const std::string& path,
                     std::map<std::string, std::string>& params,
                     std::vector<std::string>& allowed_methods) const;

  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace fremdrift
