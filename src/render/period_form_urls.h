// The addresses of the reporting-period forms for admins (registered in
// src/web/page_period_state.cpp; keep the two in step):
//   /rapport/{period}/tilstand?strategy=KEY   the period's state, its next
//                                              states as forms, its history
//   /rapport/ny-periode                        the form for a new period
#pragma once

#include <string>

namespace fremdrift {

std::string PeriodStateUrl(const std::string& strategy_key, const std::string& period_code);

std::string NewPeriodUrl();

}  // namespace fremdrift
