// The API's JSON text of one indicator (formats/indicator_json.h,
// IndicatorApiJson), kept in memory across requests (web/kept_fragments.h)
// while the indicator is unchanged, so that GET /api/v1/indicators writes
// again only the indicators that changed since it was last asked.
//
// An indicator as its store reads it is named by the database's basis
// stamp with its id, version and data_updated_at (storage/kept_rows.h:
// the stamp is renewed by every change of what it names from other rows,
// such as the keys of the items it serves). What a caller may see of it
// (app/visibility.h, Visibility::Seen: the served items, the numerator,
// denominator and parent it may know of) is part of the address, so that
// the answers to callers who see different things are kept side by side;
// its dimension names are part of the key.
#pragma once

#include <string>
#include <vector>

#include "domain/indicator.h"
#include "web/request_context.h"

namespace fremdrift {

// The JSON text of `seen` (as Visibility::Seen gives it) with its
// `dimensions`. `stamp` is the basis stamp, read before `seen` was read.
std::string KeptIndicatorJsonText(RequestContext& ctx, const std::string& stamp, const Indicator& seen,
                                  const std::vector<std::string>& dimensions);

}  // namespace fremdrift
