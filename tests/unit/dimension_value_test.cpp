// A breakdown value typed with other case or spacing names the existing
// value (domain/dimension_value.h), and measurement files name their
// columns in English or Norwegian (domain/measurement_column.h).
#include <gtest/gtest.h>

#include "domain/dimension_value.h"
#include "domain/measurement_column.h"

namespace fremdrift {
namespace {

TEST(DimensionValue, OtherCaseOrSpacingNamesTheStoredValue) {
  std::vector<std::string> stored{"hjemmebaserte tjenester", "sykehjem"};
  EXPECT_EQ(ExistingDimensionValue("Sykehjem", stored), "sykehjem");
  EXPECT_EQ(ExistingDimensionValue("  SYKEHJEM ", stored), "sykehjem");
  EXPECT_EQ(ExistingDimensionValue("Hjemmebaserte\xC2\xA0  tjenester", stored), "hjemmebaserte tjenester");
}

TEST(DimensionValue, NorwegianLettersMatchInEitherCase) {
  std::vector<std::string> stored{"Ålesund", "økonomi"};
  EXPECT_EQ(ExistingDimensionValue("ålesund", stored), "Ålesund");
  EXPECT_EQ(ExistingDimensionValue("ØKONOMI", stored), "økonomi");
  EXPECT_EQ(DimensionValueMatchKey("ÆØÅ"), "æøå");
}

TEST(DimensionValue, AnExactMatchWinsAndANewValueIsTidied) {
  std::vector<std::string> stored{"Sykehjem", "sykehjem"};
  EXPECT_EQ(ExistingDimensionValue("sykehjem", stored), "sykehjem");
  EXPECT_FALSE(ExistingDimensionValue("legekontor", stored));
  EXPECT_EQ(TidyDimensionValue("  Lege   kontor "), "Lege kontor");
}

TEST(MeasurementColumn, HeadersMayBeEnglishOrNorwegian) {
  EXPECT_EQ(MeasurementColumnOf("indicator"), MeasurementColumn::kIndicator);
  EXPECT_EQ(MeasurementColumnOf("Indikator"), MeasurementColumn::kIndicator);
  EXPECT_EQ(MeasurementColumnOf(" periode "), MeasurementColumn::kPeriod);
  EXPECT_EQ(MeasurementColumnOf("VERDI"), MeasurementColumn::kValue);
  EXPECT_EQ(MeasurementColumnOf("merknad"), MeasurementColumn::kNote);
  EXPECT_EQ(MeasurementColumnOf("kilde"), MeasurementColumn::kSourceRef);
  EXPECT_EQ(MeasurementColumnOf("source_ref"), MeasurementColumn::kSourceRef);
  EXPECT_EQ(MeasurementColumnOf("tjeneste"), MeasurementColumn::kDimension);
  EXPECT_EQ(MeasurementColumnOf("Presisjon"), MeasurementColumn::kQualifier);
  EXPECT_EQ(MeasurementColumnOf("qualifier"), MeasurementColumn::kQualifier);
  EXPECT_EQ(MeasurementColumnNorwegian("value"), "verdi");
}

}  // namespace
}  // namespace fremdrift
