// A case's link together with what it points at, as plain data for the
// pages and the API. app/case_links.h resolves it.
#pragma once

#include <string>

#include "domain/agenda_case.h"

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

}  // namespace fremdrift
