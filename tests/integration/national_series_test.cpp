// Reading the national series of many indicators together
// (ReadNationalSeries, as the monitor, the home page and the status report
// do) gives, on each engine, exactly what reading each one alone
// (ReadSeries without a query) gives: values, groups, dimension names and
// achievements, for a count whose months have only breakdowns, a share
// with a target, ratios (two sharing a numerator, one of an unpublished
// count, one whose numerator is a ratio itself), and an indicator without
// measurements.
#include <gtest/gtest.h>

#include <sstream>

#include "app/bundle.h"
#include "app/indicator_series.h"
#include "app/measurement_import.h"
#include "domain/chart_dimension.h"
#include "formats/bundle_files.h"
#include "storage/indicator_store.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using testing::Engine;
using testing::EngineName;
using testing::EngineTest;
using testing::TempDatabase;

const char* kIndicators = R"({"format": "fremdrift-bundle", "version": 1, "indicators": [
  {"code": "besok", "name": "Besøk", "unit": "count", "direction": "higher_is_better",
   "period_type": "month", "published": true,
   "targets": [{"value": 100, "by": "2024-12-31"}]},
  {"code": "brukere", "name": "Brukere", "unit": "count", "direction": "higher_is_better",
   "period_type": "month", "published": true},
  {"code": "andel", "name": "Andel", "unit": "percent", "direction": "higher_is_better",
   "period_type": "month", "published": true, "baseline": {"value": 40, "period": "2022"},
   "targets": [{"value": 80, "by": "2024-12-31"}, {"value": 90, "by": "2024-12-31",
                "dimensions": {"kommune": "K2"}}]},
  {"code": "per-bruker", "name": "Besøk per bruker", "unit": "ratio", "direction": "none",
   "period_type": "month", "published": true, "kind": "ratio", "numerator": "besok",
   "denominator": "brukere", "factor": 1},
  {"code": "intern", "name": "Intern telling", "unit": "count", "direction": "higher_is_better",
   "period_type": "month", "published": false},
  {"code": "per-intern", "name": "Besøk per intern", "unit": "ratio", "direction": "none",
   "period_type": "month", "published": true, "kind": "ratio", "numerator": "besok",
   "denominator": "intern", "factor": 100},
  {"code": "ratio-av-ratio", "name": "Besøk per bruker per intern", "unit": "ratio", "direction": "none",
   "period_type": "month", "published": true, "kind": "ratio", "numerator": "per-bruker",
   "denominator": "intern", "factor": 1},
  {"code": "tom", "name": "Uten tall", "unit": "count", "direction": "higher_is_better",
   "period_type": "year", "published": true, "targets": [{"value": 5, "by": "2030-12-31"}]},
  {"code": "dekning", "name": "Dekning", "unit": "percent", "direction": "higher_is_better",
   "period_type": "month", "published": true},
  {"code": "andel-regional", "name": "Andel per region", "unit": "percent", "direction": "higher_is_better",
   "period_type": "month", "published": true,
   "targets": [{"value": 90, "by": "2024-12-31", "dimensions": {"region": "Nord"}}]},
  {"code": "sen", "name": "Sent nasjonalt tall", "unit": "percent", "direction": "higher_is_better",
   "period_type": "month", "published": true}]})";

// Months with only breakdowns (2023-01), with a national row too (2023-02),
// a share by municipality beside its national value, and two shares with
// breakdowns only: one by municipality, one whose target names a region
// (its chart dimension is then the second), and a share whose national
// figure comes a month after its first breakdown.
const char* kMeasurements = R"(indicator,period,kommune,region,value
besok,2023-01,K1,,10
besok,2023-01,K2,,5
besok,2023-02,,,40
besok,2023-02,K1,,30
brukere,2023-01,,,3
brukere,2023-02,,,4
andel,2023-01,,,50
andel,2023-01,K1,,45
andel,2023-01,K2,,55
andel,2023-02,,,52.5
andel,2023-02,K2,,60
intern,2023-01,,,2
intern,2023-02,,,0
dekning,2023-01,K1,,70
dekning,2023-01,K2,,80
andel-regional,2023-01,K1,Nord,75
andel-regional,2023-01,K2,Sør,65
sen,2023-01,K1,,30
sen,2023-02,,,35
)";

class NationalSeriesTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
    ImportBundle(*conn_, {ParseBundleText("i.json", kIndicators)}, "test");
    std::istringstream in(kMeasurements);
    MeasurementImportOptions o;
    o.actor = "test";
    ASSERT_EQ(ImportMeasurements(*conn_, in, MeasurementFormat::kCsv, o).imported, 19);
  }

};

