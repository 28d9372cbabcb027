// How an error reported by the database engine becomes a Failure. A
// constraint violation is a conflict the client may see: its message is a
// neutral sentence and the engine's own words (table, constraint and column
// names, values) ride along as Failure::engine_detail, which only the
// server's log shows, once the conflict is reported (an import that
// expected the clash and handles it logs nothing). Any other engine
// error is internal; its message keeps the engine's words for the log and
// the command line, and the web layer never shows it (web/error_response.h).
#pragma once

#include <string>

#include "domain/failure.h"

namespace fremdrift {

// The conflict message clients see for every constraint violation.
inline constexpr const char* kConstraintConflictMessage =
    "the change clashes with data already stored: a key that is taken, or a record that is "
    "still referred to or refers to one that does not exist";

// The Failure for an engine error with text `engine_message`.
Failure EngineFailure(bool constraint_violation, const std::string& engine_message);

}  // namespace fremdrift
