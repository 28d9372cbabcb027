// The routes for operators (docs/operations.md): GET /readyz, whether
// this instance should get traffic (database reachable, migrations
// current, not stopping), and GET /metrics in the Prometheus text
// format. /metrics needs the bearer token of --metrics-token-file when
// one is set; without one it answers only clients on loopback that came
// through no proxy, and 404 to everyone else.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterServiceRoutes(Router& router);

}  // namespace fremdrift
