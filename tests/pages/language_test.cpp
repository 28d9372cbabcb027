// Messages in the reader's language and input as Norwegians type it, over
// real HTTP on each engine: every form refusal, import summary and error
// page reads in bokmål on a Norwegian page and in English on an English
// one, with no English words on the Norwegian page; dates like 31.12.2019,
// numbers like 1 234,5 and percentages like 35 % are accepted in forms and
// CSV files, as are Norwegian column names.
#include <gtest/gtest.h>

#include "support/api_fixture.h"
#include "render/i18n.h"
#include "support/browser_session.h"
#include "support/demo_data.h"
#include "support/html_page.h"
#include "support/signed_in_browser.h"
#include "support/test_password.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

// English words our messages are made of; none may reach a Norwegian page.
const char* const kEnglishMarkers[] = {
    "must be",      "is required", "is not a",   "give a",  "unknown indicator", "Invalid value",
    "is empty",     "Technical",   "not a number", "write it as", "appears twice", "has no name",
    "the header",   "fields where", "justification", "must not",
};

void ExpectNoEnglish(const HttpResult& r, const std::string& what) {
  for (const char* marker : kEnglishMarkers) {
    EXPECT_FALSE(Has(r.body, marker)) << what << ": English \"" << marker << "\" on a Norwegian page";
  }
  EXPECT_FALSE(Has(r.body, "[problem_")) << what << ": a catalogue key is missing";
  EXPECT_FALSE(Has(r.body, "[field_")) << what << ": a catalogue key is missing";
}

class LanguageTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    server_->AddUserWithToken("ada", "E-helse", Role::kAdmin);
    browser_ = std::make_unique<Browser>(server_->port());
    ASSERT_EQ(browser_->SignIn(*server_, "ada", kPassword).status, 303);
  }

  const Catalogue& T(const std::string& lang) { return CatalogueFor(FREMDRIFT_SOURCE_DIR, lang); }

  // Switches the browser's language (remembered in a cookie).
  void Speak(const std::string& lang) { browser_->Get("/?lang=" + lang); }

  HttpResult PostMeasurement(const std::string& period, const std::string& value) {
    const std::string path = std::string("/indikatorer/") + kPublishedIndicator + "/maalinger";
    browser_->Get(path);
    return browser_->Post(path, {{"period", period}, {"value", value}, {"status", "final"},
                                 {"note", ""}, {"source_ref", ""}});
  }

  HttpResult Upload(const std::string& csv, const FormFields& fields = {}) {
    auto session = BrowserSession::SignInNewUser(*server_, "opplaster" + std::to_string(++uploads_),
                                                 "E-helse", Role::kAdmin);
    return session.PostMultipart("/indikatorer/last-opp" + lang_query_, fields,
                                 FormFile{"fil", "maalinger.csv", csv});
  }

  std::optional<double> ValueOf(const std::string& period) {
    auto series = server_->Get(std::string("/api/v1/indicators/") + kPublishedIndicator + "/series").Json();
    for (const auto& v : series.at("values")) {
      if (v["period"] == period && v["value"].is_number()) {
        return v["value"].get<double>();
      }
    }
    return std::nullopt;
  }

  std::unique_ptr<Browser> browser_;
  std::string lang_query_;
  int uploads_ = 0;
};

TEST_P(LanguageTest, ARefusedMeasurementSpeaksTheReadersLanguage) {
  for (const std::string lang : {"nb", "en"}) {
    Speak(lang);
    auto r = PostMeasurement("2023-Q5", "mange");
    ASSERT_EQ(r.status, 400) << r.body;
    HtmlPage page(r.body);
    EXPECT_TRUE(page.HasText("//*[@id='f-period-error']", T(lang).Format("problem_not_a_period", {{"period", "2023-Q5"}})))
        << lang;
    EXPECT_TRUE(page.HasText("//*[@id='f-value-error']", T(lang).Text("problem_not_a_number_or_null"))) << lang;
    if (lang == "nb") ExpectNoEnglish(r, "measurement form");
  }
}

