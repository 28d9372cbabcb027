// The one filter pattern of the lists (templates/filter_form.mustache) on
// /veikart, /vedtak, /indikatorer and /portefolje, on both engines: the
// same GET form with labelled Designsystemet fields, a "Nullstill" link
// and the count of results, in bokmål and English; and on each page a
// filter narrows the list to what matches, keeping the page's own query
// parameter names.
#include "support/api_fixture.h"
#include "support/browser_session.h"
#include "support/html_page.h"
#include "support/page_checks.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

class ListFiltersTest : public ApiTest {
 protected:
  BrowserSession& Editor() {
    if (!editor_) editor_ = std::make_unique<BrowserSession>(
                      BrowserSession::SignInNewUser(*server_, "redaktor", "E-helse", Role::kEditor));
    return *editor_;
  }
  std::unique_ptr<BrowserSession> editor_;
};

// The shared pattern: a GET form to `path`, every control a labelled
// ds-field, a secondary button, the reset link and the count.
void ExpectFilterPattern(const std::string& body, const std::string& path, const std::string& reset_url,
                         const std::string& reset_text) {
  HtmlPage page(body);
  const std::string form = "//form[@class='filters'][@method='get'][@action='" + path + "'][@role='search']";
  ASSERT_EQ(page.Count(form), 1u) << path;
  const std::string controls = form + "//*[self::select or self::input][@class='ds-input']";
  const size_t n = page.Count(controls);
  EXPECT_GT(n, 0u);
  EXPECT_EQ(page.Count(controls + "[not(@id)]"), 0u) << "every control has an id for its label";
  for (const std::string& id : page.Texts(controls + "/@id")) {
    EXPECT_EQ(page.Count(form + "//label[@for='" + id + "']"), 1u) << id;
  }
  const std::string field = "div[starts-with(@class, 'ds-field field')]";
  EXPECT_EQ(page.Count(form + "//" + field), n) << "every control in a ds-field";
  EXPECT_EQ(page.Count(form + "//" + field + "//*[self::select or self::input][@class='ds-input']"), n)
      << "every control in a ds-field";
  EXPECT_TRUE(page.Has(form + "//button[@type='submit'][@class='ds-button'][@data-variant='secondary']"));
  EXPECT_EQ(page.Text("//a[@class='filters-reset'][@href='" + reset_url + "']"), reset_text);
  EXPECT_TRUE(page.Has("//p[@class='filter-count'][@role='status']"));
}

// The count above a filtered list, up to its first link: "Viser 42 av 42 leveranser.".
std::string CountText(const std::string& body) {
  return HtmlPage(body).Text("//p[@class='filter-count'][@role='status']/text()[1]");
}

// The rows of the page's tables that open with a row header.
size_t TableRows(const std::string& body) { return HtmlPage(body).Count("//main//table//tr[th[@scope='row']]"); }

TEST_P(ListFiltersTest, TheRoadmapUsesTheSharedPatternAndItsFiltersNarrowTheList) {
  auto all = server_->Get("/veikart");
  ASSERT_EQ(all.status, 200);
  ExpectFilterPattern(all.body, "/veikart", "/veikart?strategi=nes-2023-2030", "Nullstill");
  EXPECT_EQ(CountText(all.body), "Viser 42 av 42 leveranser.");
  auto phase = server_->Get("/veikart?fase=konsept");
  ASSERT_EQ(phase.status, 200);
  HtmlPage by_phase(phase.body);
  size_t rows = by_phase.Count("//tr[contains(concat(' ', @class, ' '), ' roadmap-row ')]");
  EXPECT_GT(rows, 0u);
  EXPECT_LT(rows, 42u);
  EXPECT_EQ(CountText(phase.body), "Viser " + std::to_string(rows) + " av 42 leveranser.");
  EXPECT_TRUE(by_phase.Has("//p[@class='active-filters'][starts-with(., 'Valgte filter: ')]/span[.='Fase: Konsept']"));
  auto en = server_->Get("/veikart?lang=en");
  ExpectFilterPattern(en.body, "/veikart", "/veikart?strategi=nes-2023-2030", "Reset");
}

TEST_P(ListFiltersTest, TheDecisionLogUsesTheSharedPatternAndItsFiltersNarrowTheList) {
  auto all = server_->Get("/vedtak");
  ASSERT_EQ(all.status, 200);
  ExpectAccessibleFrame(all, "nb");
  ExpectFilterPattern(all.body, "/vedtak", "/vedtak", "Nullstill");
  HtmlPage log(all.body);
  EXPECT_TRUE(log.Has("//input[@id='log-q'][@class='ds-input'][@name='q'][@type='search'][@value='']"));
  EXPECT_EQ(CountText(all.body), "Treff: 16 ·");
  EXPECT_TRUE(log.Has("//p[@class='filter-count']/a[starts-with(@href, '/vedtak.csv')]"));
  auto postponed = server_->Get("/vedtak?status=postponed&q=%3Cb%3E");
  ASSERT_EQ(postponed.status, 200);
  EXPECT_EQ(CountText(postponed.body), "Treff: 0 ·");
  EXPECT_EQ(HtmlPage(postponed.body).Attr("//input[@id='log-q']", "value"), "<b>") << "the words are kept";
  EXPECT_TRUE(Has(postponed.body, "value=\"&lt;b&gt;\"")) << "escaped";
  auto handled = server_->Get("/vedtak?status=postponed");
  HtmlPage one(handled.body);
  EXPECT_EQ(one.Count("//table//tr/th[@scope='row'][starts-with(., 'NUIT ')]"), 1u);
  EXPECT_TRUE(one.Has("//p[@class='active-filters']/span[.='Status: Utsatt']"));
  // A search from a meeting's page keeps its meeting when the form is sent again.
  auto meeting = server_->Get("/vedtak?mote=1");
  EXPECT_TRUE(HtmlPage(meeting.body).Has("//form[@class='filters']//input[@type='hidden'][@name='mote'][@value='1']"));
  auto en = server_->Get("/vedtak?lang=en");
  ExpectFilterPattern(en.body, "/vedtak", "/vedtak", "Reset");
}

