#include "web/form_problems.h"

#include <algorithm>

#include "render/problem_text.h"

namespace fremdrift {

FormProblems ProblemsForForm(const Failure& f, const std::vector<std::string>& known_fields,
                             const Catalogue& t) {
  FormProblems out;
  std::vector<FieldProblem> problems = f.problems();
  if (problems.empty()) problems.push_back({f.field(), f.what(), f.rule(), f.params()});
  for (const auto& p : problems) {
    // "items[0].start" and "start" both belong to the field "start".
    std::string field = p.field.substr(p.field.find_last_of('.') + 1);
    std::string text = ProblemText(t, p);
    if (std::find(known_fields.begin(), known_fields.end(), field) != known_fields.end()) {
      auto& slot = out.by_field[field];
      slot += (slot.empty() ? "" : " ") + text;
    } else {
      // A field the form does not show is named by its label where the
      // catalogue has one; a raw JSON path would mean nothing to a reader.
      std::string label = p.field.empty() ? "" : FieldLabel(t, p.field);
      out.general += (out.general.empty() ? "" : " ") + (label.empty() ? "" : label + ": ") + text;
    }
  }
  return out;
}

}  // namespace fremdrift
