// Approving people who signed in through HelseID or ID-porten, and giving
// organisations their organisation number, without the command line
// (docs/sign-in.md, "Approving people"): the admin page /admin/innlogging
// with its forms (session cookie and CSRF token) and the API under
// /api/v1/sign-in, on each engine. Only admins may; every change is in the
// audit log; bad input is named in the user's language and changes nothing.
#include "support/api_fixture.h"
#include "app/oidc_admin.h"
#include "storage/oidc_store.h"
#include "storage/user_store.h"
#include "support/admin_browser_session.h"

namespace fremdrift::testing {
namespace {

class SignInApprovalTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (!server_) return;
    AdminToken();  // the user "admin" of E-helse
    admin_ = std::make_unique<admin_forms::BrowserSession>(*server_, "admin");
    // Kari signed in through the provider for the first time: a user of
    // Hdir who waits for approval (as app/oidc_sign_in.cpp leaves her).
    auto made = server_->Send("POST", "/api/v1/users",
                              {{"name", "kari.nordmann"}, {"organisation", "Hdir"}, {"role", "reader"}},
                              AdminToken());
    ASSERT_EQ(made.status, 201) << made.body;
    auto lease = server_->pool().Acquire();
    auto kari = UserStore(*lease).FindByName("kari.nordmann");
    ASSERT_TRUE(kari);
    OidcUserStore(*lease).Link(kari->id, "subject-hash-of-kari", true);
  }

  bool KariPending() {
    auto lease = server_->pool().Acquire();
    return IsPendingUser(*lease, "kari.nordmann");
  }

  std::unique_ptr<admin_forms::BrowserSession> admin_;
};

TEST_P(SignInApprovalTest, AdminApprovesAWaitingPersonOnThePageWithARole) {
  auto home = admin_->Get("/admin");
  EXPECT_NE(home.body.find("href=\"/admin/innlogging\""), std::string::npos);
  auto page = admin_->Get("/admin/innlogging");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find("Venter på godkjenning"), std::string::npos);
  EXPECT_NE(page.body.find("<th scope=\"row\">kari.nordmann</th><td>Hdir</td>"), std::string::npos);
  EXPECT_NE(page.body.find("<label for=\"role-0\">Rolle for kari.nordmann</label>"), std::string::npos);
  EXPECT_NE(page.body.find("action=\"/admin/innlogging/brukere/kari.nordmann/godkjenn\""), std::string::npos);

  const size_t audit_before = AuditCount();
  auto approved = admin_->Post("/admin/innlogging/brukere/kari.nordmann/godkjenn", {{"role", "editor"}});
  ASSERT_EQ(approved.status, 303) << approved.body;
  EXPECT_FALSE(KariPending());
  EXPECT_EQ(server_->Get("/api/v1/users/kari.nordmann", AdminToken()).Json()["role"], "editor");
  EXPECT_EQ(AuditCount(), audit_before + 1);
  auto after = admin_->Get(approved.headers["Location"]);
  EXPECT_NE(after.body.find("kari.nordmann er godkjent og kan logge inn."), std::string::npos) << after.body;
  EXPECT_NE(after.body.find("Ingen venter på godkjenning."), std::string::npos);

  // Approving again says why it cannot, in Norwegian, and changes nothing.
  auto again = admin_->Post("/admin/innlogging/brukere/kari.nordmann/godkjenn", {{"role", "admin"}});
  EXPECT_EQ(again.status, 409);
  EXPECT_NE(again.body.find("«kari.nordmann» venter ikke på godkjenning."), std::string::npos) << again.body;
  EXPECT_EQ(server_->Get("/api/v1/users/kari.nordmann", AdminToken()).Json()["role"], "editor");
}

