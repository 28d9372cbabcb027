// The risk register's pages over real HTTP, on each engine
// (docs/strategy-model.md, "Risks"): for signed-in users only; an editor
// of the owning organisation creates and changes a risk through the forms
// (CSRF, rights and audit as the API's); the register writes each level in
// words beside its tint and draws the heat map with its data table; a form
// opened on a version someone else has since changed is refused with 409,
// naming what changed and keeping what was typed.
#include <gtest/gtest.h>

#include "support/api_fixture.h"
#include "support/demo_data.h"
#include "support/html_page.h"
#include "support/signed_in_browser.h"
#include "support/test_password.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

FormFields NewRiskForm(const std::string& key) {
  return {{"key", key},
          {"subject", std::string("plan_item:") + kHdirItem},
          {"description", "Testrisiko: overgangen blir forsinket"},
          {"cause", "Få leverandører"},
          {"effect", "Senere innføring"},
          {"likelihood", "4"},
          {"consequence", "4"},
          {"mitigation", "Tidlig dialog"},
          {"owner", "Hdir"},
          {"review_by", "30.06.2027"},
          {"state", "open"},
          {"version", "0"}};
}

class RiskPagesTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
    kari_ = std::make_unique<Browser>(server_->port());
    ASSERT_EQ(kari_->SignIn(*server_, "kari", kPassword).status, 303);
  }
  // Opens the new-risk form (for its CSRF token) and sends it.
  HttpResult Create(const std::string& key) {
    EXPECT_EQ(kari_->Get("/risikoer/ny").status, 200);
    return kari_->Post("/risikoer/ny", NewRiskForm(key));
  }
  std::unique_ptr<Browser> kari_;
};

TEST_P(RiskPagesTest, AnEditorCreatesARiskThatTheRegisterShowsInWordsAndInTheHeatMap) {
  auto form = kari_->Get(std::string("/risikoer/ny?gjelder=plan_item:") + kHdirItem);
  ASSERT_EQ(form.status, 200) << form.body.substr(0, 400);
  HtmlPage new_form(form.body);
  EXPECT_TRUE(new_form.Has("//main//form[@method='post']/input[@type='hidden'][@name='csrf_token'][@value!='']"));
  EXPECT_TRUE(new_form.Has(std::string("//select[@name='subject']/option[@value='plan_item:") + kHdirItem + "'][@selected]"))
      << "the item is chosen";

  auto made = kari_->Post("/risikoer/ny", NewRiskForm("test-side-1"));
  ASSERT_EQ(made.status, 303) << made.body.substr(0, 600);
  EXPECT_EQ(made.headers.at("Location"), "/risikoer/test-side-1?lagret=1");
  auto page = kari_->Get("/risikoer/test-side-1?lagret=1");
  ASSERT_EQ(page.status, 200);
  HtmlPage saved(page.body);
  EXPECT_TRUE(saved.HasText("//*[@role='status']", "Risikoen er lagret."));
  EXPECT_EQ(saved.Text("//main//span[@class='meta'][starts-with(., 'Poeng:')]"), "Poeng: 16 av 25 (4 × 4)");
  EXPECT_EQ(saved.Text("//main//span[contains(@class, 'status-chip')]/text()[last()]"), "Høy")
      << "the level in words in its chip";
  EXPECT_EQ(saved.Text(Definition("Gjennomgås innen")), "30.06.2027");

  auto reg = kari_->Get("/risikoer?niva=high");
  ASSERT_EQ(reg.status, 200);
  HtmlPage high(reg.body);
  EXPECT_EQ(high.Text("//table//th[@scope='row']/a[@href='/risikoer/test-side-1']"),
            "Testrisiko: overgangen blir forsinket");
  const std::string heat = "//section[@class='risk-heat']";
  EXPECT_TRUE(high.Has(heat + "//svg[@role='img']"));
  EXPECT_EQ(high.Text(heat + "//table/caption"), "Antall åpne risikoer etter sannsynlighet (rader) og konsekvens (kolonner)");
  EXPECT_TRUE(high.Has(heat + "//svg//g/title[.='1 åpne risikoer med sannsynlighet 4 og konsekvens 4: nivå Høy']"));
  EXPECT_FALSE(Has(kari_->Get("/risikoer?niva=low").body, "Testrisiko: overgangen"));
  EXPECT_EQ(kari_->Get("/risikoer?niva=enorm").status, 400);

  auto item = kari_->Get(std::string("/strategi/") + kHdirItem);
  HtmlPage item_page(item.body);
  EXPECT_EQ(item_page.Text("//section[@aria-labelledby='risikoer-heading']/h2[@id='risikoer-heading']"), "Risikoer");
  EXPECT_EQ(item_page.Text("//section[@aria-labelledby='risikoer-heading']//a[@href='/risikoer/test-side-1']"),
            "Testrisiko: overgangen blir forsinket");
  auto audit = server_->Get("/api/v1/audit?entity=risk", AdminToken());
  EXPECT_TRUE(Has(audit.body, "test-side-1")) << "the change is in the audit log";
}

