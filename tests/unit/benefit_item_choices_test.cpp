// Choosing a benefit's plan items at national size (app/benefit_item_choices.h;
// docs/strategy-model.md, "Benefits"): suggestions come from one goal's
// items, or all when few; a goal asked for must be one of the choices';
// a typed key becomes the one item reference that has it.
#include <gtest/gtest.h>

#include "app/benefit_item_choices.h"

namespace fremdrift {
namespace {

std::vector<BenefitItemChoice> Choices() {
  return {{"s/1A", "1A Innbygger", "Strategi", "s/1", "1 Mål én"},
          {"s/1A-d1", "Leveranse", "Strategi", "s/1", "1 Mål én"},
          {"s/4B", "4B Data", "Strategi", "s/4", "4 Mål fire"},
          {"s/4B-d4", "Språk", "Strategi", "s/4", "4 Mål fire"},
          {"t/4B-d4", "Samme nøkkel", "Annen", "t/a", "A Annet mål"},
          {"t/x1", "X", "Annen", "t/a", "A Annet mål"}};
}

std::vector<std::string> Refs(const std::vector<BenefitItemChoice>& list) {
  std::vector<std::string> out;
  for (const auto& c : list) out.push_back(c.ref);
  return out;
}

TEST(BenefitItemChoicesTest, SuggestionsAreTheGoalsItemsOrAllWhenFew) {
  EXPECT_EQ(Refs(SuggestedItemChoices(Choices(), "s/4")), (std::vector<std::string>{"s/4B", "s/4B-d4"}));
  EXPECT_EQ(SuggestedItemChoices(Choices(), "").size(), 6u) << "few: all of them";
  EXPECT_TRUE(SuggestedItemChoices(Choices(), "", 5).empty()) << "many and no goal: pick a goal first";
  EXPECT_EQ(SuggestedItemChoices(Choices(), "t/a", 5).size(), 2u) << "a goal's items whatever the total";
}

TEST(BenefitItemChoicesTest, TheGoalIsTheOneAskedForIfItIsAChoicesElseThatOfTheFirstChosenItem) {
  EXPECT_EQ(SuggestionGoal(Choices(), "t/a", {"s/4B"}), "t/a");
  EXPECT_EQ(SuggestionGoal(Choices(), "s/9", {"x/y", "s/4B-d4"}), "s/4") << "an unknown goal is ignored";
  EXPECT_EQ(SuggestionGoal(Choices(), "", {}), "");
}

TEST(BenefitItemChoicesTest, GoalsAreListedOnceInOrderWithTheirCounts) {
  auto goals = GoalsOfChoices(Choices());
  ASSERT_EQ(goals.size(), 3u);
  EXPECT_EQ(goals[0].ref, "s/1");
  EXPECT_EQ(goals[0].label, "1 Mål én");
  EXPECT_EQ(goals[0].items, 2u);
  EXPECT_EQ(goals[2].group, "Annen");
}

TEST(BenefitItemChoicesTest, TypedKeysBecomeReferencesWhenOneChoiceHasThem) {
  EXPECT_EQ(TypedItemRefs(" s/1A , 1A-d1;x1\n4B-d4\r\nukjent,, ", Choices()),
            (std::vector<std::string>{"s/1A", "s/1A-d1", "t/x1", "4B-d4", "ukjent"}))
      << "4B-d4 is in two strategies and ukjent in none: kept as typed, so the save names them";
  EXPECT_TRUE(TypedItemRefs("  ", Choices()).empty());
  EXPECT_EQ(TypedItemRefs("s/med mellomrom", Choices()), (std::vector<std::string>{"s/med mellomrom"}));
}

}  // namespace
}  // namespace fremdrift
