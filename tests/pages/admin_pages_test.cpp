// The admin pages: an admin manages organisations and users through the
// forms (with the session cookie and its CSRF token), everyone else is
// refused, a stale or bad form comes back with the message next to the
// field and what was typed, and history and audit log record it all
// without any password.
#include "support/api_fixture.h"
#include "support/admin_browser_session.h"
#include "support/html_page.h"
#include "support/page_checks.h"

namespace fremdrift::testing {
namespace {

class AdminPagesTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (!server_) return;
    AdminToken();  // the user "admin" of E-helse
    admin_ = std::make_unique<admin_forms::BrowserSession>(*server_, "admin");
  }

  // The organisation as the API shows it.
  nlohmann::json Org(const std::string& short_name) {
    return server_->Get("/api/v1/organisations/" + short_name).Json();
  }

  std::unique_ptr<admin_forms::BrowserSession> admin_;
};

TEST_P(AdminPagesTest, AdminPagesAreAccessibleAndLinked) {
  auto home = admin_->Get("/admin");
  ASSERT_EQ(home.status, 200) << home.body;
  ExpectAccessibleFrame(home, "nb");
  HtmlPage page(home.body);
  EXPECT_EQ(page.Text("//header//nav//a[@href='/admin'][@aria-current='page']"), "Administrasjon");
  EXPECT_EQ(page.Text("//main//a[@href='/admin/organisasjoner']"), "Organisasjoner");
  EXPECT_EQ(page.Text("//main//a[@href='/admin/brukere']"), "Brukere");
  for (const char* path : {"/admin/organisasjoner", "/admin/brukere",
                           "/admin/organisasjoner/HS%C3%98/rediger", "/admin/brukere/admin/rediger"}) {
    auto r = admin_->Get(path);
    ASSERT_EQ(r.status, 200) << path << r.body;
    ExpectAccessibleFrame(r, "nb");
    EXPECT_TRUE(HtmlPage(r.body).Has("//form//input[@type='hidden'][@name='csrf_token'][@value='" +
                                     admin_->csrf_token() + "']"))
        << path;
  }
  EXPECT_EQ(HtmlPage(admin_->Get("/admin/organisasjoner").body)
                .Text("//table//tr/th[@scope='row']/a[@href='/admin/organisasjoner/HS%C3%98/rediger']"),
            "HSØ");
  EXPECT_EQ(admin_->Get("/admin?lang=en").status, 200);
  EXPECT_EQ(HtmlPage(admin_->Get("/admin/brukere?lang=en").body).Text("//h1"), "Users");
}

