// Mail through a real `fremdrift serve` process: its --smtp flags, the
// reporting contacts made with `fremdrift user add`, and delivery to a real
// SMTP server on loopback that is stopped and started again. Also the API's
// user mail settings. Both engines.
#include <gtest/gtest.h>

#include <chrono>
#include <set>
#include <thread>

#include "support/api_fixture.h"
#include "app/round_mail.h"
#include "support/child_process.h"
#include "cli/cli_language.h"
#include "storage/mail_outbox_store.h"
#include "storage/organisation_store.h"
#include "storage/user_store.h"
#include "support/signed_in_browser.h"
#include "support/smtp_sink.h"
#include "support/engine_fixture.h"
#include "support/unix_time.h"
#include "support/wait_until.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

const RoundMailOrganisation kHdir{"Hdir", "Helsedirektoratet"};
const std::vector<MailItem> kItems = {{"1.1.1", "Felles journal", "not_started", "2023-Q3"}};

class MailServeTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
    OrganisationStore(*conn_).Insert({0, "Hdir", "Helsedirektoratet", "directorate", "", 1});
    for (auto [name, lang] : {std::pair{"kari", "nb"}, std::pair{"john", "en"}}) {
      auto r = RunFremdrift({"user", "add", "--db", db_->url(), "--name", name, "--org", "Hdir",
                             "--role", "editor", "--email", std::string(name) + "@hdir.test",
                             "--lang", lang, "--reporting-contact", "yes"});
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
  }

  // Waits up to `seconds` for the outbox to be empty.
  bool OutboxEmpties(int seconds) {
    return WaitUntil([&] { return MailOutboxStore(*conn_).Backlog() == 0; }, std::chrono::seconds(seconds));
  }
};

TEST_P(MailServeTest, ServeDeliversEveryMailOnceAcrossAStoppedMailServer) {
  SmtpSink sink;
  ServerProcess server(db_->url(), {"--smtp", sink.url(), "--mail-from", "fremdrift@ehelse.test",
                                    "--public-url", "https://fremdrift.example/",
                                    "--mail-retry-seconds", "1", "--mail-retry-max-seconds", "1"});
  {
    WriteTransaction tx(*conn_);
    EXPECT_EQ(MailRoundOpened(*conn_, "2023-Q3", "2023-10-15 12:00", kHdir, kItems, Now()), 2);
    tx.Commit();
  }
  auto mails = sink.WaitForMails(2, 30);
  ASSERT_EQ(mails.size(), 2u) << server.Log();
  std::map<std::string, ReceivedMail> by_to;
  for (const auto& m : mails) by_to[m.rcpt_tos.at(0)] = m;
  EXPECT_EQ(by_to["kari@hdir.test"].subject,
            "Rapportering for 2023-Q3 er åpnet – frist 15. oktober 2023 kl. 12.00");
  EXPECT_NE(by_to["kari@hdir.test"].body.find("https://fremdrift.example/oppgaver\n"),
            std::string::npos);
  EXPECT_EQ(by_to["john@hdir.test"].subject,
            "Reporting for 2023-Q3 is open – deadline 15 October 2023, 12:00");
  EXPECT_NE(by_to["john@hdir.test"].body.find("https://fremdrift.example/oppgaver?lang=en"),
            std::string::npos);

  // The mail server goes away; events go on.
  sink.Stop();
  {
    WriteTransaction tx(*conn_);
    MailReportReturned(*conn_, "2023-Q3", "2023-10-15 12:00", kHdir, kItems[0], "Mangler tall.",
                       "7", Now());
    tx.Commit();
  }
  // Both waiting mails have been tried (and failed) at least once.
  auto tried = [&] {
    int untried = 0;
    for (const auto& m : MailOutboxStore(*conn_).List()) untried += !m.sent_at && m.attempts < 1;
    return untried == 0;
  };
  EXPECT_TRUE(WaitUntil(tried, std::chrono::seconds(30))) << server.Log();
  EXPECT_TRUE(WaitUntil([&] { return server.Log().find("failed (attempt") != std::string::npos; },
                        std::chrono::seconds(30)))
      << server.Log();
  EXPECT_EQ(MailOutboxStore(*conn_).Backlog(), 2) << "waiting, not lost";
  for (const auto& m : MailOutboxStore(*conn_).List()) {
    if (!m.sent_at) EXPECT_GE(m.attempts, 1);
  }

  sink.Start();
  ASSERT_TRUE(OutboxEmpties(30)) << server.Log();
  std::this_thread::sleep_for(std::chrono::seconds(3));  // time for any duplicate to show up
  mails = sink.Mails();
  ASSERT_EQ(mails.size(), 4u) << server.Log();
  std::set<std::string> ids;
  for (const auto& m : mails) ids.insert(m.message_id);
  EXPECT_EQ(ids.size(), 4u);
  EXPECT_EQ(mails[2].subject.rfind("Rapport returnert", 0) == 0 ||
                mails[2].subject.rfind("Report returned", 0) == 0,
            true)
      << mails[2].subject;
}

