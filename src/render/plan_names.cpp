#include "render/plan_names.h"

namespace fremdrift {

PlanNames PlanNames::From(const std::vector<Organisation>& orgs,
                          const std::vector<UserGroup>& groups) {
  PlanNames n;
  for (const auto& o : orgs) n.organisations[o.short_name] = o;
  for (const auto& g : groups) n.user_groups[g.key] = g;
  return n;
}

const PhaseScale& PlanNames::PhaseScaleOf(const Strategy& strategy) const {
  auto it = phase_scales.find(strategy.phase_scale);
  return it != phase_scales.end() ? it->second : DefaultPhaseScale();
}

std::string PlanNames::OrganisationName(const std::string& short_name) const {
  auto it = organisations.find(short_name);
  return it != organisations.end() && !it->second.name.empty() ? it->second.name : short_name;
}

std::string PlanNames::UserGroupName(const std::string& key) const {
  auto it = user_groups.find(key);
  return it != user_groups.end() && !it->second.name.empty() ? it->second.name : key;
}

std::string PlanNames::OrganisationNames(const std::vector<std::string>& short_names) const {
  std::string out;
  for (const auto& s : short_names) out += (out.empty() ? "" : ", ") + OrganisationName(s);
  return out;
}

std::string PlanNames::UserGroupNames(const std::vector<std::string>& keys) const {
  std::string out;
  for (const auto& k : keys) out += (out.empty() ? "" : ", ") + UserGroupName(k);
  return out;
}

}  // namespace fremdrift
