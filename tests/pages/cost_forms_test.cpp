// The cost-sharing forms over real HTTP on each engine: an admin changes a
// solution's key, creates a solution with its years, removes a record and
// renames a group in the browser, through the same use cases as the API,
// and the year's table follows; a key that does not add up to 100 % is
// shown next to the key with what was typed kept; stale forms are refused
// with a link to the current version; editors and posts without the CSRF
// token change nothing; each object's page shows its history.
#include <gtest/gtest.h>

#include "support/api_fixture.h"
#include "support/html_page.h"
#include "support/page_checks.h"
#include "support/signed_in_browser.h"
#include "support/test_password.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

const std::string kRecordEdit = "/kostnadsdeling/losning/helsenorge/2023/rediger";

class CostFormsTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    AdminToken();
    admin_ = std::make_unique<Browser>(server_->port());
    ASSERT_EQ(admin_->SignIn(*server_, "admin", kPassword).status, 303);
  }

  nlohmann::json Record(const std::string& solution, int year) {
    auto r = server_->Get("/api/v1/cost-sharing/solutions/" + solution + "/years/" + std::to_string(year));
    EXPECT_EQ(r.status, 200) << r.body;
    return r.Json();
  }

  // Helsenorge's 2023 record as the form sends it, with `changes` applied.
  FormFields HelsenorgeForm(const FormFields& changes) {
    auto r = Record("helsenorge", 2023);
    std::map<std::string, std::string> f{{"method", "increase_over_base"},
                                         {"change", "28"},
                                         {"base_year", "2021"},
                                         {"key_rhf", "55"},
                                         {"key_kommuner", "45"},
                                         {"key_apotek", ""},
                                         {"source", r["source"]},
                                         {"notes", r["notes"]},
                                         {"version", std::to_string(r["version"].get<int64_t>())}};
    for (const auto& [k, v] : changes) f[k] = v;
    return FormFields(f.begin(), f.end());
  }

  std::unique_ptr<Browser> admin_;
};

TEST_P(CostFormsTest, AnAdminChangesAKeyThroughTheFormAndTheYearTableChanges) {
  auto form = admin_->Get(kRecordEdit);
  ASSERT_EQ(form.status, 200) << form.body;
  ExpectAccessibleFrame(form, "nb");
  HtmlPage edit_form(form.body);
  EXPECT_EQ(edit_form.Text("//label[@for='f-key_rhf']"), "Regionale helseforetak (%)");
  EXPECT_EQ(edit_form.Attr("//input[@id='f-key_rhf']", "value"), "55");
  auto before = server_->Get("/api/v1/cost-sharing/2023").Json();
  const std::string helsenorge_key = "//tr[th/a[@href='/kostnadsdeling/losning/helsenorge/2023']]/td[2]";
  EXPECT_EQ(HtmlPage(server_->Get("/kostnadsdeling/2023").body).Text(helsenorge_key),
            "Regionale helseforetak 55 %, Kommuner 45 %");

  auto r = admin_->Post(kRecordEdit, HelsenorgeForm({{"key_rhf", "70,5"}, {"key_kommuner", "29,5"}}));
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.headers.at("Location"), "/kostnadsdeling/losning/helsenorge/2023?lagret=1");
  EXPECT_EQ(Record("helsenorge", 2023)["key"]["rhf"], 70.5);
  auto table = server_->Get("/kostnadsdeling/2023");
  EXPECT_EQ(HtmlPage(table.body).Text(helsenorge_key), "Regionale helseforetak 70,5 %, Kommuner 29,5 %");
  EXPECT_NE(server_->Get("/api/v1/cost-sharing/2023").Json()["rows"], before["rows"]) << "the shares follow the key";

  auto page = admin_->Get(r.headers.at("Location"));
  HtmlPage saved(page.body);
  EXPECT_TRUE(saved.HasText("//*[@role='status']", "Endringene er lagret"));
  EXPECT_TRUE(saved.Has("//section[@class='history']//tr[td[2]='Endret'][td[3]='admin'][td[4]='key']"))
      << "the history names the change";
}

