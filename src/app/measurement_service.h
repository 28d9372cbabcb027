// Adding, changing and deleting single measurements on behalf of a user
// (bulk files go through app/measurement_import.h). Each call checks the
// user's rights (MayEditIndicators), validates naming every problem
// (domain/indicator_rules.h ValidateMeasurement), writes the row, rebuilds
// the indicator's aggregates (which bumps its data version, so series,
// downloads and the monitor show the change at once) and appends the audit
// entry (entity "measurement", id = the indicator code), in one
// transaction. On any Failure nothing is written.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/indicator.h"
#include "domain/measurement.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// What names one measurement: its indicator, period and dimension values.
struct MeasurementKey {
  std::string indicator;
  std::string period;
  DimensionValues dimensions;
};

struct VersionedValue {
  Measurement measurement;
  int64_t version = 1;  // bumped by every change of the row
};

// Adds a measurement from `body` (formats/measurement_json.h). kConflict
// (field "period") when the indicator has one for that period and those
// dimension values already.
VersionedValue AddMeasurement(SqlConnection& conn, const User& actor, const nlohmann::json& body);

// Changes the measurement `body` names (indicator, period, dimensions):
// value, status, note and source_ref are replaced by the body's.
// `body.version` is required and must be the stored version.
VersionedValue UpdateMeasurement(SqlConnection& conn, const User& actor, const nlohmann::json& body);

// Deletes the measurement `key` names, which must have `expected_version`.
void DeleteMeasurement(SqlConnection& conn, const User& actor, const MeasurementKey& key,
                       int64_t expected_version);

// The measurements of `indicator`, newest period first.
std::vector<VersionedValue> ListMeasurements(SqlConnection& conn, const Indicator& indicator);

// The measurement `key` names, or nullopt.
std::optional<VersionedValue> FindMeasurement(SqlConnection& conn, const MeasurementKey& key);

}  // namespace fremdrift
