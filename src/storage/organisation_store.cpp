#include "storage/organisation_store.h"

#include "domain/failure.h"

namespace fremdrift {
namespace {

constexpr const char* kOrgColumns = "id, short_name, name, kind, source, version";

Organisation OrgFromRow(const SqlRow& r) {
  return {r.Int(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4), r.Int(5)};
}

UserGroup GroupFromRow(const SqlRow& r) {
  return {r.Int(0), r.Text(1), r.Text(2), r.Text(3)};
}

}  // namespace

std::vector<Organisation> OrganisationStore::List() {
  std::vector<Organisation> out;
  for (const auto& r : conn_.Query(std::string("SELECT ") + kOrgColumns +
                                   " FROM organisations ORDER BY short_name")) {
    out.push_back(OrgFromRow(r));
  }
  return out;
}

std::optional<Organisation> OrganisationStore::FindByShortName(
    const std::string& short_name) {
  auto rows = conn_.Query(std::string("SELECT ") + kOrgColumns +
                              " FROM organisations WHERE short_name = ?",
                          {short_name});
  if (rows.empty()) return std::nullopt;
  return OrgFromRow(rows[0]);
}

std::optional<Organisation> OrganisationStore::FindById(int64_t id) {
  auto rows = conn_.Query(
      std::string("SELECT ") + kOrgColumns + " FROM organisations WHERE id = ?",
      {id});
  if (rows.empty()) return std::nullopt;
  return OrgFromRow(rows[0]);
}

int64_t OrganisationStore::Upsert(const Organisation& o) {
  auto rows = conn_.Query(
      "INSERT INTO organisations (short_name, name, kind, source) "
      "VALUES (?, ?, ?, ?) ON CONFLICT (short_name) DO UPDATE SET "
      "name = excluded.name, kind = excluded.kind, source = excluded.source, "
      "version = CASE WHEN organisations.name = excluded.name AND "
      "organisations.kind = excluded.kind AND organisations.source = excluded.source "
      "THEN organisations.version ELSE organisations.version + 1 END "
      "RETURNING id",
      {o.short_name, o.name, o.kind, o.source});
  return rows.at(0).Int(0);
}

int64_t OrganisationStore::Insert(const Organisation& o) {
  if (FindByShortName(o.short_name)) {
    throw Failure(FailureCode::kConflict,
                  "an organisation with short name '" + o.short_name + "' exists", "short_name");
  }
  auto rows = conn_.Query(
      "INSERT INTO organisations (short_name, name, kind, source, version) "
      "VALUES (?, ?, ?, ?, 1) RETURNING id",
      {o.short_name, o.name, o.kind, o.source});
  return rows.at(0).Int(0);
}

namespace {

// Throws kNotFound or a stale-version kConflict for organisation `id`.
void RequireOrganisationVersion(SqlConnection& conn, int64_t id, std::optional<int64_t> expected) {
  auto rows = conn.Query("SELECT short_name, version FROM organisations WHERE id = ?", {id});
  if (rows.empty()) {
    throw Failure(FailureCode::kNotFound, "no organisation with id " + std::to_string(id));
  }
  if (expected && rows[0].Int(1) != *expected) {
    throw Failure(FailureCode::kConflict,
                  "organisation '" + rows[0].Text(0) +
                      "' was changed by someone else: you sent version " +
                      std::to_string(*expected) + ", the current version is " +
                      std::to_string(rows[0].Int(1)),
                  "version");
  }
}

}  // namespace

void OrganisationStore::Update(const Organisation& o) {
  int64_t changed = conn_.Execute(
      "UPDATE organisations SET name = ?, kind = ?, source = ?, version = version + 1 "
      "WHERE id = ? AND version = ?",
      {o.name, o.kind, o.source, o.id, o.version});
  if (changed == 0) {
    RequireOrganisationVersion(conn_, o.id, o.version);
    throw Failure(FailureCode::kConflict, "organisation changed while saving it", "version");
  }
}

void OrganisationStore::Delete(int64_t id, std::optional<int64_t> expected_version) {
  RequireOrganisationVersion(conn_, id, expected_version);
  int64_t changed = expected_version
      ? conn_.Execute("DELETE FROM organisations WHERE id = ? AND version = ?",
                      {id, *expected_version})
      : conn_.Execute("DELETE FROM organisations WHERE id = ?", {id});
  if (changed == 0) {
    throw Failure(FailureCode::kConflict, "organisation changed while deleting it", "version");
  }
}

OrganisationStore::References OrganisationStore::ReferencesTo(int64_t id) {
  References out;
  for (const auto& r : conn_.Query(
           "SELECT s.key, p.key FROM plan_item_owners o "
           "JOIN plan_items p ON p.id = o.item_id JOIN strategies s ON s.id = p.strategy_id "
           "WHERE o.organisation_id = ? ORDER BY s.key, p.key",
           {id})) {
    out.owned_items.push_back(r.Text(0) + "/" + r.Text(1));
  }
  for (const auto& r :
       conn_.Query("SELECT name FROM users WHERE organisation_id = ? ORDER BY name", {id})) {
    out.users.push_back(r.Text(0));
  }
  return out;
}

std::vector<UserGroup> OrganisationStore::ListUserGroups() {
  std::vector<UserGroup> out;
  for (const auto& r : conn_.Query(
           "SELECT id, key, name, source FROM user_groups ORDER BY key")) {
    out.push_back(GroupFromRow(r));
  }
  return out;
}

std::optional<UserGroup> OrganisationStore::FindUserGroup(const std::string& key) {
  auto rows = conn_.Query(
      "SELECT id, key, name, source FROM user_groups WHERE key = ?", {key});
  if (rows.empty()) return std::nullopt;
  return GroupFromRow(rows[0]);
}

int64_t OrganisationStore::UpsertUserGroup(const UserGroup& g) {
  auto rows = conn_.Query(
      "INSERT INTO user_groups (key, name, source) VALUES (?, ?, ?) "
      "ON CONFLICT (key) DO UPDATE SET name = excluded.name, "
      "source = excluded.source RETURNING id",
      {g.key, g.name, g.source});
  return rows.at(0).Int(0);
}

}  // namespace fremdrift
