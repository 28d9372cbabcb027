// Signing in through a real OpenID Provider (tests/oidc/provider.mjs, npm
// oidc-provider) with `fremdrift serve --oidc-*` (docs/sign-in.md): the
// code flow with PKCE, state and nonce through the provider's own login
// form, pending users and approval, the organisation mapped by number,
// refused answers (state, replayed code, nonce), key rotation, sign-out,
// `--password-sign-in off`, and API access tokens from the provider (audience,
// issuer, expiry, unknown kid, alg none, HMAC with the public key).
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <memory>
#include <regex>

#include <Poco/URI.h>

#include "app/jose.h"
#include "app/oidc_admin.h"
#include "support/admin_user.h"
#include "support/child_process.h"
#include "storage/organisation_store.h"
#include "support/cookie_browser.h"
#include "support/oidc_login_form.h"
#include "support/oidc_test_provider.h"
#include "support/engine_fixture.h"
#include "support/test_server.h"
#include "support/unix_time.h"

namespace fremdrift::testing {
namespace {

constexpr const char* kClientId = "fremdrift-test";
constexpr const char* kApiAudience = "fremdrift-api";
constexpr const char* kNhnNumber = "994598759";
// A made-up national identity number: it must never be stored in clear.
constexpr const char* kKariPid = "01017012345";

class OidcSignInTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
    OrganisationStore(*conn_).Insert({0, "Hdir", "Helsedirektoratet", "directorate", "", 1});
    OrganisationStore(*conn_).Insert({0, "NHN", "Norsk helsenett", "state_enterprise", "", 1});
    SetOrganisationNumber(*conn_, Admin(), "Hdir", kHdirNumber, false);
    SetOrganisationNumber(*conn_, Admin(), "NHN", kNhnNumber, true);

    folder_ = std::string("/tmp/fremdrift-oidc-rp-") + std::to_string(::getpid()) + "-" +
              std::to_string(Now() % 100000) + EngineName(GetParam());
    std::filesystem::create_directories(folder_);
    const std::string key = KeygenPrivateJwk();
    std::ofstream(folder_ + "/client.jwk") << key;
    std::ofstream(folder_ + "/subject.key") << "test subject key, not a real secret";

    port_ = FreeLoopbackPort();
    base_ = "http://127.0.0.1:" + std::to_string(port_);
    OidcTestClient client{kClientId,
                          {{"keys", {PublicJwk(key)}}},
                          {base_ + "/logg-inn/oidc/svar"},
                          {base_ + "/"}};
    nlohmann::json users{
        {"kari", {{"name", "Kari Nordmann"}, {"pid", kKariPid}, {"orgnr_parent", kHdirNumber}}},
        {"nils", {{"name", "Nils Nettverk"}, {"pid", "02027012345"}, {"orgnr_parent", kNhnNumber}}},
        {"ukjent", {{"name", "Ukjent Person"}, {"pid", "03037012345"}, {"orgnr_parent", "999999999"}}}};
    provider_ = std::make_unique<OidcTestProvider>(std::vector<OidcTestClient>{client}, users);
  }

  void TearDown() override {
    server_.reset();
    provider_.reset();
    std::error_code ec;
    if (!folder_.empty()) std::filesystem::remove_all(folder_, ec);
  }

