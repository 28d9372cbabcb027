// Keeping a strategy's evaluations in the browser, over real HTTP on each
// engine (docs/strategy-model.md, "Evaluations"): an admin opens "Ny
// evaluering" from the strategy page's section, fills in the questions
// (each a fieldset with labelled fields, the answers in words), gets
// refusals next to the field in bokmål or English, changes and deletes an
// evaluation, each audited; the forms need the CSRF token; editors and
// readers get no links and are refused; a stale form is refused with 409.
#include <gtest/gtest.h>

#include "support/api_fixture.h"
#include "support/html_page.h"
#include "support/page_checks.h"
#include "support/signed_in_browser.h"
#include "support/test_password.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

const char* kNew = "/strategi/nes-2023-2030/evalueringer/ny";

FormFields NewEvaluationForm(const std::string& key) {
  return {{"key", key},
          {"title_nb", "Midtveisevaluering"},
          {"title_en", ""},
          {"date", "30.06.2026"},
          {"source", "Testkilde"},
          {"status_scale", "robusthet"},
          {"version", "0"},
          {"rows", "3"},
          {"q0_question_nb", "Er målene tydelige?"},
          {"q0_question_en", "Are the goals clear?"},
          {"q0_answer", "i_noen_grad"},
          {"q0_comment_nb", "Delvis."},
          {"q0_comment_en", ""},
          {"q1_question_nb", "Er tiltakene fulgt opp?"},
          {"q1_question_en", ""},
          {"q1_answer", "not_assessed"},
          {"q1_comment_nb", ""},
          {"q1_comment_en", ""},
          {"q2_question_nb", ""},  // left empty: no question
          {"q2_question_en", ""},
          {"q2_answer", "not_assessed"},
          {"q2_comment_nb", ""},
          {"q2_comment_en", ""}};
}

class StrategyEvaluationFormTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    AdminToken();  // the user "admin"
    admin_ = std::make_unique<Browser>(server_->port());
    ASSERT_EQ(admin_->SignIn(*server_, "admin", kPassword).status, 303);
  }

  json Stored(const std::string& key) {
    auto r = server_->Get("/api/v1/strategies/nes-2023-2030/evaluations/" + key, AdminToken());
    return r.status == 200 ? r.Json() : json();
  }

  std::unique_ptr<Browser> admin_;
};

