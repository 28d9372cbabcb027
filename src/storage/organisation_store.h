// Organisations and user groups in the database.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/organisation.h"
#include "domain/user_group.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class OrganisationStore {
 public:
  explicit OrganisationStore(SqlConnection& conn) : conn_(conn) {}

  std::vector<Organisation> List();  // sorted by short name
  std::optional<Organisation> FindByShortName(const std::string& short_name);
  std::optional<Organisation> FindById(int64_t id);
  // Inserts, or updates the record with the same short name. Returns the id.
  int64_t Upsert(const Organisation& org);

  std::vector<UserGroup> ListUserGroups();  // sorted by key
  std::optional<UserGroup> FindUserGroup(const std::string& key);
  int64_t UpsertUserGroup(const UserGroup& group);

 private:
  SqlConnection& conn_;
};

}  // namespace fremdrift
