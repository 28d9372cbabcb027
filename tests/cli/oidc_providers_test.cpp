// Several OpenID Connect providers at once (docs/sign-in.md): two real
// OpenID Providers on loopback (tests/oidc/provider.mjs, npm
// oidc-provider), one like HelseID (private_key_jwt) and one like
// ID-porten (client_secret_basic), configured side by side in
// `fremdrift serve --config FILE`, or as the plain --oidc-* flags plus one
// named provider in the environment. Each has its own button and redirect
// URI; a sign-in's state is bound to its provider; the same subject at
// both is two people; a session signs out at its own provider; API access
// tokens are checked by the provider their issuer names, and a token from
// an issuer not configured is refused. Mistakes in the settings stop the
// server with a message naming the setting.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>

#include "app/jose.h"
#include "app/oidc_admin.h"
#include "app/sign_in.h"
#include "support/admin_user.h"
#include "support/child_process.h"
#include "storage/organisation_store.h"
#include "support/cookie_browser.h"
#include "support/oidc_login_form.h"
#include "support/oidc_test_provider.h"
#include "support/engine_fixture.h"
#include "support/test_server.h"

namespace fremdrift::testing {
namespace {

constexpr const char* kHelseIdClient = "fremdrift-helseid";
constexpr const char* kIdPortenClient = "fremdrift-idporten";
constexpr const char* kIdPortenSecret = "a test client secret, not a real one";
constexpr const char* kHelseIdAudience = "fremdrift-api-helseid";
constexpr const char* kIdPortenAudience = "fremdrift-api-idporten";

// One provider as the tests see it: the running test provider, its id in
// Fremdrift's settings, and its client.
struct TestIdp {
  std::string id;
  std::string client_id;
  std::unique_ptr<OidcTestProvider> provider;
};

class OidcProvidersTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
    OrganisationStore(*conn_).Insert({0, "Hdir", "Helsedirektoratet", "directorate", "", 1});
    OrganisationStore(*conn_).Insert({0, "NHN", "Norsk helsenett", "state_enterprise", "", 1});
    SetOrganisationNumber(*conn_, Admin(), "Hdir", kHdirNumber, true);
    SetOrganisationNumber(*conn_, Admin(), "NHN", "994598759", true);

    folder_ = std::string("/tmp/fremdrift-oidc-two-") + std::to_string(::getpid()) + "-" +
              std::to_string(EpochSeconds() % 100000) + EngineName(GetParam());
    std::filesystem::create_directories(folder_);
    const std::string key = KeygenPrivateJwk();
    std::ofstream(folder_ + "/client.jwk") << key;
    std::ofstream(folder_ + "/client.secret") << kIdPortenSecret << "\n";
    std::ofstream(folder_ + "/subject.key") << "test subject key, not a real secret";

    port_ = FreeLoopbackPort();
    base_ = "http://127.0.0.1:" + std::to_string(port_);
    // "kari" is the subject at both providers: two different people.
    helseid_.id = "helseid";
    helseid_.client_id = kHelseIdClient;
    helseid_.provider = std::make_unique<OidcTestProvider>(
        std::vector<OidcTestClient>{{kHelseIdClient,
                                     {{"keys", {PublicJwk(key)}}},
                                     {base_ + "/logg-inn/oidc/helseid/svar", base_ + "/logg-inn/oidc/svar"},
                                     {base_ + "/"}}},
        nlohmann::json{{"kari", {{"name", "Kari Helse"}, {"orgnr_parent", kHdirNumber}}}});
    idporten_.id = "idporten";
    idporten_.client_id = kIdPortenClient;
    idporten_.provider = std::make_unique<OidcTestProvider>(
        std::vector<OidcTestClient>{{kIdPortenClient,
                                     {},
                                     {base_ + "/logg-inn/oidc/idporten/svar"},
                                     {base_ + "/"},
                                     kIdPortenSecret}},
        nlohmann::json{{"kari", {{"name", "Kari Borger"}}}});
  }

