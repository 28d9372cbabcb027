// The narrative of a period in the browser, over real HTTP on each engine:
// the secretariat writes the strategy's summary, themes and other
// qualitative information and they appear in the report; it assigns a
// goal's narrative to an organisation, whose editor then writes it (and
// finds it on /oppgaver) while other editors are refused; empty texts are
// dropped; a stale form is refused; an approved period refuses changes;
// every change is in the audit log.
#include <gtest/gtest.h>

#include "support/api_fixture.h"
#include "support/demo_data.h"
#include "support/html_page.h"
#include "support/page_checks.h"
#include "support/signed_in_browser.h"
#include "support/test_password.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

std::string NarrativePath(const std::string& subject) {
  return "/rapport/2023-Q3/fortelling/" + subject + "?strategy=" + kDemoStrategy;
}

class NarrativePagesTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    AdminToken();
    server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
    server_->AddUserWithToken("ola", "NHN", Role::kEditor);
    admin_ = std::make_unique<Browser>(server_->port());
    ASSERT_EQ(admin_->SignIn(*server_, "admin", kPassword).status, 303);
  }

  // The form's version field of the page.
  static std::string VersionOf(const std::string& body) {
    const std::string marker = "name=\"version\" value=\"";
    auto at = body.find(marker);
    if (at == std::string::npos) return "";
    at += marker.size();
    return body.substr(at, body.find('"', at) - at);
  }

  std::unique_ptr<Browser> admin_;
};

TEST_P(NarrativePagesTest, TheSecretariatWritesTheStrategysNarrativeAndTheReportShowsIt) {
  auto page = admin_->Get(NarrativePath("strategy"));
  ASSERT_EQ(page.status, 200) << page.body;
  ExpectAccessibleFrame(page, "nb");
  EXPECT_TRUE(HtmlPage(page.body).Has("//form//label[@for='f-text_0'][following::textarea[@id='f-text_0']]"));
  auto r = admin_->Post(NarrativePath("strategy"),
                        {{"version", VersionOf(page.body)},
                         {"kind_0", "summary"}, {"title_0", ""}, {"text_0", "Arbeidet er godt i gang."},
                         {"kind_1", "theme"}, {"title_1", "Finansiering"}, {"text_1", "Hvordan skal innføringen finansieres?"},
                         {"kind_2", "qualitative"}, {"title_2", ""}, {"text_2", ""}});
  ASSERT_EQ(r.status, 303) << r.body;
  auto period = server_->Get("/api/v1/periods/2023-Q3?strategy=" + kDemoStrategy, AdminToken()).Json();
  ASSERT_EQ(period["notes"].size(), 2u) << "the empty text is dropped";
  auto report = admin_->Get("/rapport/2023-Q3?strategy=" + kDemoStrategy);
  HtmlPage report_page(report.body);
  EXPECT_TRUE(report_page.HasText("//section[@id='oppsummering']//li[@class='report-note']", "Arbeidet er godt i gang."));
  EXPECT_TRUE(report_page.HasText("//section[@id='tema']//li[@class='report-note']", "Hvordan skal innføringen finansieres?"));
  auto after = admin_->Get(NarrativePath("strategy"));
  EXPECT_EQ(HtmlPage(after.body).Text("//section[@class='history']/h2"), "Historikk");
  auto lease = server_->pool().Acquire();
  EXPECT_FALSE(AuditLog(*lease).List("period_narrative", "").empty());
}

TEST_P(NarrativePagesTest, AnAssignedOrganisationWritesItsGoalsNarrativeAndOthersMayNot) {
  Browser kari(server_->port()), ola(server_->port());
  ASSERT_EQ(kari.SignIn(*server_, "kari", kPassword).status, 303);
  ASSERT_EQ(ola.SignIn(*server_, "ola", kPassword).status, 303);
  EXPECT_EQ(kari.Get(NarrativePath("item:1")).status, 403) << "the secretariat's until assigned";
  admin_->Get(NarrativePath("item:1"));
  auto r = admin_->Post("/rapport/2023-Q3/fortelling/item:1/eier?strategy=" + kDemoStrategy, {{"organisation", "Hdir"}});
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_TRUE(HtmlPage(admin_->Get(r.headers.at("Location")).body).Has("//dd[.='Hdir']")) << "who writes it";
  auto tasks = kari.Get("/oppgaver");
  EXPECT_TRUE(HtmlPage(tasks.body).Has("//main//a[@href='/rapport/2023-Q3/fortelling/item%3A1?strategy=" + kDemoStrategy + "']"));
  auto page = kari.Get(NarrativePath("item:1"));
  ASSERT_EQ(page.status, 200) << page.body;
  r = kari.Post(NarrativePath("item:1"), {{"version", VersionOf(page.body)}, {"kind_0", "summary"},
                                          {"title_0", ""}, {"text_0", "Mål 1 går etter planen."}});
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(ola.Get(NarrativePath("item:1")).status, 403);
  ola.Get("/oppgaver");
  std::string before = Export();
  EXPECT_EQ(ola.Post(NarrativePath("item:1"), {{"version", VersionOf(page.body)}, {"kind_0", "summary"},
                                               {"text_0", "Overtatt"}}).status, 403);
  EXPECT_EQ(Export(), before);
  EXPECT_EQ(kari.Get(NarrativePath("item:1-sub")).status, 404) << "only goals and the strategy have narratives";
}

TEST_P(NarrativePagesTest, AStaleFormAndAnApprovedPeriodAreRefused) {
  auto page = admin_->Get(NarrativePath("strategy"));
  std::string version = VersionOf(page.body);
  ASSERT_EQ(admin_->Post(NarrativePath("strategy"), {{"version", version}, {"kind_0", "summary"}, {"text_0", "Først"}}).status, 303);
  auto r = admin_->Post(NarrativePath("strategy"), {{"version", version}, {"kind_0", "summary"}, {"text_0", "Andre"}});
  EXPECT_EQ(r.status, 409);
  HtmlPage stale(r.body);
  EXPECT_TRUE(stale.Has("//select[@name='kind_0']/option[@value='summary'][@selected]"));
  EXPECT_EQ(stale.Text("//textarea[@name='text_0']"), "Andre") << "what was typed is kept";
  r = admin_->Post(NarrativePath("strategy"), {{"version", VersionOf(admin_->Get(NarrativePath("strategy")).body)},
                                               {"kind_0", "summary"}, {"title_0", "Uten tekst"}, {"text_0", ""}});
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(HtmlPage(r.body).Has("//*[@id='f-text_0-error']"));
  for (const char* to : {"in_review", "approved"}) {
    int64_t v = server_->Get("/api/v1/periods/2023-Q3", AdminToken()).Json()["version"];
    ASSERT_EQ(server_->Send("POST", "/api/v1/periods/2023-Q3/transition", {{"to", to}, {"version", v}}, AdminToken()).status, 200);
  }
  EXPECT_EQ(admin_->Get(NarrativePath("strategy")).status, 409);
}

INSTANTIATE_PER_ENGINE(NarrativePagesTest);

}  // namespace
}  // namespace fremdrift::testing