TEST_P(StrategyEvaluationFormTest, AnAdminCreatesChangesAndDeletesAnEvaluationThroughTheForms) {
  auto strategy = admin_->Get("/strategi/nes-2023-2030");
  ASSERT_EQ(strategy.status, 200);
  HtmlPage page(strategy.body);
  EXPECT_TRUE(page.Has("//section[@aria-labelledby='evalueringer-heading']//a[@href='/strategi/nes-2023-2030/evalueringer/ny'][.='Ny evaluering']"))
      << "the section shows the way to add one even when there is none";

  auto form = admin_->Get(kNew);
  ASSERT_EQ(form.status, 200) << form.body.substr(0, 600);
  ExpectAccessibleFrame(form, "nb");
  HtmlPage f(form.body);
  EXPECT_TRUE(f.Has("//main//form[@method='post']/input[@type='hidden'][@name='csrf_token'][@value!='']"));
  EXPECT_TRUE(f.Has("//label[@for='f-title_nb'][starts-with(., 'Tittel (bokmål)')]"));
  EXPECT_TRUE(f.Has("//fieldset[contains(concat(' ', @class, ' '), ' evaluation-question ')]/legend[.='Spørsmål 1']"));
  EXPECT_EQ(f.Count("//fieldset[contains(concat(' ', @class, ' '), ' evaluation-question ')]"), 3u) << "three empty questions to start";
  EXPECT_TRUE(f.Has("//label[@for='f-q0_answer'][.='Svar']"));
  EXPECT_TRUE(f.Has("//select[@id='f-status_scale']/option[@value='traffic_light'][@selected]"))
      << "the strategy's own scale first";
  EXPECT_TRUE(f.Has("//select[@id='f-q0_answer']/option[@value='red'][.='Rød']")) << "answers in words";
  EXPECT_TRUE(f.Has("//select[@id='f-q0_answer']/option[@value='not_assessed'][.='Ikke vurdert']"));

  // More questions without saving.
  FormFields more = NewEvaluationForm("midtveis-2026");
  more.push_back({"more", "1"});
  auto more_page = admin_->Post(kNew, more);
  ASSERT_EQ(more_page.status, 200) << more_page.body.substr(0, 600);
  EXPECT_EQ(HtmlPage(more_page.body).Count("//fieldset[contains(concat(' ', @class, ' '), ' evaluation-question ')]"), 4u);
  EXPECT_TRUE(Has(more_page.body, "value=\"Er målene tydelige?\"")) << "what was typed is kept";
  EXPECT_TRUE(Stored("midtveis-2026").is_null()) << "nothing saved";

  size_t audit = AuditCount();
  auto made = admin_->Post(kNew, NewEvaluationForm("midtveis-2026"));
  ASSERT_EQ(made.status, 303) << made.body.substr(0, 800);
  EXPECT_EQ(made.headers["Location"], "/strategi/nes-2023-2030?evaluering=lagret#evaluering-midtveis-2026");
  json stored = Stored("midtveis-2026");
  ASSERT_FALSE(stored.is_null());
  EXPECT_EQ(stored["date"], "2026-06-30") << "a Norwegian date is stored as ISO";
  ASSERT_EQ(stored["questions"].size(), 2u) << "the empty question is left out";
  EXPECT_EQ(stored["questions"][0]["answer"], "i_noen_grad");
  EXPECT_EQ(stored["questions"][0]["question_en"], "Are the goals clear?");
  EXPECT_EQ(AuditCount(), audit + 1);
  auto shown = admin_->Get("/strategi/nes-2023-2030?evaluering=lagret");
  EXPECT_TRUE(Has(shown.body, "Evalueringen er lagret."));
  EXPECT_TRUE(Has(shown.body, ">Midtveisevaluering</h3>"));
  EXPECT_TRUE(HtmlPage(shown.body).Has("//a[@href='/strategi/nes-2023-2030/evalueringer/midtveis-2026/rediger']"));

  // Changed: the form holds the stored questions and one empty more.
  const std::string edit = "/strategi/nes-2023-2030/evalueringer/midtveis-2026/rediger";
  auto edit_form = admin_->Get(edit);
  ASSERT_EQ(edit_form.status, 200);
  HtmlPage ef(edit_form.body);
  EXPECT_EQ(ef.Count("//fieldset[contains(concat(' ', @class, ' '), ' evaluation-question ')]"), 3u);
  EXPECT_TRUE(ef.Has("//input[@id='f-date'][@value='30.06.2026']"));
  EXPECT_TRUE(ef.Has("//select[@id='f-q0_answer']/option[@value='i_noen_grad'][@selected]"));
  EXPECT_FALSE(ef.Has("//input[@name='key']")) << "the key cannot change";
  FormFields change = NewEvaluationForm("midtveis-2026");
  SetField(change, "version", "1");
  SetField(change, "title_nb", "Midtveisevaluering, revidert");
  SetField(change, "date", "2026");
  SetField(change, "q1_question_nb", "");  // removed
  auto saved = admin_->Post(edit, change);
  ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 800);
  stored = Stored("midtveis-2026");
  EXPECT_EQ(stored["title_nb"], "Midtveisevaluering, revidert");
  EXPECT_EQ(stored["date"], "2026");
  EXPECT_EQ(stored["questions"].size(), 1u);
  EXPECT_EQ(stored["version"], 2);

  // The form opened at version 1 is stale now: refused, what was typed kept.
  SetField(change, "title_nb", "Skal ikke lagres");
  auto stale = admin_->Post(edit, change);
  EXPECT_EQ(stale.status, 409) << stale.body.substr(0, 600);
  EXPECT_TRUE(Has(stale.body, "Evalueringen ble endret etter at du åpnet den (du så versjon 1, nå er den versjon 2)."));
  EXPECT_TRUE(Has(stale.body, "value=\"Skal ikke lagres\""));

  // Deleted after the confirmation.
  const std::string del = "/strategi/nes-2023-2030/evalueringer/midtveis-2026/slett";
  ASSERT_EQ(admin_->Get(del).status, 200);
  auto unconfirmed = admin_->Post(del, {{"version", "2"}});
  EXPECT_EQ(unconfirmed.status, 400);
  EXPECT_TRUE(Has(unconfirmed.body, "Kryss av for å bekrefte at evalueringen skal slettes."));
  auto gone = admin_->Post(del, {{"confirm", "yes"}, {"version", "2"}});
  ASSERT_EQ(gone.status, 303) << gone.body.substr(0, 600);
  EXPECT_TRUE(Stored("midtveis-2026").is_null());
  auto audit_rows = server_->Get("/api/v1/audit?entity=strategy_evaluation&id=nes-2023-2030/midtveis-2026", AdminToken());
  ASSERT_EQ(audit_rows.Json().size(), 3u);
  EXPECT_EQ(audit_rows.Json()[0]["action"], "delete");
  EXPECT_EQ(audit_rows.Json()[0]["actor"], "admin");
}

