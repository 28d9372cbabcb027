// The monitor's overview as a list a national monitor can use, over real
// HTTP on both engines: search words and a goal narrow it (the shared filter
// form), a large monitor comes a page of rows at a time with links to the
// other pages and a table of contents that finds each goal's page, and bad
// parameters are a 400 naming them. The demo's monitor fits on one page.
#include <gtest/gtest.h>

#include "app/bundle.h"
#include "formats/bundle_files.h"
#include "render/monitor_listing.h"
#include "support/html_page.h"
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
  HtmlPage page(r.body);
  const std::string form = "//form[@class='filters'][@method='get'][@action='/monitor'][@role='search']";
  EXPECT_TRUE(page.Has(form));
  EXPECT_EQ(page.Text(form + "//label[@for='mon-f-q']"), "Ord i kode eller navn");
  EXPECT_EQ(page.Text(form + "//select/option[@value='2'][not(@selected)]"), "Mål 2: Enklere arbeidshverdag");
  EXPECT_EQ(page.Text(form + "//select/option[@value='andre']"), "Andre indikatorer");
  EXPECT_EQ(page.Text("//p[@class='filter-count'][@role='status']"), "Viser 26 av 26 indikatorer.");
  EXPECT_FALSE(page.Has("//*[@class='pagination']")) << "one page: no page links";
  EXPECT_EQ(page.Text("//nav[@class='toc']//li/a[@href='#mal-2']"), "Mål 2: Enklere arbeidshverdag")
      << "the contents link on the page";
  EXPECT_TRUE(page.Has("//section/h2[.='Andre indikatorer']"));
}

TEST_P(MonitorListingPagesTest, WordsAndAGoalNarrowTheOverview) {
  auto words = Get("/monitor?q=KJERNEJOURNAL+kommune");
  ASSERT_EQ(words.status, 200) << words.body;
  HtmlPage by_words(words.body);
  EXPECT_TRUE(by_words.Has("//section//a[@href='/monitor/indikator/kj-kommune']"));
  EXPECT_FALSE(by_words.Has("//a[@href='/monitor/indikator/kj-fastlegekontor']")) << "every word must occur";
  const std::string count = "//p[@class='filter-count']";
  EXPECT_EQ(by_words.Text(count), "Viser 1 av 26 indikatorer.");
  EXPECT_TRUE(by_words.Has("//input[@id='mon-f-q'][@name='q'][@type='search'][@value='KJERNEJOURNAL kommune']"));
  const std::string goal_heading = "//section[@class='monitor-goal']/h2";
  EXPECT_EQ(by_words.Texts(goal_heading), std::vector<std::string>{"Mål 2: Enklere arbeidshverdag"})
      << "goals without a match are left out";

  HtmlPage goal(Get("/monitor?mal=2").body);
  EXPECT_EQ(goal.Texts(goal_heading), std::vector<std::string>{"Mål 2: Enklere arbeidshverdag"});
  EXPECT_TRUE(goal.Has("//select[@name='mal']/option[@value='2'][@selected]"));

  HtmlPage others(Get("/monitor?mal=andre").body);
  EXPECT_EQ(others.Texts(goal_heading), std::vector<std::string>{"Andre indikatorer"});

  auto none = Get("/monitor?q=finnesikke");
  ASSERT_EQ(none.status, 200);
  HtmlPage nothing(none.body);
  EXPECT_EQ(nothing.Text(count), "Viser 0 av 26 indikatorer.");
  EXPECT_EQ(nothing.Text("//main//p[@class='empty']"), "Ingen indikatorer passer med søket.");
  EXPECT_EQ(nothing.Count("//section[@class='monitor-goal']"), 0u);

  HtmlPage en(Get("/monitor?q=kjernejournal&lang=en").body);
  EXPECT_EQ(en.Text("//label[@for='mon-f-q']"), "Words in code or name");
  EXPECT_EQ(en.Text(count), "Showing 4 of 26 indicators.");
}