  void TearDown() override {
    server_.reset();
    helseid_.provider.reset();
    idporten_.provider.reset();
    std::error_code ec;
    if (!folder_.empty()) std::filesystem::remove_all(folder_, ec);
  }

  // The configuration file of both providers side by side.
  std::string ConfigFile() const {
    const std::string path = folder_ + "/fremdrift.conf";
    std::ofstream(path) << "# Two OpenID Connect providers\n"
                        << "oidc_providers = helseid, idporten\n"
                        << "oidc_subject_key_file = " << folder_ << "/subject.key\n"
                        << "oidc_helseid_display_name_nb = HelseID\n"
                        << "oidc_helseid_display_name_en = HelseID\n"
                        << "oidc_helseid_issuer = " << helseid_.provider->issuer() << "\n"
                        << "oidc_helseid_client_id = " << kHelseIdClient << "\n"
                        << "oidc_helseid_client_key_file = " << folder_ << "/client.jwk\n"
                        << "oidc_helseid_redirect_uri = " << base_ << "/logg-inn/oidc/helseid/svar\n"
                        << "oidc_helseid_post_logout_redirect_uri = " << base_ << "/\n"
                        << "oidc_helseid_scopes = openid profile organisation\n"
                        << "oidc_helseid_organisation_claims = orgnr_child,orgnr_parent\n"
                        << "oidc_helseid_api_audience = " << kHelseIdAudience << "\n"
                        << "oidc_idporten_display_name_nb = ID-porten\n"
                        << "oidc_idporten_display_name_en = ID-porten\n"
                        << "oidc_idporten_issuer = " << idporten_.provider->issuer() << "\n"
                        << "oidc_idporten_client_id = " << kIdPortenClient << "\n"
                        << "oidc_idporten_client_auth = client_secret_basic\n"
                        << "oidc_idporten_client_secret_file = " << folder_ << "/client.secret\n"
                        << "oidc_idporten_redirect_uri = " << base_ << "/logg-inn/oidc/idporten/svar\n"
                        << "oidc_idporten_post_logout_redirect_uri = " << base_ << "/\n"
                        << "oidc_idporten_acr_values = idporten-loa-substantial\n"
                        << "oidc_idporten_default_org = NHN\n"
                        << "oidc_idporten_api_audience = " << kIdPortenAudience << "\n";
    return path;
  }

  void StartServer() {
    server_ = std::make_unique<ServerProcess>(db_->url(), std::vector<std::string>{"--config", ConfigFile()}, port_);
  }

  std::string Host() const { return "127.0.0.1:" + std::to_string(port_); }
  std::string StartPath(const TestIdp& idp) const { return "/logg-inn/oidc/" + idp.id; }
  std::string Callback(const TestIdp& idp) const { return base_ + StartPath(idp) + "/svar"; }

  // Starts a sign-in at Fremdrift's path for `idp` and returns the URL
  // the browser is sent to, which must be that provider's.
  std::string StartAt(CookieBrowser& browser, const TestIdp& idp) {
    BrowserAnswer start = browser.Get(base_ + StartPath(idp) + "?neste=/min-side");
    EXPECT_EQ(start.status, 303);
    EXPECT_EQ(start.location.rfind(idp.provider->issuer() + "/", 0), 0u) << start.location;
    return start.location;
  }

  // The whole sign-in of `account` at `idp`; returns Fremdrift's last answer.
  BrowserAnswer SignIn(CookieBrowser& browser, const TestIdp& idp, const std::string& account) {
    return browser.Get(LoginAtTestProvider(browser, StartAt(browser, idp), Callback(idp), account));
  }

  // Signs `account` in at `idp`, approving them first when they wait: the
  // people of ID-porten, which names no organisation, land in its default
  // organisation and wait for an admin (docs/sign-in.md).
  BrowserAnswer SignInApproved(CookieBrowser& browser, const TestIdp& idp, const std::string& account) {
    BrowserAnswer first = SignIn(browser, idp, account);
    if (first.status != 403) return first;
    for (const auto& row : conn_->Query("SELECT name FROM users WHERE pending <> 0")) {
      ApproveUser(*conn_, Admin(), row.Text(0), Role::kReader);
    }
    return SignIn(browser, idp, account);
  }

