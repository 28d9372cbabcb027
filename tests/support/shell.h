// Running a shell command from a test and reading what it printed, for
// checks with outside programs (python3, LibreOffice).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

namespace fremdrift::testing {

// Runs a shell command and returns its standard output.
inline std::string Shell(const std::string& command) {
  std::string out;
  if (FILE* p = popen(command.c_str(), "r")) {
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    pclose(p);
  }
  return out;
}

// Whether `program` is on the PATH.
inline bool Have(const std::string& program) {
  return std::system(("command -v " + program + " >/dev/null 2>&1").c_str()) == 0;
}

}  // namespace fremdrift::testing
