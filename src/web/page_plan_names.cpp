#include "web/page_plan_names.h"

#include "app/organisation_reads.h"
#include "app/phase_scales.h"

namespace fremdrift {

PlanNames LoadPlanNames(SqlConnection& conn) {
  PlanNames names = PlanNames::From(Organisations(conn), UserGroups(conn));
  names.phase_scales = PhaseScalesByKey(conn);
  return names;
}

}  // namespace fremdrift
