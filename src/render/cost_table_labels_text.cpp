#include "render/cost_table_labels_text.h"

#include <string>

namespace fremdrift {

CostTableLabels CostTableLabelsFor(const Catalogue& t, int year) {
  const std::string y = std::to_string(year);
  CostTableLabels l;
  l.title = t.Format("costs_title_download", {{"year", y}});
  l.solution = t.Text("costs_solution");
  l.cost = t.Format("costs_cost", {{"year", y}});
  l.change = t.Format("costs_change", {{"previous", std::to_string(year - 1)}});
  l.total = t.Text("costs_total");
  l.sheet = t.Format("costs_sheet", {{"year", y}});
  l.about_sheet = t.Text("costs_about_sheet");
  l.method = t.Text("costs_method");
  l.key = t.Text("costs_key");
  l.source = t.Text("costs_source");
  l.notes = t.Text("costs_notes");
  l.rounding = t.Text("costs_rounding");
  l.method_names["opening"] = t.Text("costs_method_opening");
  l.method_names["growth"] = t.Text("costs_method_growth");
  // The writer puts the base year in place of "{base_year}".
  l.method_names["increase_over_base"] = t.Text("costs_method_increase_over_base");
  return l;
}

}  // namespace fremdrift
