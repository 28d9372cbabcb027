#include "web/page_portfolio.h"


#include "app/portfolio_service.h"
#include "app/roadmap_version_service.h"
#include "app/strategy_items.h"
#include "domain/failure.h"
#include "render/portfolio_view.h"
#include "render/roadmap_version_view.h"
#include "render/url_for.h"
#include "storage/system_clock.h"
#include "web/page_frame.h"
#include "app/case_links.h"
#include "render/governance_view.h"
#include "domain/portfolio_rules.h"
#include "web/item_risks.h"
#include "web/risk_heat_section.h"
#include "domain/risk_filter.h"
#include "web/object_history.h"
#include "web/page_plan_names.h"
#include "app/visibility.h"

namespace fremdrift {
namespace {

Response PortfolioPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  PortfolioChoice choice{ctx.Query("type").value_or(""), ctx.Query("eier").value_or(""),
                         ctx.Query("fase").value_or(""), ctx.Query("status").value_or(""),
                         ctx.Query("risiko").value_or("")};
  CheckPortfolioChoice(choice);
  auto entries = ListPortfolio(ctx.db(), Viewer::Of(ctx.user()));
  mstch::map view = PortfolioView(entries, choice, LoadPlanNames(ctx.db()), t);
  view.merge(RiskHeatSection(ctx, kRiskScopePortfolio));  // signed-in readers only
  return RenderPage(ctx, "portfolio", t.Text("pf_title"), std::move(view), "portfolio");
}

// The plan items the item serves, with their pages. `item` is as the
// reader sees it (ListPortfolio left out what it may not see).
std::vector<ServedLink> ServedLinks(RequestContext& ctx, const PortfolioItem& item) {
  std::vector<ServedLink> out;
  Visibility visibility(ctx.db(), Viewer::Of(ctx.user()));
  for (const auto& ref : item.serves_items) {
    Strategy s = visibility.FindStrategy(ref.strategy);
    if (auto p = VisibleItemByKey(ctx.db(), visibility.viewer(), s, ref.item)) {
      std::string title = (p->code.empty() ? "" : p->code + " ") + p->title;
      out.push_back({ref.strategy + "/" + ref.item, UrlFor(routes::kItem, ref.strategy, ref.item), title});
    }
  }
  return out;
}

Response PortfolioItemPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  Viewer viewer = Viewer::Of(ctx.user());
  auto all = ListPortfolio(ctx.db(), viewer);
  const PortfolioEntry* entry = nullptr;
  for (const auto& e : all) {
    if (e.item.key == ctx.Param("key")) entry = &e;
  }
  if (!entry) throw Failure(FailureCode::kNotFound, "no portfolio item '" + ctx.Param("key") + "'", "key");
  auto history = PortfolioHistory(ctx.db(), entry->item.id, viewer);
  mstch::map view =
      PortfolioItemView(*entry, all, history, ServedLinks(ctx, entry->item), LoadPlanNames(ctx.db()), t);
  AddCaseMentions(view, CasesConcerning(ctx.db(), {"portfolio_item"}, entry->item.key), t);
  const auto& user = ctx.user();
  view.merge(ItemRisks(ctx, RiskSubjectKind::kPortfolioItem, entry->item.key,
                       user && MayEditPortfolioItem(*user, entry->item)));
  view.merge(ObjectHistory(ctx, "portfolio_item", entry->item.id));
  return RenderPage(ctx, "portfolio_item", entry->item.name, std::move(view), "portfolio");
}

Response VersionsPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  return RenderPage(ctx, "roadmap_versions", t.Text("rv_title"), RoadmapVersionsView(ListRoadmapVersions(ctx.db()), t),
                    "roadmap");
}

Response VersionPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  RoadmapVersion v = FindRoadmapVersion(ctx.db(), ctx.Param("code"));
  mstch::map view = RoadmapVersionView(v, t, SystemClock().TodayUtc());
  AddCaseMentions(view, CasesConcerning(ctx.db(), {"roadmap_version"}, v.code), t);
  view.merge(ObjectHistory(ctx, "roadmap_version", v.id));
  return RenderPage(ctx, "roadmap_version", t.Format("rv_version_heading", {{"code", v.code}}), std::move(view),
                    "roadmap");
}

Response ComparePage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  std::string from = ctx.Query("fra").value_or(""), to = ctx.Query("til").value_or("");
  if (from.empty() || to.empty()) {
    throw Failure(FailureCode::kInvalid,
                  "Choose two versions with ?fra= and ?til=.",
                  from.empty() ? "fra" : "til", "cmp_bad_choice", {});
  }
  RoadmapDiff diff = CompareVersions(ctx.db(), from, to);
  return RenderPage(ctx, "roadmap_compare", t.Format("cmp_title", {{"from", from}, {"to", to}}),
                    RoadmapCompareView(FindRoadmapVersion(ctx.db(), from), FindRoadmapVersion(ctx.db(), to), diff, t),
                    "roadmap");
}

}  // namespace

void RegisterPortfolioPageRoutes(Router& router) {
  router.Add("GET", routes::kPortfolio, PortfolioPage);
  router.Add("GET", routes::kPortfolioItem, PortfolioItemPage);
  router.Add("GET", routes::kRoadmapVersions, VersionsPage);
  router.Add("GET", routes::kRoadmapVersion, VersionPage);
  router.Add("GET", routes::kRoadmapCompare, ComparePage);
}

}  // namespace fremdrift