TEST_P(CostFormsTest, AKeyNotAddingUpTo100IsShownNextToTheKeyWithTheTypedValuesKept) {
  admin_->Get(kRecordEdit);
  auto r = admin_->Post(kRecordEdit, HelsenorgeForm({{"key_rhf", "60"}, {"key_kommuner", "30"}, {"notes", "Beholdt merknad"}}));
  EXPECT_EQ(r.status, 400);
  HtmlPage page(r.body);
  EXPECT_TRUE(page.HasText("//fieldset[@id='f-key']//*[@id='f-key-error']", "Andelene blir til sammen 90 %, ikke 100 %."));
  EXPECT_TRUE(page.Has("//*[contains(@class, 'error-summary')]//a[@href='#f-key']"))
      << "the error summary links to the key";
  EXPECT_EQ(page.Attr("//input[@name='key_rhf']", "value"), "60");
  EXPECT_EQ(page.Attr("//input[@name='key_kommuner']", "value"), "30");
  EXPECT_EQ(page.Text("//textarea[@name='notes']"), "Beholdt merknad");
  EXPECT_EQ(Record("helsenorge", 2023)["key"]["rhf"], 55);
  // A share that is no number is named at its own field.
  auto bad = admin_->Post(kRecordEdit, HelsenorgeForm({{"key_rhf", "femti"}}));
  EXPECT_EQ(bad.status, 400);
  HtmlPage bad_page(bad.body);
  EXPECT_TRUE(bad_page.Has("//*[@id='f-key_rhf-error']"));
  EXPECT_EQ(bad_page.Attr("//input[@id='f-key_rhf']", "value"), "femti");
}

TEST_P(CostFormsTest, AStaleRecordFormIsRefusedWithALinkToTheCurrentVersion) {
  admin_->Get(kRecordEdit);
  FormFields first = HelsenorgeForm({{"key_rhf", "50"}, {"key_kommuner", "50"}});
  FormFields second = HelsenorgeForm({{"key_rhf", "40"}, {"key_kommuner", "60"}});
  ASSERT_EQ(admin_->Post(kRecordEdit, first).status, 303);
  admin_->Get(kRecordEdit);
  auto r = admin_->Post(kRecordEdit, second);
  EXPECT_EQ(r.status, 409);
  HtmlPage page(r.body);
  EXPECT_TRUE(page.HasText("//*[@role='alert']", "Noen andre har lagret endringer"));
  EXPECT_TRUE(page.Has("//*[@role='alert']//a[@href='/kostnadsdeling/losning/helsenorge/2023']"));
  EXPECT_EQ(page.Attr("//input[@name='key_rhf']", "value"), "40") << "what the user typed is kept";
  EXPECT_EQ(Record("helsenorge", 2023)["key"]["rhf"], 50);
}

// A solution's and a group's key and sort order are for the admins who
// edit them (and the API); a public reader sees the name, source and notes.
TEST_P(CostFormsTest, KeyAndSortOrderAreShownOnlyToThoseWhoEditThem) {
  for (const std::string path : {"/kostnadsdeling/losning/grunndata-helseid", "/kostnadsdeling/gruppe/apotek"}) {
    auto pub = server_->Get(path);
    ASSERT_EQ(pub.status, 200) << path;
    HtmlPage public_page(pub.body);
    EXPECT_FALSE(public_page.Has("//dt[.='Nøkkel']")) << path;
    EXPECT_FALSE(public_page.Has("//dt[.='Rekkefølge']")) << path;
    EXPECT_FALSE(public_page.Has("//main//code")) << path;
    auto admin = admin_->Get(path);
    ASSERT_EQ(admin.status, 200) << path;
    HtmlPage admin_page(admin.body);
    EXPECT_TRUE(admin_page.Has(Definition("Nøkkel") + "/code")) << path;
    EXPECT_TRUE(admin_page.Has(Definition("Rekkefølge"))) << path;
  }
}

