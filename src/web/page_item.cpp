#include "web/page_item.h"

#include "app/case_links.h"
#include "app/plan_dependency_service.h"
#include "app/public_indicators.h"
#include "app/strategy_items.h"
#include "render/item_dependencies_view.h"
#include "domain/failure.h"
#include "render/governance_view.h"
#include "render/item_page_view.h"
#include "domain/plan_tree.h"
#include "render/monitor_card.h"
#include "render/url_for.h"
#include "domain/plan_item_rules.h"
#include "web/item_benefits.h"
#include "web/item_risks.h"
#include "web/object_history.h"
#include "web/follow_up_rows.h"
#include "web/page_frame.h"
#include "web/page_plan_names.h"
#include "app/visibility.h"

namespace fremdrift {

Response ItemPage(RequestContext& ctx) {
  Strategy s = VisibleStrategy(ctx.db(), ctx.user(), ctx.Param("key"));
  const std::string& key = ctx.Param("item");
  // The item, its ancestors and its children; not the rest of a large plan.
  const ItemInPlace place = VisibleItemInPlace(ctx.db(), Viewer::Of(ctx.user()), s, key);
  const PlanItem* item = &place.line.front();
  ItemPageData data{s, *item, AncestorsOf(*item, IndexById(place.line)), {}, item->level == s.depth()};
  for (const auto& i : place.children) data.children.push_back(&i);
  // The indicators the public may see: their pages are in the public monitor.
  for (const auto& ind : PublicIndicatorsServing(ctx.db(), item->id)) {
    data.indicators.emplace_back(ind.name, MonitorIndicatorUrl(ind.code));
  }
  const Catalogue& t = PageCatalogue(ctx);
  mstch::map view = ItemPageView(data, LoadPlanNames(ctx.db()), t);
  AddCaseMentions(view, CasesConcerning(ctx.db(), {"plan_item"}, s.key + "/" + item->key), t);
  AddOpenActionsConcerning(ctx, view, "plan_item", s.key + "/" + item->key);
  const auto& user = ctx.user();
  view["can_edit"] = user && MayEditItem(*user, *item);
  view["edit_url"] = UrlFor(routes::kItemEdit, item->id);
  view["new_child_url"] = UrlFor(routes::kNewChildItem, item->id);
  view["delete_url"] = UrlFor(routes::kItemDelete, item->id);
  view["saved"] = ctx.Query("lagret").has_value();
  view["deleted"] = ctx.Query("slettet").has_value();
  // Strategy model: what the item waits for and what waits for it.
  ItemDependencies deps = ReadItemDependencies(ctx.db(), *item);
  ItemDependencyLists lists;
  for (const auto& p : deps.waits_for) lists.waits_for.emplace_back(p.item, p.ends_after_start);
  lists.waited_for_by = deps.waited_for_by;
  mstch::map dependencies = ItemDependenciesView(s, lists, t);
  if (user && MayEditItem(*user, *item)) {
    // An editor sees the section even when empty, with the way to change it.
    dependencies["has_dependencies"] = true;
    dependencies["can_change"] = true;
    dependencies["change_url"] = UrlFor(routes::kItemDependencies, item->id);
  }
  dependencies["saved"] = ctx.Query("avhengigheter").has_value();
  view["dependencies"] = dependencies;
  view.merge(ItemRisks(ctx, RiskSubjectKind::kPlanItem, s.key + "/" + item->key, user && MayEditItem(*user, *item)));
  view.merge(ItemBenefits(ctx, s.key + "/" + item->key, user && MayEditItem(*user, *item)));
  view.merge(ObjectHistory(ctx, "plan_item", item->id));
  return RenderPage(ctx, "item", item->title, std::move(view));
}

Response ItemByIdRedirect(RequestContext& ctx) {
  PlanItem item = VisibleItem(ctx.db(), ctx.user(), ctx.IdParam("id"));
  Strategy s = VisibleStrategy(ctx.db(), ctx.user(), std::to_string(item.strategy_id));
  return Response::Redirect(UrlFor(routes::kItem, s.key, item.key));
}

}  // namespace fremdrift
