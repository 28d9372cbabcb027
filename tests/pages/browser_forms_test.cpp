// Signing in and editing through the web pages over real HTTP, on each
// engine: the session cookie, CSRF on every change, an editor limited to
// their own organisation, stale forms refused with a link to the current
// version, and errors shown next to the fields with the typed values kept.
#include <gtest/gtest.h>

#include "support/api_fixture.h"
#include "support/html_page.h"
#include "support/signed_in_browser.h"
#include "support/test_password.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

class BrowserFormsTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
    browser_ = std::make_unique<Browser>(server_->port());
    ASSERT_EQ(browser_->SignIn(*server_, "kari", kPassword).status, 303);
  }

  std::string EditPath(const nlohmann::json& item) {
    return "/element/" + std::to_string(item["id"].get<int64_t>()) + "/rediger";
  }

  // The fields a browser sends for `item` unchanged, with `changes` applied.
  FormFields ItemForm(const nlohmann::json& item, const FormFields& changes) {
    std::map<std::string, std::string> f{{"title", item["title"]},
                                         {"code", item["code"]},
                                         {"description", item["description"]},
                                         {"version", std::to_string(item["version"].get<int64_t>())}};
    for (const auto& [k, v] : changes) f[k] = v;
    FormFields out(f.begin(), f.end());
    for (const auto& o : item["owners"]) out.emplace_back("owners", o.get<std::string>());
    return out;
  }

  // An item of another organisation than kari's.
  nlohmann::json OtherOrganisationsItem() {
    auto parent = DemoItem("1B-t1");
    auto r = server_->Send("POST", "/api/v1/items",
                           {{"strategy", "nes-2023-2030"},
                            {"parent_id", parent["id"]},
                            {"key", "nhn-leveranse"},
                            {"title", "NHN-leveranse"},
                            {"owners", {"NHN"}}},
                           AdminToken());
    EXPECT_EQ(r.status, 201) << r.body;
    return r.Json();
  }

  std::unique_ptr<Browser> browser_;
};

TEST_P(BrowserFormsTest, SignInSetsAnHttpOnlySameSiteSessionCookieAndShowsTheUser) {
  Browser other(server_->port());
  auto r = other.SignIn("kari", kPassword);
  EXPECT_EQ(r.status, 303);
  const std::string& cookie = r.headers.at("Set-Cookie");
  EXPECT_TRUE(Has(cookie, "fremdrift_session=")) << cookie;
  EXPECT_TRUE(Has(cookie, "HttpOnly")) << cookie;
  EXPECT_TRUE(Has(cookie, "SameSite=Lax")) << cookie;
  EXPECT_FALSE(Has(cookie, "Secure")) << "plain HTTP without a trusted proxy: " << cookie;
  auto home = other.Get("/");
  HtmlPage signed_in(home.body);
  EXPECT_EQ(signed_in.Text("//header//*[@class='signed-in']"), "Innlogget som kari");
  EXPECT_TRUE(signed_in.Has("//header//form[@method='post'][@action='/logg-ut']/input[@name='csrf_token']"));
}

TEST_P(BrowserFormsTest, AWrongPasswordShowsTheFormAgainWithTheNameKept) {
  Browser other(server_->port());
  other.Get("/logg-inn");
  auto r = other.Post("/logg-inn", {{"brukernavn", "kari"}, {"passord", "wrong password"}});
  EXPECT_EQ(r.status, 401);
  HtmlPage page(r.body);
  EXPECT_TRUE(page.HasText("//*[@role='alert']", "Brukernavnet eller passordet er feil"));
  EXPECT_EQ(page.Attr("//input[@name='brukernavn']", "value"), "kari");
  EXPECT_FALSE(page.Has("//input[@name='passord'][@value!='']")) << "the password is not sent back";
  EXPECT_FALSE(other.HasCookie("fremdrift_session"));
}

TEST_P(BrowserFormsTest, SignInWithoutTheFormsTokenIsRefused) {
  Browser other(server_->port());
  auto r = other.Post("/logg-inn", {{"brukernavn", "kari"}, {"passord", kPassword}}, false);
  EXPECT_EQ(r.status, 403);
  EXPECT_FALSE(other.HasCookie("fremdrift_session"));
}

