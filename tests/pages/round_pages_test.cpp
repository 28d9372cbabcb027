// The reporting round in the browser, over real HTTP on each engine: the
// editor's /oppgaver and the open-task count in the header and on the home
// page; "Lagre utkast" and "Send inn" go on to the next open task; the
// report shows "Vurder" only where the user may assess; the secretariat's
// coverage page accepts and returns reports (a return without a comment is
// refused beside the report); the state page shows what is missing before
// review. Everything refused changes nothing.
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

const std::string kCoverage = "/rapport/2023-Q3/dekning?strategy=nes-2023-2030";

std::string FormPath(const std::string& key) {
  return "/rapport/2023-Q3/vurder/item%3A" + key + "?strategy=" + kDemoStrategy;
}

class RoundPagesTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    auto r = server_->Send("PUT", "/api/v1/periods/2023-Q3/round",
                           {{"deadline", "2030-06-14T16:00"}, {"reporting_levels", {4}}}, AdminToken());
    ASSERT_EQ(r.status, 200) << r.body;
    server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
    editor_ = std::make_unique<Browser>(server_->port());
    ASSERT_EQ(editor_->SignIn(*server_, "kari", kPassword).status, 303);
    editor_->Get("/oppgaver");  // a page with the session's form token
    admin_ = std::make_unique<Browser>(server_->port());
    ASSERT_EQ(admin_->SignIn(*server_, "admin", kPassword).status, 303);
    admin_->Get(kCoverage);
  }

  std::string State(const std::string& key) {
    auto r = server_->Get("/api/v1/periods/2023-Q3/coverage", AdminToken());
    EXPECT_EQ(r.status, 200) << r.body;
    auto coverage = r.Json();
    for (const auto& report : coverage["reports"]) {
      if (report["subject"]["item"] == key) return report["state"];
    }
    return "";
  }

  int64_t ReportVersion(const std::string& key) {
    auto coverage = server_->Get("/api/v1/periods/2023-Q3/coverage", AdminToken()).Json();
    for (const auto& report : coverage["reports"]) {
      if (report["subject"]["item"] == key) return report["version"];
    }
    return -1;
  }

  std::unique_ptr<Browser> editor_;
  std::unique_ptr<Browser> admin_;
};

TEST_P(RoundPagesTest, TheEditorSeesTheirTasksAndTheirNumber) {
  auto page = editor_->Get("/oppgaver");
  ASSERT_EQ(page.status, 200) << page.body;
  ExpectAccessibleFrame(page, "nb");
  HtmlPage tasks(page.body);
  EXPECT_TRUE(tasks.HasText("//p[@class='lead']", "Organisasjonen din har 42 åpne rapporter"));
  const std::string deadline = "//section[@class='round-period']/p[@class='round-deadline']";
  EXPECT_EQ(tasks.Text(deadline + "/strong"), "2030-06-14 16:00");
  EXPECT_TRUE(tasks.Has(deadline + "[starts-with(., 'Frist: ')][contains(., 'dager igjen')]"));
  EXPECT_TRUE(tasks.Has("//li[contains(@class, 'task')]/a[@href='" + FormPath("1B-t1-d1") + "']"));
  EXPECT_EQ(tasks.Count("//li[contains(@class, 'task')]/span[@class='task-state'][.='Ikke påbegynt']"), 42u)
      << "each state in words, not colour alone";
  // The header counts the open reports and the open follow-up actions: Hdir
  // has one, the demo's case 20/22 to be brought back.
  EXPECT_TRUE(tasks.Has("//header//a[@href='/oppgaver'][starts-with(., 'Oppgaver')]/span[@class='nav-count'][.='(43 åpne)']"))
      << "the header's count";
  HtmlPage home(editor_->Get("/").body);
  EXPECT_TRUE(home.HasText("//section[@aria-labelledby='home-tasks']", "Du har 42 åpne rapporteringsoppgaver."))
      << "the home page's count";
  HtmlPage english(editor_->Get("/oppgaver?lang=en").body);
  EXPECT_EQ(english.Count("//span[@class='task-state'][.='Not started']"), 42u);
}

