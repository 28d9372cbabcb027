// The feature map of docs/architecture.md names real files: every handler,
// use case, view and template it lists exists, and every handler file that
// registers a route is listed, so the map cannot fall behind the code.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

#include "source_file.h"  // ReadAll
#include "source_tree.h"

namespace fremdrift::architecture {
namespace {

namespace fs = std::filesystem;

const std::string kRoot = FREMDRIFT_SOURCE_DIR;

// The "## Feature map" section of docs/architecture.md.
std::string FeatureMap() {
  const std::string doc = ReadAll(kRoot + "/docs/architecture.md");
  size_t start = doc.find("\n## Feature map");
  if (start == std::string::npos) return "";
  size_t end = doc.find("\n## ", start + 1);
  return doc.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::vector<std::string> Cells(const std::string& row) {
  std::vector<std::string> out;
  std::stringstream in(row);
  std::string cell;
  std::getline(in, cell, '|');  // before the first '|'
  while (std::getline(in, cell, '|')) out.push_back(cell);
  if (!out.empty() && out.back().find_first_not_of(" ") == std::string::npos) out.pop_back();
  return out;
}

// The `names` in backticks of `cell` that name a file (no '*', '/', '.' or '{').
std::vector<std::string> Names(const std::string& cell) {
  static const std::regex name("`([a-z0-9_]+)`");
  std::vector<std::string> out;
  for (std::sregex_iterator it(cell.begin(), cell.end(), name), end; it != end; ++it) out.push_back((*it)[1]);
  return out;
}

bool Exists(const std::string& relative) { return fs::exists(kRoot + "/" + relative); }

TEST(FeatureMapTest, NamesOnlyFilesThatExist) {
  std::string map = FeatureMap();
  ASSERT_FALSE(map.empty()) << "docs/architecture.md has no \"## Feature map\" section";
  std::vector<std::string> findings;
  std::stringstream lines(map);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.rfind("| ", 0) != 0) continue;
    auto cells = Cells(line);
    if (cells.size() < 4 || cells[2].find('`') == std::string::npos) continue;  // a header row
    for (const auto& n : Names(cells[2])) {
      if (!Exists("src/web/" + n + ".cpp") && !Exists("src/web/" + n + ".h")) {
        findings.push_back("handler `" + n + "`: no src/web/" + n + ".cpp");
      }
    }
    for (const auto& n : Names(cells[3])) {
      if (!Exists("src/app/" + n + ".h")) findings.push_back("use case `" + n + "`: no src/app/" + n + ".h");
    }
    if (cells.size() >= 6) {
      for (const auto& n : Names(cells[4])) {
        if (!Exists("src/render/" + n + ".h")) findings.push_back("view `" + n + "`: no src/render/" + n + ".h");
      }
      for (const auto& n : Names(cells[5])) {
        if (!Exists("templates/" + n + ".mustache")) {
          findings.push_back("template `" + n + "`: no templates/" + n + ".mustache");
        }
      }
    }
  }
  EXPECT_TRUE(findings.empty()) << "docs/architecture.md's feature map names files that do not exist:\n"
                                << Listing(findings);
}

TEST(FeatureMapTest, ListsEveryHandlerFileThatRegistersARoute) {
  std::string map = FeatureMap();
  std::set<std::string> named;
  for (const auto& n : Names(map)) named.insert(n);
  static const std::regex registers(R"(\b(router|r)\s*\.\s*(Add|AddOpenToAnonymous)\s*\()");
  std::vector<std::string> findings;
  for (const auto& f : Sources()) {
    if (f.layer != "web" || f.path.size() < 4 || f.path.substr(f.path.size() - 4) != ".cpp") continue;
    std::string stem = fs::path(f.path).stem().string();
    for (const auto& code : f.code_lines) {
      if (!std::regex_search(code, registers)) continue;
      if (!named.count(stem) && map.find("web/" + stem + ".cpp") == std::string::npos) {
        findings.push_back(f.path + ": registers routes but the feature map does not name `" + stem + "`");
      }
      break;
    }
  }
  EXPECT_TRUE(findings.empty()) << "Handler files missing from docs/architecture.md's feature map:\n"
                                << Listing(findings);
}

}  // namespace
}  // namespace fremdrift::architecture