TEST_P(MonitorListingPagesTest, ALargeMonitorComesAPageAtATime) {
  size_t demo_rows = Rows(Get("/monitor").body);
  ASSERT_LE(demo_rows, kMonitorPageSize) << "the demo fits on one page";
  ImportMany(50);  // goal 1 gets 50 more rows: 76 published indicators, three pages of 24
  auto first = Get("/monitor");
  ASSERT_EQ(first.status, 200) << first.body;
  ExpectAccessibleFrame(first, "nb");
  EXPECT_EQ(Rows(first.body), 24u);
  HtmlPage page1(first.body);
  EXPECT_TRUE(page1.HasText("//p[@class='filter-count']", "Viser 76 av 76 indikatorer. Side 1 av 3"));
  const std::string pages = "//nav[@class='pagination'][@aria-label='Sider i oversikten']";
  EXPECT_TRUE(page1.Has(pages));
  EXPECT_EQ(page1.Text(pages + "//a[@href='/monitor'][@aria-label='Side 1'][@aria-current='page']"), "1");
  EXPECT_EQ(page1.Text(pages + "//a[@href='/monitor?side=3'][@aria-label='Side 3'][not(@aria-current)]"), "3");
  EXPECT_EQ(page1.Text(pages + "//a[@href='/monitor?side=2'][@rel='next']"), "Neste side");
  EXPECT_FALSE(page1.Has("//a[@rel='prev']")) << "no page before the first";
  // The contents find a goal on the page it starts on.
  const std::string toc = "//nav[@class='toc']//li/a";
  EXPECT_TRUE(page1.Has(toc + "[@href='#mal-1']"));
  EXPECT_TRUE(page1.Has(toc + "[@href='/monitor?side=3#mal-3']"));
  EXPECT_FALSE(page1.Has("//h2[@id='mal-3']")) << "goal 3 is on page 3";
  // Only the page's indicators are drawn.
  EXPECT_LE(page1.Count("//svg[@class='chart chart-spark']"), 24u);

  auto second = Get("/monitor?side=2");
  ASSERT_EQ(second.status, 200);
  EXPECT_EQ(Rows(second.body), 24u);
  HtmlPage page2(second.body);
  EXPECT_EQ(page2.Text("//h2[@id='mal-1'][@lang='nb']"),
            "Mål 1: Aktiv medvirkning i egen og næres helse (fortsatt fra forrige side)");
  EXPECT_EQ(page2.Text("//h2[@id='mal-1']/span[@class='meta'][@lang='nb']"), "(fortsatt fra forrige side)");
  EXPECT_EQ(page2.Text(pages + "//a[@href='/monitor'][@rel='prev']"), "Forrige side");
  EXPECT_EQ(page2.Text(pages + "//a[@href='/monitor?side=3'][@rel='next']"), "Neste side");
  EXPECT_TRUE(page2.Has(toc + "[@href='#mal-1']")) << "goal 1 runs over onto this page: a link on the page";
  EXPECT_FALSE(page2.Has("//a[starts-with(@href, '/monitor?side=2#')]")) << "nothing links to the page it is on";

  auto third = Get("/monitor?side=3");
  ASSERT_EQ(third.status, 200);
  EXPECT_EQ(Rows(third.body), demo_rows + 50 - 48) << "the rest";
  HtmlPage page3(third.body);
  EXPECT_TRUE(page3.Has("//h2[@id='mal-3']"));
  EXPECT_TRUE(page3.Has("//section/h2[.='Andre indikatorer']"));
  EXPECT_FALSE(page3.Has("//a[@rel='next']")) << "no page after the last";

  // Paging keeps the search.
  HtmlPage goal(Get("/monitor?q=mengdeindikator&mal=1").body);
  EXPECT_TRUE(goal.HasText("//p[@class='filter-count']", "Viser 50 av 76 indikatorer. Side 1 av 3"));
  EXPECT_TRUE(goal.Has(pages + "//a[@href='/monitor?q=mengdeindikator&mal=1&side=2'][@rel='next']"));
  EXPECT_EQ(Rows(Get("/monitor?q=mengdeindikator&mal=1&side=3").body), 2u);
}

TEST_P(MonitorListingPagesTest, BadParametersGiveA400PageNamingThem) {
  for (const char* query : {"mal=finnes-ikke", "side=0", "side=x", "side=-1", "side=2", "side=1x"}) {
    auto r = Get(std::string("/monitor?") + query);
    EXPECT_EQ(r.status, 400) << query;
    std::string name = std::string(query).substr(0, std::string(query).find('='));
    EXPECT_EQ(HtmlPage(r.body).Text("//main//p[@class='lead']"), "Parameteren «" + name + "» har en ugyldig verdi.")
        << query;
  }
}

INSTANTIATE_PER_ENGINE(MonitorListingPagesTest);

}  // namespace
}  // namespace fremdrift::testing
