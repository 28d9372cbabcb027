// A C++ source file of src/ as the architecture tests read it: its layer
// (the folder under src/), its project includes ("domain/...") and system
// includes (<...>) by line, its code with comments and literals blanked,
// and its string literals (adjacent ones joined, as the compiler joins
// them) by line. A rough lexer, not a compiler: enough to check where
// things live.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace fremdrift::architecture {

struct Include {
  int line = 0;
  std::string path;  // as written: "app/status_report.h" or "fstream"
  bool system = false;
};

struct Literal {
  int line = 0;
  std::string text;  // the joined contents, escapes left as written
};

struct SourceFile {
  std::string path;   // relative to the source tree: "src/app/import_jobs.cpp"
  std::string layer;  // "app"
  std::vector<Include> includes;
  std::vector<Literal> literals;
  // The code lines with comments and the contents of literals blanked out.
  std::vector<std::string> code_lines;
};

// Every .h and .cpp under `source_dir`/src, sorted by path.
std::vector<SourceFile> ReadSourceTree(const std::string& source_dir);

// The whole text of the file at `path`; "" when it cannot be read.
std::string ReadAll(const std::filesystem::path& path);

// The layer of a project include: "app" for "app/status_report.h", "" when
// it names no folder.
std::string IncludeLayer(const std::string& include_path);

}  // namespace fremdrift::architecture
