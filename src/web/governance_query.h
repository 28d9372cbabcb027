// Reads the filters of the case and meeting lists (API and decision log)
// from a query string: body (key), year, meeting (id), status, type, q,
// and link_kind with link_ref. A value that names nothing is refused with
// kInvalid naming the parameter, so a typo is not taken for "no cases".
#pragma once

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "domain/agenda_case.h"
#include "domain/case_filter.h"
#include "storage/sql_connection.h"

namespace fremdrift {

using QueryList = std::vector<std::pair<std::string, std::string>>;

// The filter from the parameters named in `accepted`; empty values are
// ignored (an empty form field means "any").
CaseFilter CaseFilterFromQuery(SqlConnection& conn, const QueryList& query, const std::set<std::string>& accepted);

// link_kind and link_ref together, or nullopt when neither is given.
std::optional<CaseLink> CaseLinkFromQuery(const QueryList& query);

}  // namespace fremdrift
