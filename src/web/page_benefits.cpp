#include "web/page_benefits.h"

#include "app/benefit_service.h"
#include "render/url_for.h"
#include "render/benefit_view.h"
#include "web/object_history.h"
#include "web/page_frame.h"
#include "web/risk_subject_links.h"

namespace fremdrift {
namespace {

Response BenefitPage(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  const Catalogue& t = PageCatalogue(ctx);
  Benefit benefit = FindBenefit(ctx.db(), ctx.Param("key"));
  RiskSubjectLinks links(ctx);
  mstch::array items;
  for (const auto& ref : benefit.items) {
    RiskSubjectLink link = links.Of(RiskSubjectKind::kPlanItem, ref);
    items.push_back(mstch::map{{"text", link.text}, {"url", link.url}, {"has_url", !link.url.empty()}});
  }
  mstch::map view{
      {"breadcrumbs", mstch::array{mstch::map{{"url", UrlFor(routes::kHome)}, {"text", t.Text("nav_home")}}}},
      {"saved", ctx.Query("lagret").has_value()},
      {"benefit", BenefitRowView(benefit, t)},
      {"items", items},
      {"can_edit", MayKeepBenefit(ctx.db(), user, benefit)},
      {"edit_url", UrlFor(routes::kBenefitEdit, benefit.key)},
      {"delete_url", UrlFor(routes::kBenefitDelete, benefit.key)},
      {"api_url", UrlFor(routes::kApiBenefit, benefit.key)},
  };
  view.merge(ObjectHistory(ctx, "benefit", benefit.key));
  return RenderPage(ctx, "benefit", benefit.description, std::move(view));
}

}  // namespace

void RegisterBenefitPageRoutes(Router& router) {
  // /gevinster/ny (web/page_benefit_edit.h) wins over this: a literal segment beats a capture.
  router.Add("GET", routes::kBenefit, BenefitPage);
}

}  // namespace fremdrift
