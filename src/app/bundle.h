// Moving a whole dataset in and out as a bundle (docs/bundle-format.md).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "formats/bundle_files.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// How many records of each section were created and updated.
struct BundleImportSummary {
  struct Counts {
    int created = 0;
    int updated = 0;
  };
  std::map<std::string, Counts> sections;  // "organisations", "plan_items"...
  std::string ToText() const;              // one line per section
};

// Imports `files` in one transaction on behalf of `actor` (written to the
// audit log). When anything is wrong, throws Failure::Invalid listing every
// problem with its JSON path (prefixed by the file name when there are
// several files) and writes nothing.
BundleImportSummary ImportBundle(SqlConnection& conn,
                                 const std::vector<BundleFile>& files,
                                 const std::string& actor);

// The whole dataset as a bundle document, in a fixed order, ending with a
// newline. Exporting, importing into an empty database and exporting again
// gives the same text.
std::string ExportBundle(SqlConnection& conn);

}  // namespace fremdrift
