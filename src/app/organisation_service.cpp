#include "app/organisation_service.h"

#include "app/input_text.h"
#include "app/admin_access.h"
#include "domain/failure.h"
#include "domain/organisation_rules.h"
#include "formats/plan_json.h"
#include "storage/audit_log.h"
#include "storage/organisation_store.h"

namespace fremdrift {
namespace {

std::string AuditJson(const Organisation& o) {
  Json j{{"id", o.id}};
  j.update(OrganisationToJson(o));
  j["version"] = o.version;
  return j.dump();
}

// Sets on `org` each of name, kind and source that `body` holds.
void ApplyFields(const nlohmann::json& body, Organisation& org,
                 std::vector<FieldProblem>& problems) {
  for (auto [field, slot] : {std::pair{"name", &org.name}, std::pair{"kind", &org.kind},
                             std::pair{"source", &org.source}}) {
    if (body.contains(field)) *slot = StringMember(body, field, "", false, problems);
  }
}

Organisation ExistingOrganisation(SqlConnection& conn, const std::string& short_name) {
  auto org = OrganisationStore(conn).FindByShortName(short_name);
  if (!org) {
    throw Failure(FailureCode::kNotFound, "no organisation with short name '" + short_name + "'",
                  "short_name");
  }
  return *org;
}

// "a, b, c and 4 more" for a refusal message.
std::string ShortList(const std::vector<std::string>& names) {
  constexpr size_t kShown = 5;
  std::string out;
  for (size_t i = 0; i < names.size() && i < kShown; ++i) out += (i ? ", " : "") + names[i];
  if (names.size() > kShown) out += " and " + std::to_string(names.size() - kShown) + " more";
  return out;
}

}  // namespace

Organisation CreateOrganisation(SqlConnection& conn, const User& actor,
                                const nlohmann::json& body) {
  RequireValidInputText(body);
  RequireAdministrator(actor);
  if (!body.is_object()) throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
  std::vector<FieldProblem> problems;
  UnknownFieldProblems(body, {"short_name", "name", "kind", "source"}, problems);
  Organisation org;
  org.short_name = StringMember(body, "short_name", "", true, problems);
  org.name = StringMember(body, "name", "", true, problems);
  org.kind = StringMember(body, "kind", "", true, problems);
  org.source = StringMember(body, "source", "", false, problems);
  for (auto& p : ValidateOrganisation(org)) {
    // A missing member was reported already by StringMember.
    bool known = false;
    for (const auto& q : problems) known = known || q.field == p.field;
    if (!known) problems.push_back(p);
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
  WriteTransaction tx(conn);
  org.id = OrganisationStore(conn).Insert(org);
  Organisation stored = *OrganisationStore(conn).FindById(org.id);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "organisation",
                         .entity_id = std::to_string(stored.id),
                         .action = "create",
                         .after = AuditJson(stored)});
  tx.Commit();
  return stored;
}

Organisation UpdateOrganisation(SqlConnection& conn, const User& actor,
                                const std::string& short_name, const nlohmann::json& body) {
  RequireValidInputText(body);
  RequireAdministrator(actor);
  if (!body.is_object()) throw Failure(FailureCode::kInvalid, "the body must be a JSON object", "$", "not_an_object", {});
  WriteTransaction tx(conn);
  Organisation current = ExistingOrganisation(conn, short_name);
  std::vector<FieldProblem> problems;
  UnknownFieldProblems(body, {"short_name", "name", "kind", "source", "version", "id"}, problems);
  auto version = RequiredVersion(body, problems);
  Organisation org = current;
  ApplyFields(body, org, problems);
  if (body.contains("short_name") && body["short_name"] != short_name) {
    problems.push_back({"short_name", "is the organisation's key and cannot be changed; create a "
                                      "new organisation instead"});
  }
  if (body.contains("id") && body["id"] != current.id) {
    problems.push_back({"id", "cannot be changed", "cannot_change", {}});
  }
  for (auto& p : ValidateOrganisation(org)) problems.push_back(p);
  if (!problems.empty()) throw Failure::Invalid(problems);
  org.version = *version;
  OrganisationStore(conn).Update(org);
  Organisation stored = *OrganisationStore(conn).FindById(current.id);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "organisation",
                         .entity_id = std::to_string(stored.id),
                         .action = "update",
                         .before = AuditJson(current),
                         .after = AuditJson(stored)});
  tx.Commit();
  return stored;
}

void DeleteOrganisation(SqlConnection& conn, const User& actor, const std::string& short_name,
                        std::optional<int64_t> expected_version) {
  RequireAdministrator(actor);
  WriteTransaction tx(conn);
  Organisation current = ExistingOrganisation(conn, short_name);
  OrganisationStore store(conn);
  if (expected_version && *expected_version != current.version) {
    throw Failure(FailureCode::kConflict,
                  "organisation '" + short_name + "' was changed by someone else: you sent version " +
                      std::to_string(*expected_version) + ", the current version is " +
                      std::to_string(current.version),
                  "version");
  }
  auto refs = store.ReferencesTo(current.id);
  if (!refs.empty()) {
    std::string what;
    if (!refs.owned_items.empty()) {
      what += "it owns " + std::to_string(refs.owned_items.size()) +
              " plan item(s): " + ShortList(refs.owned_items);
    }
    if (!refs.users.empty()) {
      what += std::string(what.empty() ? "" : "; ") + std::to_string(refs.users.size()) +
              " user(s) belong to it: " + ShortList(refs.users);
    }
    throw Failure(FailureCode::kConflict,
                  "organisation '" + short_name + "' cannot be deleted while it is in use: " + what,
                  "short_name", "organisation_in_use",
                  {{"items_count", std::to_string(refs.owned_items.size())},
                   {"items", refs.owned_items.empty() ? "–" : ShortList(refs.owned_items)},
                   {"users_count", std::to_string(refs.users.size())},
                   {"users", refs.users.empty() ? "–" : ShortList(refs.users)}});
  }
  try {
    store.Delete(current.id, expected_version);
  } catch (const Failure& f) {
    // Another table refers to it (a foreign key this service does not list).
    if (f.code() != FailureCode::kConflict || f.field() == "version") throw;
    throw Failure(FailureCode::kConflict,
                  "organisation '" + short_name +
                      "' cannot be deleted while other records refer to it",
                  "short_name", "still_referenced_by_others", {});
  }
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "organisation",
                         .entity_id = std::to_string(current.id),
                         .action = "delete",
                         .before = AuditJson(current)});
  tx.Commit();
}

}  // namespace fremdrift
