// The reporting-period forms over real HTTP on each engine: an admin moves
// a period along its workflow and creates a new one in the browser, through
// the same use cases as the API; editors are refused; a post without the
// CSRF token changes nothing; reopening without a reason shows the error
// next to the reason; a stale form is refused with a link to the current
// state; the period's history is on its page.
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

std::string StatePath(const std::string& code) {
  return "/rapport/" + code + "/tilstand?strategy=" + kDemoStrategy;
}

class PeriodFormsTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    AdminToken();
    admin_ = std::make_unique<Browser>(server_->port());
    ASSERT_EQ(admin_->SignIn(*server_, "admin", kPassword).status, 303);
  }

  nlohmann::json ApiPeriod(const std::string& code) {
    auto r = server_->Get("/api/v1/periods/" + code + "?strategy=" + kDemoStrategy, AdminToken());
    EXPECT_EQ(r.status, 200) << r.body;
    return r.Json();
  }

  std::string Version(const std::string& code) {
    return std::to_string(ApiPeriod(code)["version"].get<int64_t>());
  }

  std::unique_ptr<Browser> admin_;
};

TEST_P(PeriodFormsTest, AnAdminMovesAnOpenPeriodToReviewAndTheApiShowsIt) {
  auto page = admin_->Get(StatePath("2023-Q3"));
  ASSERT_EQ(page.status, 200) << page.body;
  ExpectAccessibleFrame(page, "nb");
  HtmlPage state(page.body);
  EXPECT_EQ(state.Text(Definition("Tilstand nå") + "/strong"), "Åpen");
  EXPECT_TRUE(state.Has("//form[@method='post']//input[@name='to'][@value='in_review']"));
  EXPECT_FALSE(state.Has("//*[@name='to'][@value='published']")) << "only the workflow's next states";
  auto r = admin_->Post(StatePath("2023-Q3"), {{"to", "in_review"}, {"version", Version("2023-Q3")}});
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.headers.at("Location"), StatePath("2023-Q3") + "&lagret=1");
  EXPECT_EQ(ApiPeriod("2023-Q3")["state"], "in_review");
  auto after = admin_->Get(r.headers.at("Location"));
  HtmlPage moved(after.body);
  EXPECT_TRUE(moved.HasText("//*[@role='status']", "Endringene er lagret"));
  EXPECT_EQ(moved.Text(Definition("Tilstand nå") + "/strong"), "Til gjennomgang");
  EXPECT_EQ(moved.Text("//section[@class='history']/h2"), "Historikk");
  EXPECT_TRUE(moved.Has("//section[@class='history']//tr[td[2]='Ny tilstand'][td[3]='admin']"))
      << "the move, by whom, in the history";
  auto lease = server_->pool().Acquire();
  auto log = AuditLog(*lease).List("reporting_period", std::to_string(ApiPeriod("2023-Q3")["id"].get<int64_t>()));
  ASSERT_FALSE(log.empty());
  EXPECT_EQ(log.front().actor, "admin");
}

TEST_P(PeriodFormsTest, TheReportLinksToTheStatePageForAdminsOnly) {
  auto page = admin_->Get("/rapport/2023-Q3?strategy=" + kDemoStrategy);
  EXPECT_TRUE(HtmlPage(page.body).Has("//main//a[@href='/rapport/2023-Q3/tilstand?strategy=" + kDemoStrategy + "']"));
  server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
  Browser editor(server_->port());
  ASSERT_EQ(editor.SignIn(*server_, "kari", kPassword).status, 303);
  auto theirs = editor.Get("/rapport/2023-Q3?strategy=" + kDemoStrategy);
  EXPECT_EQ(theirs.status, 200);
  EXPECT_FALSE(Has(theirs.body, "/tilstand"));
}

TEST_P(PeriodFormsTest, AnEditorIsRefusedThePageAndACraftedPost) {
  server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
  Browser editor(server_->port());
  ASSERT_EQ(editor.SignIn(*server_, "kari", kPassword).status, 303);
  EXPECT_EQ(editor.Get(StatePath("2023-Q3")).status, 403);
  EXPECT_EQ(editor.Get("/rapport/ny-periode").status, 403);
  editor.Get("/");  // a page with a valid token for this session
  std::string before = Export();
  EXPECT_EQ(editor.Post(StatePath("2023-Q3"), {{"to", "in_review"}, {"version", Version("2023-Q3")}}).status, 403);
  EXPECT_EQ(editor.Post("/rapport/ny-periode", {{"strategy", kDemoStrategy}, {"code", "2024-Q1"}}).status, 403);
  EXPECT_EQ(Export(), before);
  EXPECT_EQ(ApiPeriod("2023-Q3")["state"], "open");
}

TEST_P(PeriodFormsTest, AnonymousReadersAreSentToSignIn) {
  auto r = HttpRequest(server_->port(), "GET", StatePath("2023-Q3"));
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.headers.at("Location").rfind("/logg-inn?neste=", 0), 0u) << r.headers.at("Location");
}

TEST_P(PeriodFormsTest, AMoveWithoutTheCsrfTokenChangesNothing) {
  admin_->Get(StatePath("2023-Q3"));
  size_t audit = AuditCount();
  auto r = admin_->Post(StatePath("2023-Q3"), {{"to", "in_review"}, {"version", Version("2023-Q3")}}, false);
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(ApiPeriod("2023-Q3")["state"], "open");
  EXPECT_EQ(AuditCount(), audit);
}

