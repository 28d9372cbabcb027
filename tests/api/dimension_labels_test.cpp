// The label catalogue of an indicator's breakdowns, over real HTTP on both
// engines: the demo's labels reach the API, the monitor (in both
// languages, in the catalogue's order) and the downloads; editors change
// them in the browser (CSRF, audit, version) and through the API; readers
// may not; and the measurement form offers the existing values, with a new
// value only by explicit choice.
#include "support/api_fixture.h"
#include "support/browser_session.h"
#include "support/page_checks.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

constexpr const char* kServices = "kj-kommune";  // dimension "tjeneste"
constexpr const char* kGroups = "bekymret-akutt";  // dimension "gruppe", value "innbyggere"

class DimensionLabelsTest : public ApiTest {
 protected:
  BrowserSession& Editor() {
    if (!editor_) editor_ = std::make_unique<BrowserSession>(
                      BrowserSession::SignInNewUser(*server_, "redaktor", "E-helse", Role::kEditor));
    return *editor_;
  }
  std::unique_ptr<BrowserSession> editor_;
};

TEST_P(DimensionLabelsTest, TheDemosLabelsReachTheApiTheMonitorAndTheDownloads) {
  json ind = server_->Get(std::string("/api/v1/indicators/") + kServices).Json();
  ASSERT_EQ(ind["dimension_labels"].size(), 1u) << ind.dump();
  EXPECT_EQ(ind["dimension_labels"][0]["dimension"], "tjeneste");
  EXPECT_EQ(ind["dimension_labels"][0]["values"][3]["en"], "Nursing homes");

  auto nb = server_->Get(std::string("/monitor/indikator/") + kServices + "?by=tjeneste");
  ASSERT_EQ(nb.status, 200);
  EXPECT_TRUE(Has(nb.body, "Hjemmebaserte tjenester"));
  EXPECT_FALSE(Has(nb.body, ">hjemmebaserte-tjenester<")) << "no key shown as a label";
  // The catalogue's order: fastlege, legevakt, hjemmebaserte tjenester, sykehjem.
  EXPECT_LT(nb.body.find(">Legevakt<"), nb.body.find(">Sykehjem<"));
  auto en = server_->Get(std::string("/monitor/indikator/") + kServices + "?by=tjeneste&lang=en");
  EXPECT_TRUE(Has(en.body, "Nursing homes"));
  EXPECT_TRUE(Has(en.body, "Home-based services"));
  EXPECT_TRUE(Has(en.body, "series.csv?by=tjeneste&amp;lang=en")) << "downloads carry the page's language";

  auto csv = server_->Get(std::string("/api/v1/indicators/") + kServices + "/series.csv?by=tjeneste");
  EXPECT_TRUE(Has(csv.body, "indicator,period,tjeneste,label,value")) << csv.body.substr(0, 200);
  EXPECT_TRUE(Has(csv.body, ",sykehjem,Sykehjem,"));
  auto csv_en = server_->Get(std::string("/api/v1/indicators/") + kServices + "/series.csv?by=tjeneste&lang=en");
  EXPECT_TRUE(Has(csv_en.body, ",sykehjem,Nursing homes,"));
}

TEST_P(DimensionLabelsTest, AnEditorChangesLabelsInTheBrowserWithCsrfAndAudit) {
  std::string url = std::string("/indikatorer/") + kGroups + "/etiketter";
  auto page = Editor().Get(url);
  ASSERT_EQ(page.status, 200) << page.body;
  ExpectAccessibleFrame(page, "nb");
  EXPECT_TRUE(Has(page.body, "name=\"d0\" value=\"gruppe\""));
  EXPECT_TRUE(Has(page.body, "name=\"d0v0\" value=\"innbyggere\""));
  json before = server_->Get(std::string("/api/v1/indicators/") + kGroups).Json();
  std::string version = std::to_string(before["version"].get<int64_t>());

  FormFields fields{{"version", version},   {"d0", "gruppe"},
                                    {"d0_nb", "Gruppe"},     {"d0_en", "Group"},
                                    {"d0v0", "innbyggere"},  {"d0v0_nb", "Befolkningen"},
                                    {"d0v0_en", "The public"}, {"d0v0_order", "2"},
                                    {"d0new", "helsepersonell"}, {"d0new_nb", "Helsepersonell"},
                                    {"d0new_en", "Health personnel"}};
  EXPECT_EQ(Editor().Post(url, fields, false).status, 403) << "CSRF is required";
  auto saved = Editor().Post(url, fields);
  ASSERT_EQ(saved.status, 303) << saved.body;

  json after = server_->Get(std::string("/api/v1/indicators/") + kGroups).Json();
  ASSERT_EQ(after["dimension_labels"][0]["values"].size(), 2u) << after.dump();
  EXPECT_EQ(after["dimension_labels"][0]["values"][0]["key"], "innbyggere");
  EXPECT_EQ(after["dimension_labels"][0]["values"][0]["nb"], "Befolkningen");
  EXPECT_EQ(after["dimension_labels"][0]["values"][1]["key"], "helsepersonell");
  EXPECT_EQ(after["version"], before["version"].get<int64_t>() + 1);
  EXPECT_TRUE(Has(server_->Get(std::string("/monitor/indikator/") + kGroups).body, "Befolkningen"));
  auto audit = server_->Get(std::string("/api/v1/audit?entity=indicator&id=") + kGroups, AdminToken()).Json();
  ASSERT_FALSE(audit.empty());
  EXPECT_EQ(audit[0]["actor"], "redaktor");
  EXPECT_TRUE(Has(audit[0].dump(), "Befolkningen"));

  // The same (now stale) version again is refused; a missing bokmål label
  // is named in Norwegian with nothing written.
  EXPECT_EQ(Editor().Post(url, fields).status, 409);
  fields[0].second = std::to_string(after["version"].get<int64_t>());
  fields[5].second = "";
  fields[6].second = "";
  fields[9].second = "";
  auto refused = Editor().Post(url, fields);
  EXPECT_EQ(refused.status, 400) << refused.body;
  EXPECT_TRUE(Has(refused.body, "trenger en etikett på bokmål")) << refused.body;
  EXPECT_EQ(server_->Get(std::string("/api/v1/indicators/") + kGroups).Json()["version"], after["version"]);
}