void ExpectSame(const IndicatorSeries& alone, const IndicatorSeries& together, const std::string& code) {
  SCOPED_TRACE(code);
  EXPECT_EQ(alone.by, together.by);
  EXPECT_EQ(alone.groups, together.groups);
  EXPECT_EQ(alone.dimensions, together.dimensions);
  ASSERT_EQ(alone.values.size(), together.values.size());
  for (size_t i = 0; i < alone.values.size(); ++i) {
    const SeriesValue& a = alone.values[i];
    const SeriesValue& b = together.values[i];
    EXPECT_EQ(a.period, b.period);
    EXPECT_EQ(a.group, b.group);
    EXPECT_DOUBLE_EQ(a.value, b.value);
    EXPECT_EQ(a.n, b.n);
    EXPECT_EQ(a.combined, b.combined);
    EXPECT_EQ(a.provisional, b.provisional);
    EXPECT_EQ(a.qualifier, b.qualifier);
  }
  ASSERT_EQ(alone.achievements.size(), together.achievements.size());
  for (size_t i = 0; i < alone.achievements.size(); ++i) {
    EXPECT_EQ(alone.achievements[i].status, together.achievements[i].status);
    EXPECT_EQ(alone.achievements[i].reason, together.achievements[i].reason);
    EXPECT_EQ(alone.achievements[i].actual, together.achievements[i].actual);
    EXPECT_EQ(alone.achievements[i].actual_period, together.achievements[i].actual_period);
    EXPECT_EQ(alone.achievements[i].expected, together.achievements[i].expected);
  }
}

TEST_P(NationalSeriesTest, ReadTogetherIsWhatEachReadAloneGives) {
  std::vector<Indicator> indicators = IndicatorStore(*conn_).List(ListScope::kAll);
  ASSERT_EQ(indicators.size(), 11u);
  AchievementRule rule;
  auto together = ReadNationalSeries(*conn_, indicators, rule);
  ASSERT_EQ(together.size(), indicators.size());
  for (size_t i = 0; i < indicators.size(); ++i) {
    ExpectSame(ReadSeries(*conn_, indicators[i], {}, rule), together[i], indicators[i].code);
  }
}

// The monitor's overview: the national series, else the one by the chart
// dimension, read together, is what ReadSeries gives for each alone.
TEST_P(NationalSeriesTest, TheOverviewReadTogetherIsWhatEachReadAloneGives) {
  std::vector<Indicator> indicators = IndicatorStore(*conn_).List(ListScope::kAll);
  AchievementRule rule;
  auto together = ReadOverviewSeries(*conn_, indicators, rule);
  ASSERT_EQ(together.size(), indicators.size());
  std::map<std::string, IndicatorSeries> by_code;
  for (size_t i = 0; i < indicators.size(); ++i) {
    IndicatorSeries alone = ReadSeries(*conn_, indicators[i], {}, rule);
    if (alone.values.empty()) {
      SeriesQuery q;
      q.by = ChartDimension(indicators[i], alone.dimensions);
      if (!q.by.empty()) alone = ReadSeries(*conn_, indicators[i], q, rule);
    }
    ExpectSame(alone, together[i], indicators[i].code);
    by_code[indicators[i].code] = together[i];
  }
  // The two without national figures, each by its own dimension.
  EXPECT_EQ(by_code["dekning"].by, "kommune");
  ASSERT_EQ(by_code["dekning"].values.size(), 2u);
  EXPECT_DOUBLE_EQ(by_code["dekning"].values[1].value, 80);
  EXPECT_EQ(by_code["andel-regional"].by, "region");
  EXPECT_EQ(by_code["andel-regional"].groups, (std::vector<std::string>{"Nord", "Sør"}));
  EXPECT_EQ(by_code["andel-regional"].achievements.size(), 1u);
  // Those with national figures keep them.
  EXPECT_EQ(by_code["andel"].by, "");
  EXPECT_EQ(by_code["andel"].values.size(), 2u);
  EXPECT_EQ(by_code["sen"].by, "");
}

