// What a refused input or a failure says to a person, in the catalogue's
// language: the catalogue's "problem_<rule>" filled with the problem's
// parameters. The one place where rule codes become words.
#pragma once

#include <string>

#include "domain/failure.h"
#include "render/i18n.h"

namespace fremdrift {

// The text of `p` in `t`'s language. A problem without a rule (or with a
// rule the catalogue lacks) says "problem_invalid_value" in Norwegian and
// its English technical message in English, so that no English reaches a
// Norwegian page.
std::string ProblemText(const Catalogue& t, const FieldProblem& p);

// The text of `f`: its rule's text when it has one, else its first
// problem's, else its English message in English (never for an internal
// failure) and the neutral "problem_failed_<code>" in Norwegian.
std::string FailureText(const Catalogue& t, const Failure& f);

// The catalogue's label for an input field, "field_<name>" (the last part
// of a JSON path such as "items[0].start"), or "" when it has none.
std::string FieldLabel(const Catalogue& t, const std::string& field);

}  // namespace fremdrift
