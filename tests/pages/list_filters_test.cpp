// The one filter pattern of the lists (templates/filter_form.mustache) on
// /veikart, /vedtak, /indikatorer and /portefolje, on both engines: the
// same GET form with labelled Designsystemet fields, a "Nullstill" link
// and the count of results, in bokmål and English; and on each page a
// filter narrows the list to what matches, keeping the page's own query
// parameter names.
#include <regex>

#include "support/api_fixture.h"
#include "support/browser_session.h"
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
  std::string open = "<form class=\"filters\" method=\"get\" action=\"" + path + "\" role=\"search\"";
  size_t at = body.find(open);
  ASSERT_NE(at, std::string::npos) << path;
  std::string form = body.substr(at, body.find("</form>", at) - at);
  std::regex control("<(?:select|input) id=\"([a-z-]+)\" class=\"ds-input\"");
  size_t controls = 0;
  for (std::sregex_iterator it(form.begin(), form.end(), control), end; it != end; ++it) {
    ++controls;
    EXPECT_TRUE(Has(form, "<label for=\"" + (*it)[1].str() + "\">")) << (*it)[1];
  }
  EXPECT_GT(controls, 0u);
  EXPECT_EQ(Count(form, "<div class=\"ds-field field"), controls) << "every control in a ds-field";
  EXPECT_TRUE(Has(body, "<button type=\"submit\" class=\"ds-button\" data-variant=\"secondary\">"));
  EXPECT_TRUE(Has(body, "<a class=\"filters-reset\" href=\"" + reset_url + "\">" + reset_text + "</a>"));
  EXPECT_TRUE(Has(body, "<p class=\"filter-count\" role=\"status\">"));
}

std::string CountText(const std::string& body) {
  size_t at = body.find("<p class=\"filter-count\" role=\"status\">");
  if (at == std::string::npos) return "";
  at = body.find('>', at) + 1;
  return body.substr(at, body.find('<', at) - at);
}

TEST_P(ListFiltersTest, TheRoadmapUsesTheSharedPatternAndItsFiltersNarrowTheList) {
  auto all = server_->Get("/veikart");
  ASSERT_EQ(all.status, 200);
  ExpectFilterPattern(all.body, "/veikart", "/veikart?strategi=nes-2023-2030", "Nullstill");
  EXPECT_EQ(CountText(all.body), "Viser 42 av 42 leveranser.");
  auto phase = server_->Get("/veikart?fase=konsept");
  ASSERT_EQ(phase.status, 200);
  size_t rows = Count(phase.body, "<tr class=\"roadmap-row");
  EXPECT_GT(rows, 0u);
  EXPECT_LT(rows, 42u);
  EXPECT_EQ(CountText(phase.body), "Viser " + std::to_string(rows) + " av 42 leveranser.");
  EXPECT_TRUE(Has(phase.body, "<p class=\"active-filters\">Valgte filter: "));
  EXPECT_TRUE(Has(phase.body, "Fase: Konsept</span>"));
  auto en = server_->Get("/veikart?lang=en");
  ExpectFilterPattern(en.body, "/veikart", "/veikart?strategi=nes-2023-2030", "Reset");
}

TEST_P(ListFiltersTest, TheDecisionLogUsesTheSharedPatternAndItsFiltersNarrowTheList) {
  auto all = server_->Get("/vedtak");
  ASSERT_EQ(all.status, 200);
  ExpectAccessibleFrame(all, "nb");
  ExpectFilterPattern(all.body, "/vedtak", "/vedtak", "Nullstill");
  EXPECT_TRUE(Has(all.body, "<input id=\"log-q\" class=\"ds-input\" name=\"q\" type=\"search\" value=\"\">"));
  EXPECT_TRUE(Has(all.body, "Treff: 16 · <a href=\"/vedtak.csv"));
  auto postponed = server_->Get("/vedtak?status=postponed&q=%3Cb%3E");
  ASSERT_EQ(postponed.status, 200);
  EXPECT_TRUE(Has(postponed.body, "Treff: 0"));
  EXPECT_TRUE(Has(postponed.body, "value=\"&lt;b&gt;\"")) << "the words are kept, escaped";
  auto handled = server_->Get("/vedtak?status=postponed");
  EXPECT_EQ(Count(handled.body, "<tr><th scope=\"row\">NUIT "), 1u);
  EXPECT_TRUE(Has(handled.body, "Status: Utsatt</span>"));
  // A search from a meeting's page keeps its meeting when the form is sent again.
  auto meeting = server_->Get("/vedtak?mote=1");
  EXPECT_TRUE(Has(meeting.body, "<input type=\"hidden\" name=\"mote\" value=\"1\">"));
  auto en = server_->Get("/vedtak?lang=en");
  ExpectFilterPattern(en.body, "/vedtak", "/vedtak", "Reset");
}

