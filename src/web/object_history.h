// The history section of an object's page: its audit-log entries as
// render/history_view.h shows them, with who made each change only for
// signed-in users.
#pragma once

#include <cstdint>
#include <string>

#include <mstch/mstch.hpp>

#include "web/request_context.h"

namespace fremdrift {

mstch::map ObjectHistory(RequestContext& ctx, const std::string& entity, const std::string& id);
inline mstch::map ObjectHistory(RequestContext& ctx, const std::string& entity, int64_t id) {
  return ObjectHistory(ctx, entity, std::to_string(id));
}

}  // namespace fremdrift
