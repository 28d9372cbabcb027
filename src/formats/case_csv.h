// Cases and decisions as CSV (RFC 4180, comma, CRLF, UTF-8): one row per
// case with the columns body, case, year, number, meeting_date, title,
// type, presenters, start_time, status, postponed_to, proposed_decision,
// decision, links. Keys (type, status) are written as stored so that a
// program can read them; presenters and links are joined with "; ".
#pragma once

#include <string>
#include <vector>

#include "domain/agenda_case.h"

namespace fremdrift {

struct CaseCsvRow {
  std::string body;  // short name, e.g. NUIT
  std::string meeting_date;
  std::string postponed_to_date;  // "" when not postponed
  Case item;
};

std::string CasesCsv(const std::vector<CaseCsvRow>& rows);

}  // namespace fremdrift
