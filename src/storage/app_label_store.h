// Quality labels of health apps with their computed grades. A label is
// written once, when an evaluation is awarded; only the reason for
// reassessment may be set afterwards.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/health_app_label.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class AppLabelStore {
 public:
  explicit AppLabelStore(SqlConnection& conn) : conn_(conn) {}

  // Every label, newest first (label.catalogue is left empty: the caller
  // names the catalogue).
  std::vector<HealthAppLabel> List();
  // The newest label of `app_id`.
  std::optional<HealthAppLabel> LatestFor(int64_t app_id);
  // Inserts `l` with its grades; kConflict when its evaluation has one.
  int64_t Insert(const HealthAppLabel& l);
  // Sets the stated reason for reassessment ("" clears it).
  void SetReassessmentReason(int64_t id, const std::string& reason);

 private:
  std::vector<HealthAppLabel> Select(const std::string& where, const SqlParams& params);
  SqlConnection& conn_;
};

}  // namespace fremdrift