TEST_P(LanguageTest, FormsTakeNumbersAndPercentagesAsNorwegiansTypeThem) {
  Speak("nb");
  EXPECT_EQ(PostMeasurement("2031", "1 234,5").status, 303);
  EXPECT_EQ(ValueOf("2031"), 1234.5);
  EXPECT_EQ(PostMeasurement("2032", "35 %").status, 303);
  EXPECT_EQ(ValueOf("2032"), 35.0);
  EXPECT_EQ(PostMeasurement("2033", "\xE2\x88\x92" "2,5").status, 303);
  EXPECT_EQ(ValueOf("2033"), -2.5);
  EXPECT_EQ(PostMeasurement("2034", "1\xC2\xA0" "000").status, 303);
  EXPECT_EQ(ValueOf("2034"), 1000.0);
  auto r = PostMeasurement("2035", "1.234,5");
  EXPECT_EQ(r.status, 400) << "a point as a thousands separator is ambiguous";
  ExpectNoEnglish(r, "measurement form");
}

TEST_P(LanguageTest, AnItemFormTakesDatesAsNorwegiansTypeThem) {
  auto item = DemoItem("1B-t1-d1");
  const std::string path = "/element/" + std::to_string(item["id"].get<int64_t>()) + "/rediger";
  auto form_fields = [&](const std::string& start, const std::string& end, int64_t version) {
    FormFields f{{"title", item["title"]}, {"code", item["code"]}, {"description", item["description"]},
                 {"version", std::to_string(version)}, {"start", start}, {"end", end}};
    for (const auto& o : item["owners"]) f.emplace_back("owners", o.get<std::string>());
    return f;
  };
  Speak("nb");
  browser_->Get(path);
  auto bad = browser_->Post(path, form_fields("31.02.2023", "", item["version"].get<int64_t>()));
  ASSERT_EQ(bad.status, 400) << bad.body;
  HtmlPage bad_page(bad.body);
  EXPECT_TRUE(bad_page.Has("//*[@id='f-start-error']"));
  EXPECT_EQ(bad_page.Attr("//input[@id='f-start']", "value"), "31.02.2023") << "what was typed is kept";
  ExpectNoEnglish(bad, "item form");
  auto before = browser_->Post(path, form_fields("01.01.2024", "31.12.2019", item["version"].get<int64_t>()));
  ASSERT_EQ(before.status, 400);
  ExpectNoEnglish(before, "item form, end before start");
  EXPECT_TRUE(HtmlPage(before.body).HasText("//*[contains(@class, 'field-error')]", "2024-01-01"));

  browser_->Get(path);
  auto ok = browser_->Post(path, form_fields("1.2.2019", "31.12.2019", item["version"].get<int64_t>()));
  ASSERT_EQ(ok.status, 303) << ok.body;
  auto stored = DemoItem("1B-t1-d1");
  EXPECT_EQ(stored["start"], "2019-02-01");
  EXPECT_EQ(stored["end"], "2019-12-31");
}

TEST_P(LanguageTest, TheImportSummarySpeaksTheReadersLanguage) {
  const std::string csv = std::string("indicator,period,value\n") + "finnes-ikke,2031,40\n" + kPublishedIndicator +
                          ",2023-Q5,41\n" + kPublishedIndicator + ",2031,mange\n";
  for (const std::string lang : {"nb", "en"}) {
    lang_query_ = "?lang=" + lang;
    auto r = Upload(csv);
    ASSERT_EQ(r.status, 409) << r.body;
    HtmlPage summary(r.body);
    const std::string conflicts = "//main//table//td";
    EXPECT_TRUE(summary.Has(conflicts + "[.='" + T(lang).Text("field_period") + "']")) << lang;
    if (lang == "nb") {
      ExpectNoEnglish(r, "import summary");
      EXPECT_TRUE(summary.HasText(conflicts, "Indikatoren «finnes-ikke» finnes ikke."));
      EXPECT_TRUE(summary.HasText(conflicts, "«mange» er ikke et tall."));
    } else {
      EXPECT_TRUE(summary.HasText(conflicts, "There is no indicator “finnes-ikke”."));
    }
  }
}

