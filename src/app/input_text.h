// The text rules (domain/text_field_rules.h) applied to a whole JSON input
// before a use case reads it: every change made through the API, a browser
// form or an import passes through here, so each keeps the same limits.
//
// A string's rule follows from the name of the member that holds it:
//   - url, href: an http:// or https:// link (LinkUrlProblem);
//   - key, code, short_name, and enumerations (kind, status, role, period,
//     phase, ...): one line of at most kMaxKeyChars;
//   - name, title, label and other one-line names: at most kMaxNameChars;
//   - anything else (description, comment, note, decision...): several
//     lines of at most kMaxLongTextChars.
// Member names themselves (e.g. the groups of a distribution key) are
// one-line keys. docs/api.md, "Limits on text", lists the rules.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/failure.h"

namespace fremdrift {

// The most characters a string held by member `member` may have under the
// rules above (the OpenAPI document states it as maxLength).
size_t MaxCharsOfMember(std::string_view member);

// Every problem with the strings in `input`, each named by its JSON path
// below `root` ("items[2].title").
std::vector<FieldProblem> InputTextProblems(const nlohmann::json& input, const std::string& root = "");

// Throws Failure::Invalid with InputTextProblems(input, root) unless empty.
void RequireValidInputText(const nlohmann::json& input, const std::string& root = "");

}  // namespace fremdrift
