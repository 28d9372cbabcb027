// The signed-in indicator pages over real HTTP, on both engines: adding a
// measurement in the browser shows in the public monitor, a CSV upload
// answers with the import summary (and writes nothing on errors or in a dry
// run), stale forms are refused with a message, CSRF is required, anonymous
// readers are sent to sign in, and internal indicators stay internal.
#include "support/api_fixture.h"
#include "support/browser_session.h"
#include "support/demo_data.h"
#include "support/html_page.h"
#include "support/page_checks.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

constexpr const char* kInternal = "pasientreiser-elektronisk";

class IndicatorFormsTest : public ApiTest {
 protected:
  BrowserSession& Editor() {
    if (!editor_) editor_ = std::make_unique<BrowserSession>(
                      BrowserSession::SignInNewUser(*server_, "redaktor", "E-helse", Role::kEditor));
    return *editor_;
  }

  std::string InternalName() {
    return server_->Get("/api/v1/indicators/" + std::string(kInternal), AdminToken()).Json()["name"];
  }

  std::unique_ptr<BrowserSession> editor_;
};

TEST_P(IndicatorFormsTest, EditorAddsAMeasurementThroughTheFormAndTheMonitorShowsIt) {
  auto form = Editor().Get(std::string("/indikatorer/") + kPublishedIndicator + "/maalinger");
  ASSERT_EQ(form.status, 200) << form.body;
  ExpectAccessibleFrame(form, "nb");
  HtmlPage form_page(form.body);
  EXPECT_TRUE(form_page.Has("//form//label[@for='f-period'][following::input[@id='f-period']]"));
  EXPECT_TRUE(form_page.Has("//form//label[@for='f-value'][following::input[@id='f-value']]"));

  auto saved = Editor().Post(std::string("/indikatorer/") + kPublishedIndicator + "/maalinger",
                             {{"period", "2031"}, {"value", "42,5"}, {"status", "provisional"},
                              {"note", "Lagt inn i skjema"}, {"source_ref", ""}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.headers["Location"], std::string("/indikatorer/") + kPublishedIndicator + "/maalinger?lagret=1");

  auto monitor = server_->Get(std::string("/monitor/indikator/") + kPublishedIndicator);
  ASSERT_EQ(monitor.status, 200);
  EXPECT_TRUE(HtmlPage(monitor.body).Has("//table//tr[@data-period='2031']")) << "the monitor's table has the new value";
  auto series = server_->Get(std::string("/api/v1/indicators/") + kPublishedIndicator + "/series").Json();
  bool found = false;
  for (const auto& v : series.at("values")) found |= v["period"] == "2031" && v["value"] == 42.5;
  EXPECT_TRUE(found) << series.dump();

  auto list = Editor().Get(std::string("/indikatorer/") + kPublishedIndicator + "/maalinger?lagret=1");
  HtmlPage saved_page(list.body);
  EXPECT_TRUE(saved_page.HasText("//*[@role='status']", "Endringene er lagret."));
  EXPECT_TRUE(saved_page.Has("//section[@class='history']/h2[@id='history-heading']"));
  EXPECT_TRUE(saved_page.Has("//section[@class='history']//td[.='redaktor']")) << "the history names who added it";
}

TEST_P(IndicatorFormsTest, AnInvalidMeasurementKeepsWhatWasTypedWithErrorsByTheFields) {
  Editor();
  std::string before = Export();
  auto r = Editor().Post(std::string("/indikatorer/") + kPublishedIndicator + "/maalinger",
                         {{"period", "2031-Q9"}, {"value", "mange"}, {"status", "final"}, {"note", ""},
                          {"source_ref", ""}});
  EXPECT_EQ(r.status, 400);
  HtmlPage page(r.body);
  EXPECT_TRUE(page.Has("//*[@id='f-period-error']"));
  EXPECT_TRUE(page.Has("//*[@id='f-value-error']"));
  EXPECT_EQ(page.Attr("//input[@id='f-period']", "value"), "2031-Q9") << "what was typed is kept";
  EXPECT_EQ(page.Attr("//input[@id='f-value']", "value"), "mange");
  EXPECT_EQ(Export(), before);
}

TEST_P(IndicatorFormsTest, CsvUploadWithOneBadLineShowsTheSummaryAndWritesNothing) {
  Editor();
  std::string before = Export();
  FormFile csv{"fil", "maalinger.csv",
               std::string("indicator,period,value\n") + kPublishedIndicator + ",2031,40\n" + kPublishedIndicator +
                   ",2031-Q9,41\n"};
  auto r = Editor().PostMultipart("/indikatorer/last-opp", {}, csv);
  EXPECT_EQ(r.status, 409) << r.body;
  ExpectAccessibleFrame(r, "nb");
  HtmlPage summary(r.body);
  EXPECT_TRUE(summary.HasText("//main", "Ingenting er lagret fordi filen har feil."));
  EXPECT_TRUE(summary.Has("//table//tr[td[1][@class='num']='3'][td[2]='Periode']")) << "line 3, column period";
  EXPECT_EQ(Export(), before);

  auto skipped = Editor().PostMultipart("/indikatorer/last-opp", {{"valg", "skip_invalid"}}, csv);
  EXPECT_EQ(skipped.status, 200) << skipped.body;
  EXPECT_TRUE(HtmlPage(skipped.body).HasText("//main", "Målingene er lagret."));
  EXPECT_NE(Export(), before) << "the good line is written when invalid ones are skipped";
}

TEST_P(IndicatorFormsTest, DryRunWritesNothing) {
  Editor();
  std::string before = Export();
  FormFile csv{"fil", "maalinger.csv", std::string("indicator;period;value\n") + kPublishedIndicator + ";2031;40,5\n"};
  auto r = Editor().PostMultipart("/indikatorer/last-opp", {{"valg", "dry_run"}}, csv);
  EXPECT_EQ(r.status, 200) << r.body;
  HtmlPage summary(r.body);
  EXPECT_TRUE(summary.HasText("//main", "Prøvekjøring: ingenting er lagret."));
  EXPECT_EQ(summary.Text(Definition("Nye")), "1");
  EXPECT_EQ(Export(), before);
}

TEST_P(IndicatorFormsTest, AStaleIndicatorEditIsRefusedWithAMessageAndALink) {
  const std::string path = std::string("/indikatorer/") + kPublishedIndicator + "/rediger";
  auto form = Editor().Get(path);
  ASSERT_EQ(form.status, 200) << form.body;
  ExpectAccessibleFrame(form, "nb");
  std::string version = InputValue(form.body, "version");
  ASSERT_FALSE(version.empty());
  // Someone else saves first.
  auto other = server_->Send("PUT", std::string("/api/v1/indicators/") + kPublishedIndicator,
                             {{"version", std::stoll(version)}, {"name", "Endret av en annen"}}, AdminToken());
  ASSERT_EQ(other.status, 200) << other.body;

  auto r = Editor().Post(path, {{"version", version}, {"name", "Mitt navn"}, {"unit", "percent"},
                                {"direction", "higher_is_better"}, {"period_type", "year"},
                                {"published", "yes"}});
  EXPECT_EQ(r.status, 409);
  HtmlPage page(r.body);
  EXPECT_TRUE(page.HasText("//*[@role='alert']", "Noen andre har lagret endringer etter at du åpnet skjemaet."));
  EXPECT_EQ(page.Text("//*[@role='alert']//a[@href='" + path + "']"), "Se gjeldende versjon");
  EXPECT_EQ(page.Attr("//input[@name='name']", "value"), "Mitt navn") << "what was typed is kept";
  EXPECT_EQ(server_->Get(std::string("/api/v1/indicators/") + kPublishedIndicator).Json()["name"], "Endret av en annen");
}

TEST_P(IndicatorFormsTest, AStaleMeasurementEditIsRefused) {
  const std::string& token = AdminToken();
  ASSERT_EQ(server_->Send("POST", "/api/v1/measurements", {{"indicator", kPublishedIndicator}, {"period", "2031"}, {"value", 1}},
                          token).status, 201);
  auto form = Editor().Get(std::string("/indikatorer/") + kPublishedIndicator + "/maalinger?periode=2031");
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(HtmlPage(form.body).Has("//form//input[@id='f-edit_value']"));
  ASSERT_EQ(server_->Send("PUT", "/api/v1/measurements",
                          {{"indicator", kPublishedIndicator}, {"period", "2031"}, {"value", 2}, {"version", 1}}, token).status,
            200);
  auto r = Editor().Post(std::string("/indikatorer/") + kPublishedIndicator + "/maalinger/endre",
                         {{"version", "1"}, {"period", "2031"}, {"edit_value", "3"}, {"edit_status", "final"},
                          {"edit_note", ""}, {"edit_source_ref", ""}});
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_TRUE(HtmlPage(r.body).HasText("//*[@role='alert']", "Noen andre har lagret endringer"));
  auto listed = server_->Get(std::string("/api/v1/indicators/") + kPublishedIndicator + "/measurements", token).Json();
  for (const auto& m : listed) {
    if (m["period"] == "2031") {
      EXPECT_EQ(m["value"], 2);
    }
  }
}

TEST_P(IndicatorFormsTest, WithoutTheCsrfTokenNothingChanges) {
  Editor();
  std::string before = Export();
  auto r = Editor().Post(std::string("/indikatorer/") + kPublishedIndicator + "/maalinger",
                         {{"period", "2031"}, {"value", "1"}, {"status", "final"}}, false);
  EXPECT_EQ(r.status, 403);
  auto upload = Editor().PostMultipart(
      "/indikatorer/last-opp", {}, {"fil", "a.csv", std::string("indicator,period,value\n") + kPublishedIndicator + ",2031,1\n"},
      false);
  EXPECT_EQ(upload.status, 403);
  auto del = Editor().Post(std::string("/indikatorer/") + kPublishedIndicator + "/slett", {{"confirm", "yes"}, {"version", "1"}},
                           false);
  EXPECT_EQ(del.status, 403);
  EXPECT_EQ(Export(), before);
}

TEST_P(IndicatorFormsTest, AnonymousReadersAreSentToSignIn) {
  for (std::string path : {"/indikatorer", "/indikatorer/last-opp", "/indikatorer/bekymret-akutt/rediger",
                           "/indikatorer/bekymret-akutt/maalinger"}) {
    auto r = server_->Get(path);
    EXPECT_EQ(r.status, 303) << path;
    EXPECT_EQ(r.headers["Location"].rfind("/logg-inn?neste=", 0), 0u) << path << " " << r.headers["Location"];
  }
}

TEST_P(IndicatorFormsTest, InternalIndicatorsAreNeverShownToThePublic) {
  std::string name = InternalName();
  EXPECT_FALSE(Has(server_->Get("/monitor").body, name));
  EXPECT_EQ(server_->Get(std::string("/monitor/indikator/") + kInternal).status, 404);
  EXPECT_EQ(server_->Get(std::string("/api/v1/indicators/") + kInternal + "/measurements").status, 404);
  EXPECT_FALSE(Has(server_->Get("/api/v1/indicators").body, kInternal));
  auto list = Editor().Get("/indikatorer");
  ASSERT_EQ(list.status, 200);
  ExpectAccessibleFrame(list, "nb");
  HtmlPage indicators(list.body);
  EXPECT_TRUE(indicators.HasText("//main//table", name)) << "signed-in users see internal indicators";
  EXPECT_TRUE(indicators.Has(std::string("//main//a[@href='/indikatorer/") + kInternal + "/rediger']"));
}

TEST_P(IndicatorFormsTest, CreateEditTargetAndDeleteWithConfirmation) {
  auto created = Editor().Post("/indikatorer", {{"code", "skjema-test"}, {"name", "Skjematest"}, {"unit", "count"},
                                                {"direction", "higher_is_better"}, {"period_type", "year"},
                                                {"baseline_value", "5"}, {"baseline_period", "2020"}});
  ASSERT_EQ(created.status, 303) << created.body;
  EXPECT_EQ(created.headers["Location"], "/indikatorer/skjema-test/rediger?lagret=1");
  auto page = Editor().Get("/indikatorer/skjema-test/rediger");
  std::string version = InputValue(page.body, "version");

  auto target = Editor().Post("/indikatorer/skjema-test/maal",
                              {{"version", version}, {"target_value", "60"}, {"target_by", "2025-12-31"},
                               {"target_label", "60 innen 2025"}, {"target_dimensions", ""}});
  ASSERT_EQ(target.status, 303) << target.body;
  page = Editor().Get("/indikatorer/skjema-test/rediger");
  HtmlPage edit_page(page.body);
  EXPECT_TRUE(edit_page.Has("//h2[@id='maal']/following::table[1]//td[.='60 innen 2025']"));
  EXPECT_TRUE(edit_page.Has("//section[@class='history']/h2[@id='history-heading']"));
  version = InputValue(page.body, "version");

  auto unconfirmed = Editor().Post("/indikatorer/skjema-test/slett", {{"version", version}});
  EXPECT_EQ(unconfirmed.status, 400);
  EXPECT_TRUE(HtmlPage(unconfirmed.body).HasText("//*[@id='f-confirm-error']", "Kryss av for å bekrefte"));
  EXPECT_EQ(server_->Get("/api/v1/indicators/skjema-test", AdminToken()).status, 200);

  auto deleted = Editor().Post("/indikatorer/skjema-test/slett", {{"version", version}, {"confirm", "yes"}});
  EXPECT_EQ(deleted.status, 303) << deleted.body;
  EXPECT_EQ(server_->Get("/api/v1/indicators/skjema-test", AdminToken()).status, 404);
}

TEST_P(IndicatorFormsTest, ReadersMayLookButNotEdit) {
  auto reader = BrowserSession::SignInNewUser(*server_, "leser", "E-helse", Role::kReader);
  EXPECT_EQ(reader.Get("/indikatorer").status, 200);
  EXPECT_EQ(reader.Get(std::string("/indikatorer/") + kPublishedIndicator + "/rediger").status, 403);
  std::string before = Export();
  EXPECT_EQ(reader.Post(std::string("/indikatorer/") + kPublishedIndicator + "/maalinger",
                        {{"period", "2031"}, {"value", "1"}, {"status", "final"}}).status,
            403);
  EXPECT_EQ(Export(), before);
}

TEST_P(IndicatorFormsTest, TheMonitorLinksSignedInEditorsToTheForms) {
  const std::string path = std::string("/monitor/indikator/") + kPublishedIndicator;
  const std::string edit = std::string("/indikatorer/") + kPublishedIndicator + "/rediger";
  EXPECT_FALSE(Has(server_->Get(path).body, edit));
  EXPECT_TRUE(HtmlPage(Editor().Get(path).body).Has("//main//a[@href='" + edit + "']"));
}

INSTANTIATE_PER_ENGINE(IndicatorFormsTest);

}  // namespace
}  // namespace fremdrift::testing