TEST_P(MailServeTest, WithoutSmtpMailIsWrittenToTheLog) {
  ServerProcess server(db_->url());
  {
    WriteTransaction tx(*conn_);
    MailRoundOpened(*conn_, "2023-Q3", "2023-10-15 12:00", kHdir, kItems, Now());
    tx.Commit();
  }
  ASSERT_TRUE(OutboxEmpties(30)) << server.Log();
  std::string log = server.Log();
  // The start-up line in the CLI's language (the locale of the test run).
  EXPECT_NE(log.find(CliCatalogue().Format("cli_serve_mail_log",
                                           {{"public_url", "http://127.0.0.1:" + std::to_string(server.port())}})),
            std::string::npos)
      << log;
  EXPECT_NE(log.find("To: kari@hdir.test"), std::string::npos) << log;
  EXPECT_NE(log.find("Subject: Reporting for 2023-Q3 is open"), std::string::npos) << log;
}

TEST_P(MailServeTest, BadMailFlagsAreRefusedByName) {
  auto bad_url = RunFremdrift({"serve", "--db", db_->url(), "--smtp", "http://mail:25"});
  EXPECT_NE(bad_url.exit_code, 0);
  EXPECT_NE(bad_url.err.find("--smtp"), std::string::npos) << bad_url.err;
  auto no_from = RunFremdrift({"serve", "--db", db_->url(), "--smtp", "smtp://127.0.0.1:2525"});
  EXPECT_NE(no_from.exit_code, 0);
  EXPECT_NE(no_from.err.find("mail-from"), std::string::npos) << no_from.err;
  auto lonely = RunFremdrift({"serve", "--db", db_->url(), "--mail-from", "a@b.no"});
  EXPECT_NE(lonely.exit_code, 0);
  EXPECT_NE(lonely.err.find("--smtp"), std::string::npos) << lonely.err;
  auto contact = RunFremdrift({"user", "add", "--db", db_->url(), "--name", "x", "--org", "Hdir",
                               "--role", "editor", "--reporting-contact", "yes"});
  EXPECT_NE(contact.exit_code, 0);
  EXPECT_NE(contact.err.find("--email"), std::string::npos) << contact.err;
}

INSTANTIATE_PER_ENGINE(MailServeTest);

class UserMailSettingsApiTest : public ApiTest {};

TEST_P(UserMailSettingsApiTest, AdminSetsAReportingContactsAddressLanguageAndOptOut) {
  const std::string& token = AdminToken();
  auto created = server_->Send("POST", "/api/v1/users",
                               {{"name", "kari"}, {"organisation", "E-helse"}, {"role", "editor"},
                                {"email", "kari@ehelse.test"}, {"language", "en"},
                                {"reporting_contact", true}},
                               token);
  ASSERT_EQ(created.status, 201) << created.body;
  json user = created.Json();
  EXPECT_EQ(user["email"], "kari@ehelse.test");
  EXPECT_EQ(user["language"], "en");
  EXPECT_EQ(user["reporting_contact"], true);
  EXPECT_EQ(user["reminders_opt_out"], false);

  auto changed = server_->Send("PUT", "/api/v1/users/kari",
                               {{"version", user["version"]}, {"reminders_opt_out", true}}, token);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.Json()["reminders_opt_out"], true);
  EXPECT_EQ(changed.Json()["email"], "kari@ehelse.test");

  auto bad = server_->Send("PUT", "/api/v1/users/kari",
                           {{"version", changed.Json()["version"]},
                            {"email", "kari@ehelse.test\r\nBcc: x@y.no"},
                            {"language", "de"},
                            {"reporting_contact", "yes"}},
                           token);
  EXPECT_EQ(bad.status / 100, 4) << bad.body;
  for (const char* field : {"email", "language", "reporting_contact"}) {
    EXPECT_NE(bad.body.find(std::string("\"") + field + "\""), std::string::npos) << bad.body;
  }
  EXPECT_EQ(server_->Get("/api/v1/users/kari", token).Json()["email"], "kari@ehelse.test");
}

