// The words a cost-sharing download is labelled with, in the reader's
// language. The caller fills them from the interface catalogue
// (templates/i18n/<lang>/costs.json), so the writers hold no UI text.
#pragma once

#include <map>
#include <string>

namespace fremdrift {

struct CostTableLabels {
  std::string title;     // "Kostnadsfordeling 2022 (MNOK)"
  std::string solution;  // column: the national solution
  std::string cost;      // column: the year's cost
  std::string change;    // column: change from last year
  std::string total;     // the total row
  std::string sheet;     // name of the table sheet (at most 31 characters)
  std::string about_sheet;  // name of the sheet that explains the table
  std::string method;    // column of the explanation sheet
  std::string key;       // column of the explanation sheet
  std::string source;    // column of the explanation sheet
  std::string notes;     // column of the explanation sheet
  std::string rounding;  // a sentence on how figures are rounded
  // Method key -> name; "{base_year}" in a name is replaced by the row's
  // base year.
  std::map<std::string, std::string> method_names;
};

}  // namespace fremdrift
