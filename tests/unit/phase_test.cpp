// The phase scale Konsept -> ... -> I bruk: stable keys, names, ranges.
#include <gtest/gtest.h>

#include "domain/phase.h"

namespace fremdrift {
namespace {

TEST(PhaseTest, KeysAreTheDocumentedOnesInScaleOrder) {
  std::vector<std::string> keys;
  for (Phase p : kAllPhases) keys.emplace_back(PhaseKey(p));
  EXPECT_EQ(keys, (std::vector<std::string>{"konsept", "utvikling", "tilpasning",
                                            "innforing", "i_bruk"}));
}

TEST(PhaseTest, EveryKeyRoundTrips) {
  for (Phase p : kAllPhases) EXPECT_EQ(PhaseFromKey(PhaseKey(p)), p);
}

TEST(PhaseTest, UnknownOrMisspelledKeyIsRefused) {
  for (const char* key : {"", "Konsept", "innføring", "i bruk", "I_BRUK", "concept"}) {
    EXPECT_FALSE(PhaseFromKey(key)) << key;
  }
}

TEST(PhaseTest, NamesAreBokmaalByDefaultAndEnglishOnRequest) {
  EXPECT_EQ(PhaseName(Phase::kDevelopment, "nb"), "Utvikling og begrenset utprøving");
  EXPECT_EQ(PhaseName(Phase::kIntroduction, ""), "Innføring");
  EXPECT_EQ(PhaseName(Phase::kInUse, "en"), "In use");
  EXPECT_EQ(PhaseName(Phase::kConcept, "en"), "Concept");
}

TEST(PhaseTest, RangeContainsItsEndsAndWhatIsBetween) {
  PhaseRange r{Phase::kDevelopment, Phase::kIntroduction};
  EXPECT_FALSE(r.Contains(Phase::kConcept));
  EXPECT_TRUE(r.Contains(Phase::kDevelopment));
  EXPECT_TRUE(r.Contains(Phase::kAdaptation));
  EXPECT_TRUE(r.Contains(Phase::kIntroduction));
  EXPECT_FALSE(r.Contains(Phase::kInUse));
}

TEST(PhaseTest, SinglePhaseRangeContainsOnlyThatPhase) {
  PhaseRange r{Phase::kAdaptation, Phase::kAdaptation};
  for (Phase p : kAllPhases) EXPECT_EQ(r.Contains(p), p == Phase::kAdaptation);
}

}  // namespace
}  // namespace fremdrift
