// Benefits kept in the browser, over real HTTP on each engine
// (docs/strategy-model.md, "Benefits"): an editor of the item's
// organisation creates, changes (state and comment) and deletes a benefit
// through the forms, with CSRF, rights, audit and the version check of the
// API; errors name their field in the reader's language; others see no
// link and are refused; the API reads and deletes one benefit; the status
// report lists each goal's benefits to signed-in readers (page, PDF,
// Markdown); and the strategy and portfolio pages draw their risks' heat
// map with its data table for signed-in readers only.
#include <cstdio>
#include <fstream>

#include <gtest/gtest.h>
#include <unistd.h>

#include "support/api_fixture.h"
#include "support/demo_data.h"
#include "support/html_page.h"
#include "support/signed_in_browser.h"
#include "support/test_password.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

FormFields NewBenefitForm(const std::string& key) {
  return {{"key", key},
          {"description", "Testgevinst: færre dobbeltregistreringer"},
          {"items", kHdirItem},
          {"kind", "time"},
          {"owner", "Hdir"},
          {"baseline", "20 minutter"},
          {"target", "5 minutter"},
          {"by", "31.12.2030"},
          {"indicator", ""},
          {"state", "planned"},
          {"comment", ""},
          {"version", "0"}};
}

class BenefitPagesTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
    kari_ = std::make_unique<Browser>(server_->port());
    ASSERT_EQ(kari_->SignIn(*server_, "kari", kPassword).status, 303);
  }
  // Opens the new-benefit form (for its CSRF token) and sends it.
  HttpResult Create(const std::string& key) {
    EXPECT_EQ(kari_->Get("/gevinster/ny").status, 200);
    return kari_->Post("/gevinster/ny", NewBenefitForm(key));
  }
  std::unique_ptr<Browser> kari_;
};

