#include "web/import_summary_view.h"

#include "render/problem_text.h"

namespace fremdrift {

mstch::map ImportSummaryView(const ImportSummary& s, const Catalogue& t) {
  mstch::array conflicts;
  for (const auto& c : s.conflicts) {
    // The reason in the reader's language; a column is named by its label
    // where the catalogue has one ("verdi" for "value").
    std::string label = FieldLabel(t, c.column);
    conflicts.push_back(mstch::map{{"line", std::to_string(c.line)},
                                   {"column", label.empty() ? c.column : label},
                                   {"reason", ProblemText(t, {c.column, c.reason, c.rule, c.params})}});
  }
  int64_t not_listed = s.invalid - static_cast<int64_t>(s.conflicts.size());
  auto count = [&](const char* key, int64_t n) {
    return mstch::map{{"label", t.Text(key)}, {"count", std::to_string(n)}};
  };
  return mstch::map{
      {"status", std::string(ImportStatusKey(s.status))},
      {"is_ok", s.status == ImportStatus::kOk},
      {"is_error", s.status == ImportStatus::kError},
      {"status_text", t.Text(std::string("indform_import_status_") + ImportStatusKey(s.status))},
      {"counts", mstch::array{count("indform_import_imported", s.imported),
                              count("indform_import_updated", s.updated),
                              count("indform_import_ignored", s.ignored),
                              count("indform_import_invalid", s.invalid)}},
      {"conflicts", conflicts},
      {"has_conflicts", !conflicts.empty()},
      {"has_not_listed", not_listed > 0},
      {"not_listed_text", t.Format("indform_import_not_listed", {{"count", std::to_string(not_listed)}})},
  };
}

}  // namespace fremdrift
