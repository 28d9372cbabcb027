// Phase scales as records (domain/phase_scale.h): the default scale keeps
// the five roadmap phases and their keys; a scale's rules; ranges, names
// and containment by a scale's own order.
#include <gtest/gtest.h>

#include "domain/phase.h"
#include "domain/phase_scale.h"
#include "support/field_problems.h"

namespace fremdrift {
namespace {

using testing::Fields;

PhaseScale SixSteps() {
  return {"tjenesteinnovasjon", "Veikart for tjenesteinnovasjon", "Roadmap for service innovation", "",
          {{"forankring", "Forankring", "Anchoring"},
           {"innsikt", "Innsikt", "Insight"},
           {"tjenesteutvikling", "Tjenesteutvikling", "Service development"},
           {"pilotering", "Pilotering", "Piloting"},
           {"overgang_til_drift", "Overgang til drift", "Transition to operation"},
           {"ny_praksis", "Ny praksis", "New practice"}}};
}

TEST(PhaseScaleTest, TheDefaultScaleIsTheRoadmapsFivePhasesWithTheirKeys) {
  const PhaseScale& s = DefaultPhaseScale();
  EXPECT_EQ(s.key, "veikart");
  ASSERT_EQ(s.phases.size(), 5u);
  for (Phase p : kAllPhases) {
    EXPECT_EQ(s.Position(PhaseKey(p)), static_cast<int>(p));
    EXPECT_EQ(s.PhaseName(PhaseKey(p), "nb"), PhaseName(p, "nb"));
    EXPECT_EQ(s.PhaseName(PhaseKey(p), "en"), PhaseName(p, "en"));
  }
  EXPECT_EQ(s.KeyList(), "konsept, utvikling, tilpasning, innforing, i_bruk");
  EXPECT_TRUE(PhaseScaleProblems(s).empty());
}

TEST(PhaseScaleTest, ContainmentFollowsTheScalesOwnOrder) {
  PhaseScale s = SixSteps();
  PhaseRange r{"innsikt", "pilotering"};
  EXPECT_FALSE(s.Contains(r, "forankring"));
  EXPECT_TRUE(s.Contains(r, "innsikt"));
  EXPECT_TRUE(s.Contains(r, "tjenesteutvikling"));
  EXPECT_TRUE(s.Contains(r, "pilotering"));
  EXPECT_FALSE(s.Contains(r, "ny_praksis"));
  // A key of another scale is never inside.
  EXPECT_FALSE(s.Contains(r, "innforing"));
  EXPECT_FALSE(DefaultPhaseScale().Contains(r, "pilotering"));
  EXPECT_EQ(s.KeysIn(r), (std::vector<std::string>{"innsikt", "tjenesteutvikling", "pilotering"}));
  EXPECT_TRUE(s.KeysIn(PhaseRange{"pilotering", "innsikt"}).empty());
}

TEST(PhaseScaleTest, NamesInEitherLanguageAndTheKeyForAnUnknownPhase) {
  PhaseScale s = SixSteps();
  EXPECT_EQ(s.PhaseName("overgang_til_drift", "nb"), "Overgang til drift");
  EXPECT_EQ(s.PhaseName("overgang_til_drift", "en"), "Transition to operation");
  EXPECT_EQ(s.PhaseName("overgang_til_drift", ""), "Overgang til drift");
  EXPECT_EQ(s.PhaseName("konsept", "nb"), "konsept");
  s.phases[0].name_en = "";
  EXPECT_EQ(s.PhaseName("forankring", "en"), "Forankring");  // bokmål when there is no English name
  EXPECT_EQ(s.Name("en"), "Roadmap for service innovation");
}

TEST(PhaseScaleTest, ARangeMustHoldPhasesOfTheScaleInOrder) {
  PhaseScale s = SixSteps();
  EXPECT_TRUE(PhaseRangeProblems(std::nullopt, s).empty());
  EXPECT_TRUE(PhaseRangeProblems(PhaseRange{"pilotering", "pilotering"}, s).empty());
  EXPECT_EQ(Fields(PhaseRangeProblems(PhaseRange{"ny_praksis", "innsikt"}, s)),
            std::vector<std::string>{"phase_to"});
  auto wrong = PhaseRangeProblems(PhaseRange{"konsept", "innforing"}, s);
  EXPECT_EQ(Fields(wrong), (std::vector<std::string>{"phase_from", "phase_to"}));
  EXPECT_EQ(wrong[0].rule, "not_a_phase_of_scale");
  EXPECT_NE(wrong[0].message.find("forankring, innsikt"), std::string::npos) << wrong[0].message;
}

TEST(PhaseScaleTest, AScaleNeedsKeysNamesAndPhasesEachOnce) {
  EXPECT_TRUE(PhaseScaleProblems(SixSteps()).empty());
  PhaseScale s = SixSteps();
  s.key = "Tjeneste innovasjon";
  s.name_nb = "";
  s.phases[1].key = "forankring";
  s.phases[2].key = "tl-bar\"";
  s.phases[3].name_nb = "";
  EXPECT_EQ(Fields(PhaseScaleProblems(s)),
            (std::vector<std::string>{"key", "name_nb", "phases[1].key", "phases[2].key", "phases[3].name_nb"}));
  s = SixSteps();
  s.phases.clear();
  EXPECT_EQ(Fields(PhaseScaleProblems(s)), std::vector<std::string>{"phases"});
}

TEST(PhaseScaleTest, PhasesMissingFromAChangedScaleAreNamedOnce) {
  PhaseScale s = SixSteps();
  EXPECT_TRUE(PhasesMissingFrom(s, {"innsikt", "ny_praksis"}).empty());
  s.phases.pop_back();
  EXPECT_EQ(PhasesMissingFrom(s, {"ny_praksis", "innsikt", "ny_praksis", "gone"}),
            (std::vector<std::string>{"ny_praksis", "gone"}));
}

}  // namespace
}  // namespace fremdrift
