// SQL lives only in src/storage (docs/architecture.md, "Layers"): no string
// literal of another layer holds a statement.
#include <gtest/gtest.h>

#include <regex>

#include "source_tree.h"

namespace fremdrift::architecture {
namespace {

// The opening of a statement, in the upper case our SQL is written in.
const std::regex& SqlStatement() {
  static const std::regex re(
      R"(\b(SELECT\s+(DISTINCT\s+)?[\w*(]|INSERT\s+INTO|DELETE\s+FROM|UPDATE\s+\w+\s+SET|)"
      R"(CREATE\s+(TABLE|INDEX|UNIQUE|VIEW)|ALTER\s+TABLE|DROP\s+(TABLE|INDEX)|BEGIN\s+IMMEDIATE|)"
      R"(PRAGMA\s+\w|WHERE\s+\w+\s*=\s*\?))");
  return re;
}

TEST(SqlPlacementTest, SqlIsWrittenOnlyInStorage) {
  std::vector<std::string> findings;
  for (const auto& f : Sources()) {
    if (f.layer == "storage") continue;
    for (const auto& lit : f.literals) {
      std::smatch m;
      if (std::regex_search(lit.text, m, SqlStatement())) {
        findings.push_back(f.path + ":" + std::to_string(lit.line) + ": \"" + lit.text.substr(0, 60) +
                           "\"; SQL lives only in src/storage: add a store function and call it");
      }
    }
  }
  EXPECT_TRUE(findings.empty()) << "SQL outside src/storage:\n" << Listing(findings);
}

TEST(SqlPlacementTest, TheCheckRecognisesAStatement) {
  EXPECT_TRUE(std::regex_search(std::string("SELECT id FROM jobs WHERE id = ?"), SqlStatement()));
  EXPECT_TRUE(std::regex_search(std::string("UPDATE jobs SET state = ?"), SqlStatement()));
  EXPECT_TRUE(std::regex_search(std::string("SELECT DISTINCT period, "), SqlStatement()));
  EXPECT_FALSE(std::regex_search(std::string("Select a period"), SqlStatement()));
  EXPECT_FALSE(std::regex_search(std::string("<select name=\"goal\">"), SqlStatement()));
}

}  // namespace
}  // namespace fremdrift::architecture
