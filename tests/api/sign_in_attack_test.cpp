// Sign-in under attack, over real HTTP on each engine: simultaneous
// guesses for one account reach the password check at most as often as
// the throttle allows, and failed attempts are logged as nobody in
// particular, with the client's address, in rows of bounded size.
#include <atomic>
#include <thread>

#include "support/api_fixture.h"
#include "app/sign_in.h"
#include "support/browser_session.h"
#include "support/test_password.h"

namespace fremdrift::testing {
namespace {

class SignInAttackTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
    auto lease = server_->pool().Acquire();
    SetPassword(*lease, "kari", kPassword, "test");
    // The sign-in form's CSRF cookie and token, shared by every attempt.
    HttpResult form = HttpRequest(server_->port(), "GET", "/logg-inn");
    std::string set_cookie = form.headers["Set-Cookie"];
    pre_cookie_ = set_cookie.substr(0, set_cookie.find(';'));
    token_ = InputValue(form.body, "csrf_token");
    ASSERT_FALSE(pre_cookie_.empty());
    ASSERT_FALSE(token_.empty());
  }

  HttpResult Attempt(const std::string& name, const std::string& password,
                     std::map<std::string, std::string> headers = {}) {
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    headers["Cookie"] = pre_cookie_;
    return HttpRequest(server_->port(), "POST", "/logg-inn",
                       UrlEncodedForm({{"csrf_token", token_}, {"neste", "/"}, {"brukernavn", name},
                                       {"passord", password}}),
                       headers);
  }

  std::vector<AuditEntry> SignInLog() {
    auto lease = server_->pool().Acquire();
    return AuditLog(*lease).List("sign_in", "", 100000);
  }

  size_t Count(const std::vector<AuditEntry>& log, const std::string& action) {
    size_t n = 0;
    for (const auto& e : log) n += e.action == action;
    return n;
  }

  std::string pre_cookie_, token_;
};

TEST_P(SignInAttackTest, TwentyFourSimultaneousGuessesForOneAccountCheckAtMostTheLimit) {
  const int limit = SignInThrottle{}.max_failures;
  std::atomic<int> wrong{0}, refused{0}, other{0};
  std::vector<std::thread> guesses;
  for (int i = 0; i < 24; ++i) {
    guesses.emplace_back([&, i] {
      int status = Attempt("kari", "guess number " + std::to_string(i)).status;
      if (status == 401) ++wrong;
      else if (status == 429) ++refused;
      else ++other;
    });
  }
  for (auto& t : guesses) t.join();
  EXPECT_EQ(other.load(), 0);
  EXPECT_LE(wrong.load(), limit);
  EXPECT_GE(wrong.load(), 1);
  EXPECT_EQ(wrong.load() + refused.load(), 24);
  auto log = SignInLog();
  EXPECT_EQ(Count(log, "failed"), static_cast<size_t>(wrong.load()));
  EXPECT_EQ(Count(log, "refused"), static_cast<size_t>(refused.load()));
  // The account stays locked, even for the right password.
  EXPECT_EQ(Attempt("kari", kPassword).status, 429);
}

TEST_P(SignInAttackTest, FailedSignInsAreLoggedAsAnonymousWithTheAddressInBoundedRows) {
  ASSERT_EQ(Attempt("kari", "not the password").status, 401);
  // A name of 30,000 characters is a wrong name, not 30 kB in the log.
  ASSERT_EQ(Attempt(std::string(30'000, 'x'), "whatever").status, 401);
  // Without --trust-proxy a client's X-Forwarded-For is not believed.
  ASSERT_EQ(Attempt("ola\x01", "x", {{"X-Forwarded-For", "203.0.113.9"}}).status, 401);
  // A form that is not UTF-8 is refused as a form (400) before any sign-in,
  // so it adds nothing to the log.
  ASSERT_EQ(Attempt("ola\xFF", "x").status, 400);
  auto log = SignInLog();
  ASSERT_EQ(log.size(), 3u);
  for (const auto& e : log) {
    EXPECT_EQ(e.action, "failed");
    EXPECT_EQ(e.actor, "anonymous") << "nobody has shown they are the named user";
    EXPECT_NE(e.after.find("\"address\":\"127.0.0.1\""), std::string::npos) << e.after;
    EXPECT_EQ(e.after.find("203.0.113.9"), std::string::npos);
    EXPECT_LT(e.after.size() + e.entity_id.size(), 600u);
    EXPECT_EQ(e.after.find(kPassword), std::string::npos);
  }
  EXPECT_NE(log.back().after.find("\"name\":\"kari\""), std::string::npos) << log.back().after;
  // A megabyte-long sign-in form is over the anonymous body limit: it is
  // refused (413) before its body is read, and the log does not grow.
  EXPECT_EQ(Attempt(std::string(1'000'000, 'y'), "whatever").status, 413);
  auto after = SignInLog();
  EXPECT_EQ(after.size(), 3u);
  EXPECT_LT(after.front().after.size() + after.front().entity_id.size(), 600u);
  // The right password still works for kari (3 failures are under the limit
  // per account; the long and broken names were other accounts).
  EXPECT_EQ(Attempt("kari", kPassword).status, 303);
  auto lease = server_->pool().Acquire();
  auto sessions = AuditLog(*lease).List("session", "", 10);
  ASSERT_FALSE(sessions.empty());
  EXPECT_EQ(sessions.front().actor, "kari");
}

INSTANTIATE_PER_ENGINE(SignInAttackTest);

}  // namespace
}  // namespace fremdrift::testing
