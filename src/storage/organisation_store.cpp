#include "storage/organisation_store.h"

namespace fremdrift {
namespace {

constexpr const char* kOrgColumns = "id, short_name, name, kind, source";

Organisation OrgFromRow(const SqlRow& r) {
  return {r.Int(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4)};
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
      "name = excluded.name, kind = excluded.kind, source = excluded.source "
      "RETURNING id",
      {o.short_name, o.name, o.kind, o.source});
  return rows.at(0).Int(0);
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