TEST_P(LanguageTest, CsvTakesNorwegianColumnNamesNumbersAndPercentages) {
  lang_query_ = "?lang=nb";
  const std::string csv = std::string("Indikator;periode;verdi;merknad\n") + kPublishedIndicator + ";2031;1 234,5;\n" +
                          kPublishedIndicator + ";2032;35 %;\n" + kPublishedIndicator + ";2033;\xE2\x88\x92" "2;\n";
  auto r = Upload(csv);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(ValueOf("2031"), 1234.5);
  EXPECT_EQ(ValueOf("2032"), 35.0);
  EXPECT_EQ(ValueOf("2033"), -2.0);
  // A comma-separated file quotes the Norwegian number.
  auto quoted = Upload(std::string("indikator,periode,verdi\n") + kPublishedIndicator + ",2034,\"1 000,25\"\n");
  ASSERT_EQ(quoted.status, 200) << quoted.body;
  EXPECT_EQ(ValueOf("2034"), 1000.25);
  // A file without the value column names it in Norwegian.
  auto missing = Upload(std::string("indikator;periode\n") + kPublishedIndicator + ";2035\n");
  EXPECT_EQ(missing.status, 400) << missing.body;
  EXPECT_TRUE(HtmlPage(missing.body).HasText("//main", "Overskriftsraden mangler kolonnen «verdi»."));
  ExpectNoEnglish(missing, "upload without a value column");
}

// Forms of other areas posted with bad values: the committee's new case,
// a meeting, a cost record and a cost group.
TEST_P(LanguageTest, OtherFormsRefuseBadValuesInTheReadersLanguage) {
  int64_t may = 0, september = 0;
  for (const auto& m : server_->Get("/api/v1/meetings?body=nuit").Json()) {
    if (m["date"] == "2022-05-19") may = m["id"].get<int64_t>();
    if (m["date"] == "2022-09-14") september = m["id"].get<int64_t>();
  }
  ASSERT_NE(may, 0);
  auto meeting = server_->Get("/api/v1/meetings/" + std::to_string(september)).Json();
  auto record = server_->Get("/api/v1/cost-sharing/solutions/helsenorge/years/2023").Json();
  std::string group_version;
  for (const auto& g : server_->Get("/api/v1/cost-sharing/groups").Json()) {
    if (g["key"] == "apotek") group_version = std::to_string(g["version"].get<int64_t>());
  }
  struct Case {
    std::string path;
    FormFields fields;
    std::string error_id;
  };
  const std::vector<Case> cases = {
      {"/moter/" + std::to_string(may) + "/ny-sak",
       {{"title", ""}, {"start_time", "25:99"}, {"links", "plan_item | finnes-ikke/9Z"}},
       "f-start_time-error"},
      {"/moter/" + std::to_string(september) + "/rediger",
       {{"date", "31.02.2022"}, {"number", "0"}, {"place", "Oslo"}, {"start_time", "15:00"},
        {"end_time", "10:00"}, {"state", "planned"}, {"breaks", ""},
        {"version", std::to_string(meeting["version"].get<int64_t>())}},
       "f-date-error"},
      {"/kostnadsdeling/losning/helsenorge/2023/rediger",
       {{"method", "increase_over_base"}, {"change", "28"}, {"base_year", "2021"}, {"key_rhf", "60 %"},
        {"key_kommuner", "30"}, {"key_apotek", ""}, {"source", record["source"]}, {"notes", ""},
        {"version", std::to_string(record["version"].get<int64_t>())}},
       "f-key-error"},
      {"/kostnadsdeling/gruppe/apotek/rediger",
       {{"name", ""}, {"sort_order", "tre"}, {"source", "x"}, {"version", group_version}},
       "f-sort_order-error"},
  };
  for (const std::string lang : {"nb", "en"}) {
    Speak(lang);
    for (const auto& c : cases) {
      browser_->Get(c.path);
      auto r = browser_->Post(c.path, c.fields);
      EXPECT_EQ(r.status, 400) << lang << " " << c.path << r.body;
      EXPECT_TRUE(HtmlPage(r.body).Has("//*[@id='" + c.error_id + "'][contains(@class, 'field-error')]"))
          << lang << " " << c.path;
      EXPECT_FALSE(Has(r.body, "[problem_")) << lang << " " << c.path;
      if (lang == "nb") ExpectNoEnglish(r, c.path);
    }
  }
}

