// The domain does no I/O and reads no clock (docs/architecture.md,
// "Layers"): its rules are plain functions of their arguments, so that a
// unit test gives them every input. Time comes in as an argument or a
// `Clock` (domain/clock.h).
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "source_tree.h"

namespace fremdrift::architecture {
namespace {

const std::set<std::string> kIoHeaders{"fstream",   "iostream", "filesystem", "thread", "random",
                                       "ctime",     "time.h",   "unistd.h",   "sqlite3.h",
                                       "libpq-fe.h"};

// Calls that read the world: files, streams, the environment, clocks,
// randomness.
const std::regex& IoCall() {
  static const std::regex re(
      R"(\b(system_clock|steady_clock|high_resolution_clock|random_device|localtime|getenv|fopen|)"
      R"(std::cout|std::cerr|std::cin|printf\s*\(|puts\s*\(|time\s*\(\s*(nullptr|NULL|0)?\s*\)))");
  return re;
}

TEST(DomainPurityTest, DomainHasNoIoAndNoClock) {
  std::vector<std::string> findings;
  for (const auto& f : Sources()) {
    if (f.layer != "domain") continue;
    for (const auto& inc : f.includes) {
      bool third_party = !inc.system ? false : inc.path.find('/') != std::string::npos &&
                                                   inc.path.rfind("nlohmann/", 0) != 0;
      if (inc.system && (kIoHeaders.count(inc.path) || third_party)) {
        findings.push_back(f.path + ":" + std::to_string(inc.line) + ": includes <" + inc.path +
                           ">; the domain has no I/O and no clock");
      }
    }
    for (size_t n = 0; n < f.code_lines.size(); ++n) {
      std::smatch m;
      if (std::regex_search(f.code_lines[n], m, IoCall())) {
        findings.push_back(f.path + ":" + std::to_string(n + 1) + ": uses " + m[0].str() +
                           "; the domain has no I/O and no clock: take the value as an argument");
      }
    }
  }
  EXPECT_TRUE(findings.empty()) << "I/O or a clock in src/domain:\n" << Listing(findings);
}

}  // namespace
}  // namespace fremdrift::architecture
