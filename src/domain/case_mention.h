// A case as the pages of other objects (plan items, indicators, reports)
// list it. app/case_links.h finds the cases that concern an object.
#pragma once

#include <cstdint>
#include <string>

#include "domain/agenda_case.h"

namespace fremdrift {

// A case as the pages of other objects list it.
struct CaseMention {
  int64_t case_id = 0;
  std::string label;       // "21/22"
  std::string body_short;  // "NUIT"
  std::string title;
  std::string meeting_date;  // YYYY-MM-DD of the meeting that numbered it
  CaseStatus status = CaseStatus::kPlanned;
};

}  // namespace fremdrift
