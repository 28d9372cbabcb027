// JSON forms of minutes and follow-up actions, shared by the API and the
// bundle (docs/governance.md, "Minutes" and "Follow-up"). States, ids,
// versions and references by key (an action's `to_body`) are added by the
// callers, which know how they name them.
#pragma once

#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/failure.h"
#include "domain/follow_up_action.h"
#include "domain/minutes.h"

namespace fremdrift {

// attendance (person, organisation, role, present, deputy_for), cases
// (case_id, discussion, decision, differs_from_proposal), source.
nlohmann::ordered_json MinutesFieldsToJson(const Minutes& m);

// description, organisation, due, to_meeting, links, state, reason, source.
nlohmann::ordered_json ActionFieldsToJson(const FollowUpAction& a);

// Each Apply* sets every field of its *FieldsToJson form that `in`
// contains and leaves the others; a wrong type or value adds a problem
// named `path` + field; a member neither a field nor in `allowed_extra`
// is reported as unknown.
void ApplyMinutesFields(const nlohmann::json& in, Minutes& m, const std::string& path,
                        const std::set<std::string>& allowed_extra, std::vector<FieldProblem>& problems);
void ApplyActionFields(const nlohmann::json& in, FollowUpAction& a, const std::string& path,
                       const std::set<std::string>& allowed_extra, std::vector<FieldProblem>& problems);

}  // namespace fremdrift
