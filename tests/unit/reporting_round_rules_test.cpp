// The rules of a reporting round: how an expected report moves and who may
// move it, lateness and days left against an Oslo deadline, reminders,
// the order of a task list and its next task, and the gap rule for review.
#include <gtest/gtest.h>

#include "domain/expected_report.h"
#include "domain/oslo_time.h"
#include "domain/reminder_schedule.h"

namespace fremdrift {
namespace {

constexpr auto kOwner = ReportActor::kOwner;
constexpr auto kSecretariat = ReportActor::kSecretariat;
constexpr auto kOther = ReportActor::kOther;

Date D(int y, int m, int d) { return Date{y, m, d}; }

TEST(ExpectedReportTest, AnOwnerDraftsSubmitsAndCannotChangeASubmittedReport) {
  EXPECT_FALSE(ReportActionRefusal(ReportState::kNotStarted, ReportAction::kSaveDraft, kOwner, ""));
  EXPECT_EQ(StateAfter(ReportState::kNotStarted, ReportAction::kSaveDraft), ReportState::kDraft);
  EXPECT_FALSE(ReportActionRefusal(ReportState::kDraft, ReportAction::kSubmit, kOwner, ""));
  EXPECT_EQ(StateAfter(ReportState::kDraft, ReportAction::kSubmit), ReportState::kSubmitted);
  EXPECT_TRUE(ReportActionRefusal(ReportState::kSubmitted, ReportAction::kSaveDraft, kOwner, ""));
  EXPECT_TRUE(ReportActionRefusal(ReportState::kAccepted, ReportAction::kSubmit, kOwner, ""));
}

TEST(ExpectedReportTest, OnlyTheSecretariatAcceptsAndReturnsAndAReturnNeedsAComment) {
  EXPECT_TRUE(ReportActionRefusal(ReportState::kSubmitted, ReportAction::kAccept, kOwner, ""));
  EXPECT_FALSE(ReportActionRefusal(ReportState::kSubmitted, ReportAction::kAccept, kSecretariat, ""));
  EXPECT_TRUE(ReportActionRefusal(ReportState::kDraft, ReportAction::kAccept, kSecretariat, "")) << "only a submitted report is accepted";
  EXPECT_TRUE(ReportActionRefusal(ReportState::kSubmitted, ReportAction::kReturn, kSecretariat, "  "));
  EXPECT_FALSE(ReportActionRefusal(ReportState::kSubmitted, ReportAction::kReturn, kSecretariat, "Mangler tall"));
  EXPECT_FALSE(ReportActionRefusal(ReportState::kAccepted, ReportAction::kReturn, kSecretariat, "Feil"));
  EXPECT_TRUE(ReportActionRefusal(ReportState::kNotStarted, ReportAction::kReturn, kSecretariat, "Feil"));
  EXPECT_EQ(StateAfter(ReportState::kSubmitted, ReportAction::kReturn), ReportState::kReturned);
}

TEST(ExpectedReportTest, ARefusalSaysItsRuleAndKindForTheUsersLanguage) {
  auto locked = ReportActionRefusal(ReportState::kSubmitted, ReportAction::kSubmit, kOwner, "");
  ASSERT_TRUE(locked);
  EXPECT_EQ(locked->rule(), "report_not_open");
  EXPECT_EQ(locked->code(), FailureCode::kConflict);
  auto other = ReportActionRefusal(ReportState::kNotStarted, ReportAction::kSubmit, kOther, "");
  ASSERT_TRUE(other);
  EXPECT_EQ(other->rule(), "report_not_yours");
  EXPECT_EQ(other->code(), FailureCode::kForbidden);
  auto no_comment = ReportActionRefusal(ReportState::kSubmitted, ReportAction::kReturn, kSecretariat, " ");
  ASSERT_TRUE(no_comment);
  EXPECT_EQ(no_comment->rule(), "report_return_needs_comment");
  EXPECT_EQ(no_comment->field(), "comment");
  EXPECT_EQ(no_comment->code(), FailureCode::kInvalid);
  auto not_secretariat = ReportActionRefusal(ReportState::kSubmitted, ReportAction::kAccept, kOwner, "");
  ASSERT_TRUE(not_secretariat);
  EXPECT_EQ(not_secretariat->code(), FailureCode::kForbidden);
}

TEST(ExpectedReportTest, AReturnedReportStaysReturnedWhileDraftedAndIsSubmittedAgain) {
  EXPECT_EQ(StateAfter(ReportState::kReturned, ReportAction::kSaveDraft), ReportState::kReturned);
  EXPECT_FALSE(ReportActionRefusal(ReportState::kReturned, ReportAction::kSubmit, kOwner, ""));
  EXPECT_EQ(StateAfter(ReportState::kReturned, ReportAction::kSubmit), ReportState::kSubmitted);
}

TEST(ExpectedReportTest, OthersMayNotReportAndTheSecretariatMayEditASubmittedReport) {
  EXPECT_TRUE(ReportActionRefusal(ReportState::kNotStarted, ReportAction::kSaveDraft, kOther, ""));
  EXPECT_FALSE(ReportActionRefusal(ReportState::kSubmitted, ReportAction::kSaveDraft, kSecretariat, ""));
  EXPECT_EQ(StateAfter(ReportState::kSubmitted, ReportAction::kSaveDraft), ReportState::kSubmitted);
}

TEST(ExpectedReportTest, StatesAndActionsHaveStableKeys) {
  for (auto s : {ReportState::kNotStarted, ReportState::kDraft, ReportState::kSubmitted,
                 ReportState::kAccepted, ReportState::kReturned}) {
    EXPECT_EQ(ReportStateFromKey(ReportStateKey(s)), s);
  }
  EXPECT_EQ(ReportStateKey(ReportState::kNotStarted), "not_started");
  EXPECT_EQ(ReportActionFromKey("submit"), ReportAction::kSubmit);
  EXPECT_FALSE(ReportActionFromKey("late").has_value()) << "late is not a state or an action";
}

TEST(OsloTimeTest, DeadlinesAreReadInNorwegianWinterAndSummerTime) {
  // 16:00 in Oslo is 15:00 UTC in winter and 14:00 UTC in summer.
  EXPECT_EQ(ParseOsloDateTime("2026-12-18T16:00"), ParseUtcTimestamp("2026-12-18T15:00:00Z"));
  EXPECT_EQ(ParseOsloDateTime("2026-06-18T16:00"), ParseUtcTimestamp("2026-06-18T14:00:00Z"));
  // Summer time 2026 starts 29 March at 01:00 UTC and ends 25 October.
  EXPECT_EQ(OsloOffsetSeconds(*ParseUtcTimestamp("2026-03-29T00:59:59Z")), 3600);
  EXPECT_EQ(OsloOffsetSeconds(*ParseUtcTimestamp("2026-03-29T01:00:00Z")), 7200);
  EXPECT_EQ(OsloOffsetSeconds(*ParseUtcTimestamp("2026-10-25T00:59:59Z")), 7200);
  EXPECT_EQ(OsloOffsetSeconds(*ParseUtcTimestamp("2026-10-25T01:00:00Z")), 3600);
  EXPECT_EQ(OsloDateTimeText(*ParseOsloDateTime("2026-07-01 08:30")), "2026-07-01T08:30");
  EXPECT_EQ(OsloDate(*ParseUtcTimestamp("2026-12-31T23:30:00Z")), D(2027, 1, 1));
}

TEST(OsloTimeTest, MalformedTimesAreRefused) {
  EXPECT_FALSE(ParseOsloDateTime("2026-12-18").has_value());
  EXPECT_FALSE(ParseOsloDateTime("2026-02-30T10:00").has_value());
  EXPECT_FALSE(ParseOsloDateTime("2026-12-18T24:00").has_value());
  EXPECT_FALSE(ParseOsloDateTime("2026-12-18T16:00Z").has_value());
}

TEST(LatenessTest, AReportIsLateAfterTheDeadlineUntilItIsIn) {
  int64_t deadline = *ParseOsloDateTime("2026-12-18T16:00");
  EXPECT_FALSE(IsLate(ReportState::kDraft, deadline, deadline));
  EXPECT_TRUE(IsLate(ReportState::kDraft, deadline, deadline + 1));
  EXPECT_TRUE(IsLate(ReportState::kReturned, deadline, deadline + 1));
  EXPECT_FALSE(IsLate(ReportState::kSubmitted, deadline, deadline + 1));
  EXPECT_FALSE(IsLate(ReportState::kAccepted, deadline, deadline + 1));
  EXPECT_FALSE(IsLate(ReportState::kNotStarted, std::nullopt, deadline + 1)) << "no deadline, never late";
}

TEST(LatenessTest, DaysLeftCountCalendarDays) {
  EXPECT_EQ(DaysLeft(D(2026, 12, 18), D(2026, 12, 4)), 14);
  EXPECT_EQ(DaysLeft(D(2026, 12, 18), D(2026, 12, 18)), 0);
  EXPECT_EQ(DaysLeft(D(2027, 1, 2), D(2026, 12, 30)), 3);
  EXPECT_EQ(DaysLeft(D(2026, 12, 18), D(2026, 12, 25)), -7);
}

TEST(ReminderTest, ReminderDaysMustBeWholeDays) {
  EXPECT_EQ(ParseReminderDays(""), std::vector<int>{});
  EXPECT_FALSE(ParseReminderDays("14,,3").has_value());
  EXPECT_FALSE(ParseReminderDays("0").has_value());
  EXPECT_FALSE(ParseReminderDays("tre").has_value());
  EXPECT_EQ(ReminderDaysText({14, 3}), "14,3");
}

ExpectedReport Report(const std::string& key, const std::string& goal, int order, ReportState s) {
  ExpectedReport r;
  r.subject = {SubjectKind::kItem, key};
  r.goal_key = goal;
  r.order = order;
  r.state = s;
  return r;
}

TEST(TaskListTest, ReturnedReportsComeFirstThenByGoalAndPlanOrder) {
  std::vector<ExpectedReport> tasks = {Report("2a", "2", 5, ReportState::kDraft),
                                       Report("1b", "1", 3, ReportState::kNotStarted),
                                       Report("4a", "4", 9, ReportState::kReturned),
                                       Report("1a", "1", 2, ReportState::kSubmitted)};
  SortTasks(tasks, {"1", "2", "3", "4"});
  std::vector<std::string> keys;
  for (const auto& t : tasks) keys.push_back(t.subject.key);
  EXPECT_EQ(keys, (std::vector<std::string>{"4a", "1a", "1b", "2a"}));
  auto groups = GroupByGoal(tasks);
  ASSERT_EQ(groups.size(), 3u);
  EXPECT_EQ(groups[0].first, "4");
  EXPECT_EQ(groups[1].second.size(), 2u);
}

TEST(TaskListTest, TheNextTaskIsTheNextOpenOneGoingRound) {
  std::vector<ExpectedReport> tasks = {Report("a", "1", 1, ReportState::kDraft),
                                       Report("b", "1", 2, ReportState::kSubmitted),
                                       Report("c", "1", 3, ReportState::kNotStarted)};
  EXPECT_EQ(NextTask(tasks, {SubjectKind::kItem, "a"})->subject.key, "c") << "b is in: skipped";
  EXPECT_EQ(NextTask(tasks, {SubjectKind::kItem, "c"})->subject.key, "a") << "round to the start";
  tasks[0].state = ReportState::kSubmitted;
  EXPECT_FALSE(NextTask(tasks, {SubjectKind::kItem, "c"}).has_value());
}

TEST(ReviewGapTest, GoingOnWithGapsNeedsAReason) {
  EXPECT_EQ(ReviewGapRefusal(0, ""), "");
  EXPECT_NE(ReviewGapRefusal(3, " "), "");
  EXPECT_EQ(ReviewGapRefusal(3, "Helse Nord rapporterer i neste runde"), "");
}

}  // namespace
}  // namespace fremdrift