TEST_P(BenefitPagesTest, AnEditorCreatesChangesTheStateOfAndDeletesABenefitThroughTheForms) {
  auto item = kari_->Get(std::string("/strategi/") + kHdirItem);
  ASSERT_EQ(item.status, 200);
  EXPECT_TRUE(HtmlPage(item.body).Has("//main//a[@href='/gevinster/ny?element=nes-2023-2030%2F4B-t1-d5']"))
      << "the way to add one, for who may";
  auto form = kari_->Get("/gevinster/ny?element=nes-2023-2030%2F4B-t1-d5");
  ASSERT_EQ(form.status, 200) << form.body.substr(0, 400);
  HtmlPage new_form(form.body);
  EXPECT_TRUE(new_form.Has("//main//form[@method='post']/input[@type='hidden'][@name='csrf_token'][@value!='']"));
  EXPECT_TRUE(new_form.Has(std::string("//input[@type='checkbox'][@name='items'][@value='") + kHdirItem + "'][@checked]"))
      << "the item is chosen";

  auto made = kari_->Post("/gevinster/ny", NewBenefitForm("test-g-1"));
  ASSERT_EQ(made.status, 303) << made.body.substr(0, 600);
  EXPECT_EQ(made.headers.at("Location"), "/gevinster/test-g-1?lagret=1");
  auto page = kari_->Get("/gevinster/test-g-1?lagret=1");
  ASSERT_EQ(page.status, 200);
  HtmlPage saved(page.body);
  EXPECT_TRUE(saved.HasText("//*[@role='status']", "Gevinsten er lagret."));
  EXPECT_EQ(saved.Text(Definition("Innen")), "31.12.2030") << "the Norwegian date was read";
  EXPECT_EQ(saved.Text("//span[contains(@class, 'status-chip')]/text()[last()]"), "Planlagt")
      << "the state in words in its tag";
  EXPECT_TRUE(saved.Has("//main//a[@href='/gevinster/test-g-1/rediger']"));
  EXPECT_EQ(saved.Text(Definition("Elementer som gir gevinsten") + "//a[@href='/strategi/nes-2023-2030/4B-t1-d5']"),
            "ICD-11")
      << "the item, linked";
  EXPECT_EQ(server_->Get("/api/v1/benefits/test-g-1", AdminToken()).Json()["by"], "2030-12-31");

  // The state changes with a comment.
  auto edit = kari_->Get("/gevinster/test-g-1/rediger");
  ASSERT_EQ(edit.status, 200);
  HtmlPage edit_form(edit.body);
  EXPECT_EQ(edit_form.Attr("//form//input[@name='version']", "value"), "1");
  EXPECT_EQ(edit_form.Attr("//form//input[@name='by']", "value"), "31.12.2030") << "the date as Norwegians write it";
  FormFields change = NewBenefitForm("test-g-1");
  SetField(change, "state", "realised");
  SetField(change, "comment", "Innført i alle kommunene i piloten");
  SetField(change, "version", "1");
  auto changed = kari_->Post("/gevinster/test-g-1/rediger", change);
  ASSERT_EQ(changed.status, 303) << changed.body.substr(0, 600);
  auto stored = server_->Get("/api/v1/benefits/test-g-1", AdminToken()).Json();
  EXPECT_EQ(stored["state"], "realised");
  EXPECT_EQ(stored["comment"], "Innført i alle kommunene i piloten");
  EXPECT_EQ(stored["version"], 2);
  EXPECT_EQ(HtmlPage(kari_->Get(std::string("/strategi/") + kHdirItem).body)
                .Text("//li[a[@href='/gevinster/test-g-1']]/span[contains(@class, 'status-chip')]/text()[last()]"),
            "Realisert");

  // Deleting asks first.
  ASSERT_EQ(kari_->Get("/gevinster/test-g-1/slett").status, 200);
  auto unconfirmed = kari_->Post("/gevinster/test-g-1/slett", {{"version", "2"}});
  EXPECT_EQ(unconfirmed.status, 400);
  EXPECT_TRUE(HtmlPage(unconfirmed.body).HasText("//*[@id='f-confirm-error']", "Kryss av for å bekrefte at gevinsten skal slettes."));
  auto gone = kari_->Post("/gevinster/test-g-1/slett", {{"confirm", "yes"}, {"version", "2"}});
  ASSERT_EQ(gone.status, 303) << gone.body.substr(0, 600);
  EXPECT_EQ(gone.headers.at("Location"), std::string("/strategi/") + kHdirItem + "?gevinst_slettet=1");
  EXPECT_TRUE(HtmlPage(kari_->Get(gone.headers.at("Location")).body).HasText("//*[@role='status']", "Gevinsten er slettet."));
  EXPECT_EQ(server_->Get("/api/v1/benefits/test-g-1", AdminToken()).status, 404);
  auto audit = server_->Get("/api/v1/audit?entity=benefit", AdminToken()).Json();
  std::vector<std::string> actions;
  for (const auto& e : audit) actions.push_back(e["action"]);
  EXPECT_EQ(std::count(actions.begin(), actions.end(), "create"), 1);
  EXPECT_EQ(std::count(actions.begin(), actions.end(), "update"), 1);
  EXPECT_EQ(std::count(actions.begin(), actions.end(), "delete"), 1);
}