  // Whether the sign-in page `body` has a button (a link) to `path`
  // saying `label`.
  static bool HasButton(const std::string& body, const std::string& path, const std::string& label) {
    return body.find("href=\"" + path + "\">" + label + "</a>") != std::string::npos;
  }

  // The name of the user `browser` is signed in as, from their page.
  std::string SignedInName(CookieBrowser& browser) {
    BrowserAnswer page = browser.Get(base_ + "/min-side");
    EXPECT_EQ(page.status, 200);
    std::smatch m;
    return std::regex_search(page.body, m, std::regex("oidc-[0-9a-f]{12}")) ? m[0].str() : "";
  }

  // Signs out with the page's form and returns where the browser is sent.
  std::string SignOut(CookieBrowser& browser) {
    BrowserAnswer page = browser.Get(base_ + "/min-side");
    std::smatch m;
    EXPECT_TRUE(std::regex_search(page.body, m, std::regex("name=\"csrf_token\" value=\"([^\"]+)\"")));
    BrowserAnswer out = browser.Send("POST", base_ + "/logg-ut", {{"csrf_token", m[1].str()}});
    EXPECT_EQ(out.status, 303);
    EXPECT_EQ(browser.Get(base_ + "/min-side").status, 303) << "the session has ended";
    return out.location;
  }

  std::string folder_;
  int port_ = 0;
  std::string base_;
  TestIdp helseid_;
  TestIdp idporten_;
  std::unique_ptr<ServerProcess> server_;
};

TEST_P(OidcProvidersTest, EachProviderHasItsButtonAndTheSameSubjectAtBothIsTwoPeople) {
  StartServer();
  CookieBrowser browser;
  BrowserAnswer page = browser.Get(base_ + "/logg-inn?neste=/min-side");
  EXPECT_TRUE(HasButton(page.body, "/logg-inn/oidc/helseid?neste=%2Fmin-side", "Logg inn med HelseID")) << page.body;
  EXPECT_TRUE(HasButton(page.body, "/logg-inn/oidc/idporten?neste=%2Fmin-side", "Logg inn med ID-porten"));

  CookieBrowser at_helseid;
  BrowserAnswer first = SignIn(at_helseid, helseid_, "kari");
  EXPECT_EQ(first.status, 303);
  EXPECT_EQ(first.location, base_ + "/min-side");
  const std::string helse_name = SignedInName(at_helseid);

  // ID-porten's "kari" is someone new, who waits for approval.
  CookieBrowser at_idporten;
  BrowserAnswer waiting = SignIn(at_idporten, idporten_, "kari");
  EXPECT_EQ(waiting.status, 403);
  EXPECT_NE(waiting.body.find("administrator må godkjenne"), std::string::npos) << waiting.body;
  EXPECT_EQ(conn_->Query("SELECT COUNT(*) FROM users WHERE pending <> 0")[0].Int(0), 1);
  BrowserAnswer second = SignInApproved(at_idporten, idporten_, "kari");
  EXPECT_EQ(second.status, 303) << second.body;
  const std::string borger_name = SignedInName(at_idporten);
  EXPECT_NE(helse_name, "");
  EXPECT_NE(borger_name, "");
  EXPECT_NE(helse_name, borger_name) << "the same sub at two providers is two people";

  // HelseID's person is in the organisation their claims name by number;
  // ID-porten names none, so its person is in its default organisation.
  auto rows = conn_->Query(
      "SELECT u.name, o.short_name FROM users u JOIN organisations o ON o.id = u.organisation_id "
      "WHERE u.oidc_subject IS NOT NULL ORDER BY o.short_name");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].Text(0), helse_name);
  EXPECT_EQ(rows[0].Text(1), "Hdir");
  EXPECT_EQ(rows[1].Text(0), borger_name);
  EXPECT_EQ(rows[1].Text(1), "NHN");

  // Signing in again at either provider finds the same person.
  CookieBrowser again;
  ASSERT_EQ(SignIn(again, idporten_, "kari").status, 303) << "approved once";
  EXPECT_EQ(SignedInName(again), borger_name);
  EXPECT_EQ(conn_->Query("SELECT COUNT(*) FROM users WHERE oidc_subject IS NOT NULL")[0].Int(0), 2);
  // The audit log says which provider each sign-in went through.
  auto audit = conn_->Query(
      "SELECT COUNT(*) FROM audit_log WHERE entity = 'session' AND action = 'sign_in' AND after_json LIKE ?",
      {std::string("%\"provider\":\"idporten\"%")});
  EXPECT_EQ(audit[0].Int(0), 2);
}

