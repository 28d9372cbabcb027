#include "storage/risk_store.h"

#include "domain/failure.h"
#include "storage/column_values.h"
#include "storage/keyed_upsert.h"
#include "storage/plan_item_ref.h"

namespace fremdrift {

namespace {

constexpr const char* kRiskSelect =
    "SELECT r.id, r.key, CASE WHEN r.plan_item_id IS NULL THEN 'portfolio_item' ELSE 'plan_item' END, "
    "COALESCE(s.key || '/' || p.key, q.key), r.description, r.cause, r.effect, r.likelihood, "
    "r.consequence, r.mitigation, COALESCE(o.short_name, ''), r.review_by, r.state, r.version "
    "FROM risks r "
    "LEFT JOIN plan_items p ON p.id = r.plan_item_id "
    "LEFT JOIN strategies s ON s.id = p.strategy_id "
    "LEFT JOIN portfolio_items q ON q.id = r.portfolio_item_id "
    "LEFT JOIN organisations o ON o.id = r.owner_organisation_id ";

}  // namespace

std::vector<Risk> RiskStore::Load(const std::string& where, const SqlParams& params) {
  std::vector<Risk> out;
  for (const auto& r : conn_.Query(std::string(kRiskSelect) + where + " ORDER BY r.key", params)) {
    Risk k;
    k.id = r.Int(0);
    k.key = r.Text(1);
    k.subject_kind = r.Text(2) == "plan_item" ? RiskSubjectKind::kPlanItem : RiskSubjectKind::kPortfolioItem;
    k.subject = r.Text(3);
    k.description = r.Text(4);
    k.cause = r.Text(5);
    k.effect = r.Text(6);
    k.likelihood = static_cast<int>(r.Int(7));
    k.consequence = static_cast<int>(r.Int(8));
    k.mitigation = r.Text(9);
    k.owner = r.Text(10);
    k.review_by = Date::Parse(r.Text(11));
    k.state = ParseRiskState(r.Text(12)).value_or(RiskState::kOpen);
    k.version = r.Int(13);
    out.push_back(std::move(k));
  }
  return out;
}

std::vector<Risk> RiskStore::List() { return Load("", {}); }

std::optional<Risk> RiskStore::FindByKey(const std::string& key) {
  auto found = Load("WHERE r.key = ?", {key});
  if (found.empty()) return std::nullopt;
  return found.front();
}

bool RiskStore::Upsert(const Risk& risk, std::optional<int64_t> expected_version) {
  std::optional<int64_t> plan_item, portfolio_item, owner;
  if (risk.subject_kind == RiskSubjectKind::kPlanItem) {
    plan_item = PlanItemIdByRef(conn_, risk.subject);
    if (!plan_item) {
      throw Failure(FailureCode::kInvalid, "no plan item '" + risk.subject + "' (strategy/item)", "subject");
    }
  } else {
    auto rows = conn_.Query("SELECT id FROM portfolio_items WHERE key = ?", {risk.subject});
    if (rows.empty()) throw Failure(FailureCode::kInvalid, "no portfolio item '" + risk.subject + "'", "subject");
    portfolio_item = rows[0].Int(0);
  }
  if (!risk.owner.empty()) {
    auto rows = conn_.Query("SELECT id FROM organisations WHERE short_name = ?", {risk.owner});
    if (rows.empty()) throw Failure(FailureCode::kInvalid, "no organisation '" + risk.owner + "'", "owner");
    owner = rows[0].Int(0);
  }
  SqlParams values{Nullable(plan_item), Nullable(portfolio_item), risk.description, risk.cause,
                   risk.effect, int64_t{risk.likelihood}, int64_t{risk.consequence}, risk.mitigation,
                   Nullable(owner), risk.review_by ? risk.review_by->ToIso() : std::string(),
                   std::string(RiskStateKey(risk.state))};
  return KeyedUpsert(conn_, "risks",
                     {"plan_item_id", "portfolio_item_id", "description", "cause", "effect", "likelihood",
                      "consequence", "mitigation", "owner_organisation_id", "review_by", "state"},
                     values, risk.key, expected_version, "risk");
}

}  // namespace fremdrift
