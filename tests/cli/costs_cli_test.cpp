// `fremdrift costs`, run as a real process over a temporary SQLite file
// holding the demo dataset: the 2022 table as text and CSV with the source's
// published figures, and the exit codes of its failures.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/child_process.h"
#include "support/demo_data.h"

namespace fremdrift::testing {
namespace {

namespace fs = std::filesystem;

class CostsCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/fremdrift-costs-cli-XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
    url_ = "sqlite:" + (dir_ / "cli.db").string();
    auto r = RunFremdrift({"import", "--db", url_, DemoDir()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }

  fs::path dir_;
  std::string url_;
};

// The line of `text` that starts with `prefix`, or "".
std::string LineStarting(const std::string& text, const std::string& prefix) {
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(at, end - at);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind(prefix, 0) == 0) return line;
    at = end + 1;
  }
  return "";
}

size_t Chars(const std::string& s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

TEST_F(CostsCliTest, TablePrintsThe2022SharesAndTotals) {
  auto r = RunFremdrift({"costs", "--db", url_, "--year", "2022", "--format", "table"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Kostnadsdeling 2022 (MNOK)"), std::string::npos) << r.out;
  std::string header = LineStarting(r.out, "Løsning");
  EXPECT_NE(header.find("Regionale helseforetak"), std::string::npos) << r.out;
  EXPECT_NE(header.find("Endring fra 2021"), std::string::npos) << r.out;
  std::string hn = LineStarting(r.out, "Helsenorge");
  EXPECT_NE(hn.find("264.0"), std::string::npos) << hn;
  EXPECT_NE(hn.find("137.8"), std::string::npos) << hn;
  EXPECT_NE(hn.find("126.2"), std::string::npos) << hn;
  std::string total = LineStarting(r.out, "Sum");
  for (const char* figure : {"567.4", "41.0", "284.6", "269.0", "13.7"}) {
    EXPECT_NE(total.find(figure), std::string::npos) << figure << " in " << total;
  }
  // Names left, figures right-aligned: the total row is as wide as the header.
  EXPECT_EQ(Chars(total), Chars(header));
}

TEST_F(CostsCliTest, CsvPrintsOneRowPerSolutionAndATotal) {
  auto r = RunFremdrift({"costs", "--db", url_, "--year", "2022", "--format", "csv", "--lang", "en"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("\xEF\xBB\xBFSolution,Cost 2022,Change from 2021,Regionale helseforetak,Kommuner,Apotek\r\n", 0),
            0u)
      << r.out;
  EXPECT_NE(r.out.find("\r\nHelsenorge,264.0,47.0,137.8,126.2,0.0\r\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\r\nTotal,567.4,41.0,284.6,269.0,13.7\r\n"), std::string::npos) << r.out;
  auto semi = RunFremdrift({"costs", "--db", url_, "--year", "2022", "--format", "csv", "--sep", "semicolon"});
  EXPECT_NE(semi.out.find("\r\nSum;567,4;41,0;284,6;269,0;13,7\r\n"), std::string::npos) << semi.out;
}

TEST_F(CostsCliTest, FailuresExitNonZeroWithAReason) {
  auto none = RunFremdrift({"costs", "--db", url_, "--year", "1999"});
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_NE(none.err.find("1999"), std::string::npos) << none.err;
  auto format = RunFremdrift({"costs", "--db", url_, "--year", "2022", "--format", "pdf"});
  EXPECT_EQ(format.exit_code, 2);
  EXPECT_NE(format.err.find("--format"), std::string::npos) << format.err;
  auto missing = RunFremdrift({"costs", "--db", url_});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("year"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace fremdrift::testing