TEST_P(BenefitPagesTest, ErrorsNameTheirFieldInTheReadersLanguage) {
  ASSERT_EQ(kari_->Get("/gevinster/ny").status, 200);
  FormFields bad = NewBenefitForm("test-g-2");
  SetField(bad, "description", "");
  SetField(bad, "by", "31.31.2030");
  bad.erase(std::remove_if(bad.begin(), bad.end(), [](const auto& f) { return f.first == "items"; }), bad.end());
  auto nb = kari_->Post("/gevinster/ny", bad);
  ASSERT_EQ(nb.status, 400) << nb.body.substr(0, 600);
  HtmlPage page(nb.body);
  EXPECT_EQ(page.Text("//*[contains(@class, 'error-summary')]//a[@href='#f-description']"),
            "Beskrivelse: Feltet må fylles ut.")
      << "the summary links to the field";
  EXPECT_TRUE(page.Has("//textarea[@id='f-description'][@aria-invalid='true']"));
  EXPECT_TRUE(page.HasText("//*[@id='f-description-error']", "Feltet må fylles ut."));
  EXPECT_TRUE(page.HasText("//*[@id='f-items-error']", "Velg minst ett element som gir gevinsten."));
  EXPECT_TRUE(page.HasText("//*[@id='f-by-error']", "Skriv en dato som DD.MM.ÅÅÅÅ"));
  EXPECT_EQ(page.Attr("//input[@id='f-by']", "value"), "31.31.2030") << "what was typed is kept";
  EXPECT_FALSE(Has(nb.body, "is required"));

  ASSERT_EQ(kari_->Get("/gevinster/ny?lang=en").status, 200);
  auto en = kari_->Post("/gevinster/ny", bad);
  ASSERT_EQ(en.status, 400);
  EXPECT_TRUE(HtmlPage(en.body).HasText("//*[@id='f-items-error']", "Choose at least one item that brings the benefit about."));
  EXPECT_FALSE(Has(en.body, "Feltet må fylles ut."));
  EXPECT_EQ(server_->Get("/api/v1/benefits/test-g-2", AdminToken()).status, 404) << "nothing was saved";
}

TEST_P(BenefitPagesTest, OthersSeeNoLinkAndAreRefused) {
  ASSERT_EQ(Create("test-g-3").status, 303);
  EXPECT_EQ(kari_->Post("/gevinster/ny", NewBenefitForm("test-g-4"), false).status, 403) << "no CSRF token";
  Browser anonymous(server_->port());
  EXPECT_NE(anonymous.Get("/gevinster/test-g-3").status, 200);
  EXPECT_NE(anonymous.Get("/gevinster/ny").status, 200);

  server_->AddUserWithToken("nina", "NHN", Role::kEditor);
  Browser nina(server_->port());
  ASSERT_EQ(nina.SignIn(*server_, "nina", kPassword).status, 303);
  auto item = nina.Get(std::string("/strategi/") + kHdirItem);
  HtmlPage item_page(item.body);
  EXPECT_EQ(item_page.Text("//section[@aria-labelledby='gevinster-heading']//a[@href='/gevinster/test-g-3']"),
            "Testgevinst: færre dobbeltregistreringer")
      << "signed-in readers see it";
  EXPECT_FALSE(Has(item.body, "/gevinster/ny")) << "no link for one who may not add";
  auto page = nina.Get("/gevinster/test-g-3");
  ASSERT_EQ(page.status, 200);
  EXPECT_FALSE(Has(page.body, "/gevinster/test-g-3/rediger"));
  EXPECT_FALSE(Has(page.body, "/gevinster/test-g-3/slett"));
  EXPECT_EQ(nina.Get("/gevinster/test-g-3/rediger").status, 403);
  EXPECT_EQ(nina.Get("/gevinster/test-g-3/slett").status, 403);
  FormFields change = NewBenefitForm("test-g-3");
  SetField(change, "version", "1");
  EXPECT_EQ(nina.Post("/gevinster/test-g-3/rediger", change).status, 403);
  EXPECT_EQ(nina.Post("/gevinster/test-g-3/slett", {{"confirm", "yes"}, {"version", "1"}}).status, 403);
  ASSERT_EQ(nina.Get("/gevinster/ny").status, 200);
  auto foreign = nina.Post("/gevinster/ny", NewBenefitForm("test-g-5"));
  EXPECT_EQ(foreign.status, 403) << "an item of another organisation";
  EXPECT_TRUE(HtmlPage(foreign.body).HasText("//main", "Du kan bare føre gevinster for elementer din virksomhet eier."));
  EXPECT_EQ(server_->Get("/api/v1/benefits/test-g-3", AdminToken()).Json()["version"], 1);
}

