#include "web/page_item_dependencies.h"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "app/plan_dependency_service.h"
#include "app/visibility.h"
#include "domain/failure.h"
#include "domain/plan_item_rules.h"
#include "render/item_view.h"
#include "render/problem_text.h"
#include "render/url_for.h"
#include "web/error_response.h"
#include "web/page_frame.h"

namespace fremdrift {
namespace {

struct ItemDependenciesEditable {
  PlanItem item;
  Strategy strategy;
};

// The item, if the signed-in user may change it (kForbidden otherwise).
ItemDependenciesEditable ItemDependenciesEditableItem(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  PlanItem item = VisibleItem(ctx.db(), ctx.user(), ctx.IdParam("id"));
  if (!MayEditItem(user, item)) {
    throw Failure(FailureCode::kForbidden, "You can only change what your own organisation owns.", "owners",
                  "edit_forbidden", {});
  }
  return {item, VisibleStrategy(ctx.db(), ctx.user(), std::to_string(item.strategy_id))};
}

std::string FormUrl(const PlanItem& item) { return UrlFor(routes::kItemDependencies, item.id); }

std::vector<std::string> PredecessorKeys(RequestContext& ctx, const PlanItem& item) {
  std::vector<std::string> keys;
  for (const auto& p : ReadItemDependencies(ctx.db(), item).waits_for) keys.push_back(p.item.key);
  return keys;
}

Response ItemDependenciesFormPage(RequestContext& ctx, const ItemDependenciesEditable& e, const std::string& error, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  const std::vector<std::string> current = PredecessorKeys(ctx, e.item);
  mstch::array waits_for, choices;
  const std::vector<PlanItem> items = ItemsOfItsStrategy(ctx.db(), e.item);
  std::map<std::string, std::string> headings;
  for (const auto& i : items) headings[i.key] = ItemHeading(i, e.strategy);
  for (const auto& key : current) {
    waits_for.push_back(mstch::map{{"key", key}, {"heading", headings[key]}, {"url", UrlFor(routes::kItem, e.strategy.key, key)}});
  }
  for (const auto& i : items) {
    if (i.id == e.item.id || std::find(current.begin(), current.end(), i.key) != current.end()) continue;
    choices.push_back(mstch::map{{"key", i.key}, {"heading", headings[i.key]}});
  }
  const std::string item_url = UrlFor(routes::kItem, e.strategy.key, e.item.key);
  const std::string title = t.Format("dependencies_edit_title", {{"title", e.item.title}});
  mstch::map view{
      {"edit_title", title},
      {"action", FormUrl(e.item)},
      {"item_url", item_url},
      {"has_error", !error.empty()},
      {"error", error},
      {"has_waits_for", !waits_for.empty()},
      {"waits_for", waits_for},
      {"has_choices", !choices.empty()},
      {"choices", choices},
      {"breadcrumbs", mstch::array{mstch::map{{"url", UrlFor(routes::kHome)}, {"text", t.Text("nav_home")}},
                                   mstch::map{{"url", item_url}, {"text", e.item.title}}}},
  };
  return RenderPage(ctx, "item_dependencies_edit", title, std::move(view), "", status);
}

Response ShowForm(RequestContext& ctx) { return ItemDependenciesFormPage(ctx, ItemDependenciesEditableItem(ctx), "", kHttpOk); }

// "4B Title → 4B-t1-d4 Title → 4B Title" from the failure's keys.
std::string CycleWithHeadings(RequestContext& ctx, const ItemDependenciesEditable& e, const Failure& f) {
  std::string keys;
  for (const auto& [name, value] : f.params()) {
    if (name == "keys") keys = value;
  }
  std::map<std::string, std::string> headings;
  for (const auto& i : ItemsOfItsStrategy(ctx.db(), e.item)) headings[i.key] = ItemHeading(i, e.strategy);
  std::string out;
  for (size_t start = 0; start < keys.size();) {
    size_t end = keys.find(',', start);
    if (end == std::string::npos) end = keys.size();
    std::string key = keys.substr(start, end - start);
    if (!out.empty()) out += " → ";
    out += headings.count(key) ? headings[key] : key;
    start = end + 1;
  }
  return out;
}

Response Change(RequestContext& ctx) {
  ItemDependenciesEditable e = ItemDependenciesEditableItem(ctx);
  const FormData& form = ctx.Form();
  const std::string action = form.Get("action"), key = form.Get("key");
  std::vector<std::string> keys = PredecessorKeys(ctx, e.item);
  if (action == "add" && !key.empty()) {
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
  } else if (action == "remove") {
    std::erase(keys, key);
  } else {
    throw Failure(FailureCode::kInvalid, "action must be add or remove, with a key", "action");
  }
  try {
    SetItemDependencies(ctx.db(), ctx.RequireUser(), e.item.id, nlohmann::json{{"depends_on", keys}});
  } catch (const Failure& f) {
    const Catalogue& t = PageCatalogue(ctx);
    if (f.code() == FailureCode::kConflict) {
      return ItemDependenciesFormPage(ctx, e, t.Format("dependency_cycle_refused", {{"cycle", CycleWithHeadings(ctx, e, f)}}), HttpStatus(f.code()));
    }
    if (f.code() != FailureCode::kInvalid) throw;
    return ItemDependenciesFormPage(ctx, e, FailureText(PageCatalogue(ctx), f), HttpStatus(f.code()));
  }
  return Response::Redirect(UrlFor(routes::kItem, e.strategy.key, e.item.key) + "?avhengigheter=1#avhengigheter");
}

}  // namespace

void RegisterItemDependencyRoutes(Router& router) {
  router.Add("GET", routes::kItemDependencies, ShowForm);
  router.Add("POST", routes::kItemDependencies, Change);
}

}  // namespace fremdrift
