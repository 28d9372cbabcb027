// Signing in on each engine: sessions live in the database, expire when
// idle, end on sign-out; wrong passwords are refused the same way as
// unknown users, repeated failures lock out for a while, and all of it is
// in the audit log without the password or its hash.
#include <gtest/gtest.h>

#include <memory>

#include "app/sign_in.h"
#include "domain/failure.h"
#include "storage/audit_log.h"
#include "storage/organisation_store.h"
#include "storage/user_store.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using testing::Engine;
using testing::EngineName;
using testing::EngineTest;
using testing::TempDatabase;

constexpr int64_t kSignInTime = 1'800'000'000;
const char* kPassword = "correct horse battery";

class SignInTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
    OrganisationStore(*conn_).Upsert({0, "Hdir", "Helsedirektoratet", "directorate", ""});
    UserStore(*conn_).Create({0, "kari", "Hdir", Role::kEditor});
    SetPassword(*conn_, "kari", kPassword, "test");
  }

  FailureCode CodeOf(const std::string& name, const std::string& password,
                     const std::string& address = "10.0.0.1", int64_t now = kSignInTime) {
    try {
      SignIn(*conn_, name, password, address, now, policy_);
    } catch (const Failure& f) {
      return f.code();
    }
    ADD_FAILURE() << "signed in";
    return FailureCode::kInternal;
  }

  std::vector<AuditEntry> Log(const std::string& entity) {
    return AuditLog(*conn_).List(entity, "", 1000);
  }

  SessionPolicy policy_;
};

TEST_P(SignInTest, TheRightPasswordStartsASessionThatAnotherConnectionSees) {
  NewSession s = SignIn(*conn_, "kari", kPassword, "10.0.0.1", kSignInTime, policy_);
  EXPECT_EQ(s.session.user.name, "kari");
  EXPECT_EQ(s.session.user.organisation, "Hdir");
  EXPECT_FALSE(s.session.csrf_token.empty());
  EXPECT_NE(s.token, s.session.csrf_token);

  auto other = db_->Connect();  // as a second server process would
  auto resumed = ResumeSession(*other, s.token, kSignInTime + 30, policy_);
  ASSERT_TRUE(resumed);
  EXPECT_EQ(resumed->user.name, "kari");
  EXPECT_EQ(resumed->csrf_token, s.session.csrf_token);
  EXPECT_FALSE(ResumeSession(*other, s.token + "x", kSignInTime + 30, policy_));
}

TEST_P(SignInTest, ASessionEndsWhenIdleLongerThanThePolicyAndOnSignOut) {
  policy_.idle_seconds = 600;
  NewSession s = SignIn(*conn_, "kari", kPassword, "10.0.0.1", kSignInTime, policy_);
  // Used within the limit, it lives on from the last use.
  ASSERT_TRUE(ResumeSession(*conn_, s.token, kSignInTime + 500, policy_));
  ASSERT_TRUE(ResumeSession(*conn_, s.token, kSignInTime + 1000, policy_));
  EXPECT_FALSE(ResumeSession(*conn_, s.token, kSignInTime + 1000 + 601, policy_));

  NewSession t = SignIn(*conn_, "kari", kPassword, "10.0.0.1", kSignInTime, policy_);
  SignOut(*conn_, t.token);
  EXPECT_FALSE(ResumeSession(*conn_, t.token, kSignInTime + 1, policy_));
  EXPECT_EQ(Log("session").front().action, "sign_out");
}

TEST_P(SignInTest, WrongPasswordAndUnknownUserGetTheSameRefusalAndAreLogged) {
  EXPECT_EQ(CodeOf("kari", "wrong password!"), FailureCode::kUnauthenticated);
  EXPECT_EQ(CodeOf("nobody", kPassword), FailureCode::kUnauthenticated);
  auto log = Log("sign_in");
  ASSERT_EQ(log.size(), 2u);
  for (const auto& e : log) {
    EXPECT_EQ(e.action, "failed");
    EXPECT_NE(e.after.find("10.0.0.1"), std::string::npos);
  }
}

TEST_P(SignInTest, RepeatedFailuresLockTheAccountForAWhileEvenWithTheRightPassword) {
  for (int i = 0; i < policy_.throttle.max_failures; ++i) {
    EXPECT_EQ(CodeOf("kari", "wrong password!", "10.0.0." + std::to_string(i)),
              FailureCode::kUnauthenticated);
  }
  EXPECT_EQ(CodeOf("kari", kPassword, "10.9.9.9"), FailureCode::kTooManyRequests);
  EXPECT_EQ(Log("sign_in").front().action, "refused");
  // After the window the right password works again.
  NewSession s = SignIn(*conn_, "kari", kPassword, "10.9.9.9",
                        kSignInTime + policy_.throttle.window_seconds + 1, policy_);
  EXPECT_EQ(s.session.user.name, "kari");
}

TEST_P(SignInTest, RepeatedFailuresFromOneAddressLockThatAddressForEveryAccount) {
  UserStore(*conn_).Create({0, "ola", "Hdir", Role::kReader});
  SetPassword(*conn_, "ola", "another long password", "test");
  for (int i = 0; i < policy_.throttle.max_failures; ++i) {
    EXPECT_EQ(CodeOf("guess" + std::to_string(i), "x"), FailureCode::kUnauthenticated);
  }
  EXPECT_EQ(CodeOf("ola", "another long password"), FailureCode::kTooManyRequests);
  EXPECT_EQ(SignIn(*conn_, "ola", "another long password", "10.0.0.2", kSignInTime, policy_)
                .session.user.name,
            "ola");
}

TEST_P(SignInTest, PasswordsAreStoredAsArgon2idAndNeverLogged) {
  auto hash = UserStore(*conn_).PasswordHash("kari");
  ASSERT_TRUE(hash);
  EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u);
  EXPECT_EQ(hash->find(kPassword), std::string::npos);
  SignIn(*conn_, "kari", kPassword, "10.0.0.1", kSignInTime, policy_);
  for (const auto& e : AuditLog(*conn_).List("", "", 1000)) {
    EXPECT_EQ(e.after.find(*hash), std::string::npos);
    EXPECT_EQ(e.after.find(kPassword), std::string::npos);
  }
}

TEST_P(SignInTest, AShortPasswordIsRefusedAndAPasswordChangeEndsSessions) {
  try {
    SetPassword(*conn_, "kari", "short", "test");
    ADD_FAILURE() << "accepted";
  } catch (const Failure& f) {
    EXPECT_EQ(f.code(), FailureCode::kInvalid);
    EXPECT_EQ(f.field(), "password");
  }
  NewSession s = SignIn(*conn_, "kari", kPassword, "10.0.0.1", kSignInTime, policy_);
  SetPassword(*conn_, "kari", "a brand new password", "test");
  EXPECT_FALSE(ResumeSession(*conn_, s.token, kSignInTime + 1, policy_));
  EXPECT_EQ(CodeOf("kari", kPassword), FailureCode::kUnauthenticated);
}

INSTANTIATE_PER_ENGINE(SignInTest);

}  // namespace
}  // namespace fremdrift
