// The monitor's overview as a list a national monitor can use, over real
// HTTP on both engines: search words and a goal narrow it (the shared filter
// form), a large monitor comes a page of rows at a time with links to the
// other pages and a table of contents that finds each goal's page, and bad
// parameters are a 400 naming them. The demo's monitor fits on one page.
#include <gtest/gtest.h>

#include "app/bundle.h"
#include "formats/bundle_files.h"
#include "render/monitor_listing.h"
#include "support/page_checks.h"
#include "support/api_fixture.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

// The number of indicator cards and "coming" lines on a page.
size_t Rows(const std::string& html) {
  return Count(html, "<li class=\"indicator-card") + Count(html, "<span class=\"ds-tag\" data-color=\"neutral\">");
}

class MonitorListingPagesTest : public ApiTest {
 protected:
  HttpResult Get(const std::string& path) { return HttpRequest(server_->port(), "GET", path, "", {}); }
  // `n` published indicators "mengde-01"... serving goal 1, each with two
  // yearly figures.
  void ImportMany(int n) {
    std::string indicators, measurements;
    for (int i = 1; i <= n; ++i) {
      std::string code = std::string("mengde-") + (i < 10 ? "0" : "") + std::to_string(i);
      if (i > 1) indicators += ",", measurements += ",";
      indicators += R"({"code": ")" + code + R"(", "name": "Mengdeindikator )" + std::to_string(i) +
                    R"(", "unit": "count", "direction": "higher_is_better", "period_type": "year",
                    "published": true, "serves": [{"strategy": "nes-2023-2030", "item": "1"}]})";
      measurements += R"({"indicator": ")" + code + R"(", "period": "2022", "value": 1},
                        {"indicator": ")" + code + R"(", "period": "2023", "value": 2})";
    }
    auto lease = server_->pool().Acquire();
    ImportBundle(*lease,
                 {ParseBundleText("many.json", R"({"format": "fremdrift-bundle", "version": 1, "indicators": [)" +
                                                   indicators + "], \"measurements\": [" + measurements + "]}")},
                 "test");
  }
};

TEST_P(MonitorListingPagesTest, TheDemoFitsOnOnePageWithASearchFormAndEveryGoal) {
  auto r = Get("/monitor");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  EXPECT_TRUE(Has(r.body, "<form class=\"filters\" method=\"get\" action=\"/monitor\" role=\"search\""));
  EXPECT_TRUE(Has(r.body, "<label for=\"mon-f-q\">Ord i kode eller navn</label>"));
  EXPECT_TRUE(Has(r.body, "<option value=\"2\">Mål 2: Enklere arbeidshverdag</option>"));
  EXPECT_TRUE(Has(r.body, "<option value=\"andre\">Andre indikatorer</option>"));
  EXPECT_TRUE(Has(r.body, "<p class=\"filter-count\" role=\"status\">Viser 26 av 26 indikatorer.</p>"));
  EXPECT_FALSE(Has(r.body, "class=\"pagination\"")) << "one page: no page links";
  EXPECT_TRUE(Has(r.body, "<li><a href=\"#mal-2\">Mål 2: Enklere arbeidshverdag</a>")) << "the contents link on the page";
  EXPECT_TRUE(Has(r.body, ">Andre indikatorer</h2>"));
}

TEST_P(MonitorListingPagesTest, WordsAndAGoalNarrowTheOverview) {
  auto words = Get("/monitor?q=KJERNEJOURNAL+kommune");
  ASSERT_EQ(words.status, 200) << words.body;
  EXPECT_TRUE(Has(words.body, "href=\"/monitor/indikator/kj-kommune\""));
  EXPECT_FALSE(Has(words.body, "href=\"/monitor/indikator/kj-fastlegekontor\"")) << "every word must occur";
  EXPECT_TRUE(Has(words.body, "Viser 1 av 26 indikatorer."));
  EXPECT_TRUE(Has(words.body, "<input id=\"mon-f-q\" class=\"ds-input\" name=\"q\" type=\"search\" value=\"KJERNEJOURNAL kommune\""));
  EXPECT_FALSE(Has(words.body, ">Mål 1: Aktiv medvirkning i egen og næres helse</h2>")) << "goals without a match are left out";
  EXPECT_TRUE(Has(words.body, ">Mål 2: Enklere arbeidshverdag</h2>"));

  auto goal = Get("/monitor?mal=2");
  ASSERT_EQ(goal.status, 200);
  EXPECT_TRUE(Has(goal.body, ">Mål 2: Enklere arbeidshverdag</h2>"));
  EXPECT_EQ(Count(goal.body, "<section class=\"monitor-goal\""), 1u);
  EXPECT_TRUE(Has(goal.body, "<option value=\"2\" selected>"));

  auto others = Get("/monitor?mal=andre");
  ASSERT_EQ(others.status, 200);
  EXPECT_TRUE(Has(others.body, ">Andre indikatorer</h2>"));
  EXPECT_EQ(Count(others.body, "<section class=\"monitor-goal\""), 1u);

  auto none = Get("/monitor?q=finnesikke");
  ASSERT_EQ(none.status, 200);
  EXPECT_TRUE(Has(none.body, "Viser 0 av 26 indikatorer."));
  EXPECT_TRUE(Has(none.body, "<p class=\"empty\">Ingen indikatorer passer med søket.</p>"));
  EXPECT_EQ(Count(none.body, "<section class=\"monitor-goal\""), 0u);

  auto en = Get("/monitor?q=kjernejournal&lang=en");
  EXPECT_TRUE(Has(en.body, "<label for=\"mon-f-q\">Words in code or name</label>"));
  EXPECT_TRUE(Has(en.body, "Showing 4 of 26 indicators.")) << en.body.substr(en.body.find("filter-count"), 200);
}