TEST_P(AdminPagesTest, AdminCreatesEditsAndDeletesAnOrganisationThroughTheForms) {
  auto created = admin_->Post("/admin/organisasjoner", {{"short_name", "Testorg"},
                                                        {"name", "Testorganisasjonen"},
                                                        {"kind", "municipality"},
                                                        {"source", "test"}});
  ASSERT_EQ(created.status, 303) << created.body;
  EXPECT_EQ(created.headers["Location"], "/admin/organisasjoner/Testorg/rediger?lagret=1");
  auto org = Org("Testorg");
  EXPECT_EQ(org["kind"], "municipality");

  auto page = admin_->Get("/admin/organisasjoner/Testorg/rediger?lagret=1");
  HtmlPage saved_page(page.body);
  EXPECT_TRUE(saved_page.HasText("//*[@role='status']", "Endringene er lagret."));
  EXPECT_EQ(saved_page.Text("//section[@class='history']/h2[@id='history-heading']"), "Historikk");
  EXPECT_EQ(saved_page.Texts("//section[@class='history']//tbody/tr/td[2]"), std::vector<std::string>{"Opprettet"});
  EXPECT_EQ(admin_forms::HiddenInput(page.body, "version"), "1");

  auto saved = admin_->Post("/admin/organisasjoner/Testorg/rediger",
                            {{"version", "1"}, {"name", "Nytt navn"}, {"kind", "other"}, {"source", ""}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(Org("Testorg")["name"], "Nytt navn");
  EXPECT_EQ(Org("Testorg")["version"], 2);
  auto edited = admin_->Get("/admin/organisasjoner/Testorg/rediger");
  HtmlPage edited_page(edited.body);
  const std::string change = "//section[@class='history']//tbody/tr[td[2]='Endret']";
  EXPECT_TRUE(edited_page.Has(change));
  EXPECT_EQ(edited_page.Text(change + "/td[last()]"), "name, kind, source");

  auto unconfirmed = admin_->Post("/admin/organisasjoner/Testorg/slett", {{"version", "2"}});
  EXPECT_EQ(unconfirmed.status, 400);
  EXPECT_TRUE(HtmlPage(unconfirmed.body).HasText("//*[@id='f-confirm-error']", "Kryss av for å bekrefte"));
  EXPECT_EQ(Org("Testorg")["version"], 2);

  auto deleted = admin_->Post("/admin/organisasjoner/Testorg/slett", {{"version", "2"}, {"confirm", "yes"}});
  ASSERT_EQ(deleted.status, 303) << deleted.body;
  EXPECT_EQ(deleted.headers["Location"], "/admin/organisasjoner?slettet=1");
  EXPECT_EQ(server_->Get("/api/v1/organisations/Testorg").status, 404);
  EXPECT_EQ(admin_->Get("/admin/organisasjoner/Testorg/rediger").status, 404);

  auto audit = server_->Get("/api/v1/audit?entity=organisation&id=" +
                                std::to_string(org["id"].get<int64_t>()), AdminToken()).Json();
  ASSERT_EQ(audit.size(), 3u);
  EXPECT_EQ(audit[0]["action"], "delete");
  EXPECT_EQ(audit[0]["actor"], "admin");
}

TEST_P(AdminPagesTest, DeletingAnOrganisationInUseIsRefusedOnThePage) {
  auto hdir = Org("Hdir");
  auto r = admin_->Post("/admin/organisasjoner/Hdir/slett",
                        {{"version", std::to_string(hdir["version"].get<int64_t>())}, {"confirm", "yes"}});
  EXPECT_EQ(r.status, 409);
  HtmlPage page(r.body);
  EXPECT_TRUE(page.HasText("//*[@role='alert']", "Organisasjonen kan ikke slettes fordi den er i bruk. Den eier "));
  EXPECT_TRUE(page.HasText("//*[@role='alert']", " planelementer ("));
  EXPECT_EQ(Org("Hdir")["version"], hdir["version"]);
}

TEST_P(AdminPagesTest, AdminCreatesEditsAndDeletesAUserThroughTheForms) {
  const std::string secret = "et-hemmelig-passord";
  auto created = admin_->Post("/admin/brukere", {{"name", "kari"}, {"organisation", "Hdir"},
                                                 {"role", "editor"}, {"password", secret}});
  ASSERT_EQ(created.status, 303) << created.body;
  EXPECT_EQ(created.headers["Location"], "/admin/brukere/kari/rediger?lagret=1");
  auto user = server_->Get("/api/v1/users/kari", AdminToken()).Json();
  EXPECT_EQ(user["role"], "editor");
  EXPECT_EQ(user["has_password"], true);

  // Kari can sign in with the password the admin set.
  admin_forms::BrowserSession kari(*server_, "kari", secret);
  EXPECT_EQ(HtmlPage(kari.Get("/").body).Text("//header//*[@class='signed-in']"), "Innlogget som kari");

  auto saved = admin_->Post("/admin/brukere/kari/rediger",
                            {{"version", "1"}, {"organisation", "HOD"}, {"role", "reader"},
                             {"password", secret + "-nytt"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  user = server_->Get("/api/v1/users/kari", AdminToken()).Json();
  EXPECT_EQ(user["role"], "reader");
  EXPECT_EQ(user["organisation"], "HOD");
  auto page = admin_->Get("/admin/brukere/kari/rediger");
  HtmlPage history(page.body);
  const std::string events = "//section[@class='history']//tbody/tr/td[2]";
  EXPECT_TRUE(history.Has(events + "[.='Passord satt']"));
  EXPECT_TRUE(history.Has(events + "[.='Endret']"));
  EXPECT_TRUE(history.Has(events + "[.='Opprettet']"));
  EXPECT_TRUE(HtmlPage(kari.Get("/").body).Has("//header//a[@class='sign-in-link']"))
      << "a new password ends the user's sessions";

  auto deleted = admin_->Post("/admin/brukere/kari/slett", {{"version", "2"}, {"confirm", "yes"}});
  ASSERT_EQ(deleted.status, 303) << deleted.body;
  EXPECT_EQ(server_->Get("/api/v1/users/kari", AdminToken()).status, 404);

  for (const char* path : {"/admin/brukere", "/admin/brukere/admin/rediger"}) {
    EXPECT_FALSE(Has(admin_->Get(path).body, secret)) << path;
    EXPECT_FALSE(Has(admin_->Get(path).body, "$argon2")) << path;
  }
  auto lease = server_->pool().Acquire();
  for (const auto& e : AuditLog(*lease).List("", "", 100000)) {
    EXPECT_FALSE(Has(e.before + e.after, secret));
    EXPECT_FALSE(Has(e.before + e.after, "$argon2"));
  }
}

TEST_P(AdminPagesTest, BadInputShowsTheErrorNextToTheFieldAndKeepsWhatWasTyped) {
  std::string before = Export();
  auto r = admin_->Post("/admin/organisasjoner", {{"short_name", "Ny <org>"},
                                                  {"name", ""},
                                                  {"kind", "planet"},
                                                  {"source", "side \"3\""}});
  ASSERT_EQ(r.status, 400) << r.body;
  HtmlPage page(r.body);
  EXPECT_EQ(page.Attr("//input[@id='f-short_name']", "value"), "Ny <org>");
  EXPECT_EQ(page.Attr("//input[@id='f-source']", "value"), "side \"3\"");
  EXPECT_TRUE(page.HasText("//*[@id='f-name-error']", "Feltet må fylles ut."));
  EXPECT_EQ(page.Attr("//input[@id='f-name']", "aria-describedby"), "f-name-error");
  EXPECT_TRUE(page.HasText("//*[@id='f-kind-error']", "«planet»"));
  EXPECT_TRUE(page.Has("//*[contains(@class, 'error-summary')]//a[@href='#f-name']"));
  EXPECT_FALSE(page.Has("//*[@id='f-short_name-error']"));
  EXPECT_EQ(Export(), before);

  auto user = admin_->Post("/admin/brukere", {{"name", "ny bruker"}, {"organisation", "Hdir"},
                                              {"role", "editor"}, {"password", "kort"}});
  ASSERT_EQ(user.status, 400) << user.body;
  HtmlPage user_page(user.body);
  EXPECT_TRUE(user_page.Has("//*[@id='f-name-error']"));
  EXPECT_EQ(user_page.Attr("//input[@name='name']", "value"), "ny bruker");
  EXPECT_TRUE(user_page.Has("//select[@name='role']/option[@value='editor'][@selected]"));
  EXPECT_TRUE(user_page.Has("//select[@name='organisation']/option[@value='Hdir'][@selected]"));
  EXPECT_FALSE(user_page.Has("//input[@value='kort']")) << "a password is never shown again";
  EXPECT_FALSE(Has(user.body, "value=\"kort\"")) << "a password is never shown again";
  EXPECT_EQ(Export(), before);
}

TEST_P(AdminPagesTest, AStaleFormIsRefusedWithTheMessageAndALinkToTheCurrentVersion) {
  ASSERT_EQ(server_->Send("PUT", "/api/v1/organisations/HOD", {{"version", 1}, {"name", "Først"}},
                          AdminToken()).status, 200);
  auto r = admin_->Post("/admin/organisasjoner/HOD/rediger",
                        {{"version", "1"}, {"name", "Sist"}, {"kind", "ministry"}, {"source", ""}});
  EXPECT_EQ(r.status, 409);
  HtmlPage page(r.body);
  EXPECT_TRUE(page.HasText("//*[@role='alert']", "Noen andre har lagret endringer etter at du åpnet skjemaet."));
  EXPECT_EQ(page.Text("//*[@role='alert']//a[@href='/admin/organisasjoner/HOD/rediger']"), "Se gjeldende versjon");
  EXPECT_EQ(page.Attr("//input[@name='name']", "value"), "Sist");
  EXPECT_EQ(Org("HOD")["name"], "Først");

  auto user = admin_->Post("/admin/brukere/admin/rediger",
                           {{"version", "7"}, {"organisation", "Hdir"}, {"role", "admin"}});
  EXPECT_EQ(user.status, 409);
  EXPECT_EQ(HtmlPage(user.body).Text("//*[@role='alert']//a[@href='/admin/brukere/admin/rediger']"),
            "Se gjeldende versjon");
}

TEST_P(AdminPagesTest, AnAdminCannotDemoteOrDeleteThemselvesAndIsToldWhy) {
  auto demote = admin_->Post("/admin/brukere/admin/rediger",
                             {{"version", "1"}, {"organisation", "E-helse"}, {"role", "editor"}});
  EXPECT_EQ(demote.status, 400);
  EXPECT_TRUE(HtmlPage(demote.body).HasText("//*[@id='f-role-error']", "Du kan ikke ta fra deg selv administratorrollen."));
  auto page = admin_->Get("/admin/brukere/admin/rediger");
  HtmlPage own(page.body);
  EXPECT_TRUE(own.Has("//main//p[starts-with(., 'Du kan ikke slette din egen bruker.')]"));
  EXPECT_FALSE(own.Has("//form[@action='/admin/brukere/admin/slett']"));
  auto crafted = admin_->Post("/admin/brukere/admin/slett", {{"version", "1"}, {"confirm", "yes"}});
  EXPECT_EQ(crafted.status, 409);
  EXPECT_EQ(server_->Get("/api/v1/users/admin", AdminToken()).Json()["role"], "admin");
}

TEST_P(AdminPagesTest, AMissingOrWrongCsrfTokenIsRefusedAndChangesNothing) {
  std::string before = Export();
  size_t audit = AuditCount();
  admin_forms::FormFields org{{"short_name", "Testorg"}, {"name", "T"}, {"kind", "other"}};
  EXPECT_EQ(admin_->PostWithToken("/admin/organisasjoner", org, "").status, 403);
  EXPECT_EQ(admin_->PostWithToken("/admin/organisasjoner", org, std::string(43, 'x')).status, 403);
  EXPECT_EQ(admin_->PostWithToken("/admin/organisasjoner/HOD/slett",
                                  {{"version", "1"}, {"confirm", "yes"}}, "").status,
            403);
  EXPECT_EQ(admin_->PostWithToken("/admin/brukere",
                                  {{"name", "x"}, {"organisation", "Hdir"}, {"role", "admin"}}, "wrong")
                .status,
            403);
  EXPECT_EQ(Export(), before);
  EXPECT_EQ(AuditCount(), audit);
}

TEST_P(AdminPagesTest, EditorsAreRefusedOnThePagesAndInCraftedPosts) {
  server_->AddUserWithToken("redaktor", "Hdir", Role::kEditor);
  admin_forms::BrowserSession editor(*server_, "redaktor");
  EXPECT_FALSE(HtmlPage(editor.Get("/").body).Has("//a[@href='/admin']")) << "no admin link for editors";
  EXPECT_TRUE(HtmlPage(admin_->Get("/").body).Has("//header//nav//a[@href='/admin']"));
  std::string before = Export();
  size_t audit = AuditCount();
  for (const char* path : {"/admin", "/admin/organisasjoner", "/admin/brukere",
                           "/admin/organisasjoner/Hdir/rediger", "/admin/brukere/admin/rediger"}) {
    auto r = editor.Get(path);
    EXPECT_EQ(r.status, 403) << path;
    EXPECT_EQ(HtmlPage(r.body).Text("//main//p[@class='lead']"),
              "Bare administratorer kan administrere organisasjoner og brukere.")
        << path;
  }
  EXPECT_EQ(editor.Post("/admin/organisasjoner", {{"short_name", "X"}, {"name", "X"}, {"kind", "other"}})
                .status,
            403);
  EXPECT_EQ(editor.Post("/admin/brukere/redaktor/rediger",
                        {{"version", "1"}, {"organisation", "Hdir"}, {"role", "admin"}}).status,
            403);
  EXPECT_EQ(editor.Post("/admin/organisasjoner/HOD/slett", {{"version", "1"}, {"confirm", "yes"}}).status,
            403);
  EXPECT_EQ(Export(), before);
  EXPECT_EQ(AuditCount(), audit);
}

TEST_P(AdminPagesTest, AnonymousReadersAreSentToSignIn) {
  auto r = server_->Get("/admin/brukere");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.headers["Location"], "/logg-inn?neste=%2Fadmin%2Fbrukere");
  EXPECT_FALSE(HtmlPage(server_->Get("/").body).Has("//a[@href='/admin']"));
}

INSTANTIATE_PER_ENGINE(AdminPagesTest);

}  // namespace
}  // namespace fremdrift::testing
