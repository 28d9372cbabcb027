#include <gtest/gtest.h>

#include "domain/date.h"
#include "domain/mail_schedule.h"
#include "domain/period.h"
#include "domain/user_rules.h"
#include "support/unix_time.h"

namespace fremdrift {
namespace {

using testing::Utc;
using testing::kDay;

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
