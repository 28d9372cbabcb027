// Resolves the case links to portfolio items (reference = item key, e.g.
// "helseplattformen"), roadmap versions (e.g. "22.2") and cost-sharing
// years (e.g. "2023"): their title and page, or nullopt when the target
// does not exist (a link to it is then refused).
#pragma once

#include <optional>
#include <string>

#include "domain/agenda_case.h"
#include "storage/sql_connection.h"

namespace fremdrift {

struct ExternalLinkTarget {
  std::string title;  // e.g. the portfolio item's name; "" when not known
  std::string path;   // the page that shows it, e.g. "/portefolje/..."; "" for none
};

// The target of `link` (kind portfolio_item, roadmap_version or
// cost_sharing), or nullopt when it does not exist.
std::optional<ExternalLinkTarget> ResolveExternalCaseLink(SqlConnection& conn, const CaseLink& link);

}  // namespace fremdrift
