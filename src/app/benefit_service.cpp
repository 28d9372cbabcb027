#include "app/benefit_service.h"

#include "app/change_version.h"
#include "app/input_text.h"
#include "domain/plan_item_rules.h"
#include "formats/benefit_json.h"
#include "storage/audit_log.h"
#include "storage/benefit_store.h"
#include "storage/plan_item_ref.h"

namespace fremdrift {
namespace {

// Whether `actor` may change every plan item of `b` (an unknown item is
// the store's problem to name).
bool MayKeep(SqlConnection& conn, const User& actor, const Benefit& b) {
  if (actor.role == Role::kReader) return false;
  for (const auto& ref : b.items) {
    auto item = PlanItemByRef(conn, ref);
    if (item && !MayEditItem(actor, *item)) return false;
  }
  return true;
}

// The refusal of a change on version `seen` of `now`, naming who saved last.
Failure StaleBenefit(SqlConnection& conn, const Benefit& now, int64_t seen) {
  return StaleVersion(conn, "benefit", now.key, "benefit", "benefit_stale", now.version, seen);
}

}  // namespace

Benefit FindBenefit(SqlConnection& conn, const std::string& key) {
  auto benefit = BenefitStore(conn).FindByKey(key);
  if (!benefit) throw Failure(FailureCode::kNotFound, "no benefit '" + key + "'", "key");
  return *benefit;
}

bool MayKeepBenefit(SqlConnection& conn, const User& user, const Benefit& benefit) {
  return MayKeep(conn, user, benefit);
}

void DeleteBenefit(SqlConnection& conn, const User& actor, const std::string& key,
                   std::optional<int64_t> expected_version) {
  WriteTransaction tx(conn);
  BenefitStore store(conn);
  Benefit before = FindBenefit(conn, key);
  if (!MayKeep(conn, actor, before)) {
    throw Failure(FailureCode::kForbidden,
                  "user '" + actor.name + "' may only keep the benefits of items their organisation owns", "items");
  }
  if (expected_version && before.version != *expected_version) throw StaleBenefit(conn, before, *expected_version);
  store.Delete(key, expected_version);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "benefit",
                         .entity_id = key,
                         .action = "delete",
                         .before = BenefitToJson(before).dump(),
                         .after = ""});
  tx.Commit();
}

Benefit SaveBenefit(SqlConnection& conn, const User& actor, const nlohmann::json& body,
                    std::optional<int64_t> expected_version) {
  RequireValidInputText(body);
  std::optional<int64_t> expected = ChangeVersion(body, expected_version);
  std::vector<FieldProblem> problems;
  Benefit benefit = BenefitFromJson(body, "", problems);
  if (!problems.empty()) throw Failure::Invalid(problems);
  WriteTransaction tx(conn);
  BenefitStore store(conn);
  auto before = store.FindByKey(benefit.key);
  if ((before && !MayKeep(conn, actor, *before)) || !MayKeep(conn, actor, benefit)) {
    throw Failure(FailureCode::kForbidden,
                  "user '" + actor.name + "' may only keep the benefits of items their organisation owns", "items");
  }
  if (expected && *expected == 0 && before) {
    throw Failure(FailureCode::kConflict, "a benefit with the key '" + benefit.key + "' exists already", "key",
                  "benefit_key_taken", {{"key", benefit.key}});
  }
  if (expected && *expected > 0 && !before) {
    throw Failure(FailureCode::kNotFound, "no benefit '" + benefit.key + "'", "key");
  }
  if (expected && *expected > 0 && before->version != *expected) throw StaleBenefit(conn, *before, *expected);
  store.Upsert(benefit, expected && *expected > 0 ? expected : std::nullopt);
  Benefit stored = *store.FindByKey(benefit.key);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "benefit",
                         .entity_id = stored.key,
                         .action = before ? "update" : "create",
                         .before = before ? BenefitToJson(*before).dump() : "",
                         .after = BenefitToJson(stored).dump()});
  tx.Commit();
  return stored;
}

std::vector<Benefit> ListBenefits(SqlConnection& conn) { return BenefitStore(conn).List(); }

void ImportBenefits(SqlConnection& conn, const nlohmann::json& list, const std::string& path,
                    const std::string& actor, std::vector<FieldProblem>& problems, ImportSummary& summary) {
  if (!list.is_array()) {
    problems.push_back({path, "must be an array"});
    return;
  }
  BenefitStore store(conn);
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string p = path + "[" + std::to_string(i) + "]";
    size_t before_count = problems.size();
    Benefit benefit = BenefitFromJson(list[i], p, problems);
    if (problems.size() != before_count) continue;
    auto before = store.FindByKey(benefit.key);
    try {
      store.Upsert(benefit);
    } catch (const Failure& f) {
      problems.push_back({p + "." + f.field(), f.what()});
      continue;
    }
    summary.CountRecord("benefits", !before);
    AuditLog(conn).Append({.actor = actor,
                           .entity = "benefit",
                           .entity_id = benefit.key,
                           .action = "import",
                           .before = before ? BenefitToJson(*before).dump() : "",
                           .after = BenefitToJson(*store.FindByKey(benefit.key)).dump()});
  }
}

nlohmann::ordered_json ExportBenefits(SqlConnection& conn) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& b : BenefitStore(conn).List()) out.push_back(BenefitToJson(b));
  return out;
}

}  // namespace fremdrift