TEST_P(RoundPagesTest, AnonymousReadersAreSentToSignIn) {
  auto r = HttpRequest(server_->port(), "GET", "/oppgaver");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.headers.at("Location").rfind("/logg-inn?neste=", 0), 0u);
}

TEST_P(RoundPagesTest, DraftAndSubmitGoOnToTheNextOpenTask) {
  auto form = editor_->Get(FormPath("1B-t1-d1"));
  ASSERT_EQ(form.status, 200) << form.body;
  HtmlPage form_page(form.body);
  EXPECT_TRUE(form_page.Has("//form//button[@type='submit'][@name='action'][@value='draft']"));
  EXPECT_TRUE(form_page.Has("//form//button[@type='submit'][@name='action'][@value='submit']"));
  EXPECT_TRUE(form_page.Has("//h3[.='Forrige periode (2023-Q1)']")) << "the previous period beside the form";
  EXPECT_TRUE(form_page.Has("//h3[.='Siste tall og måloppnåelse']"));
  auto r = editor_->Post(FormPath("1B-t1-d1"), {{"status", "green"}, {"comment", "I rute"}, {"action", "draft"}});
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.headers.at("Location"), "/rapport/2023-Q3/vurder/item%3A1B-t1-d2?strategy=" + kDemoStrategy + "&forrige=utkast");
  EXPECT_EQ(State("1B-t1-d1"), "draft");
  auto next = editor_->Get(r.headers.at("Location"));
  EXPECT_TRUE(HtmlPage(next.body).HasText("//*[@role='status']", "Utkastet er lagret."));
  r = editor_->Post(FormPath("1B-t1-d1"), {{"status", "green"}, {"comment", "I rute"}, {"version", "1"}, {"action", "submit"}});
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.headers.at("Location"), "/rapport/2023-Q3/vurder/item%3A1B-t1-d2?strategy=" + kDemoStrategy + "&forrige=sendt");
  EXPECT_EQ(State("1B-t1-d1"), "submitted");
  auto locked = editor_->Get(FormPath("1B-t1-d1"));
  EXPECT_FALSE(HtmlPage(locked.body).Has("//*[@name='action'][@value='submit']")) << "no button the owner may not use";
  EXPECT_EQ(HtmlPage(editor_->Get("/oppgaver").body).Text("//header//span[@class='nav-count']"), "(42 åpne)")
      << "41 reports and Hdir's action of 20/22";
}

TEST_P(RoundPagesTest, TheReportLinksVurderOnlyWhereTheUserMayAssess) {
  ASSERT_EQ(editor_->Post(FormPath("1B-t1-d1"), {{"status", "green"}, {"action", "draft"}}).status, 303);
  auto page = editor_->Get("/rapport/2023-Q3?strategy=" + kDemoStrategy);
  ASSERT_EQ(page.status, 200);
  HtmlPage editors(page.body);
  const std::string assess = "//a[contains(@href, '/rapport/2023-Q3/vurder/";
  EXPECT_TRUE(editors.Has(assess + "item%3A1B-t1-d1?strategy=')]")) << "Hdir's deliverable";
  EXPECT_FALSE(editors.Has(assess + "item%3A1?strategy=')]")) << "goal 1 has no owner: only admins assess it";
  EXPECT_FALSE(editors.Has(assess + "strategy?')]")) << "the strategy is the secretariat's";
  EXPECT_FALSE(Has(page.body, "vurder/item%3A1?strategy="));
  EXPECT_FALSE(Has(page.body, "vurder/strategy?"));
  HtmlPage admins(admin_->Get("/rapport/2023-Q3?strategy=" + kDemoStrategy).body);
  EXPECT_TRUE(admins.Has(assess + "item%3A1?strategy=')]"));
  EXPECT_TRUE(admins.Has(assess + "strategy?')]"));
  EXPECT_TRUE(admins.Has("//a[@href='/rapport/2023-Q3/dekning?strategy=nes-2023-2030']"));
  EXPECT_FALSE(Has(page.body, "/dekning")) << "no coverage link for editors";
}

