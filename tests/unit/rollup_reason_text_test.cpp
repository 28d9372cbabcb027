// Why a status is suggested, as a person reads it: the roll-up's rule and
// parameters in the reader's language, never the domain's English.
#include <gtest/gtest.h>

#include "domain/status_rollup.h"
#include "render/i18n.h"
#include "render/rollup_reason_text.h"

namespace fremdrift {
namespace {

const Catalogue& T(const char* lang) { return CatalogueFor(FREMDRIFT_SOURCE_DIR, lang); }

TEST(RollupReasonText, WorstOfNamesTheWorstInputAndItsStatusInTheReadersLanguage) {
  auto scale = *StatusScale::Named("traffic_light");
  auto s = SuggestStatus({{"Mål 1", "green", 1}, {"Mål 4", "red", 1}}, RollupRule::kWorstOf, scale);
  EXPECT_EQ(RollupReasonText(s, scale, T("nb")), "Det dårligste av 2 vurderte: Mål 4 er Rød.");
  EXPECT_EQ(RollupReasonText(s, scale, T("en")), "The worst of 2 assessed: Mål 4 is Red.");
}

TEST(RollupReasonText, WeightedGivesTheMeanWithTheLanguagesDecimalSign) {
  auto scale = *StatusScale::Named("traffic_light");
  auto s = SuggestStatus({{"a", "green", 1}, {"b", "yellow", 1}, {"c", "yellow", 2}}, RollupRule::kWeighted, scale);
  EXPECT_EQ(RollupReasonText(s, scale, T("nb")), "Vektet gjennomsnittlig rang 0,75 av 3 vurderte (0 = Grønn).");
  EXPECT_EQ(RollupReasonText(s, scale, T("en")), "Weighted mean rank 0.75 of 3 assessed (0 = Green).");
}

TEST(RollupReasonText, NothingAssessedIsNeverEnglishInNorwegian) {
  auto scale = *StatusScale::Named("five_point");
  auto s = SuggestStatus({{"a", "not_assessed", 1}}, RollupRule::kWorstOf, scale);
  EXPECT_EQ(RollupReasonText(s, scale, T("nb")), "Ingenting under er vurdert ennå.");
  EXPECT_EQ(RollupReasonText(s, scale, T("en")), "Nothing below it has been assessed yet.");
}

}  // namespace
}  // namespace fremdrift
