#include "domain/health_app_rules.h"

namespace fremdrift {

bool MayActForVendor(const User& u, const HealthApp& app) {
  if (u.role == Role::kAdmin) return true;
  return u.role == Role::kEditor && u.organisation == app.manufacturer;
}

bool MayBeAssigned(const User& u, bool approved, const HealthApp& app) {
  return approved && u.organisation != app.manufacturer;
}

bool MayReview(const User& u, bool approved, const HealthApp& app, const Evaluation& e) {
  return !e.evaluator.empty() && e.evaluator == u.name && MayBeAssigned(u, approved, app);
}

bool MayReadEvaluation(const User& u, bool approved, const HealthApp& app, const Evaluation& e) {
  if (u.role == Role::kAdmin) return true;
  if (u.organisation == app.manufacturer) return true;
  return MayReview(u, approved, app, e);
}

}  // namespace fremdrift
