// A source document the data was taken from: a report, a case paper or a web
// page, as a reader would look it up ("Statusrapport for Nasjonal
// e-helsestrategi, 1. kvartal 2023 (Direktoratet for e-helse, 2023)").
// Records name their sources in free-text `source` fields; those fields
// begin with a document's `citation`. The documents are listed on /kilder.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/failure.h"

namespace fremdrift {

struct SourceDocument {
  int64_t id = 0;
  std::string key;        // unique slug, e.g. "statusrapport-2023-q1"
  std::string citation;   // how records cite it; begins with the title
  std::string title;      // as the document gives it, or ours when it gives none
  std::string publisher;  // "" when the document does not say
  std::optional<int> year;  // of publication; nullopt when the document does not say
  std::string used_for;     // what the data takes from it, bokmål
  std::string used_for_en;  // the same in English
  int sort_order = 0;       // display order (then key)
};

// Checks one document on its own: the key is a slug, title and citation are
// present, the citation begins with the title, and a year is between 1900
// and 2100. Each problem names its field ("key", "citation", ...).
std::vector<FieldProblem> SourceDocumentProblems(const SourceDocument& doc);

}  // namespace fremdrift