TEST_P(RoundPagesTest, TheSecretariatReturnsAndAcceptsFromTheCoveragePage) {
  ASSERT_EQ(editor_->Post(FormPath("1B-t1-d1"), {{"status", "green"}, {"action", "submit"}}).status, 303);
  auto page = admin_->Get(kCoverage);
  ASSERT_EQ(page.status, 200) << page.body;
  ExpectAccessibleFrame(page, "nb");
  HtmlPage coverage(page.body);
  const std::string hdir = "//tr[th[@scope='row']/a='Helsedirektoratet (Hdir)']";
  EXPECT_TRUE(coverage.Has(hdir));
  EXPECT_EQ(coverage.Text(hdir + "//a[contains(@href, 'org=Hdir&state=submitted#rapporter')]"),
            "1 Sendt inn");
  EXPECT_EQ(coverage.Attr(hdir + "//a[contains(@href, 'state=submitted')]/span", "class"), "visually-hidden");
  EXPECT_EQ(coverage.Text(Definition("Forventede rapporter")), "42");
  EXPECT_EQ(coverage.Text(Definition("Mangler")), "41");
  std::string version = std::to_string(ReportVersion("1B-t1-d1"));
  size_t audit = AuditCount();
  auto r = admin_->Post(kCoverage, {{"subject", "item:1B-t1-d1"}, {"version", version}, {"action", "return"}, {"comment", ""}});
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(HtmlPage(r.body).HasText("//main", "Skriv en kommentar til eieren"));
  EXPECT_EQ(AuditCount(), audit);
  r = admin_->Post(kCoverage, {{"subject", "item:1B-t1-d1"}, {"version", version}, {"action", "return"},
                               {"comment", "Mangler tall"}}, false);
  EXPECT_EQ(r.status, 403) << "no CSRF token, no change";
  EXPECT_EQ(State("1B-t1-d1"), "submitted");
  r = admin_->Post(kCoverage, {{"subject", "item:1B-t1-d1"}, {"version", version}, {"action", "return"}, {"comment", "Mangler tall"}});
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(State("1B-t1-d1"), "returned");
  auto tasks = editor_->Get("/oppgaver");
  HtmlPage task_page(tasks.body);
  EXPECT_TRUE(task_page.Has("//*[.='Sendt i retur – må rettes']"));
  EXPECT_TRUE(task_page.Has("//span[@lang='nb'][.='Mangler tall']"));
  EXPECT_TRUE(task_page.Has("//*[.='Sendt i retur – må rettes']/following::h3[starts-with(., '1 Aktiv medvirkning')]"))
      << "returned first";
  EXPECT_FALSE(task_page.Has("//h3[starts-with(., '1 Aktiv medvirkning')]/following::*[.='Sendt i retur – må rettes']"))
      << "returned first";
  auto form = editor_->Get(FormPath("1B-t1-d1"));
  EXPECT_TRUE(HtmlPage(form.body).HasText("//main", "Mangler tall")) << "the comment beside the form";
  ASSERT_EQ(editor_->Post(FormPath("1B-t1-d1"), {{"status", "yellow"}, {"version", "1"}, {"action", "submit"}}).status, 303);
  r = admin_->Post(kCoverage, {{"subject", "item:1B-t1-d1"}, {"version", std::to_string(ReportVersion("1B-t1-d1"))},
                               {"action", "accept"}});
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(State("1B-t1-d1"), "accepted");
}

TEST_P(RoundPagesTest, EditorsMayNotSeeCoverageOrSetTheRound) {
  EXPECT_EQ(editor_->Get(kCoverage).status, 403);
  editor_->Get("/oppgaver");
  EXPECT_EQ(editor_->Post("/rapport/2023-Q3/runde?strategy=" + kDemoStrategy, {{"deadline", "2031-01-01T12:00"}}).status, 403);
  EXPECT_EQ(editor_->Post(kCoverage, {{"subject", "item:1B-t1-d1"}, {"version", "0"}, {"action", "accept"}}).status, 403);
}

