// What a case's links point at, and the reverse: the cases that concern a
// plan item, an indicator or a report. Reads only.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/agenda_case.h"
#include "domain/case_mention.h"
#include "domain/failure.h"
#include "domain/resolved_case_link.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Looks `link` up (its form must already be valid).
ResolvedCaseLink ResolveCaseLink(SqlConnection& conn, const CaseLink& link);

// The references of `links` that do not exist, as problems named
// `path` + "links[i].reference".
std::vector<FieldProblem> MissingLinkTargets(SqlConnection& conn, const std::vector<CaseLink>& links,
                                             const std::string& path);

// The cases with a link of one of `kinds` to `reference`, by meeting date
// and number, each once.
std::vector<CaseMention> CasesConcerning(SqlConnection& conn, const std::vector<std::string>& kinds,
                                         const std::string& reference);

}  // namespace fremdrift
