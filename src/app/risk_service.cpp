#include "app/risk_service.h"

#include "app/input_text.h"
#include "domain/plan_item_rules.h"
#include "domain/portfolio_rules.h"
#include "formats/risk_json.h"
#include "storage/audit_log.h"
#include "storage/plan_item_store.h"
#include "storage/portfolio_store.h"
#include "storage/risk_store.h"
#include "storage/strategy_store.h"

namespace fremdrift {
namespace {

// Whether `actor` may keep the risks of `risk`'s item; false for an item
// that does not exist (the store names that problem).
bool MayKeep(SqlConnection& conn, const User& actor, const Risk& risk) {
  if (risk.subject_kind == RiskSubjectKind::kPortfolioItem) {
    auto item = PortfolioStore(conn).FindByKey(risk.subject);
    return !item || MayEditPortfolioItem(actor, *item);
  }
  size_t slash = risk.subject.find('/');
  if (slash == std::string::npos) return true;
  auto strategy = StrategyStore(conn).FindByKey(risk.subject.substr(0, slash));
  if (!strategy) return true;
  auto item = PlanItemStore(conn).FindByKey(strategy->id, risk.subject.substr(slash + 1));
  return !item || MayEditItem(actor, *item);
}

}  // namespace

Risk SaveRisk(SqlConnection& conn, const User& actor, const nlohmann::json& body) {
  RequireValidInputText(body);
  std::vector<FieldProblem> problems;
  Risk risk = RiskFromJson(body, "", problems);
  if (!problems.empty()) throw Failure::Invalid(problems);
  WriteTransaction tx(conn);
  RiskStore store(conn);
  auto before = store.FindByKey(risk.key);
  if ((before && !MayKeep(conn, actor, *before)) || !MayKeep(conn, actor, risk)) {
    throw Failure(FailureCode::kForbidden,
                  "user '" + actor.name + "' may only keep the risks of items their organisation owns",
                  "subject");
  }
  store.Upsert(risk);
  Risk stored = *store.FindByKey(risk.key);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "risk",
                         .entity_id = stored.key,
                         .action = before ? "update" : "create",
                         .before = before ? RiskToJson(*before).dump() : "",
                         .after = RiskToJson(stored).dump()});
  tx.Commit();
  return stored;
}

void ImportRisks(SqlConnection& conn, const nlohmann::json& list, const std::string& path,
                 const std::string& actor, std::vector<FieldProblem>& problems,
                 ImportSummary& summary) {
  if (!list.is_array()) {
    problems.push_back({path, "must be an array"});
    return;
  }
  RiskStore store(conn);
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string p = path + "[" + std::to_string(i) + "]";
    size_t before_count = problems.size();
    Risk risk = RiskFromJson(list[i], p, problems);
    if (problems.size() != before_count) continue;
    auto before = store.FindByKey(risk.key);
    try {
      store.Upsert(risk);
    } catch (const Failure& f) {
      problems.push_back({p + "." + f.field(), f.what()});
      continue;
    }
    summary.CountRecord("risks", !before);
    AuditLog(conn).Append({.actor = actor,
                           .entity = "risk",
                           .entity_id = risk.key,
                           .action = "import",
                           .before = before ? RiskToJson(*before).dump() : "",
                           .after = RiskToJson(*store.FindByKey(risk.key)).dump()});
  }
}

nlohmann::ordered_json ExportRisks(SqlConnection& conn) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& r : RiskStore(conn).List()) out.push_back(RiskToJson(r));
  return out;
}

}  // namespace fremdrift