TEST_P(CostFormsTest, AnEditorAndAPostWithoutTheCsrfTokenChangeNothing) {
  server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
  Browser editor(server_->port());
  ASSERT_EQ(editor.SignIn(*server_, "kari", kPassword).status, 303);
  EXPECT_EQ(editor.Get(kRecordEdit).status, 403);
  EXPECT_EQ(editor.Get("/kostnadsdeling/ny-losning").status, 403);
  EXPECT_EQ(editor.Get("/kostnadsdeling/gruppe/rhf/rediger").status, 403);
  EXPECT_FALSE(HtmlPage(editor.Get("/kostnadsdeling/losning/helsenorge/2023").body).Has("//a[contains(@href, '/rediger')]"))
      << "no edit links for editors";
  editor.Get("/");
  std::string before = Export();
  size_t audit = AuditCount();
  EXPECT_EQ(editor.Post(kRecordEdit, HelsenorgeForm({{"key_rhf", "70"}, {"key_kommuner", "30"}})).status, 403);
  admin_->Get(kRecordEdit);
  EXPECT_EQ(admin_->Post(kRecordEdit, HelsenorgeForm({{"key_rhf", "70"}, {"key_kommuner", "30"}}), false).status, 403);
  EXPECT_EQ(Export(), before);
  EXPECT_EQ(AuditCount(), audit);
  auto anonymous = HttpRequest(server_->port(), "GET", kRecordEdit);
  EXPECT_EQ(anonymous.status, 303) << "sent to sign in";
}

TEST_P(CostFormsTest, AnAdminCreatesASolutionWithItsYearsAndRemovesARecord) {
  auto index = admin_->Get("/kostnadsdeling");
  HtmlPage index_page(index.body);
  EXPECT_TRUE(index_page.Has("//main//a[@href='/kostnadsdeling/losning/helsenorge']"));
  EXPECT_TRUE(index_page.Has("//main//a[@href='/kostnadsdeling/ny-losning']"));
  ASSERT_EQ(admin_->Get("/kostnadsdeling/ny-losning").status, 200);
  auto taken = admin_->Post("/kostnadsdeling/ny-losning", {{"key", "helsenorge"}, {"name", "Ny"}, {"sort_order", ""},
                                                          {"source", ""}, {"notes", ""}});
  EXPECT_EQ(taken.status, 409);
  EXPECT_TRUE(HtmlPage(taken.body).Has("//*[@id='f-key-error']"));
  auto r = admin_->Post("/kostnadsdeling/ny-losning", {{"key", "testlosning"}, {"name", "Testløsning"},
                                                      {"sort_order", "9"}, {"source", "test"}, {"notes", ""}});
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.headers.at("Location"), "/kostnadsdeling/losning/testlosning?lagret=1");
  EXPECT_TRUE(HtmlPage(admin_->Get(r.headers.at("Location")).body).Has("//section[@class='history']//td[.='Opprettet']"));

  const std::string add = "/kostnadsdeling/losning/testlosning/nytt-ar";
  ASSERT_EQ(admin_->Get(add).status, 200);
  ASSERT_EQ(admin_->Post(add, {{"year", "2021"}, {"method", "opening"}, {"opening_rhf", "10"},
                               {"opening_kommuner", "5,5"}, {"source", "test"}, {"notes", ""}})
                .status,
            303);
  // The form for the next year starts from the last one.
  auto next = admin_->Get(add);
  EXPECT_EQ(HtmlPage(next.body).Attr("//input[@name='year']", "value"), "2022");
  auto second = admin_->Post(add, {{"year", "2022"}, {"method", "growth"}, {"change", "2"}, {"key_rhf", "50"},
                                   {"key_kommuner", "50"}, {"source", "test"}, {"notes", ""}});
  ASSERT_EQ(second.status, 303) << second.body;
  auto again = admin_->Post(add, {{"year", "2022"}, {"method", "growth"}, {"change", "2"}, {"key_rhf", "50"},
                                  {"key_kommuner", "50"}, {"source", ""}, {"notes", ""}});
  EXPECT_EQ(again.status, 409);
  EXPECT_TRUE(HtmlPage(again.body).Has("//*[@id='f-year-error']"));
  EXPECT_EQ(HtmlPage(server_->Get("/kostnadsdeling/2022").body).Text("//tr/th/a[@href='/kostnadsdeling/losning/testlosning/2022']"),
            "Testløsning");
  EXPECT_EQ(Record("testlosning", 2021)["opening_shares"]["kommuner"], 5.5);

  // 2022 builds on 2021, so 2021 cannot go first.
  admin_->Get("/kostnadsdeling/losning/testlosning/2021/slett");
  auto refused = admin_->Post("/kostnadsdeling/losning/testlosning/2021/slett",
                              {{"version", std::to_string(Record("testlosning", 2021)["version"].get<int64_t>())}});
  EXPECT_EQ(refused.status, 409);
  auto confirm = admin_->Get("/kostnadsdeling/losning/testlosning/2022/slett");
  ASSERT_EQ(confirm.status, 200);
  auto removed = admin_->Post("/kostnadsdeling/losning/testlosning/2022/slett",
                              {{"version", std::to_string(Record("testlosning", 2022)["version"].get<int64_t>())}});
  ASSERT_EQ(removed.status, 303) << removed.body;
  EXPECT_EQ(removed.headers.at("Location"), "/kostnadsdeling/losning/testlosning?slettet=1");
  EXPECT_EQ(server_->Get("/api/v1/cost-sharing/solutions/testlosning/years/2022").status, 404);
  EXPECT_FALSE(Has(server_->Get("/kostnadsdeling/2022").body, "Testløsning"));
}

