// Approximate figures on each engine: the demo's qualified measurements
// survive the bundle round trip, series and their aggregates carry the
// qualifier (also after an edit and in a yearly roll-up), and achievement
// reads a bound honestly (docs/indicators.md, "Approximate figures").
#include <gtest/gtest.h>

#include <memory>
#include <sstream>

#include "app/bundle.h"
#include "app/indicator_series.h"
#include "app/measurement_import.h"
#include "formats/bundle_files.h"
#include "storage/indicator_store.h"
#include "storage/measurement_store.h"
#include "storage/migrations.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using testing::Engine;
using testing::EngineName;
using testing::EngineTest;
using testing::TempDatabase;

class MeasurementQualifierTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
    ImportDemo();
  }

  IndicatorSeries Series(const std::string& code, const SeriesQuery& q = {}) {
    auto ind = IndicatorStore(*conn_).FindByCode(code);
    EXPECT_TRUE(ind.has_value()) << code;
    return ReadSeries(*conn_, *ind, q);
  }

};

TEST_P(MeasurementQualifierTest, DemoHoldsSixteenQualifiedMeasurements) {
  int qualified = 0;
  IndicatorStore indicators(*conn_);
  for (const auto& ind : indicators.List(ListScope::kAll)) {
    for (const auto& m : MeasurementStore(*conn_).List(ind.id)) {
      if (m.qualifier != Qualifier::kExact) ++qualified;
    }
  }
  EXPECT_EQ(qualified, 16);
}

TEST_P(MeasurementQualifierTest, EConsultationsReadUnderTwoThenAboutTwentySeven) {
  auto s = Series("e-konsultasjoner");
  ASSERT_EQ(s.values.size(), 2u);
  EXPECT_EQ(s.values[0].period, "2019-01");
  EXPECT_EQ(s.values[0].qualifier, Qualifier::kUnder);
  EXPECT_EQ(s.values[1].period, "2021-05");
  EXPECT_EQ(s.values[1].qualifier, Qualifier::kAbout);
}

TEST_P(MeasurementQualifierTest, BundleRoundTripKeepsTheQualifier) {
  std::string first = ExportBundle(*conn_);
  EXPECT_NE(first.find("\"qualifier\": \"under\""), std::string::npos);
  TempDatabase empty(GetParam());
  auto other = empty.Connect();
  Migrate(*other);
  ImportBundle(*other, {ParseBundleText("export.json", first)}, "test");
  EXPECT_EQ(ExportBundle(*other), first);
  other.reset();
}

TEST_P(MeasurementQualifierTest, ImportedBoundReachesTheAggregatesAndTheYear) {
  // A bound imported into the sums kept beside the rows: the national
  // series and its yearly roll-up both say "under".
  std::string csv =
      "indicator,period,value,qualifier\n"
      "e-konsultasjoner,2019-02,3,under\n";
  std::istringstream in(csv);
  auto summary = ImportMeasurements(*conn_, in, MeasurementFormat::kCsv, {});
  EXPECT_EQ(summary.imported, 1) << summary.conflicts.size();
  SeriesQuery yearly;
  yearly.period_type = PeriodType::kYear;
  auto s = Series("e-konsultasjoner", yearly);
  ASSERT_FALSE(s.values.empty());
  EXPECT_EQ(s.values.front().period, "2019");
  EXPECT_EQ(s.values.front().qualifier, Qualifier::kUnder);
}

TEST_P(MeasurementQualifierTest, UnknownQualifierInAFileIsAConflict) {
  std::string csv =
      "indicator;period;verdi;presisjon\n"
      "e-konsultasjoner;2019-02;3;kanskje\n";
  std::istringstream in(csv);
  auto summary = ImportMeasurements(*conn_, in, MeasurementFormat::kCsv, {});
  EXPECT_EQ(summary.imported, 0);
  ASSERT_EQ(summary.conflicts.size(), 1u);
  EXPECT_EQ(summary.conflicts[0].column, "qualifier");
  EXPECT_EQ(summary.conflicts[0].rule, "not_a_qualifier");
}

INSTANTIATE_PER_ENGINE(MeasurementQualifierTest);

}  // namespace
}  // namespace fremdrift
