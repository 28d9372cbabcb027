// Reading committees (bodies), their meetings and their cases, for the
// pages and the API (which reach storage only through app). Bodies and
// meetings are public records. A case is read either as stored, for those
// who edit it, or as a viewer sees it (Visibility::Seen: links to hidden
// records left out, for the public the decision as approved while approved
// minutes are corrected). The changes are app/governance_service.h's; the
// minutes and the follow-up are read through app/minutes_queries.h.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/visibility.h"
#include "domain/agenda_case.h"
#include "domain/body.h"
#include "domain/meeting.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Every body, by key; the same by id.
std::vector<Body> AllBodies(SqlConnection& conn);
std::map<int64_t, Body> BodiesById(SqlConnection& conn);
// The body with key `key`; nullopt when there is none.
std::optional<Body> FindBody(SqlConnection& conn, const std::string& key);
// The same; kNotFound when there is none.
Body BodyByKey(SqlConnection& conn, const std::string& key);
// The body with id `id`; kNotFound when there is none.
Body BodyById(SqlConnection& conn, int64_t id);

// The meetings, of one body and of one year when given, by date.
std::vector<Meeting> Meetings(SqlConnection& conn, std::optional<int64_t> body_id = std::nullopt,
                              std::optional<int> year = std::nullopt);
// Every meeting by id.
std::map<int64_t, Meeting> MeetingsById(SqlConnection& conn);
// The meeting with id `id`; nullopt, or with MeetingById kNotFound, when
// there is none.
std::optional<Meeting> FindMeetingById(SqlConnection& conn, int64_t id);
Meeting MeetingById(SqlConnection& conn, int64_t id);

// The case with id `id` as stored (for its editors); nullopt, or with
// CaseById kNotFound, when there is none.
std::optional<Case> FindCaseById(SqlConnection& conn, int64_t id);
Case CaseById(SqlConnection& conn, int64_t id);

// The same as `seen` sees it; kNotFound when there is none.
Case SeenCase(SqlConnection& conn, Visibility& seen, int64_t id);
// The cases, of one body when given, in the store's order, as `seen` sees
// them.
std::vector<Case> SeenCases(SqlConnection& conn, Visibility& seen, std::optional<int64_t> body_id = std::nullopt);
// The first `limit` cases that `wanted` accepts as `seen` sees them, in the
// order `before` sorts them (stably, from the store's order). `before` must
// look only at what seeing leaves as it is (the meeting, the number), not
// at the decision or the links. Only the cases looked at until `limit` are
// seen, not every case (the home page shows the three latest decisions).
std::vector<Case> FirstSeenCases(SqlConnection& conn, Visibility& seen,
                                 const std::function<bool(const Case&, const Case&)>& before,
                                 const std::function<bool(const Case&)>& wanted, size_t limit);
// The cases linked to `link`'s record as `seen` sees them; none when that
// record is hidden from it (so a hidden record has no cases).
std::vector<Case> SeenCasesLinkedTo(SqlConnection& conn, Visibility& seen, const CaseLink& link);

}  // namespace fremdrift
