// The words of an indicator's breakdowns and the language they are in
// (render/dimension_text.h): an English page shows the English label and
// marks it English; a label the catalogue has only in bokmål, or a key made
// readable, stays marked as bokmål, so a screen reader pronounces it right.
#include <gtest/gtest.h>

#include "render/dimension_text.h"

namespace fremdrift {
namespace {

Indicator WithLabels() {
  Indicator ind;
  ind.dimension_labels = {{"tjeneste", "Tjeneste", "Service",
                           {{"sykehjem", "Sykehjem", "Nursing homes"}, {"legevakt", "Legevakt", ""}}}};
  return ind;
}

TEST(DimensionText, AnEnglishLabelIsShownAndMarkedEnglish) {
  const Catalogue& en = CatalogueFor(FREMDRIFT_SOURCE_DIR, "en");
  Indicator ind = WithLabels();
  EXPECT_EQ(DimensionValueText(ind, "tjeneste", "sykehjem", en), "Nursing homes");
  EXPECT_EQ(DimensionTextLanguage(ind, "tjeneste", "sykehjem", en), "en");
  EXPECT_EQ(DimensionNameText(ind, "tjeneste", en), "Service");
  EXPECT_EQ(DimensionTextLanguage(ind, "tjeneste", "", en), "en");
}

TEST(DimensionText, ALabelOnlyInBokmalOrAKeyStaysMarkedBokmal) {
  const Catalogue& en = CatalogueFor(FREMDRIFT_SOURCE_DIR, "en");
  Indicator ind = WithLabels();
  EXPECT_EQ(DimensionValueText(ind, "tjeneste", "legevakt", en), "Legevakt");
  EXPECT_EQ(DimensionTextLanguage(ind, "tjeneste", "legevakt", en), "nb");
  EXPECT_EQ(DimensionValueText(ind, "tjeneste", "hjemmebaserte-tjenester", en), "Hjemmebaserte tjenester");
  EXPECT_EQ(DimensionTextLanguage(ind, "tjeneste", "hjemmebaserte-tjenester", en), "nb");
  const Catalogue& nb = CatalogueFor(FREMDRIFT_SOURCE_DIR, "nb");
  EXPECT_EQ(DimensionTextLanguage(ind, "tjeneste", "sykehjem", nb), "nb");
}

}  // namespace
}  // namespace fremdrift