// The status report of a period: the same, each series up to the period's
// end. An indicator whose national figure comes later is shown by its
// breakdown until then.
TEST_P(NationalSeriesTest, TheOverviewUpToAPeriodIsWhatEachReadAloneGivesUpToIt) {
  std::vector<Indicator> indicators = IndicatorStore(*conn_).List(ListScope::kAll);
  const std::optional<Period> to = Period::Parse("2023-01");
  ASSERT_TRUE(to);
  auto together = ReadOverviewSeries(*conn_, indicators, {}, to);
  ASSERT_EQ(together.size(), indicators.size());
  std::map<std::string, IndicatorSeries> by_code;
  for (size_t i = 0; i < indicators.size(); ++i) {
    SeriesQuery q;
    q.to = to;
    IndicatorSeries alone = ReadSeries(*conn_, indicators[i], q);
    if (alone.values.empty()) {
      q.by = ChartDimension(indicators[i], alone.dimensions);
      if (!q.by.empty()) alone = ReadSeries(*conn_, indicators[i], q);
    }
    ExpectSame(alone, together[i], indicators[i].code);
    by_code[indicators[i].code] = together[i];
  }
  EXPECT_EQ(by_code["sen"].by, "kommune");
  ASSERT_EQ(by_code["sen"].values.size(), 1u);
  EXPECT_DOUBLE_EQ(by_code["sen"].values[0].value, 30);
  ASSERT_EQ(by_code["andel"].values.size(), 1u);
  EXPECT_EQ(by_code["andel"].values[0].period, "2023-01");
  ASSERT_EQ(by_code["besok"].values.size(), 1u);
  EXPECT_DOUBLE_EQ(by_code["besok"].values[0].value, 15);
}

TEST_P(NationalSeriesTest, TheNationalValuesAreTheOnesAUserSees) {
  std::vector<Indicator> indicators = IndicatorStore(*conn_).List(ListScope::kAll);
  auto together = ReadNationalSeries(*conn_, indicators);
  std::map<std::string, IndicatorSeries> by_code;
  for (size_t i = 0; i < indicators.size(); ++i) by_code[indicators[i].code] = together[i];
  // A count: the month with only breakdowns shows their sum.
  ASSERT_EQ(by_code["besok"].values.size(), 2u);
  EXPECT_DOUBLE_EQ(by_code["besok"].values[0].value, 15);
  EXPECT_DOUBLE_EQ(by_code["besok"].values[1].value, 40);
  EXPECT_EQ(by_code["besok"].dimensions, std::vector<std::string>{"kommune"});
  // A share: the national values only, with its achievement.
  ASSERT_EQ(by_code["andel"].values.size(), 2u);
  EXPECT_DOUBLE_EQ(by_code["andel"].values[1].value, 52.5);
  EXPECT_EQ(by_code["andel"].achievements.size(), 2u);
  // The ratio of the two counts, month by month.
  ASSERT_EQ(by_code["per-bruker"].values.size(), 2u);
  EXPECT_DOUBLE_EQ(by_code["per-bruker"].values[0].value, 5);
  EXPECT_DOUBLE_EQ(by_code["per-bruker"].values[1].value, 10);
  // A ratio of an unpublished count, with its factor; no value where the
  // denominator is 0.
  ASSERT_EQ(by_code["per-intern"].values.size(), 1u);
  EXPECT_DOUBLE_EQ(by_code["per-intern"].values[0].value, 750);
  // A ratio of a ratio: (15 / 3) / 2.
  ASSERT_EQ(by_code["ratio-av-ratio"].values.size(), 1u);
  EXPECT_DOUBLE_EQ(by_code["ratio-av-ratio"].values[0].value, 2.5);
  EXPECT_TRUE(by_code["tom"].values.empty());
  EXPECT_TRUE(by_code["tom"].dimensions.empty());
  EXPECT_TRUE(ReadNationalSeries(*conn_, {}).empty());
}

// The series kept in memory across requests (app/kept_national_series.h)
// follow every change: a new measurement of an indicator and of a ratio's
// part, and a target changed by a bundle. After each, every series read
// together is still what reading each alone from the database gives.
TEST_P(NationalSeriesTest, KeptSeriesFollowEveryChangeOfTheirData) {
  auto read = [&] {
    std::vector<Indicator> indicators = IndicatorStore(*conn_).List(ListScope::kAll);
    auto together = ReadNationalSeries(*conn_, indicators);
    std::map<std::string, IndicatorSeries> by_code;
    for (size_t i = 0; i < indicators.size(); ++i) {
      ExpectSame(ReadSeries(*conn_, indicators[i], {}), together[i], indicators[i].code);
      by_code[indicators[i].code] = together[i];
    }
    return by_code;
  };
  auto before = read();
  read();  // now kept
  ASSERT_EQ(before["besok"].values.size(), 2u);
  ASSERT_EQ(before["per-bruker"].values.size(), 2u);

  std::istringstream more("indicator,period,value\nbesok,2023-03,60\nbrukere,2023-03,6\nbrukere,2023-02,5\n");
  MeasurementImportOptions o;
  o.actor = "test";
  ImportSummary added = ImportMeasurements(*conn_, more, MeasurementFormat::kCsv, o);
  ASSERT_EQ(added.imported, 2);
  ASSERT_EQ(added.updated, 1);
  auto after = read();
  ASSERT_EQ(after["besok"].values.size(), 3u);
  EXPECT_DOUBLE_EQ(after["besok"].values[2].value, 60);
  // The ratio follows both its parts: 40 / 5 (updated) and 60 / 6 (new).
  ASSERT_EQ(after["per-bruker"].values.size(), 3u);
  EXPECT_DOUBLE_EQ(after["per-bruker"].values[1].value, 8);
  EXPECT_DOUBLE_EQ(after["per-bruker"].values[2].value, 10);
  // An indicator that did not change keeps its series.
  ASSERT_EQ(after["andel"].values.size(), 2u);
  ASSERT_EQ(after["andel"].achievements.size(), 2u);
  EXPECT_DOUBLE_EQ(after["andel"].achievements[0].target.value, 80);

  ImportBundle(*conn_, {ParseBundleText("i.json", R"({"format": "fremdrift-bundle", "version": 1, "indicators": [
    {"code": "andel", "name": "Andel", "unit": "percent", "direction": "higher_is_better",
     "period_type": "month", "published": true, "baseline": {"value": 40, "period": "2022"},
     "targets": [{"value": 60, "by": "2024-12-31"}]}]})")}, "test");
  auto retargeted = read();
  ASSERT_EQ(retargeted["andel"].achievements.size(), 1u);
  EXPECT_DOUBLE_EQ(retargeted["andel"].achievements[0].target.value, 60);
}

