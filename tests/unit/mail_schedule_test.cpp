#include <gtest/gtest.h>

#include "domain/date.h"
#include "domain/mail_schedule.h"
#include "domain/period.h"
#include "domain/user_rules.h"

namespace fremdrift {
namespace {

constexpr int64_t kDay = 86400;

// Unix seconds of a UTC date and time.
int64_t Utc(int y, int m, int d, int hour = 0, int minute = 0) {
  return DaysFromCivil(Date{y, m, d}) * kDay + hour * 3600 + minute * 60;
}

const ReminderSteps kSchedule{{14, 3}, 7};
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
  EXPECT_FALSE(LatestDueReminder(kDeadline + kDay, kDeadline, ReminderSteps{{3}, 0}));
  EXPECT_FALSE(LatestDueReminder(kDeadline - kDay, kDeadline, ReminderSteps{{0, -2}, 0}));
}

TEST(DigestDay, CountsDaysInOsloTimeWinterAndSummer) {
  EXPECT_EQ(DigestDay(Utc(2023, 1, 10, 23, 30), 0), "2023-01-11");  // 00:30 CET
  EXPECT_EQ(DigestDay(Utc(2023, 7, 1, 22, 0), 0), "2023-07-02");    // 00:00 CEST
  // Summer time started on 26 March 2023 at 01:00 UTC: 01:59 UTC is 03:59 CEST.
  EXPECT_FALSE(DigestDay(Utc(2023, 3, 26, 1, 59), 4));
  EXPECT_EQ(DigestDay(Utc(2023, 3, 26, 2, 0), 4), "2023-03-26");
}

TEST(DigestDay, OncePerOsloDayFromTheSendHour) {
  EXPECT_FALSE(DigestDay(Utc(2023, 10, 2, 4, 59), 7));  // 06:59 in Oslo
  EXPECT_EQ(DigestDay(Utc(2023, 10, 2, 5, 0), 7), "2023-10-02");
  EXPECT_EQ(DigestDay(Utc(2023, 10, 2, 21, 59), 7), "2023-10-02");
  EXPECT_FALSE(DigestDay(Utc(2023, 10, 2, 22, 0), 7));  // 00:00 on the 3rd
}

TEST(RetryDelaySeconds, DoublesUpToTheMaximum) {
  EXPECT_EQ(RetryDelaySeconds(1, 30, 3600), 30);
  EXPECT_EQ(RetryDelaySeconds(2, 30, 3600), 60);
  EXPECT_EQ(RetryDelaySeconds(3, 30, 3600), 120);
  EXPECT_EQ(RetryDelaySeconds(20, 30, 3600), 3600);
  EXPECT_EQ(RetryDelaySeconds(1000, 30, 3600), 3600);
}

TEST(EmailAddressProblem, AcceptsAddressesAndRefusesHeaderBreakers) {
  EXPECT_EQ(EmailAddressProblem(""), "");
  EXPECT_EQ(EmailAddressProblem("kari.nordmann@helsedir.no"), "");
  EXPECT_NE(EmailAddressProblem("kari"), "");
  EXPECT_NE(EmailAddressProblem("kari@localhost"), "");
  EXPECT_NE(EmailAddressProblem("a@b.no\r\nBcc: x@y.no"), "");
  EXPECT_NE(EmailAddressProblem("Kari <kari@helsedir.no>"), "");
  EXPECT_NE(EmailAddressProblem("a@b@c.no"), "");
}

}  // namespace
}  // namespace fremdrift
