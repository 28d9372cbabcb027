// Moving a whole dataset in and out as a bundle (docs/bundle-format.md).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "app/import_summary.h"
#include "formats/bundle_files.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// Imports `files` in one transaction on behalf of `actor` (written to the
// audit log) and answers the shared import summary (app/import_summary.h),
// with the counts per section. When anything is wrong, throws
// Failure::Invalid listing every problem with its JSON path (prefixed by
// the file name when there are several files) and writes nothing. A
// `dry_run` checks and counts everything as an import would, then rolls
// it all back: its status is kDryRun.
ImportSummary ImportBundle(SqlConnection& conn, const std::vector<BundleFile>& files, const std::string& actor,
                           bool dry_run = false);

// The whole dataset as a bundle document, in a fixed order, ending with a
// newline. Exporting, importing into an empty database and exporting again
// gives the same text.
std::string ExportBundle(SqlConnection& conn);

}  // namespace fremdrift
