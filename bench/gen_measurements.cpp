// Writes a deterministic CSV of measurements for the import benchmarks.
//
//   gen_measurements ROWS [YEARS] > measurements.csv
//
// Header: indicator,period,region,tjeneste,value. Each indicator gets
// YEARS (default 30) years of months ending with 2024-12 (never starting
// before the year 1000, the first a period may have), each month split by
// the 11 counties ("region") and 8 kinds of municipal service
// ("tjeneste"): YEARS × 12 × 88 rows per indicator. Indicators are filled
// one after the other, bench-001, bench-002, ... as in
// bench/bench-indicators.json, until ROWS rows are written; the last one
// may be partial. So every row is unique on (indicator, period, region,
// tjeneste), and a series has a realistic length whatever ROWS is (more
// rows mean more indicators, as at national scale). A large YEARS gives a
// few indicators with very long series instead.
//
// Rows come in key order, as an export from a register would. Values are
// pseudo-random with one decimal, the same for the same arguments. The
// shape is printed on stderr.
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// How many indicators bench/bench-indicators.json defines.
constexpr int64_t kIndicatorsDefined = 400;
constexpr int64_t kLastYear = 2024;

// The 11 counties (fylker) of 2020-2023 and 8 kinds of municipal health
// and care services, each sorted so that the file is in key order.
const char* const kRegions[] = {
    "agder", "innlandet", "more-og-romsdal", "nordland", "oslo", "rogaland",
    "troms-og-finnmark", "trondelag", "vestfold-og-telemark", "vestland", "viken"};
const char* const kServices[] = {"fastlege", "helsestasjon", "hjemmetjeneste", "legevakt",
                                 "psykisk-helse", "rehabilitering", "sykehjem", "tannhelse"};
constexpr int kRegionCount = sizeof kRegions / sizeof kRegions[0];
constexpr int kServiceCount = sizeof kServices / sizeof kServices[0];
constexpr int64_t kPerMonth = kRegionCount * kServiceCount;

uint64_t SplitMix64(uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

bool ParseCount(const char* text, int64_t& out) {
  char* end = nullptr;
  long long v = std::strtoll(text, &end, 10);
  if (end == text || *end != '\0' || v < 1) return false;
  out = v;
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  int64_t rows = 0, years = 30;
  if (argc < 2 || argc > 3 || !ParseCount(argv[1], rows) ||
      (argc == 3 && (!ParseCount(argv[2], years) || years > 8999))) {
    std::fprintf(stderr, "usage: %s ROWS [YEARS (1-8999, default 30)] > FILE.csv\n", argv[0]);
    return 2;
  }
  const int64_t months = years * 12;
  const int64_t per_indicator = months * kPerMonth;
  const int64_t indicators = (rows + per_indicator - 1) / per_indicator;
  if (indicators > kIndicatorsDefined) {
    std::fprintf(stderr,
                 "gen_measurements: %" PRId64 " rows over %" PRId64 " years need %" PRId64
                 " indicators, but bench/bench-indicators.json defines %" PRId64
                 "; give more years\n",
                 rows, years, indicators, kIndicatorsDefined);
    return 2;
  }
  int64_t first_year = kLastYear - years + 1;
  if (first_year < 1000) first_year = 1000;
  std::fprintf(stderr,
               "gen_measurements: %" PRId64 " rows: %" PRId64 " indicator(s) x %" PRId64
               " months (%04" PRId64 "-01..%04" PRId64 "-12) x %d regions x %d tjenester\n",
               rows, indicators, months, first_year, first_year + years - 1, kRegionCount,
               kServiceCount);

  static char buffer[1 << 20];
  std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
  std::fputs("indicator,period,region,tjeneste,value\n", stdout);
  char line[128];
  int64_t written = 0;
  for (int64_t ind = 1; ind <= indicators; ++ind) {
    for (int64_t m = 0; m < months && written < rows; ++m) {
      const int64_t year = first_year + m / 12, month = m % 12 + 1;
      for (int r = 0; r < kRegionCount && written < rows; ++r) {
        for (int s = 0; s < kServiceCount && written < rows; ++s) {
          // 0.0 .. 9999.9, one decimal.
          const uint64_t v = SplitMix64(static_cast<uint64_t>(written)) % 100000;
          int n = std::snprintf(line, sizeof line,
                                "bench-%03" PRId64 ",%04" PRId64 "-%02" PRId64 ",%s,%s,%" PRIu64
                                ".%" PRIu64 "\n",
                                ind, year, month, kRegions[r], kServices[s], v / 10, v % 10);
          std::fwrite(line, 1, static_cast<size_t>(n), stdout);
          ++written;
        }
      }
    }
  }
  if (std::fflush(stdout) != 0) {
    std::perror("gen_measurements: write");
    return 1;
  }
  return 0;
}