TEST_P(ListFiltersTest, TheIndicatorListUsesTheSharedPatternAndItsFiltersNarrowTheList) {
  auto all = Editor().Get("/indikatorer");
  ASSERT_EQ(all.status, 200) << all.body;
  ExpectFilterPattern(all.body, "/indikatorer", "/indikatorer", "Nullstill");
  size_t total = Count(all.body, "<tr><th scope=\"row\">");
  ASSERT_GT(total, 2u);
  EXPECT_EQ(CountText(all.body), "Viser " + std::to_string(total) + " av " + std::to_string(total) + " indikatorer.");

  auto internal = Editor().Get("/indikatorer?synlighet=intern");
  ASSERT_EQ(internal.status, 200);
  size_t internal_rows = Count(internal.body, "<tr><th scope=\"row\">");
  EXPECT_GT(internal_rows, 0u);
  EXPECT_LT(internal_rows, total);
  EXPECT_TRUE(Has(internal.body, ">pasientreiser-elektronisk</th>"));
  EXPECT_FALSE(Has(internal.body, ">bekymret-akutt</th>"));

  auto words = Editor().Get("/indikatorer?q=BEKYMRET");
  EXPECT_EQ(Count(words.body, "<tr><th scope=\"row\">"), 1u) << "words match ignoring case";
  EXPECT_TRUE(Has(words.body, ">bekymret-akutt</th>"));
  auto none = Editor().Get("/indikatorer?q=finnes-ikke-noe-sted");
  EXPECT_TRUE(Has(none.body, "Ingen indikatorer passer med filtrene."));
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
  size_t rows = Count(programmes.body, "</a></th><td>Program</td>") +
                Count(programmes.body, "</span></th><td>Program</td>");
  EXPECT_GT(rows, 0u);
  EXPECT_EQ(Count(programmes.body, "<td>Prosjekt</td>"), 0u);
  EXPECT_EQ(CountText(programmes.body), "Viser " + std::to_string(rows) + " av 10 prosjekter og programmer.");
  EXPECT_TRUE(Has(programmes.body, "<option value=\"programme\" selected>Program</option>"));
  auto none = server_->Get("/portefolje?status=on_track");
  EXPECT_TRUE(Has(none.body, "Ingen prosjekter eller programmer passer med filtrene."));
  EXPECT_TRUE(Has(none.body, "Viser 0 av 10 prosjekter og programmer."));
  for (const char* bad : {"type=alt", "fase=tull", "status=bra", "risiko=lite"}) {
    auto r = server_->Get(std::string("/portefolje?") + bad);
    EXPECT_EQ(r.status, 400) << bad;
    std::string name = std::string(bad).substr(0, std::string(bad).find('='));
    EXPECT_TRUE(Has(r.body, "Parameteren «" + name + "» har en ugyldig verdi.")) << bad;
  }
  auto en = server_->Get("/portefolje?lang=en&type=project");
  ExpectAccessibleFrame(en, "en");
  ExpectFilterPattern(en.body, "/portefolje", "/portefolje", "Reset");
  EXPECT_TRUE(Has(en.body, "Showing "));
}

INSTANTIATE_TEST_SUITE_P(Engines, ListFiltersTest, ::testing::ValuesIn(AllEngines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace fremdrift::testing
