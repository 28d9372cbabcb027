// The roadmap's phases Konsept -> ... -> I bruk (the default phase scale):
// stable keys, names, ranges.
#include <gtest/gtest.h>

#include "domain/phase.h"
#include "domain/phase_scale.h"

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
  const PhaseScale& s = DefaultPhaseScale();
  PhaseRange r{"utvikling", "innforing"};
  EXPECT_FALSE(s.Contains(r, "konsept"));
  EXPECT_TRUE(s.Contains(r, "utvikling"));
  EXPECT_TRUE(s.Contains(r, "tilpasning"));
  EXPECT_TRUE(s.Contains(r, "innforing"));
  EXPECT_FALSE(s.Contains(r, "i_bruk"));
}

TEST(PhaseTest, SinglePhaseRangeContainsOnlyThatPhase) {
  const PhaseScale& s = DefaultPhaseScale();
  PhaseRange r{"tilpasning", "tilpasning"};
  for (Phase p : kAllPhases) EXPECT_EQ(s.Contains(r, PhaseKey(p)), p == Phase::kAdaptation);
}

}  // namespace
}  // namespace fremdrift
