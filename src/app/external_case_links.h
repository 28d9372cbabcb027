// Resolves the case links whose targets live outside this branch's tables:
// portfolio items (reference = item key, e.g. "helseplattformen"), roadmap
// versions (e.g. "22.2") and cost sharing years (e.g. "2023").
//
// For now every well-formed reference is accepted and shown as text: the
// portfolio, roadmap and cost-sharing tables are built elsewhere. This one
// function is the seam where they get connected: look the reference up,
// return nullopt when it does not exist, and fill in its title and page.
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