TEST_P(BenefitPagesTest, AStaleFormIsRefusedAndKeepsWhatWasTyped) {
  ASSERT_EQ(Create("test-g-6").status, 303);
  ASSERT_EQ(kari_->Get("/gevinster/test-g-6/rediger").status, 200);
  json other = {{"key", "test-g-6"}, {"description", "Testgevinst: færre dobbeltregistreringer"},
                {"items", {kHdirItem}},  {"kind", "time"}, {"state", "realising"}, {"version", 1}};
  ASSERT_EQ(server_->Send("POST", "/api/v1/benefits", other, AdminToken()).status, 200);
  FormFields mine = NewBenefitForm("test-g-6");
  SetField(mine, "version", "1");
  SetField(mine, "comment", "Min kommentar");
  auto stale = kari_->Post("/gevinster/test-g-6/rediger", mine);
  ASSERT_EQ(stale.status, 409) << stale.body.substr(0, 600);
  HtmlPage page(stale.body);
  EXPECT_TRUE(page.HasText("//*[@role='alert']", "Gevinsten ble endret etter versjon 1 (nå versjon 2"));
  EXPECT_TRUE(page.Has("//*[@role='alert']//a[@href='/gevinster/test-g-6']")) << "the way to the new version";
  EXPECT_EQ(page.Text("//textarea[@name='comment']"), "Min kommentar") << "what was typed is kept";
  EXPECT_EQ(server_->Get("/api/v1/benefits/test-g-6", AdminToken()).Json()["state"], "realising");
}

TEST_P(BenefitPagesTest, TheApiReadsAndDeletesOneBenefitUnderTheItemsRights) {
  ASSERT_EQ(Create("test-g-7").status, 303);
  std::string nina = server_->AddUserWithToken("nina", "NHN", Role::kEditor);
  std::string kari = server_->AddUserWithToken("kari2", "Hdir", Role::kEditor);
  EXPECT_EQ(server_->Get("/api/v1/benefits/test-g-7").status, 401);
  EXPECT_EQ(server_->Get("/api/v1/benefits/test-g-7", nina).Json()["key"], "test-g-7");
  EXPECT_EQ(server_->Get("/api/v1/benefits/nothing", nina).status, 404);
  EXPECT_EQ(server_->Send("DELETE", "/api/v1/benefits/test-g-7?version=1", nullptr, nina).status, 403);
  auto stale = server_->Send("DELETE", "/api/v1/benefits/test-g-7?version=9", nullptr, kari);
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(Has(stale.body, "benefit_stale")) << stale.body;
  EXPECT_EQ(server_->Send("DELETE", "/api/v1/benefits/test-g-7?version=1", nullptr, kari).status, 204);
  EXPECT_EQ(server_->Send("DELETE", "/api/v1/benefits/test-g-7", nullptr, kari).status, 404);
}

// The text of a PDF `browser` downloads.
std::string PdfText(Browser& browser, const std::string& path) {
  auto r = browser.Get(path);
  EXPECT_EQ(r.status, 200) << r.body.substr(0, 300);
  std::string file = "/tmp/fremdrift-benefits-" + std::to_string(getpid()) + ".pdf";
  std::ofstream(file, std::ios::binary) << r.body;
  std::string text;
  if (FILE* p = popen(("pdftotext -q " + file + " -").c_str(), "r")) {
    char buf[4096];
    for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) text.append(buf, n);
    pclose(p);
  }
  std::remove(file.c_str());
  return text;
}

