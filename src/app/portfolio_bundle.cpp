#include "app/portfolio_bundle.h"

#include <map>
#include <set>

#include "domain/dependency_cycle.h"
#include "domain/portfolio_rules.h"
#include "domain/roadmap_version.h"
#include "formats/plan_json.h"
#include "formats/portfolio_json.h"
#include "formats/roadmap_json.h"
#include "storage/audit_log.h"
#include "storage/period_store.h"
#include "storage/portfolio_store.h"
#include "storage/roadmap_version_store.h"
#include "storage/strategy_store.h"

namespace fremdrift {
namespace {

using OJson = nlohmann::ordered_json;

struct ParsedAssessment {
  std::string strategy;
  std::string period;
  PortfolioAssessment assessment;
  std::string path;
};

struct ParsedItem {
  PortfolioItem item;
  std::vector<ParsedAssessment> assessments;
  std::string path;
  std::string raw;
};

}  // namespace

void ImportPortfolioItems(SqlConnection& conn, const nlohmann::json& list, const std::string& path,
                          const std::string& actor, std::vector<FieldProblem>& problems,
                          ImportSummary& summary) {
  if (!list.is_array()) {
    problems.push_back({path, "must be an array", "not_an_array", {}});
    return;
  }
  std::vector<ParsedItem> parsed;
  std::set<std::string> keys;
  for (size_t i = 0; i < list.size(); ++i) {
    std::string p = path + "[" + std::to_string(i) + "]";
    if (!list[i].is_object()) {
      problems.push_back({p, "must be an object", "not_an_object", {}});
      continue;
    }
    size_t before = problems.size();
    ParsedItem pi{{}, {}, p, list[i].dump()};
    ApplyPortfolioItemFields(list[i], pi.item, p + ".", {"assessments"}, problems);
    if (!list[i].contains("key")) problems.push_back({p + ".key", "is required", "required", {}});
    if (!list[i].contains("name")) problems.push_back({p + ".name", "is required", "required", {}});
    if (!keys.insert(pi.item.key).second) problems.push_back({p + ".key", "'" + pi.item.key + "' is listed twice"});
    for (const auto& prob : ValidatePortfolioItem(pi.item, nullptr)) problems.push_back({p + "." + prob.field, prob.message});
    const auto alist = list[i].value("assessments", nlohmann::json::array());
    if (!alist.is_array()) problems.push_back({p + ".assessments", "must be an array", "not_an_array", {}});
    for (size_t k = 0; alist.is_array() && k < alist.size(); ++k) {
      std::string ap = p + ".assessments[" + std::to_string(k) + "]";
      if (!alist[k].is_object()) {
        problems.push_back({ap, "must be an object", "not_an_object", {}});
        continue;
      }
      for (const auto& [name, v] : alist[k].items()) {
        static const std::set<std::string> known = {"strategy", "period", "status", "status_explanation",
                                                    "risk", "risk_description", "assessed_by", "source_ref"};
        if (!known.count(name)) problems.push_back({ap + "." + name, "is not a known field", "unknown_field", {}});
      }
      ParsedAssessment pa{StringMember(alist[k], "strategy", ap + ".", true, problems),
                          StringMember(alist[k], "period", ap + ".", true, problems), {}, ap};
      ApplyPortfolioAssessmentFields(alist[k], pa.assessment, ap + ".", problems);
      pi.assessments.push_back(pa);
    }
    if (problems.size() == before) parsed.push_back(std::move(pi));
  }
  PortfolioStore store(conn);
  // First every item, then the links, so that links may point forward.
  for (auto& pi : parsed) {
    auto existing = store.FindByKey(pi.item.key);
    try {
      if (existing) {
        pi.item.id = existing->id;
        pi.item.version = existing->version;
        store.Update(pi.item);
      } else {
        pi.item.id = store.Insert(pi.item);
      }
      summary.CountRecord("portfolio_items", !existing);
    } catch (const Failure& f) {
      problems.push_back({pi.path + "." + (f.field().empty() ? "key" : f.field()), f.what()});
    }
  }
  for (auto& pi : parsed) {
    try {
      if (auto programme = store.FindByKey(pi.item.programme); !pi.item.programme.empty()) {
        if (!programme) {
          problems.push_back({pi.path + ".programme", "no portfolio item '" + pi.item.programme + "'"});
          continue;
        }
        for (const auto& prob : ValidatePortfolioItem(pi.item, &*programme)) {
          if (prob.field == "programme") problems.push_back({pi.path + ".programme", prob.message});
        }
      }
      store.WriteLinks(pi.item);
    } catch (const Failure& f) {
      problems.push_back({pi.path + "." + f.field(), f.what()});
    }
  }
  std::map<std::string, std::vector<std::string>> graph;
  for (const auto& p : store.List()) graph[p.key] = p.depends_on;
  if (auto cycle = FindDependencyCycle(graph)) {
    problems.push_back({path, "the dependencies form a cycle: " + CycleText(*cycle)});
  }
  for (auto& pi : parsed) {
    for (auto& pa : pi.assessments) {
      auto strategy = StrategyStore(conn).FindByKey(pa.strategy);
      auto period = strategy ? PeriodStore(conn).Find(strategy->id, pa.period) : std::nullopt;
      if (!period) {
        problems.push_back({pa.path + ".period", "no reporting period '" + pa.period + "' of strategy '" +
                                                     pa.strategy + "'"});
        continue;
      }
      pa.assessment.item_id = pi.item.id;
      pa.assessment.period_id = period->id;
      store.SaveAssessment(pa.assessment, false);
    }
    if (pi.item.id)
      AuditLog(conn).Append({.actor = actor,
                             .entity = "portfolio_item",
                             .entity_id = std::to_string(pi.item.id),
                             .action = "import",
                             .after = pi.raw});
  }
}

void ImportRoadmapVersions(SqlConnection& conn, const nlohmann::json& list, const std::string& path,
                           const std::string& actor, std::vector<FieldProblem>& problems,
                           ImportSummary& summary) {
  if (!list.is_array()) {
    problems.push_back({path, "must be an array", "not_an_array", {}});
    return;
  }
  RoadmapVersionStore store(conn);
  for (size_t i = 0; i < list.size(); ++i) {
    std::string p = path + "[" + std::to_string(i) + "]";
    if (!list[i].is_object()) {
      problems.push_back({p, "must be an object", "not_an_object", {}});
      continue;
    }
    size_t before = problems.size();
    RoadmapVersion v = RoadmapVersionFromJson(list[i], p + ".", {}, problems);
    for (const auto& prob : ValidateRoadmapVersion(v)) problems.push_back({p + "." + prob.field, prob.message});
    if (problems.size() != before) continue;
    try {
      auto existing = store.FindByCode(v.code);
      if (existing) {
        v.version = existing->version;
        store.Replace(v);
      } else {
        store.Insert(v);
      }
      summary.CountRecord("roadmap_versions", !existing);
      AuditLog(conn).Append({.actor = actor,
                             .entity = "roadmap_version",
                             .entity_id = std::to_string(store.FindByCode(v.code)->id),
                             .action = "import",
                             .after = list[i].dump()});
    } catch (const Failure& f) {
      problems.push_back({p + (f.field().empty() ? "" : "." + f.field()), f.what()});
    }
  }
}

OJson ExportPortfolioItems(SqlConnection& conn) {
  OJson out = OJson::array();
  PortfolioStore store(conn);
  for (const auto& item : store.List()) {
    OJson j = PortfolioItemToJson(item);
    j["assessments"] = OJson::array();
    for (const auto& a : store.Assessments(item.id)) {
      OJson aj{{"strategy", a.strategy}, {"period", a.period}};
      aj.update(PortfolioAssessmentToJson(a.assessment));
      j["assessments"].push_back(aj);
    }
    out.push_back(j);
  }
  return out;
}

OJson ExportRoadmapVersions(SqlConnection& conn) {
  OJson out = OJson::array();
  for (const auto& v : RoadmapVersionStore(conn).List()) out.push_back(RoadmapVersionToJson(v));
  return out;
}

}  // namespace fremdrift
