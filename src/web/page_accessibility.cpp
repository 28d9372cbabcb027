#include "web/page_accessibility.h"

#include "web/page_frame.h"

namespace fremdrift {
namespace {

Response AccessibilityPage(RequestContext& ctx) {
  return RenderPage(ctx, "accessibility", PageCatalogue(ctx).Text("a11y_title"), mstch::map{});
}

}  // namespace

void RegisterAccessibilityRoutes(Router& router) {
  router.Add("GET", routes::kAccessibility, AccessibilityPage);
}

}  // namespace fremdrift
