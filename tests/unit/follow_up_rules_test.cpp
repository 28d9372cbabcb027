// The rules of follow-up actions: what makes one valid, the open → in
// progress → done / not done state machine with its reason, and who may
// move an action.
#include <gtest/gtest.h>

#include "domain/follow_up_rules.h"

namespace fremdrift {
namespace {

FollowUpAction MeetingFollowUp() {
  FollowUpAction a;
  a.description = "Ta med innspillene fra møtet i det videre arbeidet";
  a.organisation = "E-helse";
  return a;
}

TEST(FollowUpValidationTest, NeedsWhatAndWho) {
  FollowUpAction a;
  auto problems = ValidateFollowUpAction(a);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].field, "description");
  EXPECT_EQ(problems[1].field, "organisation");
  EXPECT_TRUE(ValidateFollowUpAction(MeetingFollowUp()).empty()) << "no due date is given in the sources for 24/22";
}

TEST(FollowUpValidationTest, ADateOrALaterMeetingNotBoth) {
  FollowUpAction a = MeetingFollowUp();
  a.due = *Date::Parse("2022-12-31");
  EXPECT_TRUE(ValidateFollowUpAction(a).empty());
  a.to_meeting = true;
  auto problems = ValidateFollowUpAction(a);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].rule, "action_due_or_meeting");
  a.due.reset();
  EXPECT_TRUE(ValidateFollowUpAction(a).empty());
}

TEST(FollowUpValidationTest, OnlyACaseBroughtBackNamesABody) {
  FollowUpAction a = MeetingFollowUp();
  a.to_body_id = 2;
  EXPECT_EQ(ValidateFollowUpAction(a).at(0).rule, "action_body_only_to_meeting");
  a.to_meeting = true;
  EXPECT_TRUE(ValidateFollowUpAction(a).empty());
}

TEST(FollowUpValidationTest, LinksAreWellFormedAndNotRepeated) {
  FollowUpAction a = MeetingFollowUp();
  a.links = {{"plan_item", "nes-2023-2030/4A"}, {"plan_item", "nes-2023-2030/4A"}, {"indicator", "a b"}};
  auto problems = ValidateFollowUpAction(a);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].field, "links[1].reference");
  EXPECT_EQ(problems[1].field, "links[2].reference");
}

TEST(FollowUpValidationTest, NotDoneNeedsAReason) {
  FollowUpAction a = MeetingFollowUp();
  a.state = ActionState::kNotDone;
  EXPECT_EQ(ValidateFollowUpAction(a).at(0).rule, "action_reason_required");
  a.state_reason = "Prosjektet ble stanset";
  EXPECT_TRUE(ValidateFollowUpAction(a).empty());
}

TEST(ActionStateTest, OpenGoesToInProgressThenDone) {
  EXPECT_FALSE(ActionTransitionProblem(ActionState::kOpen, ActionState::kInProgress, ""));
  EXPECT_FALSE(ActionTransitionProblem(ActionState::kInProgress, ActionState::kDone, ""));
  EXPECT_FALSE(ActionTransitionProblem(ActionState::kOpen, ActionState::kDone, ""));
  EXPECT_FALSE(ActionTransitionProblem(ActionState::kDone, ActionState::kInProgress, "")) << "reopened";
}

TEST(ActionStateTest, DoneCannotGoStraightBackToOpenOrToNotDone) {
  EXPECT_EQ(ActionTransitionProblem(ActionState::kDone, ActionState::kOpen, "")->rule, "action_transition");
  EXPECT_EQ(ActionTransitionProblem(ActionState::kDone, ActionState::kNotDone, "why")->rule, "action_transition");
  EXPECT_EQ(ActionTransitionProblem(ActionState::kNotDone, ActionState::kDone, "")->rule, "action_transition");
}

TEST(ActionStateTest, NotDoneNeedsAReason) {
  auto p = ActionTransitionProblem(ActionState::kInProgress, ActionState::kNotDone, " ");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->field, "reason");
  EXPECT_FALSE(ActionTransitionProblem(ActionState::kInProgress, ActionState::kNotDone, "Ikke finansiert"));
}

TEST(ActionStateTest, AwaitsAMeetingUntilBroughtBackOrClosed) {
  FollowUpAction a = MeetingFollowUp();
  EXPECT_FALSE(AwaitsMeeting(a));
  a.to_meeting = true;
  EXPECT_TRUE(AwaitsMeeting(a));
  a.brought_back_case_id = 40;
  EXPECT_FALSE(AwaitsMeeting(a));
  a.brought_back_case_id.reset();
  a.state = ActionState::kNotDone;
  EXPECT_FALSE(AwaitsMeeting(a));
}

TEST(ActionRightsTest, TheSecretariatAndTheResponsibleOrganisationsEditorsMayMoveIt) {
  Body nuit;
  nuit.secretariat = "E-helse";
  FollowUpAction a = MeetingFollowUp();
  a.organisation = "Hdir";
  User admin{.name = "admin", .organisation = "", .role = Role::kAdmin};
  User secretariat{.name = "sekr", .organisation = "E-helse", .role = Role::kEditor};
  User owner{.name = "eier", .organisation = "Hdir", .role = Role::kEditor};
  User other{.name = "annen", .organisation = "FHI", .role = Role::kEditor};
  User reader{.name = "leser", .organisation = "Hdir", .role = Role::kReader};
  EXPECT_TRUE(MayUpdateActionState(admin, a, nuit));
  EXPECT_TRUE(MayUpdateActionState(secretariat, a, nuit));
  EXPECT_TRUE(MayUpdateActionState(owner, a, nuit));
  EXPECT_FALSE(MayUpdateActionState(other, a, nuit));
  EXPECT_FALSE(MayUpdateActionState(reader, a, nuit));
}

}  // namespace
}  // namespace fremdrift