TEST_P(OidcProvidersTest, AStateIsBoundToTheProviderItWasSentTo) {
  StartServer();
  CookieBrowser browser;
  const std::string callback = LoginAtTestProvider(browser, StartAt(browser, helseid_), Callback(helseid_), "kari");
  // HelseID's answer brought to ID-porten's redirect URI is refused, and
  // uses the state up.
  std::string elsewhere = callback;
  elsewhere.replace(0, Callback(helseid_).size(), Callback(idporten_));
  EXPECT_EQ(browser.Get(elsewhere).status, 401);
  EXPECT_EQ(browser.Cookie(Host(), "fremdrift_session"), "");
  EXPECT_EQ(conn_->Query("SELECT COUNT(*) FROM users WHERE oidc_subject IS NOT NULL")[0].Int(0), 0);

  // An answer whose "iss" (RFC 9207) names another issuer is refused.
  CookieBrowser other;
  const std::string answer = LoginAtTestProvider(other, StartAt(other, helseid_), Callback(helseid_), "kari");
  EXPECT_EQ(QueryParam(answer, "iss"), helseid_.provider->issuer()) << "the provider names itself";
  EXPECT_EQ(other.Get(WithQueryParam(answer, "iss", idporten_.provider->issuer())).status, 401);
  EXPECT_EQ(other.Cookie(Host(), "fremdrift_session"), "");

  // A provider id that is not configured has no sign-in.
  EXPECT_EQ(browser.Get(base_ + "/logg-inn/oidc/ukjent").status, 404);
  EXPECT_EQ(browser.Get(base_ + "/logg-inn/oidc/ukjent/svar?state=x&code=y").status, 404);
  EXPECT_EQ(browser.Get(base_ + "/logg-inn/oidc").status, 404) << "no provider of the plain flags";
}

TEST_P(OidcProvidersTest, SignOutGoesToTheProviderTheSessionSignedInWith) {
  StartServer();
  CookieBrowser citizen;
  ASSERT_EQ(SignInApproved(citizen, idporten_, "kari").status, 303);
  const std::string to_idporten = SignOut(citizen);
  EXPECT_EQ(to_idporten.rfind(idporten_.provider->issuer() + "/session/end", 0), 0u) << to_idporten;
  EXPECT_EQ(QueryParam(to_idporten, "client_id"), kIdPortenClient);
  EXPECT_EQ(QueryParam(to_idporten, "post_logout_redirect_uri"), base_ + "/");
  EXPECT_EQ(citizen.Get(to_idporten).status, 200) << "ID-porten asks to confirm the sign-out";

  CookieBrowser health;
  ASSERT_EQ(SignIn(health, helseid_, "kari").status, 303);
  const std::string to_helseid = SignOut(health);
  EXPECT_EQ(to_helseid.rfind(helseid_.provider->issuer() + "/session/end", 0), 0u) << to_helseid;
  EXPECT_EQ(QueryParam(to_helseid, "client_id"), kHelseIdClient);

  // Forms may lead to both providers' end-session endpoints.
  HttpResult any = HttpRequest(port_, "GET", "/logg-inn");
  const std::string csp = any.headers["Content-Security-Policy"];
  EXPECT_NE(csp.find("form-action 'self' " + helseid_.provider->issuer() + " " + idporten_.provider->issuer()),
            std::string::npos)
      << csp;
}

