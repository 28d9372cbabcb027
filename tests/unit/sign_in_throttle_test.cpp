// Repeated failed sign-ins make an account or address wait.
#include <gtest/gtest.h>

#include "domain/sign_in_throttle.h"

namespace fremdrift {
namespace {

const SignInThrottle kRule{5, 900};

TEST(SignInThrottle, FewerFailuresThanTheLimitDoNotLock) {
  EXPECT_FALSE(LockedUntil(kRule, {100, 200, 300, 400}, 500));
}

TEST(SignInThrottle, TheFifthFailureLocksUntilTheOldestLeavesTheWindow) {
  auto until = LockedUntil(kRule, {100, 200, 300, 400, 500}, 510);
  ASSERT_TRUE(until);
  EXPECT_EQ(*until, 100 + 900);
  EXPECT_FALSE(LockedUntil(kRule, {100, 200, 300, 400, 500}, 1000));
}

TEST(SignInThrottle, FailuresOutsideTheWindowDoNotCount) {
  EXPECT_FALSE(LockedUntil(kRule, {1, 2, 3, 1500, 1600}, 1700));
}

TEST(SignInThrottle, ManyFailuresKeepTheLockUntilEnoughExpire) {
  auto until = LockedUntil(kRule, {100, 200, 300, 400, 500, 600, 700}, 800);
  ASSERT_TRUE(until);
  EXPECT_EQ(*until, 300 + 900);  // the fifth most recent failure
}

}  // namespace
}  // namespace fremdrift
