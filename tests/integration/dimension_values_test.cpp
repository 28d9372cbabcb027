// The values an indicator already has in a dimension, which a new
// measurement's typed value is matched against (domain/dimension_value.h):
// they come from rows with a value and from rows with only a note alike,
// and go when their last row goes, on each engine. A new measurement finds
// them through the spelling index (storage/dimension_spelling_store.h),
// which other writers make stale and the next measurement builds again.
#include <gtest/gtest.h>

#include "app/bundle.h"
#include "app/measurement_import.h"
#include "app/measurement_service.h"
#include "formats/bundle_files.h"
#include <sstream>

#include "storage/dimension_spelling_store.h"
#include "storage/indicator_store.h"
#include "storage/measurement_row_store.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using testing::EngineTest;

const char* kIndicator = R"({"format": "fremdrift-bundle", "version": 1, "indicators": [
  {"code": "besok", "name": "Besøk", "unit": "count", "direction": "higher_is_better",
   "period_type": "month", "published": true}]})";

class DimensionValuesTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
    ImportBundle(*conn_, {ParseBundleText("i.json", kIndicator)}, "test");
  }

  VersionedValue Add(const std::string& period, const nlohmann::json& value, const std::string& region,
                     const std::string& note = "") {
    nlohmann::json body = {{"indicator", "besok"}, {"period", period}, {"value", value},
                           {"note", note},         {"dimensions", {{"region", region}}}};
    return AddMeasurement(*conn_, editor_, body);
  }

  std::vector<std::string> Values() {
    auto ind = IndicatorStore(*conn_).FindByCode("besok");
    return MeasurementRowStore(*conn_).DimensionValues(ind->id, 1);
  }

  bool IndexIsCurrent() {
    return DimensionSpellingStore(*conn_).IsCurrent(IndicatorStore(*conn_).FindByCode("besok")->id);
  }

  void ImportCsv(const std::string& csv) {
    std::istringstream in(csv);
    MeasurementImportOptions o;
    o.actor = "test";
    ImportMeasurements(*conn_, in, MeasurementFormat::kCsv, o);
  }

  const User editor_{1, "writer", "nhn", Role::kEditor, 1};
};

TEST_P(DimensionValuesTest, RowsWithAValueAndRowsWithOnlyANoteBothCount) {
  Add("2024-01", 10, "Agder");
  Add("2024-02", nullptr, "Nordland", "Tallet kommer senere");
  Add("2023-12", 3, "Agder");
  EXPECT_EQ(Values(), (std::vector<std::string>{"Agder", "Nordland"}));

  // A value typed in other case and spacing names the stored one, whether
  // that was stored with a value or only a note.
  EXPECT_EQ(Add("2024-03", 5, " NORDLAND ").measurement.dimensions.at("region"), "Nordland");
  EXPECT_EQ(Add("2024-04", nullptr, "agder", "Mangler").measurement.dimensions.at("region"), "Agder");
  EXPECT_EQ(Values(), (std::vector<std::string>{"Agder", "Nordland"}));
}

TEST_P(DimensionValuesTest, AValueGoesWithItsLastRow) {
  auto only = Add("2024-01", 10, "Troms");
  Add("2024-01", 4, "Agder");
  ASSERT_EQ(Values(), (std::vector<std::string>{"Agder", "Troms"}));
  DeleteMeasurement(*conn_, editor_, {"besok", "2024-01", {{"region", "Troms"}}}, only.version);
  EXPECT_EQ(Values(), (std::vector<std::string>{"Agder"}));
}

TEST_P(DimensionValuesTest, AGoneSpellingIsNotReusedAfterItsLastRowIsDeleted) {
  auto only = Add("2024-01", 10, "Troms");
  DeleteMeasurement(*conn_, editor_, {"besok", "2024-01", {{"region", "Troms"}}}, only.version);
  EXPECT_EQ(Add("2024-02", 3, " TROMS ").measurement.dimensions.at("region"), "TROMS");
}

TEST_P(DimensionValuesTest, AValueAnImportBroughtNamesTheTypedOne) {
  Add("2024-01", 10, "Agder");
  ASSERT_TRUE(IndexIsCurrent());
  // The import does not keep the index: it is stale until the next
  // measurement builds it again, with the imported value in it.
  ImportCsv("indicator,period,value,region\nbesok,2024-01,7,Vestland\n");
  EXPECT_FALSE(IndexIsCurrent());
  EXPECT_EQ(Add("2024-02", 3, "vestland").measurement.dimensions.at("region"), "Vestland");
  EXPECT_TRUE(IndexIsCurrent());
  EXPECT_EQ(Add("2024-03", 3, "AGDER").measurement.dimensions.at("region"), "Agder");
  EXPECT_EQ(Values(), (std::vector<std::string>{"Agder", "Vestland"}));
}

INSTANTIATE_PER_ENGINE(DimensionValuesTest);

}  // namespace
}  // namespace fremdrift