TEST_P(StrategyEvaluationFormTest, RefusalsAreShownNextToTheirFieldsInBokmal) {
  ASSERT_EQ(admin_->Get(kNew).status, 200);
  FormFields bad = NewEvaluationForm("midtveis-2026");
  SetField(bad, "date", "våren 2026");
  SetField(bad, "title_nb", "");
  SetField(bad, "q1_answer", "green");       // not on the scale robusthet
  SetField(bad, "q1_question_nb", "");       // an answer without its question
  auto r = admin_->Post(kNew, bad);
  EXPECT_EQ(r.status, 400) << r.body.substr(0, 600);
  ExpectAccessibleFrame(r, "nb");
  HtmlPage p(r.body);
  EXPECT_TRUE(p.Has("//p[@id='f-date-error'][contains(., 'Skriv et årstall (ÅÅÅÅ) eller en dato')]")) << r.body;
  EXPECT_TRUE(p.Has("//input[@id='f-date'][@aria-invalid='true'][contains(@aria-describedby,'f-date-error')]"));
  EXPECT_TRUE(p.Has("//p[@id='f-title_nb-error']"));
  EXPECT_TRUE(p.Has("//p[@id='f-q1_answer-error'][contains(., 'Svaret «green» er ikke et nivå på skalaen robusthet.')]"));
  EXPECT_TRUE(p.Has("//p[@id='f-q1_question_nb-error']"));
  EXPECT_TRUE(p.Has("//select[@id='f-q1_answer']/option[@value='green'][@selected][contains(., 'ikke på skalaen')]"))
      << "the answer stays as typed, said to be off the scale";
  EXPECT_TRUE(p.Has("//div[contains(@class,'error-summary')]//a[@href='#f-q1_answer']"));
  EXPECT_FALSE(Has(r.body, "must be")) << "no English on a Norwegian page";
  // A key taken already.
  ASSERT_EQ(admin_->Post(kNew, NewEvaluationForm("midtveis-2026")).status, 303);
  ASSERT_EQ(admin_->Get(kNew).status, 200);
  auto twice = admin_->Post(kNew, NewEvaluationForm("midtveis-2026"));
  EXPECT_EQ(twice.status, 409);
  EXPECT_TRUE(HtmlPage(twice.body).Has("//p[@id='f-key-error'][contains(., 'allerede en evaluering med nøkkelen «midtveis-2026»')]"))
      << twice.body.substr(0, 2000);
}

