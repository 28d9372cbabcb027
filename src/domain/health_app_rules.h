// Who may do what with health apps and their evaluations
// (docs/health-apps.md, "Roles"): a vendor organisation's users (editors
// and admins of that organisation) their own apps; an approved evaluator
// the evaluations assigned to them, never of their own organisation; an
// admin everything but reviewing.
#pragma once

#include <string>

#include "domain/health_app.h"
#include "domain/health_app_evaluation.h"
#include "domain/user.h"

namespace fremdrift {

// Whether `u` may register, change, answer for and submit `app`.
bool MayActForVendor(const User& u, const HealthApp& app);

// Whether `u`, an approved evaluator when `approved` is true, may be
// assigned to evaluate `app`: approved and not of the app's manufacturer.
bool MayBeAssigned(const User& u, bool approved, const HealthApp& app);

// Whether `u` may record verdicts on `e` of `app`: assigned to it and
// still allowed to be (MayBeAssigned).
bool MayReview(const User& u, bool approved, const HealthApp& app, const Evaluation& e);

// Whether `u` may read `e` with its answers and comments: the vendor's
// users, the assigned evaluator and admins.
bool MayReadEvaluation(const User& u, bool approved, const HealthApp& app, const Evaluation& e);

}  // namespace fremdrift