TEST_P(OidcProvidersTest, BearerTokensAreCheckedByTheProviderTheirIssuerNames) {
  StartServer();
  CookieBrowser browser;
  ASSERT_EQ(SignInApproved(browser, idporten_, "kari").status, 303);
  const std::string name = SignedInName(browser);
  const int64_t now = EpochSeconds();
  auto status = [&](const std::string& token) {
    return HttpRequest(port_, "GET", "/api/v1/users/" + name, "", {{"Authorization", "Bearer " + token}}).status;
  };
  nlohmann::json from_idporten{{"iss", idporten_.provider->issuer()}, {"aud", kIdPortenAudience},
                               {"sub", "kari"}, {"iat", now}, {"exp", now + 300}};
  EXPECT_EQ(status(idporten_.provider->Sign(from_idporten)), 200) << "provider B's token, B's audience";
  nlohmann::json helseid_audience = from_idporten;
  helseid_audience["aud"] = kHelseIdAudience;
  EXPECT_EQ(status(idporten_.provider->Sign(helseid_audience)), 401) << "B's token with A's audience";
  // HelseID's "kari" is someone else: with HelseID's keys and audience the
  // token stands for HelseID's kari, who has not signed in yet.
  nlohmann::json from_helseid{{"iss", helseid_.provider->issuer()}, {"aud", kHelseIdAudience},
                              {"sub", "kari"}, {"iat", now}, {"exp", now + 300}};
  EXPECT_EQ(status(helseid_.provider->Sign(from_helseid)), 401) << "no such user at A yet";
  // A token that names A as its issuer but is signed with B's key.
  EXPECT_EQ(status(idporten_.provider->Sign(from_helseid)), 401) << "B's key cannot sign for A";

  // A real provider that this server is not configured for.
  OidcTestProvider stranger({}, nlohmann::json::object());
  nlohmann::json from_stranger = from_idporten;
  from_stranger["iss"] = stranger.issuer();
  EXPECT_EQ(status(stranger.Sign(from_stranger)), 401) << "an issuer not configured";
  from_stranger["iss"] = idporten_.provider->issuer();
  EXPECT_EQ(status(stranger.Sign(from_stranger)), 401) << "an issuer not configured, claiming B";
}

