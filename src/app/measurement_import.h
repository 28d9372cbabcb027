// Importing measurements from CSV or JSON, at national scale: the input is
// streamed in constant memory and written in one transaction. Without
// `skip_invalid`, one bad row means nothing is written; with it, bad rows
// are skipped and reported. A dry run checks everything and writes nothing.
//
// CSV: a header row with the columns `indicator`, `period`, `value`
// (required) and `status`, `note`, `source_ref` (optional); every other
// column is a dimension. ',' or ';' separated, UTF-8 with or without a
// byte-order mark; with ';' a decimal comma is accepted ("12,5").
// An empty value with a note records that data is not available yet.
// JSON: an array of measurement objects (docs/bundle-format.md), or an
// object whose "measurements" member is such an array.
#pragma once

#include <functional>
#include <istream>
#include <string>

#include "app/import_summary.h"
#include "domain/failure.h"
#include "storage/sql_connection.h"

namespace fremdrift {

enum class MeasurementFormat { kCsv, kJson };

struct MeasurementImportOptions {
  bool dry_run = false;
  bool skip_invalid = false;
  std::string actor;  // written to the audit log
  // Called now and then with the bytes read so far.
  std::function<void(int64_t bytes)> progress;
};

ImportSummary ImportMeasurements(SqlConnection& conn, std::istream& in,
                                 MeasurementFormat format,
                                 const MeasurementImportOptions& options);

// For the bundle: imports the elements of a "measurements" array inside
// the caller's transaction, adding each conflict as a problem at
// `path`[i].column. Rebuilds the aggregates of the indicators it touched.
// Returns the summary counts.
ImportSummary ImportMeasurementArray(SqlConnection& conn, const nlohmann::json& array,
                                     const std::string& path,
                                     std::vector<FieldProblem>& problems);

}  // namespace fremdrift