TEST_P(StrategyEvaluationFormTest, TheFormIsInEnglishWithRefusalsInEnglish) {
  auto form = admin_->Get(std::string(kNew) + "?lang=en");
  ASSERT_EQ(form.status, 200);
  ExpectAccessibleFrame(form, "en");
  HtmlPage f(form.body);
  EXPECT_TRUE(f.Has("//h1[.='New evaluation of Nasjonal e-helsestrategi 2023–2030'] | //h1[starts-with(., 'New evaluation of')]"));
  EXPECT_TRUE(f.Has("//label[@for='f-title_en'][.='Title (English)']"));
  EXPECT_TRUE(f.Has("//select[@id='f-q0_answer']/option[@value='red'][.='Red']"));
  EXPECT_TRUE(f.Has("//button[@name='more'][.='Add a question']"));
  FormFields bad = NewEvaluationForm("Ikke En Slug");
  SetField(bad, "q0_answer", "green");
  auto r = admin_->Post(kNew, bad);
  EXPECT_EQ(r.status, 400);
  HtmlPage p(r.body);
  EXPECT_TRUE(p.Has("//p[@id='f-q0_answer-error'][contains(., 'The answer “green” is not a level of the scale robusthet.')]"))
      << r.body.substr(0, 3000);
  EXPECT_TRUE(p.Has("//p[@id='f-key-error']"));
  auto strategy = admin_->Get("/strategi/nes-2017-2022?lang=en");
  EXPECT_TRUE(HtmlPage(strategy.body).Has("//a[@href='/strategi/nes-2017-2022/evalueringer/robusthet-2021/rediger'][starts-with(., 'Edit')]"));
}

TEST_P(StrategyEvaluationFormTest, TheFormsNeedTheCsrfTokenAndTheAdminRole) {
  ASSERT_EQ(admin_->Get(kNew).status, 200);
  EXPECT_EQ(admin_->Post(kNew, NewEvaluationForm("uten-token"), false).status, 403) << "no CSRF token";
  EXPECT_EQ(admin_->Post("/strategi/nes-2017-2022/evalueringer/robusthet-2021/slett", {{"confirm", "yes"}, {"version", "1"}}, false).status,
            403);
  EXPECT_TRUE(Stored("uten-token").is_null());
  // An editor sees no links and is refused.
  server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
  Browser kari(server_->port());
  ASSERT_EQ(kari.SignIn(*server_, "kari", kPassword).status, 303);
  auto page = kari.Get("/strategi/nes-2017-2022");
  EXPECT_TRUE(Has(page.body, "Evalueringer av strategien"));
  EXPECT_FALSE(Has(page.body, "/evalueringer/ny")) << "no link for an editor";
  EXPECT_FALSE(Has(page.body, "/evalueringer/robusthet-2021/rediger"));
  EXPECT_FALSE(Has(kari.Get("/strategi/nes-2023-2030").body, "evalueringer-heading")) << "nothing to show her";
  EXPECT_EQ(kari.Get(kNew).status, 403);
  EXPECT_EQ(kari.Get("/strategi/nes-2017-2022/evalueringer/robusthet-2021/rediger").status, 403);
  EXPECT_EQ(kari.Post(kNew, NewEvaluationForm("fra-kari")).status, 403);
  EXPECT_EQ(kari.Post("/strategi/nes-2017-2022/evalueringer/robusthet-2021/slett", {{"confirm", "yes"}, {"version", "1"}}).status,
            403);
  EXPECT_TRUE(Stored("fra-kari").is_null());
  // The anonymous are sent to sign in; an unknown evaluation is not found.
  Browser anonymous(server_->port());
  EXPECT_NE(anonymous.Get(kNew).status, 200);
  EXPECT_EQ(admin_->Get("/strategi/nes-2023-2030/evalueringer/ingen-slik/rediger").status, 404);
}

INSTANTIATE_PER_ENGINE(StrategyEvaluationFormTest);

}  // namespace
}  // namespace fremdrift::testing
