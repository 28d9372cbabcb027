#include "web/object_history.h"

#include "app/visibility.h"
#include "render/history_view.h"
#include "web/page_frame.h"

namespace fremdrift {

mstch::map ObjectHistory(RequestContext& ctx, const std::string& entity, const std::string& id) {
  constexpr int kShown = 50;
  Visibility visibility(ctx.db(), Viewer::Of(ctx.user()));
  auto entries = visibility.History(entity, id, kShown);
  return HistoryView(entries, PageCatalogue(ctx), visibility.viewer().signed_in());
}

}  // namespace fremdrift
