// A case's link together with what it points at, as plain data for the
// pages and the API. app/case_links.h resolves it.
#pragma once

#include <string>

#include "domain/agenda_case.h"

namespace fremdrift {

// A link with what it points at. For plan_item, `target_key` is the item
// key and `strategy_key` the strategy; for report and reporting_period the
// period code and strategy; for indicator the code; for the external kinds
// (portfolio_item, roadmap_version, app_catalogue, health_app,
// cost_sharing) the key of their page, from ResolveExternalCaseLink.
struct ResolvedCaseLink {
  CaseLink link;
  bool found = false;
  std::string title;         // the target's name, "" when not known
  std::string strategy_key;  // plan_item, report, reporting_period
  std::string target_key;    // item key, period code, indicator code or external key
  bool public_target = true;  // whether the public may see it (app/visibility.h)
};

}  // namespace fremdrift
