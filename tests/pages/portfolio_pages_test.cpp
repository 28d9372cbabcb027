// The portfolio and versioned-roadmap pages over HTTP with the demo
// dataset: every page is accessible, the page opens with the table of
// items, statuses are words on chips, a count chart appears only when it
// informs and is followed by its data table, the dependency graph has a text list, and
// the comparison page lists what slipped with both versions' bars.
#include <gtest/gtest.h>

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
  EXPECT_EQ(Count(r.body, "class=\"chart chart-bar\""), 0u);
  EXPECT_EQ(Count(r.body, "<caption>"), 2u) << "the items and the delays";
  EXPECT_LT(r.body.find("<h2>Prosjekter og programmer</h2>"), r.body.find("id=\"pf-delays-heading\""))
      << "the page opens with the table of items";
  // Status and risk as chips: the word and a mark, the colour only repeats them.
  EXPECT_EQ(Count(r.body, "<span class=\"ds-tag status-chip\" data-color=\"neutral\"><span class=\"chip-mark\" "
                          "aria-hidden=\"true\">–</span> Ikke vurdert</span>"), 20u);
  EXPECT_TRUE(Has(r.body, "Forsinket i utvikling: Ukjent")) << "no item has both dates in the source";
  EXPECT_EQ(Count(r.body, "class=\"dg-edge\""), 1u);
  EXPECT_TRUE(Has(r.body, ">1 avhengighet. Pilen går fra")) << "one edge, in the singular";
  EXPECT_TRUE(Has(r.body, "class=\"dependency-list\""));
  EXPECT_TRUE(Has(r.body, ">Dokumentdeling gjennom kjernejournal</a> → <a href=\"/portefolje/kjernejournal-sykehjem-hjemmetjenester\">"));
  auto en = server_->Get("/portefolje?lang=en");
  ExpectAccessibleFrame(en, "en");
  EXPECT_TRUE(Has(en.body, "Not assessed"));
  EXPECT_TRUE(Has(en.body, ">1 dependency. The arrow points"));
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
  EXPECT_TRUE(Has(r.body, "Helse Midt-Norge RHF"));
  EXPECT_TRUE(Has(r.body, "Ikke vurdert i noen rapporteringsperiode ennå."));
  EXPECT_FALSE(Has(r.body, "Betydelig avvik"));
  EXPECT_EQ(server_->Get("/portefolje/finnes-ikke").status, 404);
  auto pll = server_->Get("/portefolje/pasientens-legemiddelliste");
  EXPECT_TRUE(Has(pll.body, "href=\"/strategi/nes-2023-2030/2B\"")) << "links the plan item it serves";
  EXPECT_TRUE(Has(pll.body, "Kjernejournal til sykehjem og hjemmetjenester")) << "lists its projects";
}

TEST_P(PortfolioPagesTest, TheVersionPageDrawsTheActionsAndListsTheMeasures) {
  auto r = server_->Get("/veikart/versjoner/22.2");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  EXPECT_EQ(Count(r.body, "<rect class=\"tl-bar"), 10u);
  EXPECT_TRUE(Has(r.body, "Utkast"));
  EXPECT_EQ(Count(r.body, "Forslag til tiltak for 2023"), 8u);
  EXPECT_TRUE(Has(r.body, "Nasjonal innføring i løpet av 2026"));
  auto list = server_->Get("/veikart/versjoner");
  ExpectAccessibleFrame(list, "nb");
  EXPECT_TRUE(Has(list.body, "href=\"/veikart/versjoner/22.2\""));
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
  EXPECT_TRUE(Has(r.body, "Flyttet senere: +1 år (slutt)"));
  EXPECT_TRUE(Has(r.body, "0 lagt til, 0 fjernet, 1 flyttet senere, 0 flyttet tidligere, 0 endret."));
  EXPECT_EQ(Count(r.body, "<rect class=\"tl-bar"), 2u) << "one bar per version";
  EXPECT_EQ(Count(r.body, "tl-bar tl-tentative"), 1u) << "the older version's bar is dashed";
  EXPECT_EQ(server_->Get("/veikart/sammenlign?fra=22.2").status, 400);
}

INSTANTIATE_TEST_SUITE_P(Engines, PortfolioPagesTest, ::testing::ValuesIn(AllEngines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace fremdrift::testing
