#include "web/object_history.h"

#include "app/visibility.h"
#include "render/history_view.h"
#include "storage/audit_log.h"
#include "web/page_frame.h"

namespace fremdrift {

mstch::map ObjectHistory(RequestContext& ctx, const std::string& entity, const std::string& id) {
  constexpr int kShown = 50;
  Visibility visibility(ctx.db(), Viewer::Of(ctx.user()));
  auto entries = visibility.Seen(AuditLog(ctx.db()).List(entity, id, kShown));
  return HistoryView(entries, PageCatalogue(ctx), visibility.viewer().signed_in());
}

}  // namespace fremdrift