  void StartServer(std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"--oidc-issuer", provider_->issuer(),
                                  "--oidc-client-id", kClientId,
                                  "--oidc-client-key-file", folder_ + "/client.jwk",
                                  "--oidc-redirect-uri", base_ + "/logg-inn/oidc/svar",
                                  "--oidc-post-logout-redirect-uri", base_ + "/",
                                  "--oidc-scopes", "openid profile pid organisation",
                                  "--oidc-subject-claim", "pid",
                                  "--oidc-organisation-claims", "orgnr_child,orgnr_parent",
                                  "--oidc-subject-key-file", folder_ + "/subject.key",
                                  "--oidc-api-audience", kApiAudience};
    args.insert(args.end(), extra.begin(), extra.end());
    server_ = std::make_unique<ServerProcess>(db_->url(), args, port_);
  }

  std::string ProviderPrefix() const { return provider_->issuer() + "/"; }

  // Starts a sign-in at Fremdrift and returns the provider's URL the
  // browser is sent to.
  std::string StartAtFremdrift(CookieBrowser& browser) {
    BrowserAnswer start = browser.Get(base_ + "/logg-inn/oidc?neste=/min-side");
    EXPECT_EQ(start.status, 303);
    EXPECT_EQ(start.location.rfind(ProviderPrefix(), 0), 0u) << start.location;
    return start.location;
  }

  // Goes through the provider's own login form as `account` and returns
  // the redirect to Fremdrift's redirect URI (not yet followed).
  std::string LoginAtProvider(CookieBrowser& browser, const std::string& authorization_url,
                              const std::string& account) {
    return LoginAtTestProvider(browser, authorization_url, base_ + "/logg-inn/oidc/svar", account);
  }

  // The whole sign-in of `account`; returns Fremdrift's last answer.
  BrowserAnswer SignIn(CookieBrowser& browser, const std::string& account) {
    std::string callback = LoginAtProvider(browser, StartAtFremdrift(browser), account);
    return browser.Get(callback);
  }

  std::string Host() const { return "127.0.0.1:" + std::to_string(port_); }

  std::string folder_;
  int port_ = 0;
  std::string base_;
  std::unique_ptr<OidcTestProvider> provider_;
  std::unique_ptr<ServerProcess> server_;
};

TEST_P(OidcSignInTest, FirstSignInMakesAPendingUserWhoCannotActUntilApproved) {
  StartServer();
  CookieBrowser browser;
  BrowserAnswer first = SignIn(browser, "kari");
  EXPECT_EQ(first.status, 403);
  EXPECT_NE(first.body.find("administrator må godkjenne"), std::string::npos) << first.body;
  EXPECT_EQ(browser.Cookie(Host(), "fremdrift_session"), "");
  EXPECT_EQ(browser.Get(base_ + "/min-side").status, 303) << "a pending user has no session";

  // The user is in the organisation whose number the claims name, and the
  // national identity number is stored nowhere in clear.
  auto rows = conn_->Query(
      "SELECT u.name, o.short_name, u.pending, u.oidc_subject FROM users u "
      "JOIN organisations o ON o.id = u.organisation_id WHERE u.oidc_subject IS NOT NULL");
  ASSERT_EQ(rows.size(), 1u);
  const std::string name = rows[0].Text(0);
  EXPECT_EQ(rows[0].Text(1), "Hdir");
  EXPECT_EQ(rows[0].Int(2), 1);
  EXPECT_EQ(rows[0].Text(3).find(kKariPid), std::string::npos);
  EXPECT_EQ(name.find(kKariPid), std::string::npos);
  auto audit = conn_->Query("SELECT COUNT(*) FROM audit_log WHERE after_json LIKE ?",
                            {std::string("%") + kKariPid + "%"});
  EXPECT_EQ(audit[0].Int(0), 0);

  ApproveUser(*conn_, Admin(), name, Role::kEditor);
  BrowserAnswer second = SignIn(browser, "kari");
  EXPECT_EQ(second.status, 303);
  EXPECT_EQ(second.location, base_ + "/min-side");
  EXPECT_NE(browser.Cookie(Host(), "fremdrift_session"), "");
  BrowserAnswer page = browser.Get(base_ + "/min-side");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find(name), std::string::npos);
}

TEST_P(OidcSignInTest, AutoApprovingOrganisationSignsInAtOnceAndUnknownOrganisationIsRefused) {
  StartServer();
  CookieBrowser nils;
  BrowserAnswer ok = SignIn(nils, "nils");
  EXPECT_EQ(ok.status, 303);
  EXPECT_EQ(nils.Get(base_ + "/min-side").status, 200);
  auto rows = conn_->Query(
      "SELECT o.short_name, u.role FROM users u JOIN organisations o ON o.id = u.organisation_id "
      "WHERE u.oidc_subject IS NOT NULL");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].Text(0), "NHN");
  EXPECT_EQ(rows[0].Text(1), "reader");

  CookieBrowser stranger;
  BrowserAnswer refused = SignIn(stranger, "ukjent");
  EXPECT_EQ(refused.status, 403);
  EXPECT_NE(refused.body.find("ikke registrert"), std::string::npos);
  EXPECT_EQ(conn_->Query("SELECT COUNT(*) FROM users")[0].Int(0), 1);
}

