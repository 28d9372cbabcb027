#include "web/page_sources.h"

#include "app/source_documents.h"
#include "render/source_list_view.h"
#include "web/page_frame.h"

namespace fremdrift {
namespace {

Response SourcesPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  mstch::map view = SourceListView(SourceDocuments(ctx.db()), t);
  return RenderPage(ctx, "sources", t.Text("sources_title"), view);
}

}  // namespace

void RegisterSourcesRoutes(Router& router) {
  router.Add("GET", routes::kSources, SourcesPage);
}

}  // namespace fremdrift
