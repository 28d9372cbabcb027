// An indicator's responsible organisation (docs/indicators.md), over HTTP on
// both engines: admins set and clear it through the API and the indicator
// form, it is audited and exported, it makes the indicator an expected
// report of that organisation in a round; editors may not change it (403,
// and their form does not offer it) but keep it when they save other
// fields; an unknown organisation is refused with the field named.
#include <gtest/gtest.h>

#include "support/api_fixture.h"
#include "support/browser_session.h"
#include "support/page_checks.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

constexpr const char* kCode = "helsenorge-medvirkning";  // serves goal 1 of nes-2023-2030
const std::string kPath = std::string("/api/v1/indicators/") + kCode;

class IndicatorResponsibleTest : public ApiTest {
 protected:
  nlohmann::json Get() { return server_->Get(kPath, AdminToken()).Json(); }
  int64_t Version() { return Get()["version"]; }

  // Whether the indicator is an expected report of 2023-Q3, run as a round, and whose.
  std::string ExpectedReportOwner() {
    auto cov = server_->Get("/api/v1/periods/2023-Q3/coverage", AdminToken()).Json();
    for (const auto& r : cov["reports"]) {
      if (r["subject"].value("indicator", "") == kCode) return r["owners"].at(0);
    }
    return "";
  }

  void OpenRound() {
    auto r = server_->Send("PUT", "/api/v1/periods/2023-Q3/round",
                           {{"deadline", "2030-06-14T16:00"}, {"reporting_levels", {4}}}, AdminToken());
    ASSERT_EQ(r.status, 200) << r.body;
  }
};

TEST_P(IndicatorResponsibleTest, AnAdminSetsItAndTheIndicatorBecomesAnExpectedReport) {
  OpenRound();
  EXPECT_TRUE(Get()["responsible_organisation"].is_null());
  EXPECT_EQ(ExpectedReportOwner(), "");

  auto put = server_->Send("PUT", kPath, {{"version", Version()}, {"responsible_organisation", "NHN"}}, AdminToken());
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.Json()["responsible_organisation"], "NHN");
  EXPECT_EQ(Get()["responsible_organisation"], "NHN");
  EXPECT_EQ(ExpectedReportOwner(), "NHN");
  EXPECT_TRUE(Has(Export(), "\"responsible_organisation\": \"NHN\"")) << "the bundle keeps it";

  auto lease = server_->pool().Acquire();
  auto entries = AuditLog(*lease).List("indicator", kCode, 10);
  ASSERT_FALSE(entries.empty());
  EXPECT_TRUE(Has(entries.front().after, "\"responsible_organisation\":\"NHN\"")) << entries.front().after;
  EXPECT_FALSE(Has(entries.front().before, "responsible_organisation"));

  auto cleared = server_->Send("PUT", kPath, {{"version", Version()}, {"responsible_organisation", nullptr}},
                               AdminToken());
  ASSERT_EQ(cleared.status, 200) << cleared.body;
  EXPECT_TRUE(Get()["responsible_organisation"].is_null());
  EXPECT_EQ(ExpectedReportOwner(), "");
}

TEST_P(IndicatorResponsibleTest, AnUnknownOrganisationIsRefusedWithTheField) {
  AdminToken();
  std::string before = Export();
  auto put = server_->Send("PUT", kPath, {{"version", Version()}, {"responsible_organisation", "Ukjent"}},
                           AdminToken());
  EXPECT_EQ(put.status, 400) << put.body;
  EXPECT_TRUE(Has(put.body, "\"field\":\"responsible_organisation\"")) << put.body;
  auto created = server_->Send("POST", "/api/v1/indicators",
                               {{"code", "ny-indikator"}, {"name", "Ny"}, {"unit", "count"},
                                {"direction", "higher_is_better"}, {"period_type", "year"}, {"published", false},
                                {"responsible_organisation", "Ukjent"}},
                               AdminToken());
  EXPECT_EQ(created.status, 400) << created.body;
  EXPECT_EQ(Export(), before);
}

