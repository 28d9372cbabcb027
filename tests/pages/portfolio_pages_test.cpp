// The portfolio and versioned-roadmap pages over HTTP with the demo
// dataset: every page is accessible, the page opens with the table of
// items, statuses are words on chips, a count chart appears only when it
// informs and is followed by its data table, the dependency graph has a text list, and
// the comparison page lists what slipped with both versions' bars.
#include <gtest/gtest.h>

#include "support/html_page.h"
#include "support/page_checks.h"
#include "support/api_fixture.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

class PortfolioPagesTest : public ApiTest {};

TEST_P(PortfolioPagesTest, ThePortfolioPageOpensWithItsTableAndDrawsOnlyChartsThatInform) {
  auto r = server_->Get("/portefolje");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  // Every demo item is "not assessed" with "not assessed" risk, in one
  // segment: a chart of one bar would say nothing the table does not.
  HtmlPage page(r.body);
  EXPECT_EQ(page.Count("//svg[contains(@class, 'chart-bar')]"), 0u);
  EXPECT_EQ(page.Texts("//main//table/caption"),
            (std::vector<std::string>{"Prosjekter og programmer med status og risiko",
                                      "Andel forsinkede prosjekter og programmer per fase"}))
      << "the items and the delays";
  EXPECT_TRUE(page.Has("//h2[.='Prosjekter og programmer']/following::*[@id='pf-delays-heading']"))
      << "the page opens with the table of items";
  EXPECT_FALSE(page.Has("//*[@id='pf-delays-heading']/following::h2[.='Prosjekter og programmer']"));
  // Status and risk as chips: the word and a mark, the colour only repeats them.
  const std::string chip = "//span[@class='ds-tag status-chip'][@data-color='neutral']";
  EXPECT_EQ(page.Count(chip + "[.='– Ikke vurdert'][span[@class='chip-mark'][@aria-hidden='true']='–']"), 20u);
  EXPECT_TRUE(page.Has("//main//li[.='Forsinket i utvikling: Ukjent']")) << "no item has both dates in the source";
  const std::string graph = "//svg[@class='dependency-graph'][@role='img']";
  EXPECT_EQ(page.Count(graph + "//*[@class='dg-edge']"), 1u);
  EXPECT_TRUE(page.Has(graph + "/desc[starts-with(., '1 avhengighet. Pilen går fra')]")) << "one edge, in the singular";
  EXPECT_EQ(page.Text("//ul[@class='dependency-list']/li"),
            "Dokumentdeling gjennom kjernejournal → Kjernejournal til sykehjem og hjemmetjenester");
  EXPECT_TRUE(page.Has("//ul[@class='dependency-list']/li[a[1][@href='/portefolje/dokumentdeling-kjernejournal']]"
                       "/a[2][@href='/portefolje/kjernejournal-sykehjem-hjemmetjenester']"));
  auto en = server_->Get("/portefolje?lang=en");
  ExpectAccessibleFrame(en, "en");
  HtmlPage english(en.body);
  EXPECT_TRUE(english.Has(chip + "[.='– Not assessed']"));
  EXPECT_TRUE(english.Has(graph + "/desc[starts-with(., '1 dependency. The arrow points')]"));
}

TEST_P(PortfolioPagesTest, AnItemPageShowsItsFactsAndItsStatusHistoryAsWords) {
  std::string admin = server_->AddUserWithToken("admin", "E-helse", Role::kAdmin);
  // 2023-Q3 is open, not published: the public page keeps "not assessed".
  auto put = server_->Send("PUT", "/api/v1/portfolio-items/helseplattformen/assessments/2023-Q3",
                           {{"status", "off_track"}, {"status_explanation", "Utsatt <innføring>"}}, admin);
  ASSERT_EQ(put.status, 200) << put.body;
  auto r = server_->Get("/portefolje/helseplattformen");
  ASSERT_EQ(r.status, 200);
  ExpectAccessibleFrame(r, "nb");
  HtmlPage item(r.body);
  EXPECT_EQ(item.Text(Definition("Eier")), "Helse Midt-Norge RHF");
  EXPECT_TRUE(item.Has("//main//p[.='Ikke vurdert i noen rapporteringsperiode ennå.']"));
  EXPECT_FALSE(Has(r.body, "Betydelig avvik"));
  EXPECT_FALSE(Has(r.body, "Utsatt")) << "nothing of the unpublished assessment";
  EXPECT_EQ(server_->Get("/portefolje/finnes-ikke").status, 404);
  auto pll = server_->Get("/portefolje/pasientens-legemiddelliste");
  HtmlPage programme(pll.body);
  EXPECT_TRUE(programme.Has("//main//a[@href='/strategi/nes-2023-2030/2B']")) << "links the plan item it serves";
  EXPECT_TRUE(programme.Has("//main//a[.='Kjernejournal til sykehjem og hjemmetjenester']")) << "lists its projects";
}

TEST_P(PortfolioPagesTest, TheVersionPageDrawsTheActionsAndListsTheMeasures) {
  auto r = server_->Get("/veikart/versjoner/22.2");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  HtmlPage version(r.body);
  EXPECT_EQ(version.Count("//svg//rect[starts-with(@class, 'tl-bar')]"), 10u);
  EXPECT_EQ(version.Text(Definition("Status")), "Utkast");
  EXPECT_EQ(version.Count("//h4[.='Forslag til tiltak for 2023']"), 8u);
  EXPECT_TRUE(version.HasText("//main", "Nasjonal innføring i løpet av 2026"));
  auto list = server_->Get("/veikart/versjoner");
  ExpectAccessibleFrame(list, "nb");
  EXPECT_TRUE(HtmlPage(list.body).Has("//main//a[@href='/veikart/versjoner/22.2']"));
  EXPECT_EQ(server_->Get("/veikart/versjoner/21.9").status, 404);
}

TEST_P(PortfolioPagesTest, TheComparisonPageListsWhatMovedWithBothVersionsBars) {
  std::string admin = server_->AddUserWithToken("admin", "E-helse", Role::kAdmin);
  ASSERT_EQ(server_->Send("POST", "/api/v1/roadmap-versions", {{"code", "22.3"}}, admin).status, 201);
  auto v = server_->Get("/api/v1/roadmap-versions/22.3").Json();
  v["services"][3]["actions"][6]["end"] = "2026";  // Helse Nord one year later
  v.erase("id");
  ASSERT_EQ(server_->Send("PUT", "/api/v1/roadmap-versions/22.3", v, admin).status, 200);
  auto r = server_->Get("/veikart/sammenlign?fra=22.2&til=22.3");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  HtmlPage comparison(r.body);
  EXPECT_TRUE(comparison.HasText("//main", "Flyttet senere: +1 år (slutt)"));
  EXPECT_EQ(comparison.Text("//main//p[a[@href='/veikart/versjoner/22.2']][a[@href='/veikart/versjoner/22.3']]"),
            "22.2 → 22.3: 0 lagt til, 0 fjernet, 1 flyttet senere, 0 flyttet tidligere, 0 endret.");
  EXPECT_EQ(comparison.Count("//svg//rect[starts-with(@class, 'tl-bar')]"), 2u) << "one bar per version";
  EXPECT_EQ(comparison.Count("//svg//rect[starts-with(@class, 'tl-bar tl-tentative')]"), 1u)
      << "the older version's bar is dashed";
  EXPECT_EQ(server_->Get("/veikart/sammenlign?fra=22.2").status, 400);
}

INSTANTIATE_PER_ENGINE(PortfolioPagesTest);

}  // namespace
}  // namespace fremdrift::testing