TEST_P(RoundPagesTest, TheRoundFormShowsItsErrorsBesideTheFields) {
  admin_->Get(kCoverage);
  auto r = admin_->Post("/rapport/2023-Q3/runde?strategy=" + kDemoStrategy,
                        {{"deadline", "i morgen"}, {"reminder_days", "14,3"}, {"reporting_levels", "4"}});
  EXPECT_EQ(r.status, 400);
  HtmlPage round_form(r.body);
  EXPECT_TRUE(round_form.Has("//*[@id='f-deadline-error']"));
  EXPECT_EQ(round_form.Attr("//input[@name='deadline']", "value"), "i morgen") << "what was typed is kept";
  r = admin_->Post("/rapport/2023-Q3/runde?strategy=" + kDemoStrategy,
                   {{"deadline", "2031-01-10T12:00"}, {"reminder_days", "7"}, {"reporting_levels", "3"},
                    {"reporting_levels", "4"}});
  ASSERT_EQ(r.status, 303) << r.body;
  auto round = server_->Get("/api/v1/periods/2023-Q3/round", AdminToken()).Json();
  EXPECT_EQ(round["deadline"], "2031-01-10T12:00");
  EXPECT_EQ(round["reminder_days"], nlohmann::json({7}));
  EXPECT_EQ(round["weekly_when_overdue"], false) << "the box was not ticked";
  EXPECT_EQ(round["reporting_levels"], nlohmann::json({3, 4}));
}

TEST_P(RoundPagesTest, TheStatePageShowsWhatIsMissingAndAsksForAReason) {
  auto page = admin_->Get("/rapport/2023-Q3/tilstand?strategy=" + kDemoStrategy);
  ASSERT_EQ(page.status, 200);
  HtmlPage state(page.body);
  EXPECT_TRUE(state.HasText("//section[@aria-labelledby='period-missing-heading']", "42 forventede rapporter er ikke sendt inn"));
  EXPECT_TRUE(state.HasText("//label[@for='f-reason']", "Begrunnelse for å gå videre med mangler"));
  std::string version = std::to_string(server_->Get("/api/v1/periods/2023-Q3", AdminToken()).Json()["version"].get<int64_t>());
  auto r = admin_->Post("/rapport/2023-Q3/tilstand?strategy=" + kDemoStrategy, {{"to", "in_review"}, {"version", version}});
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(HtmlPage(r.body).Has("//*[@id='f-reason-error']"));
  r = admin_->Post("/rapport/2023-Q3/tilstand?strategy=" + kDemoStrategy,
                   {{"to", "in_review"}, {"version", version}, {"reason", "Resten kommer muntlig"}});
  ASSERT_EQ(r.status, 303) << r.body;
  auto after = admin_->Get(r.headers.at("Location"));
  HtmlPage history(after.body);
  EXPECT_TRUE(history.HasText("//section[@class='history']//tr", "state: open → in_review"))
      << "the old and new state in the period's history";
  EXPECT_TRUE(history.HasText("//section[@class='history']//tr", "Resten kommer muntlig")) << "and the reason";
}

// A national round expects thousands of reports: the coverage page counts
// them all and lists the first 200, saying how to see the rest.
TEST_P(RoundPagesTest, ALongReportListShowsTheFirst200AndSaysHowToNarrowIt) {
  for (int i = 0; i < 170; ++i) {
    auto r = server_->Send("POST", "/api/v1/items",
                           {{"strategy", kDemoStrategy},
                            {"parent", "4B-t1"},
                            {"key", "4B-t1-mange-" + std::to_string(i)},
                            {"title", "Leveranse " + std::to_string(i)},
                            {"owners", {"Hdir"}}},
                           AdminToken());
    ASSERT_EQ(r.status, 201) << r.body;
  }
  auto page = admin_->Get(kCoverage);
  ASSERT_EQ(page.status, 200);
  HtmlPage coverage(page.body);
  EXPECT_TRUE(coverage.HasText("//main//p", "Viser de første 200 av 212 rapporter.")) << "42 + 170 expected";
  EXPECT_EQ(coverage.Count("//tr[starts-with(@id, 'r-')]"), 200u);
  auto narrowed = admin_->Get(kCoverage + "&state=not_started&mal=4");
  ASSERT_EQ(narrowed.status, 200);
  EXPECT_FALSE(Has(narrowed.body, "Viser de første")) << "a narrower list is shown whole";
}

INSTANTIATE_PER_ENGINE(RoundPagesTest);

}  // namespace
}  // namespace fremdrift::testing
