#include "app/portfolio_service.h"

#include <map>
#include <set>
#include <tuple>

#include "app/input_text.h"
#include "app/reporting_service.h"
#include "domain/dependency_cycle.h"
#include "domain/failure.h"
#include "domain/portfolio_rules.h"
#include "domain/reporting_period.h"
#include "formats/portfolio_json.h"
#include "storage/audit_log.h"

namespace fremdrift {
namespace {

// The latest of `list` by period code (ties: strategy key), or nullopt.
std::optional<PeriodAssessment> Latest(const std::vector<PeriodAssessment>& list) {
  std::optional<PeriodAssessment> best;
  for (const auto& a : list) {
    if (!best || std::tie(a.period, a.strategy) > std::tie(best->period, best->strategy)) best = a;
  }
  return best;
}

std::string AuditJson(const PortfolioItem& p) {
  auto j = PortfolioItemToJson(p);
  j["version"] = p.version;
  return j.dump();
}

void RequireMayEdit(const User& actor, const PortfolioItem& item) {
  if (MayEditPortfolioItem(actor, item)) return;
  throw Failure(FailureCode::kForbidden,
                actor.role == Role::kReader
                    ? "user '" + actor.name + "' has the reader role and may not change the portfolio"
                    : "user '" + actor.name + "' of " + actor.organisation +
                          " may only change portfolio items owned by " + actor.organisation,
                "owner");
}

// Checks the item's rules against the stored portfolio, then refuses a
// dependency cycle with kConflict naming it.
void CheckItem(SqlConnection& conn, const PortfolioItem& item) {
  PortfolioStore store(conn);
  auto all = store.List();
  std::optional<PortfolioItem> programme;
  std::vector<FieldProblem> problems;
  if (!item.programme.empty()) {
    programme = store.FindByKey(item.programme);
    if (!programme) problems.push_back({"programme", "no portfolio item '" + item.programme + "'"});
  }
  for (auto& p : ValidatePortfolioItem(item, programme ? &*programme : nullptr)) problems.push_back(p);
  std::map<std::string, std::vector<std::string>> graph;
  for (const auto& p : all) {
    if (p.id != item.id) graph[p.key] = p.depends_on;
  }
  for (const auto& d : item.depends_on) {
    if (!graph.count(d) && d != item.key) problems.push_back({"depends_on", "no portfolio item '" + d + "'"});
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
  graph[item.key] = item.depends_on;
  if (auto cycle = FindDependencyCycle(graph)) {
    throw Failure(FailureCode::kConflict, "the dependencies would form a cycle: " + CycleText(*cycle),
                  "depends_on");
  }
}

const std::vector<std::string> kPortfolioUpdateExtras = {"version", "id", "status", "risk", "current", "contains"};

}  // namespace

std::vector<PortfolioEntry> ListPortfolio(SqlConnection& conn, const Viewer& viewer) {
  PortfolioStore store(conn);
  Visibility visibility(conn, viewer);
  std::map<int64_t, std::vector<PeriodAssessment>> by_item;
  for (const auto& a : visibility.Seen(store.AllAssessments())) by_item[a.assessment.item_id].push_back(a);
  std::vector<PortfolioEntry> out;
  for (auto& item : store.List()) {
    auto latest = Latest(by_item[item.id]);
    out.push_back({visibility.Seen(std::move(item)), latest});
  }
  return out;
}

PortfolioEntry FindPortfolioEntry(SqlConnection& conn, const std::string& key, const Viewer& viewer) {
  auto item = PortfolioStore(conn).FindByKey(key);
  if (!item) throw Failure(FailureCode::kNotFound, "no portfolio item '" + key + "'", "key");
  auto history = PortfolioHistory(conn, item->id, viewer);
  return {Visibility(conn, viewer).Seen(*item), Latest(history)};
}

std::vector<PeriodAssessment> PortfolioHistory(SqlConnection& conn, int64_t item_id, const Viewer& viewer) {
  std::vector<PeriodAssessment> out = Visibility(conn, viewer).Seen(PortfolioStore(conn).Assessments(item_id));
  std::sort(out.begin(), out.end(), [](const PeriodAssessment& a, const PeriodAssessment& b) {
    return std::tie(a.period, a.strategy) < std::tie(b.period, b.strategy);
  });
  return out;
}

PortfolioItem CreatePortfolioItem(SqlConnection& conn, const User& actor, const nlohmann::json& body) {
  RequireValidInputText(body);
  if (!body.is_object()) throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
  PortfolioItem item;
  std::vector<FieldProblem> problems;
  ApplyPortfolioItemFields(body, item, "", {}, problems);
  if (!body.contains("key")) problems.push_back({"key", "is required", "required", {}});
  if (!body.contains("name")) problems.push_back({"name", "is required", "required", {}});
  if (!problems.empty()) throw Failure::Invalid(problems);
  RequireMayEdit(actor, item);
  WriteTransaction tx(conn);
  PortfolioStore store(conn);
  if (store.FindByKey(item.key)) {
    throw Failure(FailureCode::kConflict, "there is already a portfolio item '" + item.key + "'", "key",
                  "duplicate_key", {{"key", item.key}});
  }
  CheckItem(conn, item);
  item.id = store.Insert(item);
  store.WriteLinks(item);
  PortfolioItem stored = *store.FindByKey(item.key);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "portfolio_item",
                         .entity_id = std::to_string(stored.id),
                         .action = "create",
                         .after = AuditJson(stored)});
  tx.Commit();
  return stored;
}

