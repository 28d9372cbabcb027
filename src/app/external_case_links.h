// Resolves the case links to portfolio items (reference = item key, e.g.
// "helseplattformen"), roadmap versions (e.g. "22.2"), app catalogues,
// health apps and cost-sharing years (e.g. "2023"): their title and key,
// or nullopt when the target does not exist (a link to it is then
// refused). The view builds the page's address from the kind and the key
// (render/governance_view.cpp, through the route table).
#pragma once

#include <optional>
#include <string>

#include "domain/agenda_case.h"
#include "storage/sql_connection.h"

namespace fremdrift {

struct ExternalLinkTarget {
  std::string title;  // e.g. the portfolio item's name; "" when not known
  std::string key;    // the key its page is found by ("" for an app catalogue)
};

// The target of `link` (kind portfolio_item, roadmap_version or
// cost_sharing), or nullopt when it does not exist.
std::optional<ExternalLinkTarget> ResolveExternalCaseLink(SqlConnection& conn, const CaseLink& link);

}  // namespace fremdrift
