// The visibility rule on single records (app/visibility.h): what the
// public, a signed-in user and an admin may see. The rule over stored
// records and links is walked end to end in tests/api/visibility_canary_test.cpp.
#include <gtest/gtest.h>

#include "app/visibility.h"

namespace fremdrift {
namespace {

User UserWith(Role role) {
  User u;
  u.name = "kari";
  u.organisation = "FHI";
  u.role = role;
  return u;
}

Strategy StrategyThat(bool published) {
  Strategy s;
  s.key = "s";
  s.published = published;
  return s;
}

ReportingPeriod PeriodIn(PeriodState state) {
  ReportingPeriod p;
  p.code = "2023-Q1";
  p.state = state;
  return p;
}

TEST(VisibilityRule, ThePublicSeesPublishedStrategiesAndIndicatorsOnly) {
  Viewer pub = Viewer::Public();
  EXPECT_TRUE(MaySee(pub, StrategyThat(true)));
  EXPECT_FALSE(MaySee(pub, StrategyThat(false)));
  Indicator ind;
  ind.published = true;
  EXPECT_TRUE(MaySee(pub, ind));
  ind.published = false;
  EXPECT_FALSE(MaySee(pub, ind));
  EXPECT_FALSE(MaySeeIndicator(pub, false));
}

TEST(VisibilityRule, ThePublicSeesAPeriodOnlyWhenItAndItsStrategyArePublished) {
  Viewer pub = Viewer::Public();
  EXPECT_TRUE(MaySee(pub, StrategyThat(true), PeriodIn(PeriodState::kPublished)));
  EXPECT_FALSE(MaySee(pub, StrategyThat(false), PeriodIn(PeriodState::kPublished)));
  for (PeriodState state : {PeriodState::kOpen, PeriodState::kInReview, PeriodState::kApproved}) {
    EXPECT_FALSE(MaySee(pub, StrategyThat(true), PeriodIn(state)));
  }
  PeriodAssessment a;
  a.period_state = "published";
  EXPECT_TRUE(MaySee(pub, a, true));
  EXPECT_FALSE(MaySee(pub, a, false)) << "a published period of an unpublished strategy";
  a.period_state = "open";
  EXPECT_FALSE(MaySee(pub, a, true));
}

TEST(VisibilityRule, EverySignedInUserSeesEveryRecordOfAnyOrganisation) {
  for (Role role : {Role::kReader, Role::kEditor, Role::kAdmin}) {
    Viewer v = Viewer::Of(UserWith(role));
    EXPECT_TRUE(v.signed_in());
    EXPECT_TRUE(MaySee(v, StrategyThat(false)));
    Indicator internal;
    EXPECT_TRUE(MaySee(v, internal));
    EXPECT_TRUE(MaySee(v, StrategyThat(false), PeriodIn(PeriodState::kOpen)));
  }
  EXPECT_FALSE(Viewer::Of(std::nullopt).signed_in());
}

TEST(VisibilityRule, TheAuditLogOfPeopleIsForAdminsOnly) {
  for (const char* entity : {"user", "session", "sign_in", "api_token"}) {
    EXPECT_TRUE(MaySeeAuditOf(Viewer::Of(UserWith(Role::kAdmin)), entity)) << entity;
    EXPECT_FALSE(MaySeeAuditOf(Viewer::Of(UserWith(Role::kEditor)), entity)) << entity;
    EXPECT_FALSE(MaySeeAuditOf(Viewer::Of(UserWith(Role::kReader)), entity)) << entity;
    EXPECT_FALSE(MaySeeAuditOf(Viewer::Internal(), entity)) << entity;
  }
  EXPECT_TRUE(MaySeeAuditOf(Viewer::Of(UserWith(Role::kReader)), "plan_item"));
}

}  // namespace
}  // namespace fremdrift