TEST_P(OidcSignInTest, SignInRotatesTheSessionId) {
  StartServer();
  CookieBrowser browser;
  ASSERT_EQ(SignIn(browser, "nils").status, 303);
  const std::string first = browser.Cookie(Host(), "fremdrift_session");
  ASSERT_EQ(SignIn(browser, "nils").status, 303);
  const std::string second = browser.Cookie(Host(), "fremdrift_session");
  EXPECT_NE(first, second);
  CookieBrowser old;
  old.SetCookie(Host(), "fremdrift_session", first);
  EXPECT_EQ(old.Get(base_ + "/min-side").status, 303) << "the earlier session has ended";
  EXPECT_EQ(browser.Get(base_ + "/min-side").status, 200);
}

TEST_P(OidcSignInTest, WrongStateIsRefused) {
  StartServer();
  CookieBrowser browser;
  std::string callback = LoginAtProvider(browser, StartAtFremdrift(browser), "nils");
  // Another browser (no state cookie) cannot use the answer: login CSRF.
  CookieBrowser other;
  EXPECT_EQ(other.Get(callback).status, 401);
  // A state that was never issued.
  EXPECT_EQ(browser.Get(WithQueryParam(callback, "state", "forged")).status, 401);
  EXPECT_EQ(browser.Cookie(Host(), "fremdrift_session"), "");
}

TEST_P(OidcSignInTest, ReplayedCodeIsRefused) {
  StartServer();
  CookieBrowser browser;
  const std::string state_url = StartAtFremdrift(browser);
  const std::string state_cookie = browser.Cookie(Host(), "fremdrift_oidc_state");
  std::string callback = LoginAtProvider(browser, state_url, "nils");
  ASSERT_EQ(browser.Get(callback).status, 303);
  // The same answer again: its state is used up.
  CookieBrowser replay;
  replay.SetCookie(Host(), "fremdrift_oidc_state", state_cookie);
  EXPECT_EQ(replay.Get(callback).status, 401);
  // The old code with a fresh state: the provider refuses the code.
  CookieBrowser fresh;
  std::string fresh_url = StartAtFremdrift(fresh);
  const std::string fresh_state = QueryParam(fresh_url, "state");
  EXPECT_EQ(fresh.Get(WithQueryParam(callback, "state", fresh_state)).status, 401);
  EXPECT_EQ(fresh.Cookie(Host(), "fremdrift_session"), "");
}

TEST_P(OidcSignInTest, WrongNonceIsRefused) {
  StartServer();
  CookieBrowser browser;
  std::string url = WithQueryParam(StartAtFremdrift(browser), "nonce", "not-the-stored-nonce");
  std::string callback = LoginAtProvider(browser, url, "nils");
  BrowserAnswer answer = browser.Get(callback);
  EXPECT_EQ(answer.status, 401);
  EXPECT_EQ(browser.Cookie(Host(), "fremdrift_session"), "");
}

TEST_P(OidcSignInTest, RotatedProviderKeysAreFetchedAgain) {
  StartServer();
  CookieBrowser browser;
  ASSERT_EQ(SignIn(browser, "nils").status, 303);
  provider_->Stop();
  provider_->Start(/*new_keys=*/true);
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));  // the refetch limit
  CookieBrowser again;
  EXPECT_EQ(SignIn(again, "nils").status, 303);
  EXPECT_EQ(again.Get(base_ + "/min-side").status, 200);
}

TEST_P(OidcSignInTest, SignOutEndsTheSessionAndGoesToTheProvider) {
  StartServer();
  CookieBrowser browser;
  ASSERT_EQ(SignIn(browser, "nils").status, 303);
  BrowserAnswer page = browser.Get(base_ + "/min-side");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(page.body, m, std::regex("name=\"csrf_token\" value=\"([^\"]+)\"")));
  BrowserAnswer out = browser.Send("POST", base_ + "/logg-ut", {{"csrf_token", m[1].str()}});
  EXPECT_EQ(out.status, 303);
  EXPECT_EQ(out.location.rfind(provider_->issuer() + "/session/end", 0), 0u) << out.location;
  EXPECT_EQ(QueryParam(out.location, "client_id"), kClientId);
  EXPECT_EQ(QueryParam(out.location, "post_logout_redirect_uri"), base_ + "/");
  EXPECT_EQ(browser.Get(base_ + "/min-side").status, 303);
  EXPECT_EQ(browser.Get(out.location).status, 200) << "the provider asks to confirm the sign-out";
}