TEST_P(BrowserFormsTest, RepeatedWrongPasswordsAreRefusedForAWhile) {
  Browser other(server_->port());
  other.Get("/logg-inn");
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(other.Post("/logg-inn", {{"brukernavn", "kari"}, {"passord", "guess " + std::to_string(i)}}).status, 401);
  }
  auto r = other.Post("/logg-inn", {{"brukernavn", "kari"}, {"passord", kPassword}});
  EXPECT_EQ(r.status, 429);
  EXPECT_TRUE(HtmlPage(r.body).HasText("//*[@role='alert']", "For mange mislykkede forsøk"));
}

TEST_P(BrowserFormsTest, AnEditorChangesAnItemOfTheirOwnOrganisationAndSeesTheChange) {
  auto item = DemoItem("1B-t1-d1");
  auto form = browser_->Get(EditPath(item));
  ASSERT_EQ(form.status, 200) << form.body;
  EXPECT_TRUE(HtmlPage(form.body).Has("//form//label[@for='f-title'][following::*[@id='f-title'][@name='title']]"));
  auto r = browser_->Post(EditPath(item), ItemForm(item, {{"title", "Nytt navn fra skjema"}}));
  ASSERT_EQ(r.status, 303) << r.body;
  auto page = browser_->Get(r.headers.at("Location"));
  HtmlPage saved(page.body);
  EXPECT_EQ(saved.Text("//h1"), "Nytt navn fra skjema");
  EXPECT_TRUE(saved.HasText("//*[@role='status']", "Endringene er lagret"));
  EXPECT_EQ(DemoItem("1B-t1-d1")["title"], "Nytt navn fra skjema");
  // The change is in the audit log under kari's name and in the page's history.
  auto lease = server_->pool().Acquire();
  auto log = AuditLog(*lease).List("plan_item", std::to_string(item["id"].get<int64_t>()));
  ASSERT_FALSE(log.empty());
  EXPECT_EQ(log.front().actor, "kari");
  EXPECT_EQ(saved.Text("//section[@class='history']/h2"), "Historikk");
}

TEST_P(BrowserFormsTest, AnEditorIsRefusedOnAnotherOrganisationsItemInThePageAndByACraftedPost) {
  auto item = OtherOrganisationsItem();
  std::string before = Export();
  EXPECT_EQ(browser_->Get(EditPath(item)).status, 403);
  browser_->Get("/");  // a page with a valid token for this session
  auto r = browser_->Post(EditPath(item), ItemForm(item, {{"title", "Kapret"}}));
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(Export(), before);
}

TEST_P(BrowserFormsTest, APostWithoutOrWithAWrongCsrfTokenChangesNothing) {
  auto item = DemoItem("1B-t1-d1");
  browser_->Get(EditPath(item));
  std::string before = Export();
  size_t audit = AuditCount();
  EXPECT_EQ(browser_->Post(EditPath(item), ItemForm(item, {{"title", "Uten token"}}), false).status, 403);
  auto wrong = ItemForm(item, {{"title", "Feil token"}});
  wrong.emplace_back("csrf_token", "fr_0000");
  EXPECT_EQ(browser_->Post(EditPath(item), wrong, false).status, 403);
  EXPECT_EQ(Export(), before);
  EXPECT_EQ(AuditCount(), audit);
}

TEST_P(BrowserFormsTest, AStaleFormIsRefusedWithAMessageAndALinkToTheCurrentVersion) {
  auto item = DemoItem("1B-t1-d1");
  browser_->Get(EditPath(item));
  ASSERT_EQ(browser_->Post(EditPath(item), ItemForm(item, {{"title", "Først"}})).status, 303);
  browser_->Get(EditPath(item));
  // The same old version again, as a second person holding the old form would.
  auto r = browser_->Post(EditPath(item), ItemForm(item, {{"title", "Sist"}}));
  EXPECT_EQ(r.status, 409);
  HtmlPage page(r.body);
  EXPECT_TRUE(page.HasText("//*[@role='alert']", "Noen andre har lagret endringer"));
  EXPECT_TRUE(page.Has("//*[@role='alert']//a[@href='/strategi/nes-2023-2030/1B-t1-d1']"));
  EXPECT_EQ(page.Attr("//input[@name='title']", "value"), "Sist") << "what the user typed is kept";
  EXPECT_EQ(DemoItem("1B-t1-d1")["title"], "Først");
}

