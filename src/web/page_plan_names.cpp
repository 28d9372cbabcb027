#include "web/page_plan_names.h"

#include "app/organisation_reads.h"

namespace fremdrift {

PlanNames LoadPlanNames(SqlConnection& conn) {
  return PlanNames::From(Organisations(conn), UserGroups(conn));
}

}  // namespace fremdrift
