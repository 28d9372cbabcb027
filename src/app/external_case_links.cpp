#include "app/external_case_links.h"

#include "app/app_catalogues.h"
#include "storage/app_catalogue_store.h"
#include "storage/cost_store.h"
#include "storage/health_app_store.h"
#include "storage/portfolio_store.h"
#include "storage/roadmap_version_store.h"

namespace fremdrift {

// The page paths follow render/portfolio_view.h, render/roadmap_version_view.h
// and web/page_costs.cpp; keys and codes are slugs ("helseplattformen",
// "22.2", "2023"), so they need no encoding.
std::optional<ExternalLinkTarget> ResolveExternalCaseLink(SqlConnection& conn, const CaseLink& link) {
  if (link.kind == "portfolio_item") {
    auto item = PortfolioStore(conn).FindByKey(link.reference);
    if (!item) return std::nullopt;
    return ExternalLinkTarget{item->name, "/portefolje/" + item->key};
  }
  if (link.kind == "roadmap_version") {
    auto version = RoadmapVersionStore(conn).FindByCode(link.reference);
    if (!version) return std::nullopt;
    return ExternalLinkTarget{version->title.empty() ? "Veikart " + version->code : version->title,
                              "/veikart/versjoner/" + version->code};
  }
  if (link.kind == "app_catalogue") {
    if (!AppCatalogueStore(conn).Latest(link.reference)) return std::nullopt;
    return ExternalLinkTarget{LoadCatalogue(conn, link.reference).title.nb, "/helseapper"};
  }
  if (link.kind == "health_app") {
    auto app = HealthAppStore(conn).FindByKey(link.reference);
    if (!app) return std::nullopt;
    return ExternalLinkTarget{app->name, "/helseapper/" + app->key};
  }
  if (link.kind == "cost_sharing") {
    for (const auto& y : CostStore(conn).Years()) {
      if (std::to_string(y.year) == link.reference) {
        return ExternalLinkTarget{"Kostnadsdeling " + link.reference, "/kostnadsdeling/" + link.reference};
      }
    }
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace fremdrift