PortfolioItem UpdatePortfolioItem(SqlConnection& conn, const User& actor, const std::string& key,
                                  const nlohmann::json& body) {
  RequireValidInputText(body);
  if (!body.is_object()) throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
  WriteTransaction tx(conn);
  PortfolioStore store(conn);
  auto before = store.FindByKey(key);
  if (!before) throw Failure(FailureCode::kNotFound, "no portfolio item '" + key + "'", "key");
  RequireMayEdit(actor, *before);
  PortfolioItem item = *before;
  std::vector<FieldProblem> problems;
  ApplyPortfolioItemFields(body, item, "", kPortfolioUpdateExtras, problems);
  if (!body.contains("version") || !body["version"].is_number_integer()) {
    problems.push_back({"version", "is required: send the version you read", "version_required", {}});
  } else {
    item.version = body["version"].get<int64_t>();
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
  RequireMayEdit(actor, item);
  CheckItem(conn, item);
  store.Update(item);
  store.WriteLinks(item);
  PortfolioItem stored = *store.FindByKey(item.key);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "portfolio_item",
                         .entity_id = std::to_string(stored.id),
                         .action = "update",
                         .before = AuditJson(*before),
                         .after = AuditJson(stored)});
  tx.Commit();
  return stored;
}

void DeletePortfolioItem(SqlConnection& conn, const User& actor, const std::string& key, int64_t version) {
  WriteTransaction tx(conn);
  PortfolioStore store(conn);
  auto before = store.FindByKey(key);
  if (!before) throw Failure(FailureCode::kNotFound, "no portfolio item '" + key + "'", "key");
  RequireMayEdit(actor, *before);
  store.Delete(key, version);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "portfolio_item",
                         .entity_id = std::to_string(before->id),
                         .action = "delete",
                         .before = AuditJson(*before)});
  tx.Commit();
}

PeriodAssessment SavePortfolioAssessment(SqlConnection& conn, const User& actor, const std::string& key,
                                         const std::string& strategy_key, const std::string& period_code,
                                         const nlohmann::json& body) {
  RequireValidInputText(body);
  if (!body.is_object()) throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
  auto [strategy, period] = FindPeriod(conn, strategy_key, period_code, Viewer::Internal());
  auto item = PortfolioStore(conn).FindByKey(key);
  if (!item) throw Failure(FailureCode::kNotFound, "no portfolio item '" + key + "'", "key");
  if (!AssessmentsEditable(period, actor)) {
    if (actor.role == Role::kReader) throw Failure(FailureCode::kForbidden, "readers may not assess");
    throw Failure(FailureCode::kConflict,
                  period.state == PeriodState::kInReview
                      ? "the period " + period.code + " is in review: only admins may change it"
                      : "the period " + period.code + " is " + std::string(PeriodStateKey(period.state)) +
                            ": its assessments are frozen",
                  "state", period.state == PeriodState::kInReview ? "period_in_review" : "period_frozen",
                  {{"period", period.code}});
  }
  RequireMayEdit(actor, *item);
  WriteTransaction tx(conn);
  PortfolioStore store(conn);
  auto before = store.FindAssessment(item->id, period.id);
  PortfolioAssessment a = before.value_or(PortfolioAssessment{});
  a.item_id = item->id;
  a.period_id = period.id;
  std::vector<FieldProblem> problems;
  ApplyPortfolioAssessmentFields(body, a, "", problems);
  for (const auto& [k, v] : body.items()) {
    static const std::set<std::string> known = {"status", "status_explanation", "risk", "risk_description",
                                                "source_ref", "version", "assessed_by"};
    if (!known.count(k)) problems.push_back({k, "is not a known field", "unknown_field", {}});
  }
  if (before) {
    if (!body.contains("version") || !body["version"].is_number_integer()) {
      problems.push_back({"version", "is required when changing an assessment: send the version you read", "version_required", {}});
    } else {
      a.version = body["version"].get<int64_t>();
    }
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
  a.assessed_by = actor.name;
  a.assessed_at = "";
  PortfolioAssessment stored = store.SaveAssessment(a, before.has_value());
  auto audit = [&](const PortfolioAssessment& x) {
    auto j = PortfolioAssessmentToJson(x);
    j["item"] = key;
    j["strategy"] = strategy.key;
    j["period"] = period.code;
    j["version"] = x.version;
    return j.dump();
  };
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "portfolio_assessment",
                         .entity_id = std::to_string(stored.id),
                         .action = before ? "update" : "create",
                         .before = before ? audit(*before) : "",
                         .after = audit(stored)});
  tx.Commit();
  return {stored, strategy.key, period.code, std::string(PeriodStateKey(period.state))};
}

}  // namespace fremdrift