TEST_P(SignInApprovalTest, AnUnknownRoleOrAMissingTokenApprovesNobody) {
  auto bad = admin_->Post("/admin/innlogging/brukere/kari.nordmann/godkjenn", {{"role", "sjef"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("Velg leser, redaktør eller administrator."), std::string::npos) << bad.body;
  auto forged = admin_->PostWithToken("/admin/innlogging/brukere/kari.nordmann/godkjenn", {{"role", "admin"}}, "");
  EXPECT_EQ(forged.status, 403);
  EXPECT_TRUE(KariPending());
}

TEST_P(SignInApprovalTest, AdminGivesAnOrganisationItsNumberAsPeopleTypeIt) {
  auto form = admin_->Get("/admin/innlogging/organisasjoner/Hdir");
  ASSERT_EQ(form.status, 200) << form.body;
  EXPECT_NE(form.body.find("Organisasjonsnummer"), std::string::npos);
  auto saved = admin_->Post("/admin/innlogging/organisasjoner/Hdir",
                            {{"org_number", "983 544 622"}, {"auto_approve", "yes"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  auto stored = server_->Get("/api/v1/sign-in/organisations/Hdir", AdminToken()).Json();
  EXPECT_EQ(stored["org_number"], "983544622");
  EXPECT_EQ(stored["auto_approve"], true);
  EXPECT_NE(admin_->Get("/admin/innlogging").body.find("<td>983544622</td><td>Ja</td>"), std::string::npos);

  // The same number for another organisation names the one that has it.
  auto taken = admin_->Post("/admin/innlogging/organisasjoner/FHI",
                            {{"org_number", "983544622"}, {"auto_approve", "no"}});
  EXPECT_EQ(taken.status, 409);
  EXPECT_NE(taken.body.find("Organisasjonsnummeret 983544622 hører allerede til Hdir."), std::string::npos)
      << taken.body;
  // Eight digits are refused next to the field, with what was typed kept.
  auto short_number = admin_->Post("/admin/innlogging/organisasjoner/FHI",
                                   {{"org_number", "98354462"}, {"auto_approve", "no"}});
  EXPECT_EQ(short_number.status, 400);
  EXPECT_NE(short_number.body.find("id=\"f-org_number-error\""), std::string::npos) << short_number.body;
  EXPECT_NE(short_number.body.find("Et organisasjonsnummer har ni sifre."), std::string::npos);
  EXPECT_NE(short_number.body.find("value=\"98354462\""), std::string::npos);
  auto auto_without = admin_->Post("/admin/innlogging/organisasjoner/FHI",
                                   {{"org_number", ""}, {"auto_approve", "yes"}});
  EXPECT_EQ(auto_without.status, 400);
  EXPECT_NE(auto_without.body.find("Automatisk godkjenning krever et organisasjonsnummer."), std::string::npos);
  auto fhi = server_->Get("/api/v1/sign-in/organisations/FHI", AdminToken()).Json();
  EXPECT_TRUE(fhi["org_number"].is_null());
  EXPECT_EQ(fhi["auto_approve"], false);
}

TEST_P(SignInApprovalTest, TheApiListsApprovesAndSetsNumbersForAdminsOnly) {
  auto pending = server_->Get("/api/v1/sign-in/pending-users", AdminToken());
  ASSERT_EQ(pending.status, 200) << pending.body;
  ASSERT_EQ(pending.Json().size(), 1u);
  EXPECT_EQ(pending.Json()[0]["name"], "kari.nordmann");
  EXPECT_EQ(pending.Json()[0]["organisation"], "Hdir");

  const std::string editor = server_->AddUserWithToken("redaktor", "Hdir", Role::kEditor);
  for (const char* path : {"/api/v1/sign-in/pending-users", "/api/v1/sign-in/organisations",
                           "/api/v1/sign-in/organisations/Hdir"}) {
    EXPECT_EQ(server_->Get(path, editor).status, 403) << path;
    EXPECT_EQ(server_->Get(path).status, 401) << path;
  }
  EXPECT_EQ(server_->Send("POST", "/api/v1/sign-in/pending-users/kari.nordmann/approve",
                          {{"role", "admin"}}, editor).status, 403);
  EXPECT_EQ(server_->Send("PUT", "/api/v1/sign-in/organisations/Hdir",
                          {{"org_number", "983544622"}}, editor).status, 403);
  EXPECT_TRUE(KariPending());

  auto bad = server_->Send("POST", "/api/v1/sign-in/pending-users/kari.nordmann/approve", {{"role", 3}},
                           AdminToken());
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.Json()["error"]["rule"], "role_unknown");
  auto nobody = server_->Send("POST", "/api/v1/sign-in/pending-users/ingen/approve", {{"role", "reader"}},
                              AdminToken());
  EXPECT_EQ(nobody.status, 404);
  auto ok = server_->Send("POST", "/api/v1/sign-in/pending-users/kari.nordmann/approve", {{"role", "reader"}},
                          AdminToken());
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.Json()["pending"], false);
  EXPECT_FALSE(KariPending());
  EXPECT_EQ(server_->Get("/api/v1/sign-in/pending-users", AdminToken()).Json().size(), 0u);

  auto bad_number = server_->Send("PUT", "/api/v1/sign-in/organisations/Hdir",
                                  {{"org_number", "12345"}, {"auto_approve", "ja"}}, AdminToken());
  EXPECT_EQ(bad_number.status, 400);
  ASSERT_EQ(bad_number.Json()["error"]["problems"].size(), 1u) << bad_number.body;
  EXPECT_EQ(bad_number.Json()["error"]["problems"][0]["field"], "auto_approve");
  auto set = server_->Send("PUT", "/api/v1/sign-in/organisations/Hdir",
                           {{"org_number", "983544622"}, {"auto_approve", false}}, AdminToken());
  ASSERT_EQ(set.status, 200) << set.body;
  EXPECT_EQ(set.Json()["org_number"], "983544622");
  auto wrong = server_->Send("PUT", "/api/v1/sign-in/organisations/FHI", {{"org_number", "1234"}}, AdminToken());
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(wrong.Json()["error"]["rule"], "org_number_digits");
  EXPECT_EQ(server_->Send("PUT", "/api/v1/sign-in/organisations/Ingen", {{"org_number", nullptr}}, AdminToken())
                .status,
            404);
}

INSTANTIATE_PER_ENGINE(SignInApprovalTest);

}  // namespace
}  // namespace fremdrift::testing
