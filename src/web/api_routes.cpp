#include "web/api_routes.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include "app/data_version.h"
#include "app/organisation_reads.h"
#include "app/phase_scales.h"
#include "app/plan_service.h"
#include "app/status_scales.h"
#include "app/strategy_items.h"
#include "app/visibility.h"
#include "domain/failure.h"
#include "domain/item_filter.h"
#include "domain/plan_tree.h"
#include "formats/json_text.h"
#include "formats/phase_scale_json.h"
#include "formats/plan_json.h"
#include "formats/status_scale_json.h"
#include "render/url_for.h"
#include "storage/migrations.h"
#include "web/api_admin.h"
#include "web/kept_fragments.h"
#include "web/request_body.h"
#include "web/server.h"
#include "web/json_response.h"

namespace fremdrift {
namespace {

Json ItemJson(const PlanItem& p, const Strategy& s, const std::map<int64_t, std::string>& keys) {
  Json j;
  j["id"] = p.id;
  j["strategy"] = s.key;
  j["strategy_id"] = p.strategy_id;
  j["parent_id"] = p.parent_id ? Json(*p.parent_id) : Json(nullptr);
  auto parent = p.parent_id ? keys.find(*p.parent_id) : keys.end();
  j["parent"] = parent != keys.end() ? Json(parent->second) : Json(nullptr);
  j["level_name"] = s.LevelName(p.level);
  j.update(PlanItemFieldsToJson(p));
  j["sort_order"] = p.sort_order;
  j["version"] = p.version;
  return j;
}

// An item the reader may see (by VisibleItem, or changed by its editor).
Json ItemJson(RequestContext& ctx, const PlanItem& p) {
  Strategy s = VisibleStrategy(ctx.db(), ctx.user(), std::to_string(p.strategy_id));
  std::map<int64_t, std::string> keys;
  if (auto parent = VisibleParentOf(ctx.db(), Viewer::Of(ctx.user()), s, p)) keys[parent->id] = parent->key;
  return ItemJson(p, s, keys);
}

ItemFilter FilterFromQuery(RequestContext& ctx) {
  ItemFilter f;
  // A filter value that names nothing is refused rather than answered with
  // an empty list, so that a typo is not mistaken for "no items". A hidden
  // strategy gets the same answer as one that does not exist.
  if (auto s = ctx.Query("strategy")) {
    try {
      f.strategy_id = VisibleStrategy(ctx.db(), ctx.user(), *s).id;
    } catch (const Failure& e) {
      if (e.code() != FailureCode::kNotFound) throw;
      throw Failure(FailureCode::kInvalid, "strategy: no strategy '" + *s + "'", "strategy");
    }
  }
  if (auto l = ctx.Query("level")) {
    if (l->empty() || l->size() > 3 || l->find_first_not_of("0123456789") != std::string::npos ||
        std::stoi(*l) < 1) {
      throw Failure(FailureCode::kInvalid, "level must be a number from 1 (1 = top)", "level");
    }
    f.level = std::stoi(*l);
  }
  if (auto o = ctx.Query("owner")) {
    if (!FindOrganisation(ctx.db(), *o)) {
      throw Failure(FailureCode::kInvalid,
                    "owner: no organisation with short name '" + *o + "'", "owner");
    }
    f.owner = *o;
  }
  if (auto g = ctx.Query("user_group")) {
    if (!FindUserGroup(ctx.db(), *g)) {
      throw Failure(FailureCode::kInvalid, "user_group: no user group with key '" + *g + "'",
                    "user_group");
    }
    f.user_group = *g;
  }
  if (auto p = ctx.Query("phase")) {
    // A key of the strategy's own phase scale, or (without a strategy) of
    // any visible strategy's; each item is matched on its own scale.
    auto visible = VisibleStrategies(ctx.db(), ctx.user());
    f.phase_scales = PhaseScalesOf(ctx.db(), visible);
    bool known = false;
    std::string keys;
    for (const auto& [id, scale] : f.phase_scales) {
      if (f.strategy_id && id != *f.strategy_id) continue;
      known = known || scale.Position(*p).has_value();
      if (f.strategy_id) keys = scale.KeyList();
    }
    if (!known) {
      throw Failure(FailureCode::kInvalid,
                    keys.empty() ? "phase must be a phase key of a strategy's phase scale (see /api/v1/phase-scales)"
                                 : "phase must be one of " + keys,
                    "phase");
    }
    f.phase = *p;
  }
  if (auto d = ctx.Query("active_on")) {
    f.active_on = Date::Parse(*d);
    if (!f.active_on) {
      throw Failure(FailureCode::kInvalid, "active_on must be a date YYYY-MM-DD", "active_on");
    }
  }
  return f;
}

Json TreeJson(const PlanTreeNode& n, const Strategy& s,
              const std::map<int64_t, std::string>& keys) {
  Json j = ItemJson(*n.item, s, keys);
  j["children"] = Json::array();
  for (const auto& c : n.children) j["children"].push_back(TreeJson(c, s, keys));
  return j;
}

Response Healthz(RequestContext& ctx) {
  Json j{{"status", "ok"}, {"schema_version", SchemaVersion(ctx.db())}};
  return JsonResponse(j);
}

Response OpenApi(RequestContext& ctx) {
  std::ifstream in(std::filesystem::path(ctx.config().assets_dir) / "docs" / "openapi.json");
  if (!in) throw Failure(FailureCode::kInternal, "docs/openapi.json is missing");
  std::stringstream buf;
  buf << in.rdbuf();
  return Response::Json(buf.str());
}

Response ListStrategies(RequestContext& ctx) {
  Json out = Json::array();
  for (const auto& s : VisibleStrategies(ctx.db(), ctx.user())) {
    Json j{{"id", s.id}};
    j.update(StrategyToJson(s));
    out.push_back(j);
  }
  return JsonResponse(out);
}

Response GetStrategy(RequestContext& ctx) {
  Strategy s = VisibleStrategy(ctx.db(), ctx.user(), ctx.Param("id"));
  Json j{{"id", s.id}};
  j.update(StrategyToJson(s));
  return JsonResponse(j);
}

Response StrategyTree(RequestContext& ctx) {
  Strategy s = VisibleStrategy(ctx.db(), ctx.user(), ctx.Param("id"));
  auto items = VisibleItemsOf(ctx.db(), Viewer::Of(ctx.user()), s);
  std::map<int64_t, std::string> keys;
  for (const auto& i : items) keys[i.id] = i.key;
  Json j{{"id", s.id}};
  j.update(StrategyToJson(s));
  j["items"] = Json::array();
  for (const auto& root : BuildPlanTree(items)) j["items"].push_back(TreeJson(root, s, keys));
  return JsonResponse(j);
}

// The JSON text of ItemJson(p, s, keys), kept in memory across requests
// (web/kept_fragments.h) while the item is unchanged: an item as its store
// reads it is named by the basis stamp with its id and version
// (storage/kept_rows.h); the strategy's key, the item's level name and its
// parent's key, all it takes from elsewhere, are part of the key.
std::shared_ptr<const std::string> KeptItemJsonText(RequestContext& ctx, const std::string& stamp, const PlanItem& p,
                                                    const Strategy& s, const std::map<int64_t, std::string>& keys) {
  const std::string address = ctx.pool().url() + "|item-json|" + std::to_string(p.id);
  auto parent = p.parent_id ? keys.find(*p.parent_id) : keys.end();
  // Texts separated by 0x1f, which none of them holds.
  const std::string key = stamp + '|' + std::to_string(p.version) + '\x1f' + s.key + '\x1f' + s.LevelName(p.level) +
                          '\x1f' + (parent != keys.end() ? "k" + parent->second : std::string("-"));
  return KeptFragmentTexts().FindOrMake(address, key, [&] { return JsonText(ItemJson(p, s, keys)); });
}

Response ListItems(RequestContext& ctx) {
  // Read before the items: an item's text is never kept under a stamp
  // newer than the row it was made from.
  const std::string stamp = std::to_string(DataBasisStamp(ctx.db()));
  ItemFilter filter = FilterFromQuery(ctx);
  std::map<int64_t, Strategy> strategies;
  for (const auto& s : VisibleStrategies(ctx.db(), ctx.user())) strategies[s.id] = s;
  auto all = VisibleItems(ctx.db(), Viewer::Of(ctx.user()), filter.strategy_id);
  std::map<int64_t, std::string> keys;
  for (const auto& i : all) keys[i.id] = i.key;
  // The array as JsonText writes one: its members' texts between commas.
  std::string body = "[";
  for (const auto& i : FilterItems(filter, all)) {
    auto s = strategies.find(i.strategy_id);
    if (s == strategies.end()) continue;
    if (body.size() > 1) body += ',';
    body += *KeptItemJsonText(ctx, stamp, i, s->second, keys);
  }
  body += ']';
  return Response::Json(body);
}

Response GetItem(RequestContext& ctx) {
  PlanItem item = VisibleItem(ctx.db(), ctx.user(), ctx.IdParam("id"));
  Response r = JsonResponse(ItemJson(ctx, item));
  r.headers.emplace_back("ETag", "\"" + std::to_string(item.version) + "\"");
  return r;
}

Response CreateItem(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  PlanItem item = CreatePlanItem(ctx.db(), user, JsonBody(ctx));
  Response r = JsonResponse(ItemJson(ctx, item), kHttpCreated);
  r.headers.emplace_back("Location", UrlFor(routes::kApiItem, item.id));
  return r;
}

Response UpdateItem(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  PlanItem item = UpdatePlanItem(ctx.db(), user, ctx.IdParam("id"), JsonBody(ctx));
  return JsonResponse(ItemJson(ctx, item));
}

Response RoutesDeleteItem(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  DeletePlanItem(ctx.db(), user, ctx.IdParam("id"), ExpectedVersion(ctx));
  return Response::NoContent();
}

Response ListOrganisations(RequestContext& ctx) {
  Json out = Json::array();
  for (const auto& o : Organisations(ctx.db())) {
    out.push_back(OrganisationApiJson(o));
  }
  return JsonResponse(out);
}

Response ListPhaseScales(RequestContext& ctx) {
  Json out = Json::array();
  for (const auto& [key, scale] : PhaseScalesByKey(ctx.db())) out.push_back(PhaseScaleToJson(scale));
  return JsonResponse(out);
}

Response GetPhaseScale(RequestContext& ctx) {
  auto all = PhaseScalesByKey(ctx.db());
  auto it = all.find(ctx.Param("key"));
  if (it == all.end()) throw Failure(FailureCode::kNotFound, "no phase scale '" + ctx.Param("key") + "'");
  return JsonResponse(PhaseScaleToJson(it->second));
}

Response ListStatusScales(RequestContext& ctx) {
  Json out = Json::array();
  for (const auto& r : StatusScaleRecordsStored(ctx.db())) out.push_back(StatusScaleToJson(r));
  return JsonResponse(out);
}

Response GetStatusScale(RequestContext& ctx) {
  auto record = FindStatusScale(ctx.db(), ctx.Param("key"));
  if (!record) throw Failure(FailureCode::kNotFound, "no status scale '" + ctx.Param("key") + "'");
  return JsonResponse(StatusScaleToJson(*record));
}

Response ListUserGroups(RequestContext& ctx) {
  Json out = Json::array();
  for (const auto& g : UserGroups(ctx.db())) {
    Json j{{"id", g.id}};
    j.update(UserGroupToJson(g));
    out.push_back(j);
  }
  return JsonResponse(out);
}

// The most entries one answer of the audit log lists, newest first.
constexpr int kMaxAuditListed = 500;

Response ListAudit(RequestContext& ctx) {
  Visibility visibility(ctx.db(), Viewer::Of(ctx.RequireUser()));
  std::string entity = ctx.Query("entity").value_or("");
  if (!entity.empty() && !MaySeeAuditOf(visibility.viewer(), entity)) {
    throw Failure(FailureCode::kForbidden, "the audit log of " + entity + " is for admins only", "entity");
  }
  Json out = Json::array();
  for (const auto& e : visibility.History(entity, ctx.Query("id").value_or(""), kMaxAuditListed)) {
    auto parse = [](const std::string& s) { return s.empty() ? Json(nullptr) : Json::parse(s); };
    out.push_back({{"id", e.id}, {"at", e.at}, {"actor", e.actor}, {"entity", e.entity},
                   {"entity_id", e.entity_id}, {"action", e.action},
                   {"before", parse(e.before)}, {"after", parse(e.after)}});
  }
  return JsonResponse(out);
}

}  // namespace

void RegisterApiRoutes(Router& r) {
  r.Add("GET", routes::kHealthz, Healthz);
  r.Add("GET", routes::kApiOpenApiJson, OpenApi);
  r.Add("GET", routes::kApiStrategies, ListStrategies);
  r.Add("GET", routes::kApiStrategy, GetStrategy);
  r.Add("GET", routes::kApiStrategyTree, StrategyTree);
  r.Add("GET", routes::kApiItems, ListItems);
  r.Add("POST", routes::kApiItems, CreateItem);
  r.Add("GET", routes::kApiItem, GetItem);
  r.Add("PUT", routes::kApiItem, UpdateItem);
  r.Add("DELETE", routes::kApiItem, RoutesDeleteItem);
  r.Add("GET", routes::kApiOrganisations, ListOrganisations);
  r.Add("GET", routes::kApiUserGroups, ListUserGroups);
  r.Add("GET", routes::kApiPhaseScales, ListPhaseScales);
  r.Add("GET", routes::kApiPhaseScale, GetPhaseScale);
  r.Add("GET", routes::kApiStatusScales, ListStatusScales);
  r.Add("GET", routes::kApiStatusScale, GetStatusScale);
  r.Add("GET", routes::kApiAudit, ListAudit);
}

}  // namespace fremdrift
