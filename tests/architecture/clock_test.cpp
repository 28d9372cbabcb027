// The time of day is read in one place, storage/system_clock.cpp; every
// other part takes a `Clock` (domain/clock.h) or a time from its caller,
// so that a test can fix the time and two parts never disagree on "today".
#include <gtest/gtest.h>

#include <regex>

#include "source_tree.h"

namespace fremdrift::architecture {
namespace {

const char* kTheClock = "src/storage/system_clock.cpp";

TEST(ClockTest, OnlyTheSystemClockReadsTheTime) {
  static const std::regex reads_time(
      R"(system_clock\s*::\s*now|std::time\s*\(|\btime\s*\(\s*(nullptr|NULL|0)\s*\)|gettimeofday|clock_gettime)");
  std::vector<std::string> findings;
  for (const auto& f : Sources()) {
    if (f.path == kTheClock) continue;
    for (size_t n = 0; n < f.code_lines.size(); ++n) {
      std::smatch m;
      if (std::regex_search(f.code_lines[n], m, reads_time)) {
        findings.push_back(f.path + ":" + std::to_string(n + 1) + ": " + m[0].str() +
                           "; the time of day is read only by SystemClock() (storage/system_clock.h): "
                           "take a Clock or the time as an argument");
      }
    }
  }
  EXPECT_TRUE(findings.empty()) << "The system clock read outside " << kTheClock << ":\n"
                                << Listing(findings);
}

}  // namespace
}  // namespace fremdrift::architecture
