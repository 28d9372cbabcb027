// The source tree the architecture tests check, read once per test run.
#pragma once

#include <string>
#include <vector>

#include "source_file.h"

namespace fremdrift::architecture {

// The files of src/ (FREMDRIFT_SOURCE_DIR), read on first use.
const std::vector<SourceFile>& Sources();

// "src/app/x.cpp:12: `what`" lines, one per finding, for a failure message.
std::string Listing(const std::vector<std::string>& findings);

}  // namespace fremdrift::architecture