TEST_P(PeriodFormsTest, ReopeningWithoutAReasonShowsTheErrorNextToTheReason) {
  auto page = admin_->Get(StatePath("2023-Q1"));
  ASSERT_EQ(page.status, 200) << page.body;
  HtmlPage state(page.body);
  EXPECT_EQ(state.Text(Definition("Tilstand nå") + "/strong"), "Publisert");
  EXPECT_TRUE(state.Has("//form//label[@for='f-reason'][following::*[@id='f-reason'][@name='reason']]"));
  std::string version = Version("2023-Q1");
  auto r = admin_->Post(StatePath("2023-Q1"), {{"to", "open"}, {"reason", ""}, {"version", version}});
  EXPECT_EQ(r.status, 400);
  HtmlPage refused(r.body);
  EXPECT_TRUE(refused.Has("//*[@id='f-reason-error']"));
  EXPECT_EQ(refused.Attr("//*[@id='f-reason']", "aria-describedby"), "f-reason-hint f-reason-error");
  EXPECT_TRUE(refused.Has("//*[contains(@class, 'error-summary')]//a[@href='#f-reason']"))
      << "the error summary links to the field";
  EXPECT_EQ(ApiPeriod("2023-Q1")["state"], "published");

  auto done = admin_->Post(StatePath("2023-Q1"), {{"to", "open"}, {"reason", "Feil i tallene for mål 4"}, {"version", version}});
  ASSERT_EQ(done.status, 303) << done.body;
  EXPECT_EQ(ApiPeriod("2023-Q1")["state"], "open");
  auto lease = server_->pool().Acquire();
  auto log = AuditLog(*lease).List("reporting_period", std::to_string(ApiPeriod("2023-Q1")["id"].get<int64_t>()));
  ASSERT_FALSE(log.empty());
  EXPECT_EQ(log.front().action, "reopen");
  EXPECT_TRUE(Has(log.front().after, "Feil i tallene for mål 4"));
  EXPECT_TRUE(HtmlPage(admin_->Get(done.headers.at("Location")).body).Has("//section[@class='history']//td[.='Gjenåpnet']"));
}

TEST_P(PeriodFormsTest, AStaleMoveIsRefusedWithALinkToTheCurrentState) {
  admin_->Get(StatePath("2023-Q3"));
  std::string old_version = Version("2023-Q3");
  // Someone else sends the period to review through the API first.
  auto api = server_->Send("POST", "/api/v1/periods/2023-Q3/transition?strategy=" + kDemoStrategy,
                           {{"to", "in_review"}}, AdminToken());
  ASSERT_EQ(api.status, 200) << api.body;
  auto r = admin_->Post(StatePath("2023-Q3"), {{"to", "in_review"}, {"version", old_version}});
  EXPECT_EQ(r.status, 409);
  HtmlPage stale(r.body);
  EXPECT_TRUE(stale.HasText("//*[@role='alert']", "Noen andre har lagret endringer"));
  EXPECT_TRUE(stale.Has("//*[@role='alert']//a[@href='/rapport/2023-Q3/tilstand?strategy=" + kDemoStrategy + "']"));
  // A move that is still allowed but from the old version is refused too.
  auto back = admin_->Post(StatePath("2023-Q3"), {{"to", "open"}, {"version", old_version}});
  EXPECT_EQ(back.status, 409);
  EXPECT_EQ(ApiPeriod("2023-Q3")["state"], "in_review");
}

TEST_P(PeriodFormsTest, AnAdminCreatesAPeriodAndBadInputIsShownNextToTheField) {
  auto index = admin_->Get("/rapport");
  EXPECT_TRUE(HtmlPage(index.body).Has("//main//a[@href='/rapport/ny-periode']"));
  auto form = admin_->Get("/rapport/ny-periode");
  ASSERT_EQ(form.status, 200) << form.body;
  ExpectAccessibleFrame(form, "nb");
  auto bad = admin_->Post("/rapport/ny-periode", {{"strategy", kDemoStrategy}, {"code", "2024-X9"}, {"title", "Beholdt tittel"}});
  EXPECT_EQ(bad.status, 400);
  HtmlPage bad_page(bad.body);
  EXPECT_TRUE(bad_page.Has("//*[@id='f-code-error']"));
  EXPECT_EQ(bad_page.Attr("//input[@name='code']", "value"), "2024-X9");
  EXPECT_EQ(bad_page.Attr("//input[@name='title']", "value"), "Beholdt tittel");
  auto taken = admin_->Post("/rapport/ny-periode", {{"strategy", kDemoStrategy}, {"code", "2023-Q3"}, {"title", ""}});
  EXPECT_EQ(taken.status, 409);
  EXPECT_TRUE(HtmlPage(taken.body).Has("//*[@id='f-code-error']"));

  auto r = admin_->Post("/rapport/ny-periode", {{"strategy", kDemoStrategy}, {"code", "2024-Q1"}, {"title", "Statusrapport 1. kvartal 2024"}});
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.headers.at("Location"), StatePath("2024-Q1") + "&lagret=1");
  auto p = ApiPeriod("2024-Q1");
  EXPECT_EQ(p["state"], "open");
  EXPECT_EQ(p["title"], "Statusrapport 1. kvartal 2024");
  EXPECT_TRUE(HtmlPage(admin_->Get(r.headers.at("Location")).body).Has("//section[@class='history']//td[.='Opprettet']"));
}

INSTANTIATE_PER_ENGINE(PeriodFormsTest);

}  // namespace
}  // namespace fremdrift::testing
