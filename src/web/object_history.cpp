#include "web/object_history.h"

#include "render/history_view.h"
#include "storage/audit_log.h"
#include "web/page_frame.h"

namespace fremdrift {

mstch::map ObjectHistory(RequestContext& ctx, const std::string& entity, const std::string& id) {
  constexpr int kShown = 50;
  auto entries = AuditLog(ctx.db()).List(entity, id, kShown);
  return HistoryView(entries, PageCatalogue(ctx), ctx.user().has_value());
}

}  // namespace fremdrift