TEST_P(OidcProvidersTest, PlainFlagsKeepTheirProviderBesideANamedOneFromTheEnvironment) {
  // The provider of the plain --oidc-* flags, as before, and ID-porten
  // named in environment variables.
  const std::vector<std::pair<std::string, std::string>> env{
      {"FREMDRIFT_OIDC_PROVIDERS", "idporten"},
      {"FREMDRIFT_OIDC_IDPORTEN_ISSUER", idporten_.provider->issuer()},
      {"FREMDRIFT_OIDC_IDPORTEN_CLIENT_ID", kIdPortenClient},
      {"FREMDRIFT_OIDC_IDPORTEN_CLIENT_AUTH", "client_secret_basic"},
      {"FREMDRIFT_OIDC_IDPORTEN_CLIENT_SECRET_FILE", folder_ + "/client.secret"},
      {"FREMDRIFT_OIDC_IDPORTEN_REDIRECT_URI", base_ + "/logg-inn/oidc/idporten/svar"},
      {"FREMDRIFT_OIDC_IDPORTEN_DEFAULT_ORG", "NHN"},
      {"FREMDRIFT_OIDC_IDPORTEN_DISPLAY_NAME_NB", "ID-porten"}};
  for (const auto& [k, v] : env) setenv(k.c_str(), v.c_str(), 1);
  try {
    server_ = std::make_unique<ServerProcess>(
        db_->url(),
        std::vector<std::string>{"--oidc-issuer", helseid_.provider->issuer(), "--oidc-client-id", kHelseIdClient,
                                 "--oidc-client-key-file", folder_ + "/client.jwk", "--oidc-redirect-uri",
                                 base_ + "/logg-inn/oidc/svar", "--oidc-scopes", "openid profile organisation",
                                 "--oidc-organisation-claims", "orgnr_parent", "--oidc-subject-key-file",
                                 folder_ + "/subject.key"},
        port_);
  } catch (...) {
    for (const auto& [k, v] : env) unsetenv(k.c_str());
    throw;
  }
  for (const auto& [k, v] : env) unsetenv(k.c_str());

  CookieBrowser browser;
  BrowserAnswer page = browser.Get(base_ + "/logg-inn");
  EXPECT_TRUE(HasButton(page.body, "/logg-inn/oidc?neste=%2F", "Logg inn med HelseID eller ID-porten")) << page.body;
  EXPECT_TRUE(HasButton(page.body, "/logg-inn/oidc/idporten?neste=%2F", "Logg inn med ID-porten"));

  CookieBrowser plain;
  const std::string start = plain.Get(base_ + "/logg-inn/oidc?neste=/min-side").location;
  ASSERT_EQ(start.rfind(helseid_.provider->issuer() + "/", 0), 0u) << start;
  const std::string callback = LoginAtTestProvider(plain, start, base_ + "/logg-inn/oidc/svar", "kari");
  ASSERT_EQ(plain.Get(callback).status, 303);
  CookieBrowser named;
  ASSERT_EQ(SignInApproved(named, idporten_, "kari").status, 303);
  EXPECT_NE(SignedInName(plain), SignedInName(named));
  // Without a post-logout redirect URI the provider's own page follows.
  EXPECT_EQ(SignOut(plain).rfind(helseid_.provider->issuer() + "/session/end", 0), 0u);
}

INSTANTIATE_PER_ENGINE(OidcProvidersTest);

// Mistakes in the providers' settings stop `fremdrift serve` before it
// listens, naming the setting (the operator's language is English here).
TEST(OidcProviderSettings, MistakesStopTheServerNamingTheSetting) {
  const std::string dir = std::string("/tmp/fremdrift-oidc-settings-") + std::to_string(::getpid());
  std::filesystem::create_directories(dir);
  auto serve = [&](const std::string& config) {
    std::ofstream(dir + "/fremdrift.conf") << config;
    setenv("LC_ALL", "C.UTF-8", 1);
    auto r = RunFremdrift({"serve", "--db", "sqlite:" + dir + "/x.db", "--port", "0", "--config",
                           dir + "/fremdrift.conf"});
    EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
    return r.err;
  };
  const std::string helseid =
      "oidc_subject_key_file = /dev/null\n"
      "oidc_helseid_issuer = https://helseid-sts.test.nhn.no\n"
      "oidc_helseid_client_id = c\n"
      "oidc_helseid_client_key_file = /dev/null\n";
  // A provider's key without the provider listed is an unknown key.
  EXPECT_NE(serve(helseid).find("unknown key oidc_helseid_"), std::string::npos);
  EXPECT_NE(serve("oidc_providers = Helse-ID\n").find("“Helse-ID” is not a provider id"), std::string::npos);
  EXPECT_NE(serve("oidc_providers = svar\n").find("“svar” is not a provider id"), std::string::npos);
  EXPECT_NE(serve("oidc_providers = a,a\n").find("names a twice"), std::string::npos);
  EXPECT_NE(serve("oidc_providers = helseid\n").find("--oidc-helseid-issuer is required"), std::string::npos);
  // Its redirect URI must lead to its own path.
  EXPECT_NE(serve("oidc_providers = helseid\n" + helseid +
                  "oidc_helseid_redirect_uri = https://fremdrift.example/logg-inn/oidc/svar\n")
                .find("must end with /logg-inn/oidc/helseid/svar"),
            std::string::npos);
  EXPECT_NE(serve("oidc_subject_key_file = /dev/null\n").find("needs an OpenID Connect provider"),
            std::string::npos);
  unsetenv("LC_ALL");
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
}

}  // namespace
}  // namespace fremdrift::testing
