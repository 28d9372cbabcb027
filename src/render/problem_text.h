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

// The rule code every error answer carries: `f`'s rule, else its first
// problem's, else "failed_<code>" ("failed_not_found", "failed_forbidden"...),
// whose text is the catalogue's neutral "problem_failed_<code>".
std::string FailureRule(const Failure& f);

// The text of `f` in `t`'s language: its rule's text when it has one, else
// its first problem's, else the neutral "problem_failed_<code>". The
// English technical message (f.what()) is for the log and for API clients
// that ask for no language.
std::string FailureText(const Catalogue& t, const Failure& f);

// The catalogue's label for an input field, "field_<name>" (the last part
// of a JSON path such as "items[0].start"), or "" when it has none.
std::string FieldLabel(const Catalogue& t, const std::string& field);

}  // namespace fremdrift
