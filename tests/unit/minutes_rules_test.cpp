// The rules of minutes: the draft → circulated → approved state machine,
// the lock on approved minutes, the reason a correction needs, which case
// may approve them, and the attendance a meeting starts from.
#include <gtest/gtest.h>

#include "domain/minutes.h"
#include "domain/minutes_rules.h"

namespace fremdrift {
namespace {

Meeting MeetingOn(int64_t id, int64_t body_id, const char* date) {
  Meeting m;
  m.id = id;
  m.body_id = body_id;
  m.date = *Date::Parse(date);
  return m;
}

Case ApprovalCase() {
  Case c;
  c.id = 17;
  c.number = 17;
  c.year = 2022;
  c.type = "approval";
  c.title = "Godkjenning av referat";
  return c;
}

TEST(MinutesStateTest, DraftIsCirculatedThenApproved) {
  EXPECT_FALSE(MinutesTransitionProblem(MinutesState::kDraft, MinutesState::kCirculated, ""));
  EXPECT_FALSE(MinutesTransitionProblem(MinutesState::kCirculated, MinutesState::kApproved, ""));
  EXPECT_FALSE(MinutesTransitionProblem(MinutesState::kCirculated, MinutesState::kDraft, ""));
}

TEST(MinutesStateTest, ADraftCannotBeApprovedWithoutBeingCirculated) {
  auto p = MinutesTransitionProblem(MinutesState::kDraft, MinutesState::kApproved, "");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->rule, "minutes_transition");
  EXPECT_TRUE(MinutesTransitionProblem(MinutesState::kApproved, MinutesState::kCirculated, "a reason"));
  EXPECT_TRUE(MinutesTransitionProblem(MinutesState::kDraft, MinutesState::kDraft, ""));
}

TEST(MinutesStateTest, ACorrectionOfApprovedMinutesNeedsAReason) {
  auto blank = MinutesTransitionProblem(MinutesState::kApproved, MinutesState::kDraft, "  \n");
  ASSERT_TRUE(blank);
  EXPECT_EQ(blank->field, "reason");
  EXPECT_EQ(blank->rule, "minutes_reason_required");
  EXPECT_FALSE(MinutesTransitionProblem(MinutesState::kApproved, MinutesState::kDraft, "Feil navn på et medlem"));
}

TEST(MinutesLockTest, ApprovedMinutesAreLocked) {
  Minutes m;
  m.state = MinutesState::kDraft;
  EXPECT_EQ(MinutesChangeRefusal(m), "");
  m.state = MinutesState::kCirculated;
  EXPECT_EQ(MinutesChangeRefusal(m), "");
  m.state = MinutesState::kApproved;
  EXPECT_NE(MinutesChangeRefusal(m), "");
}

TEST(MinutesLockTest, OnlyApprovedMinutesArePublic) {
  EXPECT_FALSE(MinutesArePublic(MinutesState::kDraft));
  EXPECT_FALSE(MinutesArePublic(MinutesState::kCirculated));
  EXPECT_TRUE(MinutesArePublic(MinutesState::kApproved));
}

TEST(PublicMinutesTest, DraftsAndCirculatedMinutesThatWereNeverApprovedAreNotPublic) {
  Minutes m;
  m.state = MinutesState::kDraft;
  EXPECT_FALSE(PublicMinutes(m));
  m.state = MinutesState::kCirculated;
  EXPECT_FALSE(PublicMinutes(m));
  m.state = MinutesState::kApproved;
  ASSERT_TRUE(PublicMinutes(m));
  EXPECT_EQ(PublicMinutes(m)->state, MinutesState::kApproved) << "approved minutes are public as they are";
}

TEST(PublicMinutesTest, UnderCorrectionThePublicReadsTheVersionLastApprovedNeverTheDraft) {
  Minutes m;
  m.state = MinutesState::kCirculated;
  m.cases = {{24, "Ny tekst i utkastet", "Nytt vedtak", true}};
  m.corrections = {{16, "Første retting", "2022-10-01T10:00:00Z", "ada"}, {17, "Skrivefeil i vedtaket", "2022-11-01T10:00:00Z", "ada"}};
  m.approved_version = ApprovedMinutesVersion{{{"Kari", "KS", AttendanceRole::kMember, true, ""}},
                                              {{24, "Godkjent tekst", "Godkjent vedtak", false}},
                                              17,
                                              "kilde"};
  auto seen = PublicMinutes(m);
  ASSERT_TRUE(seen);
  EXPECT_EQ(seen->state, MinutesState::kApproved);
  EXPECT_EQ(seen->cases.at(0).decision, "Godkjent vedtak");
  EXPECT_EQ(seen->cases.at(0).discussion, "Godkjent tekst");
  EXPECT_EQ(seen->attendance.at(0).person, "Kari");
  EXPECT_EQ(seen->approval_case_id, 17);
  EXPECT_EQ(seen->source, "kilde");
  ASSERT_EQ(seen->corrections.size(), 1u) << "the correction under way is not yet part of the public record";
  EXPECT_EQ(seen->corrections[0].reason, "Første retting");
  EXPECT_FALSE(seen->approved_version);
}

TEST(ApprovalCaseTypeTest, ACaseThatApprovesMinutesStaysGodkjenning) {
  EXPECT_FALSE(ApprovalCaseTypeProblem("approval", true));
  EXPECT_FALSE(ApprovalCaseTypeProblem("information", false)) << "a case approving nothing may change type";
  auto p = ApprovalCaseTypeProblem("information", true);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->field, "type");
  EXPECT_EQ(p->rule, "approval_case_type_fixed");
  EXPECT_TRUE(ApprovalCaseTypeProblem("", true)) << "nor may it lose its type";
}

