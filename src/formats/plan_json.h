// JSON forms of the plan model, shared by the API and the bundle so that
// both spell every field the same way (see docs/bundle-format.md).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "domain/organisation.h"
#include "domain/plan_item.h"
#include "domain/plan_item_rules.h"
#include "domain/strategy.h"
#include "domain/user.h"
#include "domain/user_group.h"

namespace fremdrift {

using Json = nlohmann::ordered_json;

Json OrganisationToJson(const Organisation& o);
Json UserGroupToJson(const UserGroup& g);
Json StrategyToJson(const Strategy& s);  // without items
Json UserToJson(const User& u);          // never a password or token

// The item's own fields, without ids: key, code, level, title,
// description, owners, user_groups, start, end, phase_from, phase_to,
// tentative, links, source.
Json PlanItemFieldsToJson(const PlanItem& p);

// Sets on `item` each plan-item field that `in` contains (the names of
// PlanItemFieldsToJson), leaving the others as they are. A wrong type or
// value adds a problem whose field is `path` + the field name; fields not
// in `allowed_extra` and not plan-item fields are reported as unknown.
void ApplyPlanItemFields(const nlohmann::json& in, PlanItem& item,
                         const std::string& path,
                         const std::vector<std::string>& allowed_extra,
                         std::vector<FieldProblem>& problems);

// Reads a required or optional string member; adds a problem when the
// member has another type (or is missing and `required`).
std::string StringMember(const nlohmann::json& obj, const std::string& name,
                         const std::string& path, bool required,
                         std::vector<FieldProblem>& problems);

}  // namespace fremdrift
