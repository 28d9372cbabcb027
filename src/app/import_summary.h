// The one answer shape of every bulk operation (after DHIS2's import
// summaries): counts, and each conflict with its line, column and reason;
// for a bundle, the counts per section. The CLI, the API and the browser
// all show this.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/failure.h"

namespace fremdrift {

struct ImportConflict {
  int64_t line = 0;    // 1-based line of the record (CSV) or element number (JSON)
  std::string column;  // e.g. "period"
  std::string reason;    // English, for the terminal and the API
  std::string rule = {};      // the rule's code, e.g. "not_a_period" (domain/failure.h)
  MessageParams params = {};  // its parameters, for the catalogue's "problem_<rule>"
};

// What became of a bulk operation.
enum class ImportStatus {
  kOk,      // written
  kDryRun,  // checked only, nothing written
  kError,   // nothing written because of conflicts (without skip-invalid)
};

// "ok", "dry_run", "error": the word in the JSON summary and the catalogue.
const char* ImportStatusKey(ImportStatus status);

struct ImportSummary {
  ImportStatus status = ImportStatus::kOk;
  // With kDryRun and kError the counts say what an import would do.
  int64_t imported = 0;  // new rows
  int64_t updated = 0;   // changed rows
  int64_t ignored = 0;   // identical rows, and invalid rows that were skipped
  int64_t invalid = 0;   // rows with a conflict
  std::vector<ImportConflict> conflicts;  // the first kMaxConflicts of them
  static constexpr size_t kMaxConflicts = 1000;
  // A bundle import's records per section ("organisations", "plan_items",
  // ...): how many were created and updated. Empty for measurements.
  struct Counts {
    int64_t created = 0;
    int64_t updated = 0;
  };
  std::map<std::string, Counts> sections;

  void AddConflict(int64_t line, std::string column, std::string reason, std::string rule = "",
                   MessageParams params = {});
  // Counts one record of a bundle's `section` as created or updated.
  void CountRecord(const std::string& section, bool created);
  // The API's form; the terminal's is cli/cli_output.h CliSummaryText.
  nlohmann::ordered_json ToJson() const;
};

}  // namespace fremdrift
