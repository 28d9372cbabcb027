// JSON forms of bodies, meetings and cases, shared by the API and the
// bundle so that both spell every field the same way (docs/governance.md,
// docs/bundle-format.md "bodies" and "meetings"). Ids, versions and
// references to other records (a meeting's body, a case's meeting) are
// added by the callers, which know how they name them.
#pragma once

#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/agenda_case.h"
#include "domain/body.h"
#include "domain/failure.h"
#include "domain/meeting.h"

namespace fremdrift {

// key, short_name, name, description, secretariat, case_types, members
// (person, title, organisation, role, from, to, source), source.
nlohmann::ordered_json BodyFieldsToJson(const Body& b);

// number, date, place, start_time, end_time, state, breaks, source.
nlohmann::ordered_json MeetingFieldsToJson(const Meeting& m);

// The meeting as the audit log records it: its fields, id, body_id and
// version, as JSON text.
std::string MeetingAuditJson(const Meeting& m);

// title, type, presenters, start_time, summary, proposed_decision,
// decision, status, links, documents, source.
nlohmann::ordered_json CaseFieldsToJson(const Case& c);

// Each Apply* sets on the record every field of its *FieldsToJson form
// that `in` contains and leaves the others. A wrong type or value adds a
// problem named `path` + field; a member neither a field nor in
// `allowed_extra` is reported as unknown.
void ApplyBodyFields(const nlohmann::json& in, Body& b, const std::string& path,
                     const std::set<std::string>& allowed_extra, std::vector<FieldProblem>& problems);
void ApplyMeetingFields(const nlohmann::json& in, Meeting& m, const std::string& path,
                        const std::set<std::string>& allowed_extra, std::vector<FieldProblem>& problems);
void ApplyCaseFields(const nlohmann::json& in, Case& c, const std::string& path,
                     const std::set<std::string>& allowed_extra, std::vector<FieldProblem>& problems);

}  // namespace fremdrift