TEST_P(IndicatorResponsibleTest, EditorsMayNotChangeItButKeepItWhenTheySaveOtherFields) {
  ASSERT_EQ(server_->Send("PUT", kPath, {{"version", Version()}, {"responsible_organisation", "Hdir"}},
                          AdminToken()).status, 200);
  std::string editor = server_->AddUserWithToken("redaktor", "Hdir", Role::kEditor);
  auto refused = server_->Send("PUT", kPath, {{"version", Version()}, {"responsible_organisation", "NHN"}}, editor);
  EXPECT_EQ(refused.status, 403) << refused.body;
  EXPECT_TRUE(Has(refused.body, "responsible_organisation"));
  auto create = server_->Send("POST", "/api/v1/indicators",
                              {{"code", "redaktorens"}, {"name", "Ny"}, {"unit", "count"},
                               {"direction", "higher_is_better"}, {"period_type", "year"}, {"published", false},
                               {"responsible_organisation", "Hdir"}},
                              editor);
  EXPECT_EQ(create.status, 403) << create.body;

  auto renamed = server_->Send("PUT", kPath, {{"version", Version()}, {"name", "Nytt navn"}}, editor);
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(Get()["responsible_organisation"], "Hdir");

  // The editor's form does not offer it, and saving the form keeps it.
  auto session = BrowserSession::SignInNewUser(*server_, "kari", "Hdir", Role::kEditor);
  const std::string form_path = std::string("/indikatorer/") + kCode + "/rediger";
  auto form = session.Get(form_path);
  ASSERT_EQ(form.status, 200);
  EXPECT_FALSE(Has(form.body, "name=\"responsible_organisation\""));
  auto saved = session.Post(form_path, {{"version", InputValue(form.body, "version")}, {"name", "Fra skjemaet"},
                                        {"unit", "percent"}, {"direction", "higher_is_better"},
                                        {"period_type", "year"}, {"published", "yes"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(Get()["name"], "Fra skjemaet");
  EXPECT_EQ(Get()["responsible_organisation"], "Hdir");
}

TEST_P(IndicatorResponsibleTest, TheAdminFormOffersTheOrganisationsAndSetsIt) {
  auto admin = BrowserSession::SignInNewUser(*server_, "sekretariat", "E-helse", Role::kAdmin);
  const std::string form_path = std::string("/indikatorer/") + kCode + "/rediger";
  auto form = admin.Get(form_path);
  ASSERT_EQ(form.status, 200);
  ExpectAccessibleFrame(form, "nb");
  EXPECT_TRUE(Has(form.body, "<label for=\"f-responsible_organisation\""));
  EXPECT_TRUE(Has(form.body, "Ansvarlig organisasjon i rapporteringsrunden"));
  EXPECT_TRUE(Has(form.body, "<option value=\"Hdir\""));
  auto saved = admin.Post(form_path, {{"version", InputValue(form.body, "version")}, {"name", "Medvirkning"},
                                      {"unit", "percent"}, {"direction", "higher_is_better"},
                                      {"period_type", "year"}, {"published", "yes"},
                                      {"responsible_organisation", "Hdir"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(Get()["responsible_organisation"], "Hdir");
  form = admin.Get(form_path);
  EXPECT_TRUE(Has(form.body, "<option value=\"Hdir\" selected")) << "the form shows what is stored";
  auto none = admin.Post(form_path, {{"version", InputValue(form.body, "version")}, {"name", "Medvirkning"},
                                     {"unit", "percent"}, {"direction", "higher_is_better"},
                                     {"period_type", "year"}, {"published", "yes"},
                                     {"responsible_organisation", ""}});
  ASSERT_EQ(none.status, 303) << none.body;
  EXPECT_TRUE(Get()["responsible_organisation"].is_null());
}

INSTANTIATE_PER_ENGINE(IndicatorResponsibleTest);

}  // namespace
}  // namespace fremdrift::testing
