// The rules for organisations, users and their keys.
#include <gtest/gtest.h>

#include "domain/organisation_rules.h"
#include "domain/record_key.h"
#include "domain/user_rules.h"
#include "support/field_problems.h"

namespace fremdrift {
namespace {

using testing::Fields;

TEST(RecordKey, AcceptsShortPrintableKeysIncludingNonAscii) {
  EXPECT_EQ(RecordKeyProblem("HSØ", 40, true), "");
  EXPECT_EQ(RecordKeyProblem("Helse Vest", 40, true), "");
  EXPECT_EQ(RecordKeyProblem("kari.nordmann", 100, false), "");
}

TEST(RecordKey, RefusesWhatWouldBreakAPathOrHideInALog) {
  EXPECT_EQ(RecordKeyProblem("", 40, true), "is required");
  EXPECT_NE(RecordKeyProblem("a/b", 40, true), "");
  EXPECT_NE(RecordKeyProblem("a?b", 40, true), "");
  EXPECT_NE(RecordKeyProblem("50%", 40, true), "");
  EXPECT_NE(RecordKeyProblem(" a", 40, true), "");
  EXPECT_NE(RecordKeyProblem("a\nb", 40, true), "");
  EXPECT_NE(RecordKeyProblem("a b", 40, false), "");
  EXPECT_NE(RecordKeyProblem(std::string(41, 'a'), 40, true), "");
}

TEST(OrganisationRules, AValidOrganisationHasNoProblems) {
  EXPECT_TRUE(ValidateOrganisation({0, "Hdir", "Helsedirektoratet", "directorate", "", 1}).empty());
}

TEST(OrganisationRules, EveryProblemNamesItsField) {
  auto problems = ValidateOrganisation({0, "", " ", "planet", std::string(501, 's'), 1});
  EXPECT_EQ(Fields(problems), (std::vector<std::string>{"short_name", "name", "kind", "source"}));
}

TEST(UserRules, OnlyAdminsAdminister) {
  EXPECT_TRUE(MayAdminister({0, "a", "Hdir", Role::kAdmin}));
  EXPECT_FALSE(MayAdminister({0, "e", "Hdir", Role::kEditor}));
  EXPECT_FALSE(MayAdminister({0, "r", "Hdir", Role::kReader}));
}

TEST(UserRules, UserNamesHaveNoSpaces) {
  EXPECT_TRUE(ValidateUserName("kari").empty());
  EXPECT_EQ(Fields(ValidateUserName("kari nordmann")), std::vector<std::string>{"name"});
}

TEST(UserRules, AnAdminMayNotDeleteOrDemoteThemselvesButAnotherAdminMay) {
  User me{1, "me", "Hdir", Role::kAdmin};
  User other{2, "other", "Hdir", Role::kAdmin};
  EXPECT_NE(SelfChangeProblem(me, me, std::nullopt), "");
  EXPECT_NE(SelfChangeProblem(me, me, Role::kEditor), "");
  EXPECT_EQ(SelfChangeProblem(me, me, Role::kAdmin), "");
  EXPECT_EQ(SelfChangeProblem(other, me, std::nullopt), "");
  EXPECT_EQ(SelfChangeProblem(other, me, Role::kReader), "");
}

}  // namespace
}  // namespace fremdrift
