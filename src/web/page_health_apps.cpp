#include "web/page_health_apps.h"

#include "app/app_catalogues.h"
#include "app/health_app_queries.h"
#include "formats/health_app_register_files.h"
#include "render/health_app_view.h"
#include "storage/system_clock.h"
#include "web/content_disposition.h"
#include "web/page_frame.h"

namespace fremdrift {
namespace {

std::string HealthAppPagesToday() { return SystemClock().TodayUtc().ToIso(); }

RegisterFilter HealthAppsFilterOf(const RequestContext& ctx) {
  auto q = [&](const char* name) { return ctx.Query(name).value_or(""); };
  return RegisterFilter{q("q"), q("kategori"), q("omrade"), q("karakter"), q("plattform"), q("malgruppe")};
}

std::vector<RegisterEntry> Matching(const std::vector<RegisterEntry>& all, const RegisterFilter& f) {
  std::vector<RegisterEntry> out;
  for (const auto& e : all) {
    if (MatchesRegisterFilter(e, f)) out.push_back(e);
  }
  return out;
}

std::string QueryString(const RequestContext& ctx) {
  auto q = ctx.uri().find('?');
  return q == std::string::npos ? "" : ctx.uri().substr(q + 1);
}

Response HealthAppsRegisterPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  auto all = LoadRegister(ctx.db(), HealthAppPagesToday());
  RegisterFilter f = HealthAppsFilterOf(ctx);
  mstch::map view = HealthAppRegisterView(all, Matching(all, f), f, NewestCatalogue(ctx.db()), QueryString(ctx), t);
  view["nav_health_apps"] = true;
  return RenderPage(ctx, "health_apps", t.Text("ha_title"), std::move(view), "health_apps");
}

Response AppPage(RequestContext& ctx) {
  const Catalogue& t = PageCatalogue(ctx);
  RegisterEntry e = LoadRegisterEntry(ctx.db(), ctx.Param("key"), HealthAppPagesToday());
  mstch::map view = HealthAppPageView(e, t);
  view["nav_health_apps"] = true;
  return RenderPage(ctx, "health_app", e.app.name, std::move(view), "health_apps");
}

Response HealthAppsDownload(std::string body, const std::string& type, const std::string& name) {
  Response r;
  r.content_type = type;
  r.body = std::move(body);
  r.headers.emplace_back("Content-Disposition", ContentDisposition(name));
  return r;
}

Response RegisterCsvDownload(RequestContext& ctx) {
  auto shown = Matching(LoadRegister(ctx.db(), HealthAppPagesToday()), HealthAppsFilterOf(ctx));
  std::vector<std::string> areas;
  if (auto c = NewestCatalogue(ctx.db())) {
    for (const auto& a : c->label_areas) areas.push_back(a.key);
  }
  return HealthAppsDownload(RegisterCsv(shown, areas), "text/csv; charset=utf-8", "helseapper.csv");
}

Response RegisterJsonDownload(RequestContext& ctx) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& e : Matching(LoadRegister(ctx.db(), HealthAppPagesToday()), HealthAppsFilterOf(ctx))) out.push_back(RegisterEntryToJson(e));
  return HealthAppsDownload(out.dump(2) + "\n", "application/json; charset=utf-8", "helseapper.json");
}

}  // namespace

void RegisterHealthAppPages(Router& router) {
  router.Add("GET", routes::kHealthApps, HealthAppsRegisterPage);
  router.Add("GET", routes::kHealthAppsCsv, RegisterCsvDownload);
  router.Add("GET", routes::kHealthAppsJson, RegisterJsonDownload);
  router.Add("GET", routes::kHealthApp, AppPage);
}

}  // namespace fremdrift
