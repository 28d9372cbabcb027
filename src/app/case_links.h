// What a case's links point at, and the reverse: the cases that concern a
// plan item, an indicator or a report. Reads only.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/agenda_case.h"
#include "domain/failure.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// A link with what it points at. For plan_item, `target_key` is the item
// key and `strategy_key` the strategy; for report and reporting_period the
// period code and strategy; for indicator the code. External kinds carry
// `title`/`path` from ResolveExternalCaseLink.
struct ResolvedCaseLink {
  CaseLink link;
  bool found = false;
  std::string title;         // the target's name, "" when not known
  std::string strategy_key;  // plan_item, report, reporting_period
  std::string target_key;    // item key, period code or indicator code
  std::string path;          // external kinds: the page, or ""
  bool public_target = true;  // whether the public may see it (app/visibility.h)
};

// Looks `link` up (its form must already be valid).
ResolvedCaseLink ResolveCaseLink(SqlConnection& conn, const CaseLink& link);

// The references of `links` that do not exist, as problems named
// `path` + "links[i].reference".
std::vector<FieldProblem> MissingLinkTargets(SqlConnection& conn, const std::vector<CaseLink>& links,
                                             const std::string& path);

// A case as the pages of other objects list it.
struct CaseMention {
  int64_t case_id = 0;
  std::string label;       // "21/22"
  std::string body_short;  // "NUIT"
  std::string title;
  std::string meeting_date;  // YYYY-MM-DD of the meeting that numbered it
  CaseStatus status = CaseStatus::kPlanned;
};

// The cases with a link of one of `kinds` to `reference`, by meeting date
// and number, each once.
std::vector<CaseMention> CasesConcerning(SqlConnection& conn, const std::vector<std::string>& kinds,
                                         const std::string& reference);

}  // namespace fremdrift
