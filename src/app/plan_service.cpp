#include "app/plan_service.h"

#include "app/input_text.h"
#include "app/phase_scales.h"
#include "domain/failure.h"
#include "domain/plan_item_rules.h"
#include "formats/plan_json.h"
#include "storage/audit_log.h"
#include "storage/plan_item_store.h"
#include "storage/strategy_store.h"

namespace fremdrift {
namespace {

const std::vector<std::string> kCreateExtras = {"strategy", "strategy_id", "parent",
                                                "parent_id", "sort_order"};
const std::vector<std::string> kItemUpdateExtras = {"parent_id", "sort_order", "version",
                                                "id", "strategy", "strategy_id",
                                                "parent", "level_name"};

std::string ItemAuditJson(const PlanItem& p) {
  Json j = PlanItemFieldsToJson(p);
  j["id"] = p.id;
  j["strategy_id"] = p.strategy_id;
  j["parent_id"] = p.parent_id ? Json(*p.parent_id) : Json(nullptr);
  j["version"] = p.version;
  return j.dump();
}

void RequireMayEditItem(const User& actor, const PlanItem& item) {
  if (!MayEditItem(actor, item)) {
    throw Failure(FailureCode::kForbidden,
                  actor.role == Role::kReader
                      ? "user '" + actor.name + "' has the reader role and may not change the plan"
                      : "user '" + actor.name + "' of " + actor.organisation +
                            " may only change items owned by " + actor.organisation,
                  "owners");
  }
}

std::optional<int64_t> IdMember(const nlohmann::json& body, const char* name,
                                std::vector<FieldProblem>& problems) {
  if (!body.contains(name) || body[name].is_null()) return std::nullopt;
  if (!body[name].is_number_integer()) {
    problems.push_back({name, "must be an integer id", "not_an_id", {}});
    return std::nullopt;
  }
  return body[name].get<int64_t>();
}

// Loads the strategy and parent and checks every rule; throws on problems.
void CheckItem(SqlConnection& conn, const PlanItem& item,
               std::vector<FieldProblem> problems) {
  auto strategy = StrategyStore(conn).FindById(item.strategy_id);
  if (!strategy) {
    problems.push_back({"strategy_id", "no strategy with id " + std::to_string(item.strategy_id)});
    throw Failure::Invalid(problems);
  }
  std::optional<PlanItem> parent;
  if (item.parent_id) {
    parent = PlanItemStore(conn).FindById(*item.parent_id);
    if (!parent) {
      problems.push_back({"parent_id", "no plan item with id " + std::to_string(*item.parent_id)});
    }
  }
  for (auto& p : ValidatePlanItem(item, *strategy, parent ? &*parent : nullptr, PhaseScaleOf(conn, *strategy))) {
    if (!(p.field == "parent" && item.parent_id && !parent)) problems.push_back(p);
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
}

}  // namespace

PlanItem CreatePlanItem(SqlConnection& conn, const User& actor,
                        const nlohmann::json& body) {
  RequireValidInputText(body);
  if (!body.is_object()) throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
  std::vector<FieldProblem> problems;
  PlanItem item;
  item.level = 0;
  ApplyPlanItemFields(body, item, "", kCreateExtras, problems);
  WriteTransaction tx(conn);
  if (auto sid = IdMember(body, "strategy_id", problems)) {
    item.strategy_id = *sid;
  } else if (body.contains("strategy")) {
    std::string key = StringMember(body, "strategy", "", true, problems);
    if (auto s = StrategyStore(conn).FindByKey(key)) item.strategy_id = s->id;
    else if (!key.empty()) problems.push_back({"strategy", "no strategy with key '" + key + "'"});
  } else {
    problems.push_back({"strategy_id", "is required (or strategy, a key)"});
  }
  item.parent_id = IdMember(body, "parent_id", problems);
  if (!item.parent_id && body.contains("parent") && item.strategy_id != 0) {
    std::string key = StringMember(body, "parent", "", false, problems);
    if (auto p = PlanItemStore(conn).FindByKey(item.strategy_id, key)) item.parent_id = p->id;
    else if (!key.empty()) problems.push_back({"parent", "no item with key '" + key + "' in this strategy"});
  }
  if (item.level == 0) {
    item.level = 1;
    if (item.parent_id) {
      if (auto p = PlanItemStore(conn).FindById(*item.parent_id)) item.level = p->level + 1;
    }
  }
  if (auto order = IdMember(body, "sort_order", problems)) item.sort_order = *order;
  if (item.strategy_id == 0) throw Failure::Invalid(problems);
  CheckItem(conn, item, problems);
  RequireMayEditItem(actor, item);
  if (PlanItemStore(conn).FindByKey(item.strategy_id, item.key)) {
    throw Failure(FailureCode::kConflict,
                  "an item with key '" + item.key + "' exists in this strategy", "key",
                  "duplicate_key", {{"key", item.key}});
  }
  item.id = PlanItemStore(conn).Insert(item);
  PlanItem stored = *PlanItemStore(conn).FindById(item.id);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "plan_item",
                         .entity_id = std::to_string(stored.id),
                         .action = "create",
                         .after = ItemAuditJson(stored)});
  tx.Commit();
  return stored;
}

PlanItem UpdatePlanItem(SqlConnection& conn, const User& actor, int64_t id,
                        const nlohmann::json& body) {
  RequireValidInputText(body);
  if (!body.is_object()) throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
  WriteTransaction tx(conn);
  auto current = PlanItemStore(conn).FindById(id);
  if (!current) throw Failure(FailureCode::kNotFound, "no plan item with id " + std::to_string(id));
  std::vector<FieldProblem> problems;
  auto version = IdMember(body, "version", problems);
  if (!version && problems.empty()) problems.push_back({"version", "is required: send the version you read", "version_required", {}});
  PlanItem item = *current;
  ApplyPlanItemFields(body, item, "", kItemUpdateExtras, problems);
  if (body.contains("parent_id")) item.parent_id = IdMember(body, "parent_id", problems);
  if (auto order = IdMember(body, "sort_order", problems)) item.sort_order = *order;
  if (!problems.empty()) throw Failure::Invalid(problems);
  RequireMayEditItem(actor, *current);
  CheckItem(conn, item, {});
  RequireMayEditItem(actor, item);
  item.version = *version;
  PlanItemStore(conn).Update(item, &*current);
  // As the update stored it: what was written, with the next version.
  PlanItem stored = item;
  stored.version = *version + 1;
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "plan_item",
                         .entity_id = std::to_string(id),
                         .action = "update",
                         .before = ItemAuditJson(*current),
                         .after = ItemAuditJson(stored)});
  tx.Commit();
  return stored;
}

void DeletePlanItem(SqlConnection& conn, const User& actor, int64_t id,
                    std::optional<int64_t> expected_version) {
  WriteTransaction tx(conn);
  auto current = PlanItemStore(conn).FindById(id);
  if (!current) throw Failure(FailureCode::kNotFound, "no plan item with id " + std::to_string(id));
  RequireMayEditItem(actor, *current);
  PlanItemStore(conn).Delete(id, expected_version);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "plan_item",
                         .entity_id = std::to_string(id),
                         .action = "delete",
                         .before = ItemAuditJson(*current)});
  tx.Commit();
}

}  // namespace fremdrift