// The overview's series are kept as the national ones are: a breakdown
// (an indicator without national figures) follows a new figure of one of
// its groups, and reading it again without a change gives the same.
TEST_P(NationalSeriesTest, KeptOverviewSeriesFollowANewFigureOfABreakdown) {
  auto overview = [&] {
    std::vector<Indicator> indicators = IndicatorStore(*conn_).List(ListScope::kAll);
    auto together = ReadOverviewSeries(*conn_, indicators, {});
    std::map<std::string, IndicatorSeries> by_code;
    for (size_t i = 0; i < indicators.size(); ++i) by_code[indicators[i].code] = together[i];
    return by_code;
  };
  auto before = overview();
  auto kept = overview();
  ASSERT_EQ(kept["dekning"].by, "kommune");
  ASSERT_EQ(kept["dekning"].values.size(), before["dekning"].values.size());
  for (size_t i = 0; i < kept["dekning"].values.size(); ++i) {
    EXPECT_DOUBLE_EQ(kept["dekning"].values[i].value, before["dekning"].values[i].value);
  }

  std::istringstream more("indicator,period,kommune,value\ndekning,2023-03,K1,55\n");
  MeasurementImportOptions o;
  o.actor = "test";
  ASSERT_EQ(ImportMeasurements(*conn_, more, MeasurementFormat::kCsv, o).imported, 1);
  auto after = overview();
  ASSERT_EQ(after["dekning"].values.size(), before["dekning"].values.size() + 1);
  EXPECT_EQ(after["dekning"].values.back().period, "2023-03");
  EXPECT_DOUBLE_EQ(after["dekning"].values.back().value, 55);
  // As read alone from the database.
  std::vector<Indicator> indicators = IndicatorStore(*conn_).List(ListScope::kAll);
  for (const auto& ind : indicators) {
    if (ind.code != "dekning") continue;
    SeriesQuery q;
    q.by = "kommune";
    ExpectSame(ReadSeries(*conn_, ind, q, {}), after["dekning"], ind.code);
  }
}

// Two databases with the same indicators (the same ids and versions) but
// other figures, read in one process, each get their own series.
TEST_P(NationalSeriesTest, KeptSeriesOfOneDatabaseAreNeverAnothersSeries) {
  TempDatabase other_db(GetParam(), testing::Contents::kMigrated);
  auto other = other_db.Connect();
  ImportBundle(*other, {ParseBundleText("i.json", kIndicators)}, "test");
  std::string csv(kMeasurements);
  csv.replace(csv.find("besok,2023-02,,,40"), 18, "besok,2023-02,,,41");
  std::istringstream in(csv);
  MeasurementImportOptions o;
  o.actor = "test";
  ASSERT_EQ(ImportMeasurements(*other, in, MeasurementFormat::kCsv, o).imported, 19);
  for (int round = 0; round < 2; ++round) {
    for (auto* conn : {conn_.get(), other.get()}) {
      std::vector<Indicator> indicators = IndicatorStore(*conn).List(ListScope::kAll);
      auto together = ReadNationalSeries(*conn, indicators);
      for (size_t i = 0; i < indicators.size(); ++i) {
        ExpectSame(ReadSeries(*conn, indicators[i], {}), together[i], indicators[i].code);
        if (indicators[i].code == "besok") {
          EXPECT_DOUBLE_EQ(together[i].values.at(1).value, conn == conn_.get() ? 40 : 41);
        }
      }
    }
  }
}

INSTANTIATE_PER_ENGINE(NationalSeriesTest);

}  // namespace
}  // namespace fremdrift
