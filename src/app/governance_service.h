// Changing bodies, meetings and cases on behalf of a user: each call reads
// the request body, checks the rules (domain/governance_rules.h) and the
// user's rights (admins everything; editors of a body's secretariat its
// meetings and cases; readers nothing), writes the change with its audit
// entry in one transaction and returns the stored record. On any Failure
// nothing is written.
#pragma once

#include <optional>

#include <nlohmann/json.hpp>

#include "domain/agenda_case.h"
#include "domain/body.h"
#include "domain/meeting.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Creates a body (admins only) from the fields of docs/governance.md.
// Without case_types it gets the four default types.
Body CreateBody(SqlConnection& conn, const User& actor, const nlohmann::json& in);
// Changes body `id`: fields present replace the stored ones; `version` is
// required. An editor may not hand the body to another secretariat.
Body UpdateBody(SqlConnection& conn, const User& actor, int64_t id, const nlohmann::json& in);
// Deletes a body (admins only); kConflict while it has meetings.
void DeleteBody(SqlConnection& conn, const User& actor, int64_t id, std::optional<int64_t> version);

// Creates a meeting of `body` (a body key) from the meeting fields.
Meeting CreateMeeting(SqlConnection& conn, const User& actor, const nlohmann::json& in);
Meeting UpdateMeeting(SqlConnection& conn, const User& actor, int64_t id, const nlohmann::json& in);
// kConflict while cases are on its agenda or postponed to it.
void DeleteMeeting(SqlConnection& conn, const User& actor, int64_t id, std::optional<int64_t> version);

// Puts a new case on the agenda of `meeting_id`. It gets the next case
// number of the body in the meeting's year (never one given before, even
// to a deleted case) and goes last on the agenda unless `position` says
// otherwise. Refused with kConflict once the meeting's minutes are
// approved.
Case CreateCase(SqlConnection& conn, const User& actor, const nlohmann::json& in);
// Changes case `id`; its number and year never change. `postponed_to` (a
// meeting id or null) moves a postponed case to a later meeting.
Case UpdateCase(SqlConnection& conn, const User& actor, int64_t id, const nlohmann::json& in);
// Deletes a case; its number is not given again.
void DeleteCase(SqlConnection& conn, const User& actor, int64_t id, std::optional<int64_t> version);

}  // namespace fremdrift