TEST_P(CostFormsTest, AnAdminRenamesAGroupAndAStaleGroupFormIsRefused) {
  const std::string path = "/kostnadsdeling/gruppe/apotek/rediger";
  auto form = admin_->Get(path);
  ASSERT_EQ(form.status, 200) << form.body;
  auto groups = server_->Get("/api/v1/cost-sharing/groups").Json();
  std::string version;
  for (const auto& g : groups) {
    if (g["key"] == "apotek") version = std::to_string(g["version"].get<int64_t>());
  }
  auto r = admin_->Post(path, {{"name", "Apotek og bandasjister"}, {"sort_order", "3"}, {"source", "test"},
                               {"version", version}});
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.headers.at("Location"), "/kostnadsdeling/gruppe/apotek?lagret=1");
  EXPECT_TRUE(HtmlPage(server_->Get("/kostnadsdeling/2023").body).HasText("//main//table", "Apotek og bandasjister"));
  auto bad = admin_->Post(path, {{"name", ""}, {"sort_order", "tre"}, {"source", "x"}, {"version", version}});
  EXPECT_EQ(bad.status, 400);
  HtmlPage bad_page(bad.body);
  EXPECT_TRUE(bad_page.Has("//*[@id='f-name-error']"));
  EXPECT_TRUE(bad_page.Has("//*[@id='f-sort_order-error']"));
  EXPECT_EQ(bad_page.Attr("//input[@name='sort_order']", "value"), "tre");
  auto stale = admin_->Post(path, {{"name", "Apotek"}, {"sort_order", "3"}, {"source", "x"}, {"version", version}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(HtmlPage(stale.body).Has("//*[@role='alert']//a[@href='/kostnadsdeling/gruppe/apotek']"));
}

TEST_P(CostFormsTest, ObjectPagesArePublicWithTheirHistoryAndNoEditLinks) {
  auto solution = server_->Get("/kostnadsdeling/losning/helsenorge");
  ASSERT_EQ(solution.status, 200) << solution.body;
  ExpectAccessibleFrame(solution, "nb");
  HtmlPage solution_page(solution.body);
  EXPECT_TRUE(solution_page.Has("//main//a[@href='/kostnadsdeling/losning/helsenorge/2023']"));
  EXPECT_EQ(solution_page.Text("//section[@class='history']/h2"), "Historikk");
  EXPECT_FALSE(Has(solution.body, "/rediger"));
  auto record = server_->Get("/kostnadsdeling/losning/helsenorge/2023");
  ASSERT_EQ(record.status, 200) << record.body;
  ExpectAccessibleFrame(record, "nb");
  HtmlPage record_page(record.body);
  EXPECT_EQ(record_page.Text(Definition("Nøkkel eller startandeler")), "Regionale helseforetak 55 %, Kommuner 45 %");
  EXPECT_EQ(record_page.Text("//section[@class='history']/h2"), "Historikk");
  EXPECT_FALSE(Has(record.body, "/slett"));
  auto group = server_->Get("/kostnadsdeling/gruppe/rhf?lang=en");
  ASSERT_EQ(group.status, 200) << group.body;
  ExpectAccessibleFrame(group, "en");
  EXPECT_EQ(server_->Get("/kostnadsdeling/losning/finnes-ikke").status, 404);
  EXPECT_EQ(server_->Get("/kostnadsdeling/losning/helsenorge/1999").status, 404);
  EXPECT_TRUE(HtmlPage(admin_->Get("/kostnadsdeling/losning/helsenorge/2023").body)
                  .Has("//main//a[@href='/kostnadsdeling/losning/helsenorge/2023/rediger']"));
}

INSTANTIATE_PER_ENGINE(CostFormsTest);

}  // namespace
}  // namespace fremdrift::testing
