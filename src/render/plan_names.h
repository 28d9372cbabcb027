// The names people read for the keys that plan items hold: organisation
// short names ("Hdir" -> "Helsedirektoratet") and user group keys
// ("kommune-og-fylkeskommune" -> "Kommune og fylkeskommune"), and the
// phase scales whose phase keys they hold.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "domain/organisation.h"
#include "domain/phase_scale.h"
#include "domain/strategy.h"
#include "domain/user_group.h"

namespace fremdrift {

struct PlanNames {
  std::map<std::string, Organisation> organisations;  // by short name
  std::map<std::string, UserGroup> user_groups;       // by key
  std::map<std::string, PhaseScale> phase_scales;     // by key

  static PlanNames From(const std::vector<Organisation>& orgs,
                        const std::vector<UserGroup>& groups);

  // The phase scale `strategy` names; the default scale when it is not
  // among phase_scales.
  const PhaseScale& PhaseScaleOf(const Strategy& strategy) const;

  // The full name, or the key itself when it is unknown.
  std::string OrganisationName(const std::string& short_name) const;
  std::string UserGroupName(const std::string& key) const;

  // The names of `keys` joined by ", ".
  std::string OrganisationNames(const std::vector<std::string>& short_names) const;
  std::string UserGroupNames(const std::vector<std::string>& keys) const;
};

}  // namespace fremdrift
