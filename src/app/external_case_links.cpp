#include "app/external_case_links.h"

#include "app/app_catalogues.h"
#include "storage/app_catalogue_store.h"
#include "storage/cost_store.h"
#include "storage/health_app_store.h"
#include "storage/portfolio_store.h"
#include "storage/roadmap_version_store.h"

namespace fremdrift {

std::optional<ExternalLinkTarget> ResolveExternalCaseLink(SqlConnection& conn, const CaseLink& link) {
  if (link.kind == "portfolio_item") {
    auto item = PortfolioStore(conn).FindByKey(link.reference);
    if (!item) return std::nullopt;
    return ExternalLinkTarget{item->name, item->key};
  }
  if (link.kind == "roadmap_version") {
    auto version = RoadmapVersionStore(conn).FindByCode(link.reference);
    if (!version) return std::nullopt;
    return ExternalLinkTarget{version->title.empty() ? "Veikart " + version->code : version->title,
                              version->code};
  }
  if (link.kind == "app_catalogue") {
    if (!AppCatalogueStore(conn).Latest(link.reference)) return std::nullopt;
    return ExternalLinkTarget{LoadCatalogue(conn, link.reference).title.nb, ""};
  }
  if (link.kind == "health_app") {
    auto app = HealthAppStore(conn).FindByKey(link.reference);
    if (!app) return std::nullopt;
    return ExternalLinkTarget{app->name, app->key};
  }
  if (link.kind == "cost_sharing") {
    for (const auto& y : CostStore(conn).Years()) {
      if (std::to_string(y.year) == link.reference) {
        return ExternalLinkTarget{"Kostnadsdeling " + link.reference, link.reference};
      }
    }
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace fremdrift