TEST_P(BenefitPagesTest, TheStatusReportListsAGoalsBenefitsToSignedInReaders) {
  ASSERT_EQ(Create("test-g-8").status, 303);
  const std::string report = "/rapport/2023-Q1?strategy=nes-2023-2030";
  auto page = kari_->Get(report);
  ASSERT_EQ(page.status, 200);
  HtmlPage report_page(page.body);
  EXPECT_TRUE(report_page.Has("//section[@id='mal-4']//h3[.='Gevinster']"));
  EXPECT_EQ(report_page.Text("//section[@id='mal-4']//ul[contains(@class, 'report-benefits')]/li/a"),
            "Testgevinst: færre dobbeltregistreringer");
  auto md = kari_->Get("/rapport/2023-Q1.md?strategy=nes-2023-2030");
  EXPECT_TRUE(Has(md.body, "### Gevinster"));
  EXPECT_TRUE(Has(md.body, "- Testgevinst: færre dobbeltregistreringer (Planlagt, Tid, Mål: 5 minutter)"))
      << md.body.substr(0, 300);
  EXPECT_TRUE(Has(PdfText(*kari_, "/rapport/2023-Q1.pdf?strategy=nes-2023-2030"), "Testgevinst"));
  Browser anonymous(server_->port());
  EXPECT_FALSE(Has(anonymous.Get(report).body, "Testgevinst"));
  EXPECT_FALSE(Has(anonymous.Get("/rapport/2023-Q1.md?strategy=nes-2023-2030").body, "Testgevinst"));
}

TEST_P(BenefitPagesTest, TheStrategyAndPortfolioPagesDrawTheirRisksHeatMapForSignedInReaders) {
  auto risk = [&](const std::string& key, const std::string& kind, const std::string& subject, int l, int c) {
    json body = {{"key", key}, {"subject_kind", kind}, {"subject", subject}, {"description", "Testrisiko " + key},
                 {"likelihood", l}, {"consequence", c}};
    auto r = server_->Send("POST", "/api/v1/risks", body, AdminToken());
    EXPECT_EQ(r.status, 200) << r.body;
  };
  risk("test-hr-1", "plan_item", kHdirItem, 5, 4);
  risk("test-hr-2", "portfolio_item", "digital-hjemmeoppfolging", 2, 2);  // a demo portfolio item

  auto strategy = kari_->Get("/strategi/nes-2023-2030");
  ASSERT_EQ(strategy.status, 200);
  HtmlPage strategy_page(strategy.body);
  const std::string heat = "//section[@class='risk-heat'][@aria-labelledby='strategy-risk-heat-heading']";
  EXPECT_TRUE(strategy_page.Has(heat + "/h2[@id='strategy-risk-heat-heading']"));
  EXPECT_TRUE(strategy_page.Has(heat + "//svg[@role='img']"));
  EXPECT_TRUE(strategy_page.Has(heat + "//svg//g/title[.='1 åpne risikoer med sannsynlighet 5 og konsekvens 4: nivå Høy']"));
  EXPECT_EQ(strategy_page.Text(heat + "//table/caption"),
            "Antall åpne risikoer etter sannsynlighet (rader) og konsekvens (kolonner)")
      << "the data table beside the chart";
  EXPECT_FALSE(Has(strategy.body, "1 åpne risikoer med sannsynlighet 2 og konsekvens 2")) << "not the portfolio's";
  EXPECT_TRUE(strategy_page.Has(heat + "//a[@href='/risikoer?gjelder=nes-2023-2030']"));

  auto pf = kari_->Get("/portefolje");
  ASSERT_EQ(pf.status, 200);
  HtmlPage portfolio(pf.body);
  const std::string pf_heat = "//section[@class='risk-heat'][@aria-labelledby='pf-risk-heat-heading']";
  EXPECT_TRUE(portfolio.Has(pf_heat + "/h2[@id='pf-risk-heat-heading']"));
  EXPECT_TRUE(portfolio.Has(pf_heat + "//svg//g/title[.='1 åpne risikoer med sannsynlighet 2 og konsekvens 2: nivå Lav']"));
  EXPECT_FALSE(Has(pf.body, "1 åpne risikoer med sannsynlighet 5 og konsekvens 4"));

  Browser anonymous(server_->port());
  EXPECT_FALSE(Has(anonymous.Get("/strategi/nes-2023-2030").body, "risk-heat"));
  EXPECT_FALSE(Has(anonymous.Get("/portefolje").body, "risk-heat"));
}

INSTANTIATE_PER_ENGINE(BenefitPagesTest);

}  // namespace
}  // namespace fremdrift::testing
