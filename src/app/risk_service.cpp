#include "app/risk_service.h"

#include <algorithm>

#include "app/change_version.h"
#include "app/input_text.h"
#include "domain/risk_changes.h"
#include "domain/plan_item_rules.h"
#include "domain/portfolio_rules.h"
#include "formats/risk_json.h"
#include "storage/audit_log.h"
#include "storage/organisation_store.h"
#include "storage/plan_item_ref.h"
#include "storage/plan_item_store.h"
#include "storage/portfolio_store.h"
#include "storage/risk_store.h"
#include "storage/strategy_store.h"

namespace fremdrift {
namespace {

// Whether `actor` may keep the risks of `risk`'s item; false for an item
// that does not exist (the store names that problem).
bool MayKeep(SqlConnection& conn, const User& actor, const Risk& risk) {
  if (actor.role == Role::kReader) return false;
  if (risk.subject_kind == RiskSubjectKind::kPortfolioItem) {
    auto item = PortfolioStore(conn).FindByKey(risk.subject);
    return !item || MayEditPortfolioItem(actor, *item);
  }
  auto item = PlanItemByRef(conn, risk.subject);
  return !item || MayEditItem(actor, *item);
}

// The refusal of a save on version `seen` of `now`: names what changed
// since the version the user saw (from the audit log) and who saved last.
Failure StaleRisk(SqlConnection& conn, const Risk& now, int64_t seen) {
  std::string fields, by;
  for (const auto& entry : AuditLog(conn).List("risk", now.key, 200)) {
    if (by.empty()) by = entry.actor;
    auto after = nlohmann::json::parse(entry.after, nullptr, false);
    if (!after.is_object() || after.value("version", int64_t{-1}) != seen) continue;
    std::vector<FieldProblem> ignored;
    Risk then = RiskFromJson(after, "", ignored);
    for (const auto& f : RiskChangedFields(then, now)) fields += (fields.empty() ? "" : ",") + f;
    break;
  }
  return Failure(FailureCode::kConflict,
                 "risk '" + now.key + "' was changed after version " + std::to_string(seen) + " (now version " +
                     std::to_string(now.version) + (by.empty() ? "" : ", last by " + by) + ")" +
                     (fields.empty() ? "" : "; changed: " + fields) + ". Load it again and redo your change.",
                 "version", "risk_stale",
                 {{"fields", fields}, {"by", by}, {"seen", std::to_string(seen)},
                  {"current", std::to_string(now.version)}});
}

}  // namespace

bool MayKeepRisk(SqlConnection& conn, const User& user, const Risk& risk) { return MayKeep(conn, user, risk); }

std::vector<Risk> ListRisks(SqlConnection& conn) { return RiskStore(conn).List(); }

Risk FindRisk(SqlConnection& conn, const std::string& key) {
  auto risk = RiskStore(conn).FindByKey(key);
  if (!risk) throw Failure(FailureCode::kNotFound, "no risk '" + key + "'", "key");
  return *risk;
}

namespace {

// The subjects `user` may keep risks on; every subject when null.
std::vector<RiskSubjectChoice> Subjects(SqlConnection& conn, const User* user) {
  std::vector<RiskSubjectChoice> out;
  if (user && user->role == Role::kReader) return out;
  for (const auto& s : StrategyStore(conn).List(ListScope::kAll)) {
    for (const auto& item : PlanItemStore(conn).List(s.id)) {
      if (user && !MayEditItem(*user, item)) continue;
      out.push_back({RiskSubjectKind::kPlanItem, s.key + "/" + item.key,
                     (item.code.empty() ? "" : item.code + " ") + item.title, s.name});
    }
  }
  auto portfolio = PortfolioStore(conn).List();
  std::sort(portfolio.begin(), portfolio.end(),
            [](const PortfolioItem& a, const PortfolioItem& b) { return a.name < b.name; });
  for (const auto& item : portfolio) {
    if (!user || MayEditPortfolioItem(*user, item)) {
      out.push_back({RiskSubjectKind::kPortfolioItem, item.key, item.name, ""});
    }
  }
  return out;
}

}  // namespace

std::vector<RiskSubjectChoice> RiskSubjectChoices(SqlConnection& conn, const User& user) {
  return Subjects(conn, &user);
}

std::vector<RiskSubjectChoice> AllRiskSubjects(SqlConnection& conn) { return Subjects(conn, nullptr); }

std::vector<Organisation> RiskOwnerChoices(SqlConnection& conn) { return OrganisationStore(conn).List(); }

Risk SaveRisk(SqlConnection& conn, const User& actor, const nlohmann::json& body,
              std::optional<int64_t> expected_version) {
  RequireValidInputText(body);
  std::optional<int64_t> expected = ChangeVersion(body, expected_version);
  std::vector<FieldProblem> problems;
  Risk risk = RiskFromJson(body, "", problems);
  if (!problems.empty()) throw Failure::Invalid(problems);
  WriteTransaction tx(conn);
  RiskStore store(conn);
  auto before = store.FindByKey(risk.key);
  if (expected && *expected == 0 && before) {
    throw Failure(FailureCode::kConflict, "a risk with the key '" + risk.key + "' exists already", "key",
                  "risk_key_taken", {{"key", risk.key}});
  }
  if (expected && *expected > 0 && !before) {
    throw Failure(FailureCode::kNotFound, "no risk '" + risk.key + "'", "key");
  }
  if (expected && *expected > 0 && before->version != *expected) throw StaleRisk(conn, *before, *expected);
  if ((before && !MayKeep(conn, actor, *before)) || !MayKeep(conn, actor, risk)) {
    throw Failure(FailureCode::kForbidden,
                  "user '" + actor.name + "' may only keep the risks of items their organisation owns",
                  "subject");
  }
  store.Upsert(risk, expected && *expected > 0 ? expected : std::nullopt);
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
