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
  // Inserts, or updates the record with the same short name (bumping its
  // version when it changes). Returns the id.
  int64_t Upsert(const Organisation& org);

  // Inserts a new organisation at version 1 and returns its id. Throws
  // kConflict (field "short_name") when the short name is taken.
  int64_t Insert(const Organisation& org);
  // Stores name, kind and source of organisation `org.id` if its stored
  // version is `org.version`, bumping it by one. Throws kNotFound for no
  // such organisation and kConflict (field "version") for a stale version.
  void Update(const Organisation& org);
  // Deletes organisation `id` if its stored version is `expected_version`
  // (when given); kNotFound / kConflict (field "version") as for Update.
  // The caller checks what refers to it first (References).
  void Delete(int64_t id, std::optional<int64_t> expected_version);

  // What refers to an organisation and stops its deletion.
  struct References {
    std::vector<std::string> owned_items;  // "<strategy key>/<item key>", sorted
    std::vector<std::string> users;        // names, sorted
    bool empty() const { return owned_items.empty() && users.empty(); }
  };
  References ReferencesTo(int64_t id);

  std::vector<UserGroup> ListUserGroups();  // sorted by key
  std::optional<UserGroup> FindUserGroup(const std::string& key);
  int64_t UpsertUserGroup(const UserGroup& group);

 private:
  SqlConnection& conn_;
};

}  // namespace fremdrift