TEST_P(DimensionLabelsTest, TheApiChangesLabelsWithRulesAndReadersMayNot) {
  json ind = server_->Get(std::string("/api/v1/indicators/") + kGroups).Json();
  json labels = json::array({{{"dimension", "gruppe"},
                              {"nb", "Gruppe"},
                              {"values", json::array({{{"key", "innbyggere"}, {"nb", "Innbyggere"}, {"en", "Residents"}},
                                                      {{"key", "Innbyggere"}, {"nb", "Dobbel"}}})}}});
  auto bad = server_->Send("PUT", std::string("/api/v1/indicators/") + kGroups,
                           {{"version", ind["version"]}, {"dimension_labels", labels}}, AdminToken());
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(bad.Json()["error"]["problems"][0]["rule"], "dimension_label_duplicate");

  labels[0]["values"].erase(1);
  std::string reader = server_->AddUserWithToken("leser", "E-helse", Role::kReader);
  EXPECT_EQ(server_->Send("PUT", std::string("/api/v1/indicators/") + kGroups,
                          {{"version", ind["version"]}, {"dimension_labels", labels}}, reader)
                .status,
            403);
  auto ok = server_->Send("PUT", std::string("/api/v1/indicators/") + kGroups,
                          {{"version", ind["version"]}, {"dimension_labels", labels}}, AdminToken());
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.Json()["dimension_labels"][0]["values"][0]["en"], "Residents");
  // The bundle keeps them.
  EXPECT_TRUE(Has(Export(), "\"en\": \"Residents\""));
}

TEST_P(DimensionLabelsTest, TheMeasurementFormOffersTheValuesAndANewOneOnlyByChoice) {
  std::string url = std::string("/indikatorer/") + kServices + "/maalinger";
  auto page = Editor().Get(url);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "<select id=\"f-dim_tjeneste\""));
  EXPECT_TRUE(Has(page.body, "<option value=\"sykehjem\">Sykehjem</option>"));
  EXPECT_TRUE(Has(page.body, "<option value=\"+ny\">"));

  std::string before = Export();
  auto typed = Editor().Post(url, {{"period", "2031"}, {"value", "50"}, {"status", "final"}, {"note", ""},
                                   {"source_ref", ""}, {"dim_tjeneste", ""}, {"dim_tjeneste_ny", "Apotek"}});
  EXPECT_EQ(typed.status, 400) << typed.body;
  EXPECT_TRUE(Has(typed.body, "Velg «Ny verdi» i listen")) << typed.body;
  EXPECT_EQ(Export(), before) << "nothing written";

  auto chosen = Editor().Post(url, {{"period", "2031"}, {"value", "50"}, {"status", "final"}, {"note", ""},
                                    {"source_ref", ""}, {"dim_tjeneste", "+ny"}, {"dim_tjeneste_ny", " SYKEHJEM "}});
  ASSERT_EQ(chosen.status, 303) << chosen.body;
  json series = server_->Get(std::string("/api/v1/indicators/") + kServices + "/series?by=tjeneste").Json();
  EXPECT_EQ(series["groups"], json({"fastlege", "legevakt", "hjemmebaserte-tjenester", "sykehjem"}))
      << "the typed spelling named the stored value: no second series";
}

INSTANTIATE_PER_ENGINE(DimensionLabelsTest);

}  // namespace
}  // namespace fremdrift::testing
