// The public e-health monitor ("e-helsemonitor"): the published
// indicators with their figures, charts and downloads. No sign-in is
// needed, and internal (unpublished) indicators never appear here, not
// even for a signed-in user: the monitor is the public face.
//
//   GET /monitor                    the overview, per goal of the newest
//                                   published strategy (render/monitor_view.h)
//   GET /monitor/indikator/{code}   one indicator (render/monitor_indicator_view.h),
//                                   with ?by=, ?period_type=, ?from=, ?to=
//                                   as the series API takes them and
//                                   ?diagram=linje|stolper|stablet; a bad
//                                   value is a 400 page naming the parameter,
//                                   an unknown or internal code a 404.
#pragma once

#include <vector>

#include "render/monitor_card.h"
#include "web/request_context.h"

namespace fremdrift {

// The published indicators with the series the overview shows (also the
// home page's headline figures).
std::vector<MonitorEntry> PublicMonitorEntries(RequestContext& ctx);

Response MonitorPage(RequestContext& ctx);
Response MonitorIndicatorPage(RequestContext& ctx);

}  // namespace fremdrift