TEST_P(UserMailSettingsApiTest, AUserOptsOutOfRemindersOnMinSide) {
  AdminToken();
  {
    auto lease = server_->pool().Acquire();
    User kari{0, "kari", "Hdir", Role::kEditor};
    kari.email = "kari@hdir.test";
    kari.reporting_contact = true;
    UserStore(*lease).Create(kari);
  }
  Browser browser(server_->port());
  ASSERT_EQ(browser.SignIn(*server_, "kari", "et-langt-passord").status, 303);
  auto page = browser.Get("/min-side");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find("kari@hdir.test"), std::string::npos);
  EXPECT_NE(page.body.find("Du er rapporteringskontakt"), std::string::npos);

  auto bad = browser.Post("/min-side", {{"language", "de"}, {"reminders_opt_out", "yes"}});
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_NE(bad.body.find("f-language"), std::string::npos);

  browser.Get("/min-side");
  auto without_token = browser.Post("/min-side", {{"language", "en"}, {"reminders_opt_out", "yes"}},
                                    false);
  EXPECT_EQ(without_token.status, 403) << "CSRF";

  auto saved = browser.Post("/min-side", {{"language", "en"}, {"reminders_opt_out", "yes"}});
  EXPECT_EQ(saved.status, 303) << saved.body;
  json stored = server_->Get("/api/v1/users/kari", AdminToken()).Json();
  EXPECT_EQ(stored["language"], "en");
  EXPECT_EQ(stored["reminders_opt_out"], true);
  EXPECT_EQ(stored["email"], "kari@hdir.test") << "not the user's to change";
  EXPECT_EQ(stored["reporting_contact"], true);
  // Signed-in users only: an anonymous visitor is sent to sign in first.
  auto anonymous = server_->Get("/min-side");
  EXPECT_EQ(anonymous.status, 303);
  EXPECT_EQ(anonymous.headers["Location"].rfind("/logg-inn", 0), 0u) << anonymous.headers["Location"];
}

TEST_P(UserMailSettingsApiTest, TheAdminUserFormSetsTheMailSettings) {
  AdminToken();
  Browser browser(server_->port());
  ASSERT_EQ(browser.SignIn(*server_, "admin", "et-langt-passord").status, 303);
  auto list = browser.Get("/admin/brukere");
  ASSERT_EQ(list.status, 200);
  for (const char* id : {"f-email", "f-language", "f-reporting_contact", "f-reminders_opt_out"}) {
    EXPECT_NE(list.body.find(id), std::string::npos) << id;
  }
  auto created = browser.Post("/admin/brukere", {{"name", "ola"},
                                                 {"organisation", "Hdir"},
                                                 {"role", "editor"},
                                                 {"email", "ola@hdir.test"},
                                                 {"language", "en"},
                                                 {"reporting_contact", "yes"},
                                                 {"reminders_opt_out", "no"}});
  ASSERT_EQ(created.status, 303) << created.body;
  json ola = server_->Get("/api/v1/users/ola", AdminToken()).Json();
  EXPECT_EQ(ola["email"], "ola@hdir.test");
  EXPECT_EQ(ola["language"], "en");
  EXPECT_EQ(ola["reporting_contact"], true);

  browser.Get("/admin/brukere");
  auto bad = browser.Post("/admin/brukere", {{"name", "per"},
                                             {"organisation", "Hdir"},
                                             {"role", "editor"},
                                             {"email", "ikke en adresse"},
                                             {"language", "nb"},
                                             {"reporting_contact", "no"},
                                             {"reminders_opt_out", "no"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("Skriv en e-postadresse som navn@example.no"), std::string::npos) << "the problem is said";
  EXPECT_NE(bad.body.find("href=\"#f-email\""), std::string::npos) << "and linked to its field";
  EXPECT_EQ(server_->Get("/api/v1/users/per", AdminToken()).status, 404);
}

INSTANTIATE_PER_ENGINE(UserMailSettingsApiTest);

}  // namespace
}  // namespace fremdrift::testing