TEST_P(LanguageTest, TheRoundDeadlineTakesANorwegianDateAndTime) {
  const std::string strategy = "?strategy=nes-2023-2030";
  Speak("nb");
  browser_->Get("/rapport/2023-Q3/dekning" + strategy);
  auto bad = browser_->Post("/rapport/2023-Q3/runde" + strategy,
                            {{"deadline", "31.02.2031 12:00"}, {"reminder_days", "fjorten"}, {"reporting_levels", "4"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(HtmlPage(bad.body).Has("//*[@id='f-deadline-error']"));
  ExpectNoEnglish(bad, "round form");
  browser_->Get("/rapport/2023-Q3/dekning" + strategy);
  auto ok = browser_->Post("/rapport/2023-Q3/runde" + strategy,
                           {{"deadline", "10.01.2031 kl. 12.00"}, {"reminder_days", "7"}, {"reporting_levels", "4"}});
  ASSERT_EQ(ok.status, 303) << ok.body;
  EXPECT_EQ(server_->Get("/api/v1/periods/2023-Q3/round", AdminToken()).Json()["deadline"], "2031-01-10T12:00");
}

// The assessment form's suggested status gives its reason in the reader's
// language (the roll-up's rule and parameters, not the domain's English).
TEST_P(LanguageTest, TheSuggestedStatusExplainsItselfInTheReadersLanguage) {
  for (const std::string lang : {"nb", "en"}) {
    Speak(lang);
    auto r = browser_->Get("/rapport/2023-Q3/vurder/item:1?strategy=nes-2023-2030");
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_TRUE(HtmlPage(r.body).HasText("//main", "(" + T(lang).Text("rollup_none_assessed") + ")")) << lang;
    if (lang == "nb") {
      for (const char* english : {"has been assessed", "worst of", "weighted mean", "lang=\"en\">("}) {
        EXPECT_FALSE(Has(r.body, english)) << english;
      }
    }
  }
}

TEST_P(LanguageTest, ErrorPagesGiveAShortExplanationAndAReferenceNotTheTechnicalText) {
  for (const std::string lang : {"nb", "en"}) {
    Browser anonymous(server_->port());
    anonymous.Get("/?lang=" + lang);
    auto missing = anonymous.Get("/finnes/ikke");
    ASSERT_EQ(missing.status, 404);
    HtmlPage not_found(missing.body);
    EXPECT_EQ(not_found.Text("//h1"), T(lang).Text("error_404_title"));
    EXPECT_TRUE(not_found.Has("//p[@class='error-detail'][starts-with(., '" + T(lang).Text("error_reference") +
                              ": ')]/code[normalize-space(.)!='']"));
    EXPECT_FALSE(Has(missing.body, "no page or resource")) << "the technical text goes to the log";
    if (lang == "nb") ExpectNoEnglish(missing, "404 page");

    Speak(lang);
    auto forbidden = browser_->Post("/indikatorer/last-opp", {}, false);  // no CSRF token
    ASSERT_EQ(forbidden.status, 403) << forbidden.body;
    HtmlPage refused(forbidden.body);
    EXPECT_EQ(refused.Text("//h1"), T(lang).Text("error_403_title"));
    EXPECT_TRUE(refused.Has("//p[@class='error-detail'][starts-with(., '" + T(lang).Text("error_reference") +
                            ": ')]/code[normalize-space(.)!='']"));
    if (lang == "nb") ExpectNoEnglish(forbidden, "403 page");
  }
}

TEST_P(LanguageTest, TheApiNamesTheRuleAndSpeaksTheAskedLanguage) {
  nlohmann::json m{{"indicator", kPublishedIndicator}, {"period", "2023-Q5"}, {"value", "mange"}};
  const std::string path = std::string("/api/v1/measurements");
  auto plain = server_->Send("POST", path, m, AdminToken());
  ASSERT_EQ(plain.status, 400) << plain.body;
  auto e = plain.Json()["error"];
  EXPECT_EQ(e["code"], "invalid");
  bool has_rule = false;
  for (const auto& p : e["problems"]) has_rule |= p.value("rule", "") == "not_a_number_or_null";
  EXPECT_TRUE(has_rule) << plain.body;
  EXPECT_TRUE(Has(plain.body, "must be a number")) << "without a language, the technical English text";

  auto nb = server_->Send("POST", path + "?lang=nb", m, AdminToken());
  ASSERT_EQ(nb.status, 400);
  EXPECT_TRUE(Has(nb.body, "Skriv et tall")) << nb.body;
  EXPECT_FALSE(Has(nb.body, "must be a number")) << nb.body;
}

INSTANTIATE_PER_ENGINE(LanguageTest);

}  // namespace
}  // namespace fremdrift::testing
