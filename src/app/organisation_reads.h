// Reading the organisations and user groups, the plan's public reference
// data: the lists, one by its key, and what refers to an organisation.
// The changes are app/organisation_service.h's.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/organisation.h"
#include "domain/user_group.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Every organisation, sorted by short name.
std::vector<Organisation> Organisations(SqlConnection& conn);

// The organisation with `short_name`; nullopt when there is none.
std::optional<Organisation> FindOrganisation(SqlConnection& conn, const std::string& short_name);

// Every user group, sorted by key, and one by its key.
std::vector<UserGroup> UserGroups(SqlConnection& conn);
std::optional<UserGroup> FindUserGroup(SqlConnection& conn, const std::string& key);

// What refers to an organisation and stops its deletion.
struct OrganisationUse {
  std::vector<std::string> owned_items;  // "<strategy key>/<item key>", sorted
  std::vector<std::string> users;        // names, sorted
  bool empty() const { return owned_items.empty() && users.empty(); }
};
OrganisationUse OrganisationUseOf(SqlConnection& conn, int64_t organisation_id);

}  // namespace fremdrift
