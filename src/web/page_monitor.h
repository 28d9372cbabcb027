// The public e-health monitor ("e-helsemonitor"): the published
// indicators with their figures, charts and downloads. No sign-in is
// needed, and internal (unpublished) indicators never appear here, not
// even for a signed-in user: the monitor is the public face.
//
//   GET /monitor                    the overview, per goal of the newest
//                                   published strategy (render/monitor_view.h),
//                                   a page at a time (render/monitor_listing.h),
//                                   with ?q= (words in code or name), ?mal=
//                                   (a goal's key or "andre") and ?side=
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

// The home page's headline candidates: published indicators, in the
// monitor's order, with a national series; those with two or more values
// (a change) first. Stops reading once `wanted` of them have a change, so
// it reads a few series, not the whole monitor's.
std::vector<MonitorEntry> MonitorHeadlineCandidates(RequestContext& ctx, size_t wanted);

Response MonitorPage(RequestContext& ctx);
Response MonitorIndicatorPage(RequestContext& ctx);

}  // namespace fremdrift