TEST_P(MonitorListingPagesTest, ALargeMonitorComesAPageAtATime) {
  size_t demo_rows = Rows(Get("/monitor").body);
  ASSERT_LE(demo_rows, kMonitorPageSize) << "the demo fits on one page";
  ImportMany(50);  // goal 1 gets 50 more rows: 76 published indicators, three pages of 24
  auto first = Get("/monitor");
  ASSERT_EQ(first.status, 200) << first.body;
  ExpectAccessibleFrame(first, "nb");
  EXPECT_EQ(Rows(first.body), 24u);
  EXPECT_TRUE(Has(first.body, "Viser 76 av 76 indikatorer. Side 1 av 3"));
  EXPECT_TRUE(Has(first.body, "<nav class=\"pagination\" aria-label=\"Sider i oversikten\">"));
  EXPECT_TRUE(Has(first.body, "<a href=\"/monitor\" aria-label=\"Side 1\" aria-current=\"page\">1</a>"));
  EXPECT_TRUE(Has(first.body, "<a href=\"/monitor?side=3\" aria-label=\"Side 3\">3</a>"));
  EXPECT_TRUE(Has(first.body, "<a href=\"/monitor?side=2\" rel=\"next\">Neste side</a>"));
  EXPECT_FALSE(Has(first.body, "rel=\"prev\"")) << "no page before the first";
  // The contents find a goal on the page it starts on.
  EXPECT_TRUE(Has(first.body, "<li><a href=\"#mal-1\">"));
  EXPECT_TRUE(Has(first.body, "<li><a href=\"/monitor?side=3#mal-3\">"));
  EXPECT_FALSE(Has(first.body, "<h2 id=\"mal-3\"")) << "goal 3 is on page 3";
  // Only the page's indicators are drawn.
  EXPECT_LE(Count(first.body, "class=\"chart chart-spark\""), 24u);

  auto second = Get("/monitor?side=2");
  ASSERT_EQ(second.status, 200);
  EXPECT_EQ(Rows(second.body), 24u);
  EXPECT_TRUE(Has(second.body, "<h2 id=\"mal-1\" lang=\"nb\">Mål 1: Aktiv medvirkning i egen og næres helse "
                               "<span class=\"meta\" lang=\"nb\">(fortsatt fra forrige side)</span></h2>"));
  EXPECT_TRUE(Has(second.body, "<a href=\"/monitor\" rel=\"prev\">Forrige side</a>"));
  EXPECT_TRUE(Has(second.body, "<a href=\"/monitor?side=3\" rel=\"next\">Neste side</a>"));
  EXPECT_TRUE(Has(second.body, "<li><a href=\"#mal-1\">")) << "goal 1 runs over onto this page: a link on the page";
  EXPECT_FALSE(Has(second.body, "href=\"/monitor?side=2#")) << "nothing links to the page it is on";

  auto third = Get("/monitor?side=3");
  ASSERT_EQ(third.status, 200);
  EXPECT_EQ(Rows(third.body), demo_rows + 50 - 48) << "the rest";
  EXPECT_TRUE(Has(third.body, "<h2 id=\"mal-3\""));
  EXPECT_TRUE(Has(third.body, ">Andre indikatorer</h2>"));
  EXPECT_FALSE(Has(third.body, "rel=\"next\"")) << "no page after the last";

  // Paging keeps the search.
  auto goal = Get("/monitor?q=mengdeindikator&mal=1");
  EXPECT_TRUE(Has(goal.body, "Viser 50 av 76 indikatorer. Side 1 av 3"));
  EXPECT_TRUE(Has(goal.body, "<a href=\"/monitor?q=mengdeindikator&amp;mal=1&amp;side=2\" rel=\"next\">"));
  EXPECT_EQ(Rows(Get("/monitor?q=mengdeindikator&mal=1&side=3").body), 2u);
}

TEST_P(MonitorListingPagesTest, BadParametersGiveA400PageNamingThem) {
  for (const char* query : {"mal=finnes-ikke", "side=0", "side=x", "side=-1", "side=2", "side=1x"}) {
    auto r = Get(std::string("/monitor?") + query);
    EXPECT_EQ(r.status, 400) << query;
    std::string name = std::string(query).substr(0, std::string(query).find('='));
    EXPECT_TRUE(Has(r.body, "Parameteren «" + name + "» har en ugyldig verdi.")) << query << r.body;
  }
}

INSTANTIATE_TEST_SUITE_P(Engines, MonitorListingPagesTest, ::testing::ValuesIn(AllEngines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace fremdrift::testing
