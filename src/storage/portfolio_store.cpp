#include "storage/portfolio_store.h"

#include <map>

#include "domain/failure.h"
#include "storage/timestamp.h"

namespace fremdrift {
namespace {

constexpr const char* kPortfolioItemSelect =
    "SELECT p.id, p.key, p.kind, pr.key, p.name, p.description, o.short_name, p.segment, p.phase, "
    "p.planned_start, p.planned_end, p.forecast_start, p.forecast_end, p.budget_mnok, "
    "p.forecast_cost_mnok, p.source, p.version FROM portfolio_items p "
    "LEFT JOIN portfolio_items pr ON pr.id = p.programme_id "
    "LEFT JOIN organisations o ON o.id = p.owner_id ";

ScheduleDate DateAt(const SqlRow& r, size_t i) {
  if (r.IsNull(i)) return ScheduleDate::None();
  return ScheduleDate::Parse(r.Text(i)).value_or(ScheduleDate::None());
}

SqlValue DateValue(const ScheduleDate& d) {
  if (d.is_none()) return nullptr;
  return d.ToText();
}

SqlValue Number(const std::optional<double>& v) {
  if (!v) return nullptr;
  return *v;
}

PortfolioItem PortfolioItemFromRow(const SqlRow& r) {
  PortfolioItem p;
  p.id = r.Int(0);
  p.key = r.Text(1);
  p.kind = PortfolioKindFromKey(r.Text(2)).value_or(PortfolioKind::kProject);
  p.programme = r.Text(3);
  p.name = r.Text(4);
  p.description = r.Text(5);
  p.owner = r.Text(6);
  p.segment = r.Text(7);
  if (!r.IsNull(8)) p.phase = static_cast<Phase>(r.Int(8));
  p.planned_start = DateAt(r, 9);
  p.planned_end = DateAt(r, 10);
  p.forecast_start = DateAt(r, 11);
  p.forecast_end = DateAt(r, 12);
  if (!r.IsNull(13)) p.budget_mnok = r.Real(13);
  if (!r.IsNull(14)) p.forecast_cost_mnok = r.Real(14);
  p.source = r.Text(15);
  p.version = r.Int(16);
  return p;
}

constexpr const char* kItemAssessmentSelect =
    "SELECT a.id, a.portfolio_item_id, a.period_id, a.status, a.status_explanation, a.risk, "
    "a.risk_description, a.assessed_by, a.assessed_at, a.source_ref, a.version, s.key, rp.code, rp.state "
    "FROM portfolio_assessments a JOIN reporting_periods rp ON rp.id = a.period_id "
    "JOIN strategies s ON s.id = rp.strategy_id ";

PeriodAssessment ItemAssessmentFromRow(const SqlRow& r) {
  PeriodAssessment pa;
  auto& a = pa.assessment;
  a.id = r.Int(0);
  a.item_id = r.Int(1);
  a.period_id = r.Int(2);
  a.status = r.Text(3);
  a.status_explanation = r.Text(4);
  a.risk = r.Text(5);
  a.risk_description = r.Text(6);
  a.assessed_by = r.Text(7);
  a.assessed_at = r.Text(8);
  a.source_ref = r.Text(9);
  a.version = r.Int(10);
  pa.strategy = r.Text(11);
  pa.period = r.Text(12);
  pa.period_state = r.Text(13);
  return pa;
}

}  // namespace

std::vector<PortfolioItem> PortfolioStore::Load(const std::string& where, const SqlParams& params) {
  std::vector<PortfolioItem> items;
  std::map<int64_t, size_t> index;
  for (const auto& r : conn_.Query(kPortfolioItemSelect + where + " ORDER BY p.key", params)) {
    index[r.Int(0)] = items.size();
    items.push_back(PortfolioItemFromRow(r));
  }
  if (items.empty()) return items;
  auto add = [&](const std::string& sql, auto fn) {
    for (const auto& r : conn_.Query(sql)) {
      auto it = index.find(r.Int(0));
      if (it != index.end()) fn(items[it->second], r);
    }
  };
  add("SELECT l.portfolio_item_id, s.key, pi.key FROM portfolio_item_plan_items l "
      "JOIN plan_items pi ON pi.id = l.plan_item_id JOIN strategies s ON s.id = pi.strategy_id "
      "ORDER BY l.portfolio_item_id, l.position",
      [](PortfolioItem& p, const SqlRow& r) { p.serves_items.push_back({r.Text(1), r.Text(2)}); });
  add("SELECT l.portfolio_item_id, i.code FROM portfolio_item_indicators l "
      "JOIN indicators i ON i.id = l.indicator_id ORDER BY l.portfolio_item_id, l.position",
      [](PortfolioItem& p, const SqlRow& r) { p.serves_indicators.push_back(r.Text(1)); });
  add("SELECT d.portfolio_item_id, t.key FROM portfolio_dependencies d "
      "JOIN portfolio_items t ON t.id = d.depends_on_id ORDER BY d.portfolio_item_id, d.position",
      [](PortfolioItem& p, const SqlRow& r) { p.depends_on.push_back(r.Text(1)); });
  return items;
}

std::vector<PortfolioItem> PortfolioStore::List() { return Load("", {}); }

std::optional<PortfolioItem> PortfolioStore::FindByKey(const std::string& key) {
  auto items = Load("WHERE p.key = ?", {key});
  if (items.empty()) return std::nullopt;
  return items[0];
}

namespace {

SqlParams Values(SqlConnection& conn, const PortfolioItem& p) {
  SqlValue owner = nullptr;
  if (!p.owner.empty()) {
    auto rows = conn.Query("SELECT id FROM organisations WHERE short_name = ?", {p.owner});
    if (rows.empty()) throw Failure(FailureCode::kInvalid, "unknown organisation '" + p.owner + "'", "owner");
    owner = rows[0].Int(0);
  }
  SqlValue phase = nullptr;
  if (p.phase) phase = static_cast<int64_t>(*p.phase);
  return {p.key, std::string(PortfolioKindKey(p.kind)), p.name, p.description, owner, p.segment, phase,
          DateValue(p.planned_start), DateValue(p.planned_end), DateValue(p.forecast_start),
          DateValue(p.forecast_end), Number(p.budget_mnok), Number(p.forecast_cost_mnok), p.source};
}

}  // namespace

int64_t PortfolioStore::Insert(const PortfolioItem& item) {
  auto rows = conn_.Query(
      "INSERT INTO portfolio_items (key, kind, name, description, owner_id, segment, phase, "
      "planned_start, planned_end, forecast_start, forecast_end, budget_mnok, forecast_cost_mnok, "
      "source, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
      Values(conn_, item));
  return rows.at(0).Int(0);
}

void PortfolioStore::Update(const PortfolioItem& item) {
  SqlParams params = Values(conn_, item);
  params.push_back(item.id);
  params.push_back(item.version);
  int64_t changed = conn_.Execute(
      "UPDATE portfolio_items SET key = ?, kind = ?, name = ?, description = ?, owner_id = ?, "
      "segment = ?, phase = ?, planned_start = ?, planned_end = ?, forecast_start = ?, "
      "forecast_end = ?, budget_mnok = ?, forecast_cost_mnok = ?, source = ?, "
      "version = version + 1 WHERE id = ? AND version = ?",
      params);
  if (changed == 0) {
    auto current = conn_.Query("SELECT version FROM portfolio_items WHERE id = ?", {item.id});
    if (current.empty()) throw Failure(FailureCode::kNotFound, "no portfolio item '" + item.key + "'");
    throw Failure(FailureCode::kConflict,
                  "portfolio item '" + item.key + "' was changed by someone else: you sent version " +
                      std::to_string(item.version) + ", the current version is " +
                      std::to_string(current[0].Int(0)),
                  "version");
  }
}

void PortfolioStore::WriteLinks(const PortfolioItem& item) {
  auto self = conn_.Query("SELECT id FROM portfolio_items WHERE key = ?", {item.key});
  if (self.empty()) throw Failure(FailureCode::kNotFound, "no portfolio item '" + item.key + "'");
  int64_t id = self[0].Int(0);
  SqlValue programme = nullptr;
  if (!item.programme.empty()) {
    auto rows = conn_.Query("SELECT id FROM portfolio_items WHERE key = ?", {item.programme});
    if (rows.empty()) {
      throw Failure(FailureCode::kInvalid, "no portfolio item '" + item.programme + "'", "programme");
    }
    programme = rows[0].Int(0);
  }
  conn_.Execute("UPDATE portfolio_items SET programme_id = ? WHERE id = ?", {programme, id});
  conn_.Execute("DELETE FROM portfolio_item_plan_items WHERE portfolio_item_id = ?", {id});
  conn_.Execute("DELETE FROM portfolio_item_indicators WHERE portfolio_item_id = ?", {id});
  conn_.Execute("DELETE FROM portfolio_dependencies WHERE portfolio_item_id = ?", {id});
  int64_t pos = 0;
  for (const auto& ref : item.serves_items) {
    auto rows = conn_.Query(
        "SELECT pi.id FROM plan_items pi JOIN strategies s ON s.id = pi.strategy_id "
        "WHERE s.key = ? AND pi.key = ?",
        {ref.strategy, ref.item});
    if (rows.empty()) {
      throw Failure(FailureCode::kInvalid,
                    "no plan item '" + ref.item + "' in strategy '" + ref.strategy + "'", "serves_items");
    }
    conn_.Execute("INSERT INTO portfolio_item_plan_items (portfolio_item_id, plan_item_id, position) "
                  "VALUES (?, ?, ?)",
                  {id, rows[0].Int(0), pos++});
  }
  pos = 0;
  for (const auto& code : item.serves_indicators) {
    auto rows = conn_.Query("SELECT id FROM indicators WHERE code = ?", {code});
    if (rows.empty()) throw Failure(FailureCode::kInvalid, "no indicator '" + code + "'", "serves_indicators");
    conn_.Execute("INSERT INTO portfolio_item_indicators (portfolio_item_id, indicator_id, position) "
                  "VALUES (?, ?, ?)",
                  {id, rows[0].Int(0), pos++});
  }
  pos = 0;
  for (const auto& key : item.depends_on) {
    auto rows = conn_.Query("SELECT id FROM portfolio_items WHERE key = ?", {key});
    if (rows.empty()) throw Failure(FailureCode::kInvalid, "no portfolio item '" + key + "'", "depends_on");
    conn_.Execute("INSERT INTO portfolio_dependencies (portfolio_item_id, depends_on_id, position) "
                  "VALUES (?, ?, ?)",
                  {id, rows[0].Int(0), pos++});
  }
}

void PortfolioStore::Delete(const std::string& key, int64_t expected_version) {
  auto current = conn_.Query("SELECT id, version FROM portfolio_items WHERE key = ?", {key});
  if (current.empty()) throw Failure(FailureCode::kNotFound, "no portfolio item '" + key + "'");
  int64_t id = current[0].Int(0);
  if (current[0].Int(1) != expected_version) {
    throw Failure(FailureCode::kConflict,
                  "portfolio item '" + key + "' was changed by someone else: the current version is " +
                      std::to_string(current[0].Int(1)),
                  "version");
  }
  std::string users;
  for (const auto& r : conn_.Query(
           "SELECT p.key FROM portfolio_items p WHERE p.programme_id = ? OR p.id IN "
           "(SELECT portfolio_item_id FROM portfolio_dependencies WHERE depends_on_id = ?) ORDER BY p.key",
           {id, id})) {
    users += (users.empty() ? "" : ", ") + r.Text(0);
  }
  if (!users.empty()) {
    throw Failure(FailureCode::kConflict,
                  "portfolio item '" + key + "' is depended on by or contains: " + users);
  }
  if (conn_.Execute("DELETE FROM portfolio_items WHERE id = ? AND version = ?", {id, expected_version}) == 0) {
    throw Failure(FailureCode::kConflict, "portfolio item '" + key + "' changed while deleting it", "version");
  }
}

std::vector<PeriodAssessment> PortfolioStore::Assessments(int64_t item_id) {
  std::vector<PeriodAssessment> out;
  for (const auto& r : conn_.Query(std::string(kItemAssessmentSelect) +
                                       "WHERE a.portfolio_item_id = ? ORDER BY s.key, rp.code",
                                   {item_id})) {
    out.push_back(ItemAssessmentFromRow(r));
  }
  return out;
}

std::vector<PeriodAssessment> PortfolioStore::AllAssessments() {
  std::vector<PeriodAssessment> out;
  for (const auto& r : conn_.Query(std::string(kItemAssessmentSelect) +
                                   "ORDER BY a.portfolio_item_id, s.key, rp.code")) {
    out.push_back(ItemAssessmentFromRow(r));
  }
  return out;
}

std::optional<PortfolioAssessment> PortfolioStore::FindAssessment(int64_t item_id, int64_t period_id) {
  auto rows = conn_.Query(std::string(kItemAssessmentSelect) + "WHERE a.portfolio_item_id = ? AND a.period_id = ?",
                          {item_id, period_id});
  if (rows.empty()) return std::nullopt;
  return ItemAssessmentFromRow(rows[0]).assessment;
}

PortfolioAssessment PortfolioStore::SaveAssessment(const PortfolioAssessment& a, bool check_version) {
  std::string at = a.assessed_at.empty() ? UtcNow() : a.assessed_at;
  auto existing = FindAssessment(a.item_id, a.period_id);
  if (!existing) {
    conn_.Execute(
        "INSERT INTO portfolio_assessments (portfolio_item_id, period_id, status, status_explanation, "
        "risk, risk_description, assessed_by, assessed_at, source_ref, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        {a.item_id, a.period_id, a.status, a.status_explanation, a.risk, a.risk_description,
         a.assessed_by, at, a.source_ref});
  } else {
    int64_t expected = check_version ? a.version : existing->version;
    int64_t changed = conn_.Execute(
        "UPDATE portfolio_assessments SET status = ?, status_explanation = ?, risk = ?, "
        "risk_description = ?, assessed_by = ?, assessed_at = ?, source_ref = ?, version = version + 1 "
        "WHERE portfolio_item_id = ? AND period_id = ? AND version = ?",
        {a.status, a.status_explanation, a.risk, a.risk_description, a.assessed_by, at, a.source_ref,
         a.item_id, a.period_id, expected});
    if (changed == 0) {
      throw Failure(FailureCode::kConflict,
                    "the assessment was changed by someone else: you sent version " +
                        std::to_string(a.version) + ", the current version is " +
                        std::to_string(existing->version),
                    "version");
    }
  }
  return *FindAssessment(a.item_id, a.period_id);
}

}  // namespace fremdrift
