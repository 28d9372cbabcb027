#include "web/page_plan_names.h"

#include "storage/organisation_store.h"

namespace fremdrift {

PlanNames LoadPlanNames(SqlConnection& conn) {
  OrganisationStore store(conn);
  return PlanNames::From(store.List(), store.ListUserGroups());
}

}  // namespace fremdrift
