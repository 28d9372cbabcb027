#include "cli/cli_output.h"

#include "cli/cli_language.h"
#include "render/problem_text.h"

namespace fremdrift {

std::string CliLine(std::string_view key, const std::vector<std::pair<std::string, std::string>>& args) {
  return CliCatalogue().Format(key, args) + "\n";
}

std::string CliSummaryText(const ImportSummary& s) {
  const Catalogue& t = CliCatalogue();
  std::string out;
  if (s.status == ImportStatus::kDryRun) out += CliLine("cli_summary_dry_run");
  if (!s.sections.empty()) {
    for (const auto& [name, c] : s.sections) {
      out += CliLine("cli_summary_section", {{"name", name},
                                             {"created", std::to_string(c.created)},
                                             {"updated", std::to_string(c.updated)}});
    }
    return out;
  }
  if (s.status == ImportStatus::kError) out += CliLine("cli_summary_refused");
  out += CliLine("cli_summary_counts", {{"status", t.Text(std::string("cli_summary_status_") + ImportStatusKey(s.status))},
                                        {"imported", std::to_string(s.imported)},
                                        {"updated", std::to_string(s.updated)},
                                        {"ignored", std::to_string(s.ignored)},
                                        {"invalid", std::to_string(s.invalid)}});
  for (const auto& c : s.conflicts) {
    std::string label = FieldLabel(t, c.column);
    out += CliLine("cli_summary_conflict", {{"line", std::to_string(c.line)},
                                            {"column", label.empty() ? c.column : label},
                                            {"reason", ProblemText(t, {c.column, c.reason, c.rule, c.params})}});
  }
  if (s.conflicts.size() < static_cast<size_t>(s.invalid)) {
    out += CliLine("cli_summary_more",
                   {{"count", std::to_string(s.invalid - static_cast<int64_t>(s.conflicts.size()))}});
  }
  return out;
}

std::string CliRoleName(std::string_view role) {
  std::string key = "admin_role_" + std::string(role);
  const Catalogue& t = CliCatalogue();
  return t.Has(key) ? t.Text(key) : std::string(role);
}

}  // namespace fremdrift
