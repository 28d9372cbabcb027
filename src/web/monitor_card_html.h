// The HTML of the monitor's cards (render/monitor_view.h, MonitorCardHtml),
// kept in memory across requests (web/kept_fragments.h) while nothing a
// card is made from has changed, so that a monitor page renders again only
// the cards of the indicators whose figures or definitions changed.
//
// A card is made from its indicator, its series, its parts' indicators and
// series, its parent's name and address, the language, its chart's id in
// the page and the achievement rule. Its address names the database, the
// language, the indicator and the chart's id; its key names the state of
// the rest:
// - the database's basis stamp (app/data_version.h, DataBasisStamp), which
//   every insert or delete of an indicator renews;
// - the id, version and data_updated_at of the indicator, of each part and
//   of the parent: every save of an indicator and every write of its
//   figures bumps its version;
// - the series of the indicator and of each part, value by value, with
//   their achievements: a ratio's series changes with its numerator's and
//   denominator's figures, whose versions are not its own.
// All of it was read in this request, so a card is never older than what
// the request read.
#pragma once

#include "render/i18n.h"
#include "render/monitor_view.h"
#include "web/request_context.h"

namespace fremdrift {

// The card maker of the monitor page answering `ctx` in the language of
// `t`. It reads the basis stamp once, when made: make it before the page
// reads its rows, so that a card is never kept under a stamp newer than
// what it was made from. It must not outlive `ctx`.
MonitorCardHtml KeptMonitorCardHtml(RequestContext& ctx, const Catalogue& t);

}  // namespace fremdrift
