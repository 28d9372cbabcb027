// The evaluations on a strategy's page over real HTTP, on both engines
// (docs/strategy-model.md, "Evaluations"): the demo's evaluation of the
// 2017–2022 strategy is a table of its questions, each answer as its
// level's shape beside its words (never colour alone) and the comment, in
// bokmål and in English; text given only in bokmål is shown in bokmål and
// marked so on the English page.
#include <gtest/gtest.h>

#include "support/api_fixture.h"
#include "support/page_checks.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

class StrategyEvaluationPagesTest : public ApiTest {
 protected:
  // The table row (<tr>...</tr>) whose question reads `question`.
  static std::string Row(const std::string& html, const std::string& question) {
    size_t at = html.find(">" + question + "</th>");
    if (at == std::string::npos) return "";
    size_t start = html.rfind("<tr", at);
    return html.substr(start, html.find("</tr>", at) - start);
  }
};

TEST_P(StrategyEvaluationPagesTest, TheStrategyPageShowsTheEvaluationAsATableInBokmal) {
  auto page = server_->Get("/strategi/nes-2017-2022");
  ASSERT_EQ(page.status, 200) << page.body;
  ExpectAccessibleFrame(page, "nb");
  const std::string& b = page.body;
  EXPECT_TRUE(Has(b, "<h2 id=\"evalueringer-heading\">Evalueringer av strategien</h2>"));
  EXPECT_TRUE(Has(b, ">Vurdering av strategiens robusthet</h3>"));
  EXPECT_TRUE(Has(b, "<th scope=\"col\">Spørsmål</th><th scope=\"col\">Svar</th><th scope=\"col\">Kommentar</th>"));
  EXPECT_TRUE(Has(b, "Ny nasjonal e-helsestrategi – kunnskapsgrunnlag, versjon 0.7"));
  EXPECT_TRUE(Has(b, "<dd>Vurdering av strategiens robusthet</dd>")) << "the scale's name";
  std::string clear = Row(b, "Er det tatt tydelige strategiske valg, og i hvilken grad brukes de i sektoren?");
  ASSERT_FALSE(clear.empty()) << b;
  EXPECT_TRUE(Has(clear, "report-status-shape-triangle_down")) << clear;
  EXPECT_TRUE(Has(clear, "<span class=\"report-status-word\">I begrenset grad</span>")) << clear;
  EXPECT_TRUE(Has(clear, "handlingsplanen er lite kjent")) << "the comment";
  std::string together = Row(b, "Henger valgene i strategien sammen, og forsterker de hverandre?");
  EXPECT_TRUE(Has(together, "report-status-shape-square"));
  EXPECT_TRUE(Has(together, ">I liten grad</span>"));
  std::string robust = Row(b, "Er prioriteringene robuste, slik at de står seg i tiden fremover?");
  EXPECT_TRUE(Has(robust, "report-status-shape-diamond"));
  EXPECT_TRUE(Has(robust, ">I noen grad</span>"));
  // A strategy without evaluations has no such section.
  EXPECT_FALSE(Has(server_->Get("/strategi/nes-2023-2030").body, "evalueringer-heading"));
}

TEST_P(StrategyEvaluationPagesTest, TheStrategyPageShowsTheEvaluationInEnglish) {
  auto page = server_->Get("/strategi/nes-2017-2022?lang=en");
  ASSERT_EQ(page.status, 200) << page.body;
  ExpectAccessibleFrame(page, "en");
  const std::string& b = page.body;
  EXPECT_TRUE(Has(b, ">Evaluations of the strategy</h2>"));
  EXPECT_TRUE(Has(b, "<h3 id=\"evaluering-robusthet-2021\" lang=\"en\">Evaluation of the strategy&#39;s robustness</h3>") ||
              Has(b, "<h3 id=\"evaluering-robusthet-2021\" lang=\"en\">Evaluation of the strategy&#x27;s robustness</h3>"))
      << b;
  EXPECT_TRUE(Has(b, "<th scope=\"col\">Question</th><th scope=\"col\">Answer</th><th scope=\"col\">Comment</th>"));
  EXPECT_TRUE(Has(b, "<dd>Rating of the strategy&#39;s robustness</dd>") ||
              Has(b, "<dd>Rating of the strategy&#x27;s robustness</dd>"));
  std::string clear = Row(b, "Have clear strategic choices been made, and to what degree does the sector use them?");
  ASSERT_FALSE(clear.empty()) << b;
  EXPECT_TRUE(Has(clear, "<th scope=\"row\" lang=\"en\">"));
  EXPECT_TRUE(Has(clear, "report-status-shape-triangle_down"));
  EXPECT_TRUE(Has(clear, "<span class=\"report-status-word\">To a limited degree</span>"));
  EXPECT_TRUE(Has(clear, "the action plan is little known")) << clear;
  EXPECT_FALSE(Has(b, ">I begrenset grad</span>"));
}

TEST_P(StrategyEvaluationPagesTest, TextGivenOnlyInBokmalIsShownInBokmalOnTheEnglishPage) {
  ImportText(R"json({"format": "fremdrift-bundle", "version": 1, "strategy_evaluations": [
    {"strategy": "nes-2023-2030", "key": "test-midtveis", "title_nb": "Midtveisvurdering (test)",
     "date": "2026-06-30", "status_scale": "traffic_light",
     "questions": [{"question_nb": "Er målene fortsatt riktige?", "answer": "green"},
                   {"question_nb": "Er tiltakene finansiert?"}]}]})json");
  auto en = server_->Get("/strategi/nes-2023-2030?lang=en");
  ASSERT_EQ(en.status, 200);
  EXPECT_TRUE(Has(en.body, "<h3 id=\"evaluering-test-midtveis\" lang=\"nb\">Midtveisvurdering (test)</h3>"));
  EXPECT_TRUE(Has(en.body, "<dd>2026-06-30</dd>"));
  std::string right = Row(en.body, "Er målene fortsatt riktige?");
  EXPECT_TRUE(Has(right, "<th scope=\"row\" lang=\"nb\">"));
  EXPECT_TRUE(Has(right, ">Green</span>"));
  EXPECT_TRUE(Has(right, "No comment"));
  std::string funded = Row(en.body, "Er tiltakene finansiert?");
  EXPECT_TRUE(Has(funded, ">Not assessed</span>")) << funded;
  auto nb = server_->Get("/strategi/nes-2023-2030");
  EXPECT_TRUE(Has(nb.body, "<dd>30.06.2026</dd>"));
  EXPECT_TRUE(Has(Row(nb.body, "Er tiltakene finansiert?"), ">Ikke vurdert</span>"));
}

INSTANTIATE_PER_ENGINE(StrategyEvaluationPagesTest);

}  // namespace
}  // namespace fremdrift::testing
