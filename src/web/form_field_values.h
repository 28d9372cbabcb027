// A form field filled in for showing: its value as stored or as typed, and
// the message of the problem found with it (web/form_problems.h).
#pragma once

#include <map>
#include <string>

#include "render/form_view.h"
#include "render/i18n.h"
#include "web/form_problems.h"

namespace fremdrift {

// The field `name` of `kind` labelled with the catalogue text `label_key`,
// holding its value from `values` and its message from `problems`.
FormField FieldWithProblem(const Catalogue& t, const std::string& label_key, const std::string& name,
                           FormField::Kind kind, const std::map<std::string, std::string>& values,
                           const FormProblems& problems);

}  // namespace fremdrift
