#include "app/import_summary.h"

namespace fremdrift {

const char* ImportStatusKey(ImportStatus status) {
  switch (status) {
    case ImportStatus::kOk: return "ok";
    case ImportStatus::kDryRun: return "dry_run";
    case ImportStatus::kError: return "error";
  }
  return "error";
}

void ImportSummary::AddConflict(int64_t line, std::string column, std::string reason,
                                std::string rule, MessageParams params) {
  ++invalid;
  if (conflicts.size() < kMaxConflicts) {
    conflicts.push_back({line, std::move(column), std::move(reason), std::move(rule), std::move(params)});
  }
}

void ImportSummary::CountRecord(const std::string& section, bool created) {
  Counts& c = sections[section];
  ++(created ? c.created : c.updated);
}

nlohmann::ordered_json ImportSummary::ToJson() const {
  nlohmann::ordered_json j;
  j["status"] = ImportStatusKey(status);
  j["imported"] = imported;
  j["updated"] = updated;
  j["ignored"] = ignored;
  j["invalid"] = invalid;
  j["conflicts"] = nlohmann::ordered_json::array();
  for (const auto& c : conflicts) {
    nlohmann::ordered_json o{{"line", c.line}, {"column", c.column}, {"reason", c.reason}};
    if (!c.rule.empty()) o["rule"] = c.rule;
    j["conflicts"].push_back(std::move(o));
  }
  if (conflicts.size() < static_cast<size_t>(invalid)) {
    j["conflicts_not_listed"] = invalid - static_cast<int64_t>(conflicts.size());
  }
  if (!sections.empty()) {
    j["sections"] = nlohmann::ordered_json::object();
    for (const auto& [name, c] : sections) j["sections"][name] = {{"created", c.created}, {"updated", c.updated}};
  }
  return j;
}

}  // namespace fremdrift