TEST_P(BrowserFormsTest, BadInputIsShownNextToTheFieldWithTheTypedValuesKept) {
  auto item = DemoItem("1B-t1-d1");
  browser_->Get(EditPath(item));
  auto r = browser_->Post(EditPath(item), ItemForm(item, {{"title", "Beholdt tittel"}, {"start", "2024-13-40"}}));
  EXPECT_EQ(r.status, 400);
  HtmlPage page(r.body);
  EXPECT_TRUE(page.Has("//*[@id='f-start-error']"));
  EXPECT_EQ(page.Attr("//input[@id='f-start']", "aria-describedby"), "f-start-hint f-start-error");
  EXPECT_EQ(page.Attr("//input[@id='f-start']", "value"), "2024-13-40");
  EXPECT_EQ(page.Attr("//input[@name='title']", "value"), "Beholdt tittel");
  EXPECT_TRUE(page.Has("//*[contains(@class, 'error-summary')]//a[@href='#f-start']"))
      << "the error summary links to the field";
  EXPECT_NE(DemoItem("1B-t1-d1")["title"], "Beholdt tittel");
}

TEST_P(BrowserFormsTest, AnEditorAssessesTheirDeliverableInTheOpenPeriod) {
  const std::string path = "/rapport/2023-Q3/vurder/item:1B-t1-d1?strategy=nes-2023-2030";
  auto form = browser_->Get(path);
  ASSERT_EQ(form.status, 200) << form.body;
  auto r = browser_->Post(path, {{"status", "yellow"}, {"comment", "Litt forsinket"}});
  ASSERT_EQ(r.status, 303) << r.body;
  auto api = server_->Get("/api/v1/periods/2023-Q3/assessments/items/1B-t1-d1?strategy=nes-2023-2030",
                          AdminToken());
  ASSERT_EQ(api.status, 200) << api.body;
  EXPECT_EQ(api.Json()["status"], "yellow");
  EXPECT_EQ(api.Json()["comment"], "Litt forsinket");
  // The published period is frozen: its form is not offered.
  EXPECT_EQ(browser_->Get("/rapport/2023-Q1/vurder/item:1B-t1-d1?strategy=nes-2023-2030").status, 409);
}

TEST_P(BrowserFormsTest, AnonymousReadersAreSentToSignInAndComeBackAfterwards) {
  auto item = DemoItem("1B-t1-d1");
  auto r = HttpRequest(server_->port(), "GET", EditPath(item));
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.headers.at("Location"), "/logg-inn?neste=" + std::string("%2Felement%2F") +
                                          std::to_string(item["id"].get<int64_t>()) + "%2Frediger");
  Browser other(server_->port());
  other.Get(r.headers.at("Location"));
  auto signed_in = other.Post("/logg-inn", {{"brukernavn", "kari"},
                                            {"passord", kPassword},
                                            {"neste", EditPath(item)}});
  EXPECT_EQ(signed_in.headers.at("Location"), EditPath(item));
}

TEST_P(BrowserFormsTest, SignInNeverSendsReadersToAnotherSite) {
  Browser other(server_->port());
  other.Get("/logg-inn");
  auto r = other.Post("/logg-inn", {{"brukernavn", "kari"}, {"passord", kPassword}, {"neste", "//evil.example/"}});
  EXPECT_EQ(r.headers.at("Location"), "/");
}

TEST_P(BrowserFormsTest, SigningOutEndsTheSession) {
  browser_->Get("/");
  auto r = browser_->Post("/logg-ut", {});
  EXPECT_EQ(r.status, 303);
  auto item = DemoItem("1B-t1-d1");
  EXPECT_EQ(browser_->Get(EditPath(item)).status, 303);
}

TEST_P(BrowserFormsTest, TheAccessibilityStatementIsLinkedFromEveryPageInBothLanguages) {
  auto home = HttpRequest(server_->port(), "GET", "/");
  EXPECT_TRUE(HtmlPage(home.body).Has("//footer//a[@href='/tilgjengelighet']"));
  auto nb = HttpRequest(server_->port(), "GET", "/tilgjengelighet");
  EXPECT_EQ(nb.status, 200);
  HtmlPage statement(nb.body);
  EXPECT_EQ(statement.Text("//h1"), "Tilgjengelighetserklæring");
  EXPECT_TRUE(statement.HasText("//main", "WCAG 2.1"));
  HtmlPage english(HttpRequest(server_->port(), "GET", "/tilgjengelighet?lang=en").body);
  EXPECT_EQ(english.Text("/html/@lang"), "en");
  EXPECT_EQ(english.Text("//h1"), "Accessibility statement");
}

INSTANTIATE_PER_ENGINE(BrowserFormsTest);

}  // namespace
}  // namespace fremdrift::testing
