#include "domain/health_app.h"

#include "domain/portfolio_rules.h"

namespace fremdrift {

bool IsAppPlatform(const std::string& p) {
  for (const char* known : kAppPlatforms) {
    if (p == known) return true;
  }
  return false;
}

std::vector<FieldProblem> ValidateHealthApp(const HealthApp& a) {
  std::vector<FieldProblem> out;
  if (!IsSlug(a.key)) out.push_back({"key", "must be lower-case letters, digits and hyphens", "not_a_slug", {}});
  auto required = [&](const std::string& value, const char* field) {
    if (value.empty()) out.push_back({field, "is required", "required", {}});
  };
  required(a.name, "name");
  required(a.manufacturer, "manufacturer");
  required(a.category_level, "category_level");
  required(a.intended_users, "intended_users");
  required(a.intended_use, "intended_use");
  for (const auto& p : a.platforms) {
    if (!IsAppPlatform(p)) out.push_back({"platforms", "'" + p + "' is not ios, android or web", "ha_unknown_key", {{"key", p}}});
  }
  return out;
}

}  // namespace fremdrift
