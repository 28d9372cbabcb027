// ValidatePlanItem: one test per rule; MayEditItem: per role.
#include <gtest/gtest.h>

#include <algorithm>

#include "domain/plan_item_rules.h"
#include "support/field_problems.h"

namespace fremdrift {
namespace {

using testing::Fields;

Strategy FourLevels() {
  Strategy s;
  s.id = 1;
  s.key = "nes-2023-2030";
  s.level_names = {"Mål", "Delmål", "Tema", "Leveranse"};
  return s;
}

PlanItem Item(int64_t id, int level, std::optional<int64_t> parent = std::nullopt) {
  PlanItem p;
  p.id = id;
  p.strategy_id = 1;
  p.parent_id = parent;
  p.key = "k" + std::to_string(id);
  p.title = "Item " + std::to_string(id);
  p.level = level;
  return p;
}

TEST(ValidatePlanItemTest, ValidTopLevelItemHasNoProblems) {
  EXPECT_TRUE(ValidatePlanItem(Item(1, 1), FourLevels(), nullptr, DefaultPhaseScale()).empty());
}

TEST(ValidatePlanItemTest, ValidChildOneLevelBelowParentHasNoProblems) {
  PlanItem parent = Item(1, 3);
  EXPECT_TRUE(ValidatePlanItem(Item(2, 4, 1), FourLevels(), &parent, DefaultPhaseScale()).empty());
}

TEST(ValidatePlanItemTest, EmptyKeyIsRefused) {
  PlanItem i = Item(1, 1);
  i.key = "";
  EXPECT_EQ(Fields(ValidatePlanItem(i, FourLevels(), nullptr, DefaultPhaseScale())),
            std::vector<std::string>{"key"});
}

TEST(ValidatePlanItemTest, EmptyTitleIsRefused) {
  PlanItem i = Item(1, 1);
  i.title = "";
  EXPECT_EQ(Fields(ValidatePlanItem(i, FourLevels(), nullptr, DefaultPhaseScale())),
            std::vector<std::string>{"title"});
}

TEST(ValidatePlanItemTest, LevelBeyondTheStrategysLevelsIsRefused) {
  PlanItem parent = Item(1, 4);
  auto problems = ValidatePlanItem(Item(2, 5, 1), FourLevels(), &parent, DefaultPhaseScale());
  ASSERT_EQ(Fields(problems), std::vector<std::string>{"level"});
  EXPECT_NE(problems[0].message.find("between 1 and 4"), std::string::npos);
}

TEST(ValidatePlanItemTest, LevelZeroIsRefused) {
  auto fields = Fields(ValidatePlanItem(Item(1, 0), FourLevels(), nullptr, DefaultPhaseScale()));
  EXPECT_NE(std::find(fields.begin(), fields.end(), "level"), fields.end());
}

TEST(ValidatePlanItemTest, ThreeLevelStrategyRefusesLevelFour) {
  Strategy s = FourLevels();
  s.level_names = {"Satsingsområde", "Innsatsområde", "Aktivitet"};
  PlanItem parent = Item(1, 3);
  EXPECT_EQ(Fields(ValidatePlanItem(Item(2, 4, 1), s, &parent, DefaultPhaseScale())),
            std::vector<std::string>{"level"});
}

TEST(ValidatePlanItemTest, TopLevelItemWithParentIsRefused) {
  PlanItem parent = Item(1, 1);
  auto fields = Fields(ValidatePlanItem(Item(2, 1, 1), FourLevels(), &parent, DefaultPhaseScale()));
  EXPECT_NE(std::find(fields.begin(), fields.end(), "parent"), fields.end());
}

TEST(ValidatePlanItemTest, ItemBelowTopLevelWithoutParentIsRefused) {
  EXPECT_EQ(Fields(ValidatePlanItem(Item(1, 2), FourLevels(), nullptr, DefaultPhaseScale())),
            std::vector<std::string>{"parent"});
}

TEST(ValidatePlanItemTest, ParentOfTheWrongLevelIsRefused) {
  PlanItem parent = Item(1, 1);
  auto problems = ValidatePlanItem(Item(2, 3, 1), FourLevels(), &parent, DefaultPhaseScale());
  ASSERT_EQ(Fields(problems), std::vector<std::string>{"parent"});
  EXPECT_NE(problems[0].message.find("level 2"), std::string::npos);
}

TEST(ValidatePlanItemTest, ParentInAnotherStrategyIsRefused) {
  PlanItem parent = Item(1, 1);
  parent.strategy_id = 2;
  auto problems = ValidatePlanItem(Item(2, 2, 1), FourLevels(), &parent, DefaultPhaseScale());
  ASSERT_EQ(Fields(problems), std::vector<std::string>{"parent"});
  EXPECT_NE(problems[0].message.find("same strategy"), std::string::npos);
}

TEST(ValidatePlanItemTest, ItemCannotBeItsOwnParent) {
  PlanItem self = Item(5, 2, 5);
  PlanItem parent = self;
  parent.level = 1;  // even with a level that would otherwise fit
  auto problems = ValidatePlanItem(self, FourLevels(), &parent, DefaultPhaseScale());
  ASSERT_EQ(Fields(problems), std::vector<std::string>{"parent"});
  EXPECT_NE(problems[0].message.find("own parent"), std::string::npos);
}

TEST(ValidatePlanItemTest, EndBeforeStartIsRefused) {
  PlanItem i = Item(1, 1);
  i.start = *ScheduleDate::Parse("2025-01-01");
  i.end = *ScheduleDate::Parse("2024-12-31");
  auto problems = ValidatePlanItem(i, FourLevels(), nullptr, DefaultPhaseScale());
  ASSERT_EQ(Fields(problems), std::vector<std::string>{"end"});
  EXPECT_NE(problems[0].message.find("2025-01-01"), std::string::npos);
}

TEST(ValidatePlanItemTest, EndOnTheStartDayIsAllowed) {
  PlanItem i = Item(1, 1);
  i.start = *ScheduleDate::Parse("2025-01-01");
  i.end = *ScheduleDate::Parse("2025-01-01");
  EXPECT_TRUE(ValidatePlanItem(i, FourLevels(), nullptr, DefaultPhaseScale()).empty());
}

TEST(ValidatePlanItemTest, UndefinedDatesAreNeverOutOfOrder) {
  PlanItem i = Item(1, 1);
  i.start = ScheduleDate::Undefined();
  i.end = *ScheduleDate::Parse("2023-12-31");
  EXPECT_TRUE(ValidatePlanItem(i, FourLevels(), nullptr, DefaultPhaseScale()).empty());
  i.start = *ScheduleDate::Parse("2026-10-01");
  i.end = ScheduleDate::Undefined();
  EXPECT_TRUE(ValidatePlanItem(i, FourLevels(), nullptr, DefaultPhaseScale()).empty());
}

TEST(ValidatePlanItemTest, PhaseRangeGoingBackwardsIsRefused) {
  PlanItem i = Item(1, 1);
  i.phases = PhaseRange{"innforing", "utvikling"};
  EXPECT_EQ(Fields(ValidatePlanItem(i, FourLevels(), nullptr, DefaultPhaseScale())),
            std::vector<std::string>{"phase_to"});
  i.phases = PhaseRange{"utvikling", "innforing"};
  EXPECT_TRUE(ValidatePlanItem(i, FourLevels(), nullptr, DefaultPhaseScale()).empty());
}

TEST(ValidatePlanItemTest, ReportsEveryProblemAtOnce) {
  PlanItem i = Item(1, 2);
  i.key = "";
  i.title = "";
  i.start = *ScheduleDate::Parse("2025-01-01");
  i.end = *ScheduleDate::Parse("2024-01-01");
  i.phases = PhaseRange{"i_bruk", "konsept"};
  EXPECT_EQ(Fields(ValidatePlanItem(i, FourLevels(), nullptr, DefaultPhaseScale())),
            (std::vector<std::string>{"key", "title", "parent", "end", "phase_to"}));
}

PlanItem OwnedBy(std::vector<std::string> owners) {
  PlanItem i = Item(1, 4, 0);
  i.owners = std::move(owners);
  return i;
}

TEST(MayEditItemTest, AdminMayEditAnyItem) {
  User admin{1, "ada", "NHN", Role::kAdmin};
  EXPECT_TRUE(MayEditItem(admin, OwnedBy({"Hdir"})));
  EXPECT_TRUE(MayEditItem(admin, OwnedBy({})));
}

TEST(MayEditItemTest, EditorMayEditItemOwnedByOwnOrganisation) {
  User editor{1, "kari", "Hdir", Role::kEditor};
  EXPECT_TRUE(MayEditItem(editor, OwnedBy({"Hdir"})));
  EXPECT_TRUE(MayEditItem(editor, OwnedBy({"NHN", "Hdir"})));  // one of several owners
}

TEST(MayEditItemTest, EditorMayNotEditAnotherOrganisationsItem) {
  User editor{1, "ola", "NHN", Role::kEditor};
  EXPECT_FALSE(MayEditItem(editor, OwnedBy({"Hdir"})));
  EXPECT_FALSE(MayEditItem(editor, OwnedBy({})));  // nobody's item is not theirs
}

TEST(MayEditItemTest, ReaderMayEditNothingEvenOfOwnOrganisation) {
  User reader{1, "per", "Hdir", Role::kReader};
  EXPECT_FALSE(MayEditItem(reader, OwnedBy({"Hdir"})));
}

}  // namespace
}  // namespace fremdrift
