// The one rule for when a reporting round's reminder is due
// (domain/reminder_schedule.h): the days before the deadline, then weekly
// while overdue; only the latest step that has come, with a name that the
// mail's idempotency key uses once per round.
#include <gtest/gtest.h>

#include "domain/date.h"
#include "domain/oslo_time.h"
#include "domain/period.h"
#include "domain/reminder_schedule.h"
#include "support/unix_time.h"

namespace fremdrift {
namespace {

using testing::Utc;
using testing::kDay;

const ReminderSchedule kSchedule{{14, 3}, true};
const int64_t kDeadline = Utc(2023, 10, 15, 10);  // 12:00 in Oslo

TEST(LatestDueReminder, NothingBeforeTheFirstStep) {
  EXPECT_FALSE(LatestDueReminder(kDeadline - 15 * kDay, kDeadline, kSchedule));
  EXPECT_FALSE(LatestDueReminder(kDeadline - 14 * kDay - 1, kDeadline, kSchedule));
}

TEST(LatestDueReminder, FourteenDaysBefore) {
  auto due = LatestDueReminder(kDeadline - 14 * kDay, kDeadline, kSchedule);
  ASSERT_TRUE(due);
  EXPECT_EQ(due->step, "before-14");
  EXPECT_EQ(due->days_left, 14);
  due = LatestDueReminder(kDeadline - 5 * kDay, kDeadline, kSchedule);
  EXPECT_EQ(due->step, "before-14");
  EXPECT_EQ(due->days_left, 5);
}

TEST(LatestDueReminder, AServerThatWasDownSendsOnlyTheLatestStep) {
  auto due = LatestDueReminder(kDeadline - 2 * kDay - 3600, kDeadline, kSchedule);
  ASSERT_TRUE(due);
  EXPECT_EQ(due->step, "before-3");
  EXPECT_EQ(due->days_left, 3);  // two days and an hour: rounded up
}

TEST(LatestDueReminder, WeeklyWhileOverdue) {
  auto at_deadline = LatestDueReminder(kDeadline, kDeadline, kSchedule);
  ASSERT_TRUE(at_deadline);
  EXPECT_EQ(at_deadline->step, "overdue-0");
  EXPECT_EQ(at_deadline->days_left, 0);
  auto six_days = LatestDueReminder(kDeadline + 6 * kDay, kDeadline, kSchedule);
  EXPECT_EQ(six_days->step, "overdue-0");
  auto week = LatestDueReminder(kDeadline + 7 * kDay, kDeadline, kSchedule);
  EXPECT_EQ(week->step, "overdue-1");
  EXPECT_EQ(week->days_left, -7);
  auto later = LatestDueReminder(kDeadline + 15 * kDay, kDeadline, kSchedule);
  EXPECT_EQ(later->step, "overdue-2");
  EXPECT_EQ(later->days_left, -15);
}

TEST(LatestDueReminder, NoOverdueRemindersWhenTheScheduleHasNone) {
  EXPECT_FALSE(LatestDueReminder(kDeadline + kDay, kDeadline, ReminderSchedule{{3}, false}));
  EXPECT_FALSE(LatestDueReminder(kDeadline - kDay, kDeadline, ReminderSchedule{{0, -2}, false}));
}

TEST(LatestDueReminder, FollowsTheStoredScheduleFromAnOsloDeadline) {
  ReminderSchedule s{*ParseReminderDays("3, 14"), true};
  EXPECT_EQ(s.days_before, (std::vector<int>{14, 3}));
  EXPECT_EQ(ReminderDaysText(s.days_before), "14,3");
  int64_t deadline = *ParseOsloDateTime("2026-12-18T16:00");
  auto at = [&](const char* oslo) { return LatestDueReminder(*ParseOsloDateTime(oslo), deadline, s); };
  EXPECT_FALSE(at("2026-12-04T15:59"));
  EXPECT_EQ(at("2026-12-04T16:00")->step, "before-14");
  EXPECT_EQ(at("2026-12-10T09:00")->step, "before-14");
  EXPECT_EQ(at("2026-12-15T16:00")->step, "before-3");
  EXPECT_EQ(at("2026-12-18T16:00")->step, "overdue-0");
  EXPECT_EQ(at("2026-12-25T16:00")->step, "overdue-1");
  EXPECT_EQ(at("2027-01-01T16:00")->step, "overdue-2");
  s.weekly_when_overdue = false;
  EXPECT_FALSE(LatestDueReminder(*ParseOsloDateTime("2026-12-25T16:00"), deadline, s));
}

}  // namespace
}  // namespace fremdrift