TEST_P(ListFiltersTest, TheIndicatorListUsesTheSharedPatternAndItsFiltersNarrowTheList) {
  auto all = Editor().Get("/indikatorer");
  ASSERT_EQ(all.status, 200) << all.body;
  ExpectFilterPattern(all.body, "/indikatorer", "/indikatorer", "Nullstill");
  size_t total = TableRows(all.body);
  ASSERT_GT(total, 2u);
  EXPECT_EQ(CountText(all.body), "Viser " + std::to_string(total) + " av " + std::to_string(total) + " indikatorer.");

  auto internal = Editor().Get("/indikatorer?synlighet=intern");
  ASSERT_EQ(internal.status, 200);
  size_t internal_rows = TableRows(internal.body);
  EXPECT_GT(internal_rows, 0u);
  EXPECT_LT(internal_rows, total);
  HtmlPage internal_page(internal.body);
  EXPECT_TRUE(internal_page.Has("//tr/th[@scope='row'][.='pasientreiser-elektronisk']"));
  EXPECT_FALSE(internal_page.Has("//tr/th[@scope='row'][.='bekymret-akutt']"));

  auto words = Editor().Get("/indikatorer?q=BEKYMRET");
  EXPECT_EQ(HtmlPage(words.body).Texts("//main//table//tr/th[@scope='row']"), std::vector<std::string>{"bekymret-akutt"})
      << "words match ignoring case";
  auto none = Editor().Get("/indikatorer?q=finnes-ikke-noe-sted");
  EXPECT_TRUE(HtmlPage(none.body).HasText("//main", "Ingen indikatorer passer med filtrene."));
  EXPECT_EQ(Editor().Get("/indikatorer?synlighet=alle").status, 400);
}

TEST_P(ListFiltersTest, ThePortfolioUsesTheSharedPatternAndItsFiltersNarrowTheTable) {
  auto all = server_->Get("/portefolje");
  ASSERT_EQ(all.status, 200);
  ExpectFilterPattern(all.body, "/portefolje", "/portefolje", "Nullstill");
  EXPECT_EQ(CountText(all.body), "Viser 10 av 10 prosjekter og programmer.");
  auto programmes = server_->Get("/portefolje?type=programme");
  ASSERT_EQ(programmes.status, 200);
  ExpectAccessibleFrame(programmes, "nb");
  HtmlPage page(programmes.body);
  const std::string items = "(//main//table)[1]//tr[th[@scope='row']]";  // the table of items, before the delays
  size_t rows = page.Count(items + "[td[1]='Program']");
  EXPECT_GT(rows, 0u);
  EXPECT_EQ(page.Count(items + "[td[1]!='Program']"), 0u);
  EXPECT_EQ(page.Count("//td[.='Prosjekt']"), 0u);
  EXPECT_EQ(CountText(programmes.body), "Viser " + std::to_string(rows) + " av 10 prosjekter og programmer.");
  EXPECT_EQ(page.Text("//select[@name='type']/option[@value='programme'][@selected]"), "Program");
  auto none = server_->Get("/portefolje?status=on_track");
  EXPECT_TRUE(HtmlPage(none.body).HasText("//main", "Ingen prosjekter eller programmer passer med filtrene."));
  EXPECT_EQ(CountText(none.body), "Viser 0 av 10 prosjekter og programmer.");
  for (const char* bad : {"type=alt", "fase=tull", "status=bra", "risiko=lite"}) {
    auto r = server_->Get(std::string("/portefolje?") + bad);
    EXPECT_EQ(r.status, 400) << bad;
    std::string name = std::string(bad).substr(0, std::string(bad).find('='));
    EXPECT_EQ(HtmlPage(r.body).Text("//main//p[@class='lead']"), "Parameteren «" + name + "» har en ugyldig verdi.") << bad;
  }
  auto en = server_->Get("/portefolje?lang=en&type=project");
  ExpectAccessibleFrame(en, "en");
  ExpectFilterPattern(en.body, "/portefolje", "/portefolje", "Reset");
  EXPECT_EQ(CountText(en.body).rfind("Showing ", 0), 0u) << CountText(en.body);
}

INSTANTIATE_PER_ENGINE(ListFiltersTest);

}  // namespace
}  // namespace fremdrift::testing