TEST_P(OidcSignInTest, PasswordSignInCanBeSwitchedOff) {
  StartServer({"--password-sign-in", "off"});
  CookieBrowser browser;
  BrowserAnswer page = browser.Get(base_ + "/logg-inn");
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.body.find("name=\"passord\""), std::string::npos);
  EXPECT_NE(page.body.find("/logg-inn/oidc?neste="), std::string::npos);
  RunFremdrift({"user", "add", "--db", db_->url(), "--name", "lokal", "--org", "Hdir", "--role", "admin"});
  BrowserAnswer post = browser.Send("POST", base_ + "/logg-inn",
                                    {{"csrf_token", browser.Cookie(Host(), "fremdrift_csrf")},
                                     {"brukernavn", "lokal"}, {"passord", "whatever-password"}});
  EXPECT_EQ(post.status, 403);
  EXPECT_EQ(browser.Cookie(Host(), "fremdrift_session"), "");
}

TEST_P(OidcSignInTest, ApiAccessTokensFromTheProviderAreCheckedLikeIdTokens) {
  StartServer();
  CookieBrowser browser;
  ASSERT_EQ(SignIn(browser, "nils").status, 303);
  const std::string name = conn_->Query("SELECT name FROM users WHERE oidc_subject IS NOT NULL")[0].Text(0);
  const int64_t now = Now();
  nlohmann::json good{{"iss", provider_->issuer()}, {"aud", kApiAudience}, {"sub", "nils"},
                      {"pid", "02027012345"}, {"iat", now}, {"exp", now + 300}};
  auto status = [&](const std::string& token) {
    return HttpRequest(port_, "GET", "/api/v1/users/" + name, "", {{"Authorization", "Bearer " + token}}).status;
  };
  EXPECT_EQ(status(provider_->Sign(good)), 200);
  EXPECT_EQ(status(provider_->Sign(good, "PS256")), 200);
  EXPECT_EQ(status(provider_->Sign(good, "ES256")), 200);

  auto with = [&](const char* key, nlohmann::json value) {
    nlohmann::json c = good;
    c[key] = std::move(value);
    return c;
  };
  EXPECT_EQ(status(provider_->Sign(with("aud", kClientId))), 401) << "wrong audience";
  EXPECT_EQ(status(provider_->Sign(with("iss", "https://other.example"))), 401) << "other issuer";
  EXPECT_EQ(status(provider_->Sign(with("exp", now - 600))), 401) << "expired";
  EXPECT_EQ(status(provider_->Sign(with("iat", now + 3600))), 401) << "issued in the future";
  EXPECT_EQ(status(provider_->Sign(good, "RS256", "unknown")), 401) << "unknown kid";
  EXPECT_EQ(status(provider_->Sign(good, "HS256", "hmac-public")), 401) << "HMAC with the public key";
  // alg none: the good token's payload with an unsigned header.
  std::string signed_token = provider_->Sign(good);
  std::string payload = signed_token.substr(signed_token.find('.') + 1);
  payload = payload.substr(0, payload.find('.'));
  EXPECT_EQ(status("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0." + payload + "."), 401) << "alg none";
  // Fremdrift's own API tokens still work alongside.
  auto created = RunFremdrift({"token", "create", "--db", db_->url(), "--name", name});
  ASSERT_EQ(created.exit_code, 0) << created.err;
  std::string own = created.out.substr(created.out.find("fr_"), 67);
  EXPECT_EQ(status(own), 200);
}

TEST_P(OidcSignInTest, NothingFromTokensReachesTheLog) {
  StartServer();
  CookieBrowser browser;
  std::string callback = LoginAtProvider(browser, StartAtFremdrift(browser), "nils");
  const std::string code = QueryParam(callback, "code");
  const std::string state = QueryParam(callback, "state");
  ASSERT_EQ(browser.Get(callback).status, 303);
  const std::string log = server_->Log();
  EXPECT_EQ(log.find(code), std::string::npos);
  EXPECT_EQ(log.find(state), std::string::npos);
  EXPECT_EQ(log.find("eyJ"), std::string::npos) << "no JWT in the log";
  EXPECT_EQ(log.find("02027012345"), std::string::npos);
}

INSTANTIATE_PER_ENGINE(OidcSignInTest);

}  // namespace
}  // namespace fremdrift::testing
