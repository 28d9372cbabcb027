#include "app/bundle.h"
#include "app/cost_bundle.h"
#include "app/governance_bundle.h"
#include "app/health_app_bundle.h"
#include "app/plan_dependency_bundle.h"
#include "app/benefit_service.h"
#include "app/risk_service.h"
#include "app/portfolio_bundle.h"
#include "app/source_bundle.h"
#include "domain/plan_tree.h"
#include "formats/indicator_json.h"
#include "formats/period_json.h"
#include "formats/plan_json.h"
#include "storage/period_store.h"
#include "storage/indicator_store.h"
#include "storage/measurement_store.h"
#include "storage/organisation_store.h"
#include "storage/plan_item_store.h"
#include "storage/strategy_store.h"
#include "storage/user_store.h"
#include "app/phase_scales.h"
#include "app/status_scales.h"
#include "app/strategy_evaluations.h"

namespace fremdrift {

std::string ExportBundle(SqlConnection& conn) {
  Json doc;
  doc["format"] = "fremdrift-bundle";
  doc["version"] = 1;
  if (auto sources = ExportSources(conn)) doc["sources"] = *sources;
  OrganisationStore orgs(conn);
  doc["organisations"] = Json::array();
  for (const auto& o : orgs.List()) doc["organisations"].push_back(OrganisationToJson(o));
  doc["user_groups"] = Json::array();
  for (const auto& g : orgs.ListUserGroups()) doc["user_groups"].push_back(UserGroupToJson(g));
  doc["phase_scales"] = ExportPhaseScales(conn);  // strategy model, before the strategies
  doc["status_scales"] = ExportStatusScales(conn);

  auto strategies = StrategyStore(conn).List(ListScope::kAll);
  std::sort(strategies.begin(), strategies.end(),
            [](const Strategy& a, const Strategy& b) { return a.key < b.key; });
  doc["strategies"] = Json::array();
  for (const auto& s : strategies) {
    Json sj = StrategyToJson(s);
    auto items = PlanItemStore(conn).List(s.id);
    std::map<int64_t, std::string> keys;
    for (const auto& i : items) keys[i.id] = i.key;
    sj["items"] = Json::array();
    for (const PlanItem* i : TreeOrder(BuildPlanTree(items))) {
      Json ij = PlanItemFieldsToJson(*i);
      Json out;
      // "parent" goes right after "level", as the format documents it.
      for (auto& [k, v] : ij.items()) {
        out[k] = v;
        if (k == "level") out["parent"] = i->parent_id ? Json(keys[*i->parent_id]) : Json(nullptr);
      }
      sj["items"].push_back(out);
    }
    doc["strategies"].push_back(sj);
  }
  doc["indicators"] = Json::array();
  doc["measurements"] = Json::array();
  IndicatorStore indicators(conn);
  for (const auto& ind : indicators.List(ListScope::kAll)) {
    doc["indicators"].push_back(IndicatorToJson(ind));
  }
  for (const auto& ind : indicators.List(ListScope::kAll)) {
    auto names = indicators.Dimensions(ind.id);
    std::vector<Measurement> rows;
    for (const auto& sm : MeasurementStore(conn).List(ind.id)) {
      Measurement m{ind.code,     sm.period, sm.value,     {}, sm.provisional,
                    sm.qualifier, sm.note,   sm.source_ref};
      for (size_t k = 0; k < names.size() && k < 4; ++k) {
        if (!sm.dims[k].empty()) m.dimensions[names[k]] = sm.dims[k];
      }
      rows.push_back(std::move(m));
    }
    // By dimension names, not storage positions, so the order survives a
    // round trip in which positions may be given out differently.
    std::sort(rows.begin(), rows.end(), [](const Measurement& a, const Measurement& b) {
      if (a.period != b.period) return a.period < b.period;
      return DimensionKey(a.dimensions) < DimensionKey(b.dimensions);
    });
    for (const auto& m : rows) doc["measurements"].push_back(MeasurementToJson(m));
  }
  doc["reporting_periods"] = Json::array();
  PeriodStore periods(conn);
  for (const auto& s : strategies) {
    for (const auto& period : periods.List(s.id)) {
      Json pj;
      pj["strategy"] = s.key;
      pj["code"] = period.code;
      pj["title"] = period.title;
      pj["state"] = std::string(PeriodStateKey(period.state));
      pj["source_ref"] = periods.SourceRef(period.id);
      if (!period.published_on.empty()) pj["published_on"] = period.published_on;
      if (!period.publisher.empty()) pj["publisher"] = period.publisher;
      pj["assessments"] = Json::array();
      for (const auto& a : periods.Assessments(period.id)) pj["assessments"].push_back(AssessmentToJson(a));
      pj["notes"] = Json::array();
      for (const auto& n : periods.Notes(period.id)) pj["notes"].push_back(NoteToJson(n));
      doc["reporting_periods"].push_back(pj);
    }
  }
  if (auto groups = ExportCostGroups(conn)) doc["cost_groups"] = *groups;
  if (auto solutions = ExportNationalSolutions(conn)) doc["national_solutions"] = *solutions;
  doc["portfolio_items"] = ExportPortfolioItems(conn);
  doc["roadmap_versions"] = ExportRoadmapVersions(conn);
  ExportGovernanceSections(conn, doc);
  ExportHealthAppSections(conn, doc);
  doc["plan_dependencies"] = ExportPlanDependencies(conn);  // strategy model
  doc["risks"] = ExportRisks(conn);                          // strategy model
  doc["benefits"] = ExportBenefits(conn);                    // strategy model
  doc["strategy_evaluations"] = ExportStrategyEvaluations(conn);  // strategy model
  doc["users"] = Json::array();
  for (const auto& u : UserStore(conn).List()) doc["users"].push_back(UserToJson(u));
  return doc.dump(2) + "\n";
}

}  // namespace fremdrift
