// The rules a plan item must follow, apart from storage: what makes it
// valid within its strategy, and who may change it.
#pragma once

#include <string>
#include <vector>

#include "domain/failure.h"
#include "domain/phase_scale.h"
#include "domain/plan_item.h"
#include "domain/strategy.h"
#include "domain/user.h"

namespace fremdrift {

// Checks `item` against its strategy and its parent (nullptr for level 1):
// key and title are present, the level exists in the strategy, a child is
// exactly one level below its parent, the end is not before the start, the
// phase range holds phases of the strategy's scale `phases` in order
// (PhaseRangeProblems). Returns every problem found, empty when valid.
std::vector<FieldProblem> ValidatePlanItem(const PlanItem& item,
                                           const Strategy& strategy,
                                           const PlanItem* parent,
                                           const PhaseScale& phases);

// Whether `user` may create, change or delete `item`: admins always;
// editors when one of the item's owners is their own organisation (for a
// change, both the stored and the new version must pass); readers never.
bool MayEditItem(const User& user, const PlanItem& item);

}  // namespace fremdrift
