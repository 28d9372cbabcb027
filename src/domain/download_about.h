// The part of a download that explains its data to a person, such as the
// XLSX workbook's "Om indikatoren" sheet: labelled facts in the reader's
// language. render/series_about_text.h makes it from the interface
// catalogue, so that the writers in formats/ hold no words of their own.
#pragma once

#include <string>
#include <vector>

namespace fremdrift {

// One fact: a label and its values, one row each (the label on the first).
struct DownloadFact {
  std::string label;                // "Enhet"
  std::vector<std::string> values;  // {"Prosent"}
};

struct DownloadAbout {
  std::string sheet_name;           // "Om indikatoren" (at most 31 characters)
  std::vector<DownloadFact> facts;  // in the order they are shown
};

}  // namespace fremdrift
