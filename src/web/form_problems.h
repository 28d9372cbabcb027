// Turning a refused change into what an edit form shows: the message for
// each field, keyed by the field names the app layer reports (the JSON
// member names of the API), and a general message for the rest.
#pragma once

#include <map>
#include <string>

#include "domain/failure.h"
#include "render/i18n.h"

namespace fremdrift {

struct FormProblems {
  std::map<std::string, std::string> by_field;  // field -> message
  std::string general;                          // not tied to a field
};

// The problems of `f` (a kInvalid failure with or without a problem list).
// `known_fields` are the fields the form shows; a problem on another field
// becomes part of the general message, so nothing is silently dropped.
FormProblems ProblemsForForm(const Failure& f, const std::vector<std::string>& known_fields,
                             const Catalogue& t);

}  // namespace fremdrift