TEST(MinutesApprovalTest, AnApprovalCaseOfALaterMeetingOfTheSameBodyApproves) {
  Meeting february = MeetingOn(1, 1, "2022-02-17");
  Meeting may = MeetingOn(3, 1, "2022-05-19");
  EXPECT_FALSE(ApprovalCaseProblem(ApprovalCase(), may, february));
}

TEST(MinutesApprovalTest, OtherCasesCannotApprove) {
  Meeting february = MeetingOn(1, 1, "2022-02-17");
  Meeting may = MeetingOn(3, 1, "2022-05-19");
  Case discussion = ApprovalCase();
  discussion.type = "discussion";
  EXPECT_EQ(ApprovalCaseProblem(discussion, may, february)->rule, "minutes_approval_type");
  EXPECT_EQ(ApprovalCaseProblem(ApprovalCase(), february, may)->rule, "minutes_approval_later");
  EXPECT_EQ(ApprovalCaseProblem(ApprovalCase(), february, february)->rule, "minutes_approval_later");
  Meeting other_body = MeetingOn(9, 2, "2022-06-01");
  EXPECT_EQ(ApprovalCaseProblem(ApprovalCase(), other_body, february)->rule, "minutes_approval_body");
}

TEST(MinutesValidationTest, CasesMustBeOnTheAgendaOnce) {
  Case a = ApprovalCase();
  Minutes m;
  m.cases = {{17, "", "", false}, {17, "", "", false}, {99, "", "", false}};
  auto problems = ValidateMinutes(m, {a});
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].field, "cases[1].case_id");
  EXPECT_EQ(problems[0].rule, "listed_twice");
  EXPECT_EQ(problems[1].field, "cases[2].case_id");
  EXPECT_EQ(problems[1].rule, "minutes_case_not_on_agenda");
}

TEST(MinutesValidationTest, OnlyADeputyStandsInForSomeone) {
  Minutes m;
  m.attendance = {{"Kari", "KS", AttendanceRole::kMember, true, "Ola"},
                  {"Per", "KS", AttendanceRole::kDeputy, true, "Ola"},
                  {"", "KS", AttendanceRole::kMember, false, ""}};
  auto problems = ValidateMinutes(m, {});
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].field, "attendance[0].deputy_for");
  EXPECT_EQ(problems[1].field, "attendance[2].person");
}

TEST(MinutesAttendanceTest, StartsFromTheSeatsHeldOnTheDay) {
  Body b;
  b.members = {{"Leder", "", "KS", MemberRole::kChair, std::nullopt, std::nullopt, ""},
               {"Gått ut", "", "HV", MemberRole::kMember, std::nullopt, *Date::Parse("2022-01-31"), ""},
               {"Kommer senere", "", "HN", MemberRole::kMember, *Date::Parse("2022-06-01"), std::nullopt, ""},
               {"Observatør", "", "HOD", MemberRole::kObserver, std::nullopt, std::nullopt, ""}};
  auto list = AttendanceFromMembership(b, *Date::Parse("2022-05-19"));
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].person, "Leder");
  EXPECT_EQ(list[0].role, AttendanceRole::kChair);
  EXPECT_TRUE(list[0].present);
  EXPECT_EQ(list[1].role, AttendanceRole::kObserver);
}

TEST(DecisionDiffersTest, IgnoresCaseAndSpacingButNotWords) {
  EXPECT_FALSE(DecisionDiffers("NUIT godkjenner  referatet.", "nuit godkjenner referatet."));
  EXPECT_TRUE(DecisionDiffers("NUIT godkjenner referatet.", "NUIT godkjenner referatet med én rettelse."));
  EXPECT_FALSE(DecisionDiffers("", "NUIT godkjenner referatet."));
  EXPECT_FALSE(DecisionDiffers("NUIT godkjenner referatet.", ""));
}

}  // namespace
}  // namespace fremdrift