TEST_P(RiskPagesTest, TheRegisterIsForSignedInUsersAndOthersMayNotChangeARisk) {
  ASSERT_EQ(Create("test-side-2").status, 303);
  Browser anonymous(server_->port());
  EXPECT_NE(anonymous.Get("/risikoer").status, 200);
  EXPECT_NE(anonymous.Get("/risikoer/test-side-2").status, 200);
  EXPECT_FALSE(Has(anonymous.Get(std::string("/strategi/") + kHdirItem).body, "risikoer-heading"));
  EXPECT_EQ(kari_->Post("/risikoer/ny", NewRiskForm("test-side-3"), false).status, 403) << "no CSRF token";

  server_->AddUserWithToken("nina", "NHN", Role::kEditor);
  Browser nina(server_->port());
  ASSERT_EQ(nina.SignIn(*server_, "nina", kPassword).status, 303);
  EXPECT_EQ(nina.Get("/risikoer/ny").status, 200);
  EXPECT_EQ(nina.Get("/risikoer/test-side-2").status, 200);
  EXPECT_FALSE(Has(nina.Get("/risikoer/test-side-2").body, "/risikoer/test-side-2/rediger"));
  EXPECT_FALSE(HtmlPage(nina.Get("/risikoer/test-side-2").body).Has("//a[contains(@href, '/rediger')]"));
  EXPECT_EQ(nina.Get("/risikoer/test-side-2/rediger").status, 403);
  FormFields change = NewRiskForm("test-side-2");
  change.back().second = "1";
  EXPECT_EQ(nina.Post("/risikoer/test-side-2/rediger", change).status, 403);
  auto taken = Create("test-side-2");
  EXPECT_EQ(taken.status, 409);
  EXPECT_TRUE(HtmlPage(taken.body).HasText("//*[@id='f-key-error'] | //*[@role='alert']",
                                           "Det finnes allerede en risiko med nøkkelen «test-side-2»"));
}

TEST_P(RiskPagesTest, AStaleFormIsRefusedNamingWhatChangedAndKeepsWhatWasTyped) {
  ASSERT_EQ(Create("test-side-4").status, 303);
  auto opened = kari_->Get("/risikoer/test-side-4/rediger");
  ASSERT_EQ(opened.status, 200);
  EXPECT_EQ(HtmlPage(opened.body).Attr("//form//input[@type='hidden'][@name='version']", "value"), "1");
  // Someone else saves first, through the API.
  auto other = server_->Send("POST", "/api/v1/risks",
                             {{"key", "test-side-4"}, {"subject", kHdirItem},
                              {"description", "Testrisiko: overgangen blir forsinket"},
                              {"likelihood", 2}, {"consequence", 4}, {"owner", "Hdir"},
                              {"cause", "Få leverandører"}, {"effect", "Senere innføring"},
                              {"mitigation", "Tidlig dialog"}, {"review_by", "2027-06-30"},
                              {"version", 1}},
                             AdminToken());
  ASSERT_EQ(other.status, 200) << other.body;
  FormFields mine = NewRiskForm("test-side-4");
  for (auto& [k, v] : mine) {
    if (k == "version") v = "1";
    if (k == "mitigation") v = "Min nye tekst";
  }
  auto stale = kari_->Post("/risikoer/test-side-4/rediger", mine);
  ASSERT_EQ(stale.status, 409) << stale.body.substr(0, 600);
  HtmlPage page(stale.body);
  EXPECT_TRUE(page.HasText("//*[@role='alert']", "Risikoen ble endret etter at du åpnet den (du så versjon 1, nå er den versjon 2)."));
  EXPECT_TRUE(page.HasText("//*[@role='alert']", "Dette ble endret: Sannsynlighet."));
  EXPECT_EQ(page.Text("//textarea[@name='mitigation']"), "Min nye tekst") << "what was typed is kept";
  EXPECT_EQ(server_->Get("/api/v1/risks/test-side-4", AdminToken()).Json()["mitigation"], "Tidlig dialog");
}

// A goal's top risks (its own and its items') in the status report: in the
// page and the Markdown download for signed-in readers, never for the public.
TEST_P(RiskPagesTest, TheStatusReportListsAGoalsTopRisksToSignedInReaders) {
  ASSERT_EQ(Create("test-side-5").status, 303);
  const std::string report = "/rapport/2023-Q1?strategy=nes-2023-2030";
  auto page = kari_->Get(report);
  ASSERT_EQ(page.status, 200);
  HtmlPage report_page(page.body);
  const std::string risks = "//section[@id='mal-4']//h3[.='Største risikoer']/following-sibling::ol[1]/li";
  EXPECT_EQ(report_page.Text(risks + "/a[@href='/risikoer/test-side-5']"), "Testrisiko: overgangen blir forsinket");
  EXPECT_EQ(report_page.Text(risks + "/span[@class='meta']"), "Poeng: 16 av 25 (4 × 4)");
  auto md = kari_->Get("/rapport/2023-Q1.md?strategy=nes-2023-2030");
  EXPECT_TRUE(Has(md.body, "### Største risikoer")) << md.body.substr(0, 300);
  EXPECT_TRUE(Has(md.body, "1. Testrisiko: overgangen blir forsinket (Høy, 16 av 25 (4 × 4))"));
  Browser anonymous(server_->port());
  EXPECT_FALSE(Has(anonymous.Get(report).body, "Testrisiko"));
  EXPECT_FALSE(Has(anonymous.Get("/rapport/2023-Q1.md?strategy=nes-2023-2030").body, "Testrisiko"));
}

INSTANTIATE_PER_ENGINE(RiskPagesTest);

}  // namespace
}  // namespace fremdrift::testing
