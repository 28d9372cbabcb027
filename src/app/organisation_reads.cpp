#include "app/organisation_reads.h"

#include "storage/organisation_store.h"

namespace fremdrift {

std::vector<Organisation> Organisations(SqlConnection& conn) { return OrganisationStore(conn).List(); }

std::optional<Organisation> FindOrganisation(SqlConnection& conn, const std::string& short_name) {
  return OrganisationStore(conn).FindByShortName(short_name);
}

std::vector<UserGroup> UserGroups(SqlConnection& conn) { return OrganisationStore(conn).ListUserGroups(); }

std::optional<UserGroup> FindUserGroup(SqlConnection& conn, const std::string& key) {
  return OrganisationStore(conn).FindUserGroup(key);
}

OrganisationUse OrganisationUseOf(SqlConnection& conn, int64_t organisation_id) {
  auto refs = OrganisationStore(conn).ReferencesTo(organisation_id);
  return {std::move(refs.owned_items), std::move(refs.users)};
}

}  // namespace fremdrift
