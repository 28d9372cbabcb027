// Which cases a search of the decision log (or GET /api/v1/cases) keeps.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/agenda_case.h"

namespace fremdrift {

struct CaseFilter {
  std::optional<int64_t> body_id;
  std::optional<int> year;
  std::optional<int64_t> meeting_id;  // numbered on, or postponed to, this meeting
  std::optional<CaseStatus> status;
  std::string type;  // a case type key, "" for any
  std::string text;  // words that must all occur, "" for any
};

// Whether `c` passes every set criterion. The text matches, ignoring
// case (also æ, ø, å), each word of `text` against the case's label
// ("21/22"), title, summary, proposed decision, decision and presenters.
bool MatchesCaseFilter(const Case& c, const CaseFilter& f);

// `text` in lower case: ASCII letters and Æ, Ø, Å; other bytes unchanged.
std::string FoldCase(const std::string& text);

}  // namespace fremdrift
