// The mail outbox and its sender on both engines, delivering to a real
// SMTP server on loopback (python3-aiosmtpd, tests/support/smtp_sink.h).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <thread>

#include "app/mail_outbox.h"
#include "app/round_mail.h"
#include "domain/organisation.h"
#include "mail/outbox_sender.h"
#include "storage/connection_pool.h"
#include "storage/mail_outbox_store.h"
#include "storage/migrations.h"
#include "storage/organisation_store.h"
#include "storage/user_store.h"
#include "support/smtp_sink.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using testing::Engine;
using testing::EngineName;
using testing::EngineTest;
using testing::ReceivedMail;
using testing::SmtpSink;
using testing::TempDatabase;

const int64_t kNow = 1696150800;  // 2023-10-01 09:00 UTC
const RoundMailOrganisation kHdir{"Hdir", "Helsedirektoratet"};
const std::vector<MailItem> kItems = {{"1.1.1", "Felles journal", "not_started", "2023-Q3"},
                                      {"1.1.2", "Legemiddelliste", "draft", "2023-Q3"}};

class MailOutboxTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
    pool_ = std::make_unique<ConnectionPool>(db_->url());
    OrganisationStore orgs(*conn_);
    orgs.Insert({0, "Hdir", "Helsedirektoratet", "directorate", "", 1});
    orgs.Insert({0, "NHN", "Norsk helsenett", "state_enterprise", "", 1});
    UserStore users(*conn_);
    kari_ = AddUser("kari", "Hdir", Role::kEditor, "kari@hdir.test", "nb", true, false);
    john_ = AddUser("john", "Hdir", Role::kEditor, "john@hdir.test", "en", true, false);
    quiet_ = AddUser("quiet", "Hdir", Role::kEditor, "quiet@hdir.test", "nb", true, true);
    AddUser("reader", "Hdir", Role::kReader, "reader@hdir.test", "nb", false, false);
    AddUser("nhn", "NHN", Role::kEditor, "post@nhn.test", "nb", true, false);
    admin_ = AddUser("admin", "Hdir", Role::kAdmin, "sekretariat@ehelse.test", "nb", false, false);
  }

  int64_t AddUser(const std::string& name, const std::string& org, Role role,
                  const std::string& email, const std::string& lang, bool contact, bool opt_out) {
    User u;
    u.name = name;
    u.organisation = org;
    u.role = role;
    u.email = email;
    u.language = lang;
    u.reporting_contact = contact;
    u.reminders_opt_out = opt_out;
    return UserStore(*conn_).Create(u);
  }

  MailSenderConfig SenderConfig(const SmtpSink& sink) const {
    MailSenderConfig c;
    c.smtp = ParseSmtpUrl(sink.url());
    c.smtp->from = "fremdrift@ehelse.test";
    c.smtp->timeout_seconds = 5;
    c.public_url = "https://fremdrift.example";
    c.assets_dir = FREMDRIFT_SOURCE_DIR;
    c.retry_base_seconds = 10;
    c.retry_max_seconds = 40;
    return c;
  }

  // The mails received, by envelope recipient.
  static std::map<std::string, std::vector<ReceivedMail>> ByRecipient(
      const std::vector<ReceivedMail>& mails) {
    std::map<std::string, std::vector<ReceivedMail>> out;
    for (const auto& m : mails) {
      for (const auto& to : m.rcpt_tos) out[to].push_back(m);
    }
    return out;
  }

  std::unique_ptr<ConnectionPool> pool_;
  int64_t kari_ = 0, john_ = 0, quiet_ = 0, admin_ = 0;
};

TEST_P(MailOutboxTest, EnqueuingTheSameKeyTwiceAddsOneMail) {
  OutgoingMail mail{"test:1", "kari@hdir.test", "kari", "nb",
                    MailContent{MailKind::kDigest, "Helsedirektoratet", "2023-Q3", "", 0, kItems, ""}};
  EXPECT_TRUE(EnqueueMail(*conn_, mail, kNow));
  EXPECT_FALSE(EnqueueMail(*conn_, mail, kNow + 5));
  EXPECT_EQ(MailOutboxStore(*conn_).Backlog(), 1);
  // The round's events behave alike: a repeated opening mails nobody twice.
  EXPECT_EQ(MailRoundOpened(*conn_, "2023-Q3", "2023-10-15 12:00", kHdir, kItems, kNow), 3);
  EXPECT_EQ(MailRoundOpened(*conn_, "2023-Q3", "2023-10-15 12:00", kHdir, kItems, kNow), 0);
  EXPECT_EQ(MailOutboxStore(*conn_).Backlog(), 4);
}

TEST_P(MailOutboxTest, AMailExistsOnlyIfItsEventCommits) {
  {
    WriteTransaction tx(*conn_);
    MailRoundOpened(*conn_, "2023-Q3", "2023-10-15 12:00", kHdir, kItems, kNow);
    // No Commit: the event failed, and its mails are gone with it.
  }
  EXPECT_EQ(MailOutboxStore(*conn_).Backlog(), 0);
  WriteTransaction tx(*conn_);
  MailRoundOpened(*conn_, "2023-Q3", "2023-10-15 12:00", kHdir, kItems, kNow);
  tx.Commit();
  EXPECT_EQ(MailOutboxStore(*conn_).Backlog(), 3);
}

TEST_P(MailOutboxTest, ContactsGetMailInTheirLanguageAndOptOutsGetNoReminders) {
  EXPECT_EQ(MailRoundOpened(*conn_, "2023-Q3", "2023-10-15 12:00", kHdir, kItems, kNow), 3);
  ReminderSchedule schedule{{14, 3}, true};
  int64_t deadline = kNow + 14 * 86400;
  EXPECT_EQ(MailDueReminder(*conn_, "2023-Q3", "2023-10-15 12:00", deadline, schedule, kHdir,
                            kItems, kNow),
            2);
  // The same step again (the next scheduler tick) adds nothing.
  EXPECT_EQ(MailDueReminder(*conn_, "2023-Q3", "2023-10-15 12:00", deadline, schedule, kHdir,
                            kItems, kNow + 60),
            0);
  EXPECT_EQ(MailAllReportsIn(*conn_, "2023-Q3", kHdir, kItems, "1", kNow), 1);

  SmtpSink sink;
  OutboxSender sender(*pool_, SenderConfig(sink), std::cerr);
  EXPECT_EQ(sender.RunOnce(kNow), 6);
  auto by = ByRecipient(sink.WaitForMails(6, 10));
  ASSERT_EQ(by["kari@hdir.test"].size(), 2u);
  ASSERT_EQ(by["john@hdir.test"].size(), 2u);
  ASSERT_EQ(by["quiet@hdir.test"].size(), 1u) << "opted out of reminders, not of the round";
  ASSERT_EQ(by["sekretariat@ehelse.test"].size(), 1u);
  EXPECT_EQ(by.count("reader@hdir.test"), 0u) << "not a reporting contact";
  EXPECT_EQ(by.count("post@nhn.test"), 0u) << "another organisation";

  const ReceivedMail& kari_opened = by["kari@hdir.test"][0];
  EXPECT_EQ(kari_opened.subject,
            "Rapportering for 2023-Q3 er åpnet – frist 15. oktober 2023 kl. 12.00");
  EXPECT_EQ(kari_opened.mail_from, "fremdrift@ehelse.test");
  std::string type = kari_opened.content_type;
  std::transform(type.begin(), type.end(), type.begin(), ::tolower);
  EXPECT_NE(type.find("text/plain"), std::string::npos) << type;
  EXPECT_NE(type.find("utf-8"), std::string::npos) << type;
  EXPECT_NE(kari_opened.body.find("Hei kari,"), std::string::npos);
  EXPECT_NE(kari_opened.body.find("https://fremdrift.example/oppgaver\n"), std::string::npos);
  EXPECT_EQ(by["quiet@hdir.test"][0].subject, kari_opened.subject);

  const ReceivedMail& john_reminder = by["john@hdir.test"][1];
  EXPECT_EQ(john_reminder.subject,
            "Reminder: 2 reports for 2023-Q3 outstanding, 14 days to the deadline");
  EXPECT_NE(john_reminder.body.find("https://fremdrift.example/oppgaver?lang=en"),
            std::string::npos);

  const ReceivedMail& all_in = by["sekretariat@ehelse.test"][0];
  EXPECT_EQ(all_in.subject, "Alle rapporter er inne fra Helsedirektoratet (2023-Q3)");
  EXPECT_NE(all_in.body.find("https://fremdrift.example/rapport/2023-Q3/dekning"),
            std::string::npos);

  // Nothing is sent again.
  EXPECT_EQ(sender.RunOnce(kNow + 3600), 0);
  EXPECT_EQ(sink.Mails().size(), 6u);
  EXPECT_EQ(MailOutboxStore(*conn_).Backlog(), 0);
}

TEST_P(MailOutboxTest, AStoppedMailServerDelaysMailAndEveryMailArrivesOnce) {
  SmtpSink sink;
  OutboxSender sender(*pool_, SenderConfig(sink), std::cerr);
  MailRoundOpened(*conn_, "2023-Q3", "2023-10-15 12:00", kHdir, kItems, kNow);
  EXPECT_EQ(sender.RunOnce(kNow), 3);
  ASSERT_EQ(sink.WaitForMails(3, 10).size(), 3u);

  sink.Stop();
  MailReportReturned(*conn_, "2023-Q3", "2023-10-15 12:00", kHdir, kItems[0],
                     "Mangler risikovurdering.", "1", kNow + 10);
  MailAllReportsIn(*conn_, "2023-Q3", kHdir, kItems, "1", kNow + 10);
  MailDailyDigest(*conn_, kHdir, kItems, 7, kNow + 10);
  EXPECT_EQ(MailOutboxStore(*conn_).Backlog(), 3 + 1 + 2);
  EXPECT_EQ(sender.RunOnce(kNow + 10), 0) << "the server is down";
  EXPECT_EQ(sender.RunOnce(kNow + 15), 0) << "too early to retry";
  for (const auto& m : MailOutboxStore(*conn_).List()) {
    if (m.sent_at) continue;
    EXPECT_EQ(m.attempts, 1) << m.idempotency_key;
    EXPECT_EQ(m.next_attempt_at, kNow + 20) << m.idempotency_key;
    EXPECT_FALSE(m.last_error.empty());
  }
  EXPECT_EQ(sender.RunOnce(kNow + 20), 0) << "still down";
  for (const auto& m : MailOutboxStore(*conn_).List()) {
    if (!m.sent_at) EXPECT_EQ(m.next_attempt_at, kNow + 40) << "backoff doubles";
  }

  sink.Start();
  EXPECT_EQ(sender.RunOnce(kNow + 40), 6);
  EXPECT_EQ(sender.RunOnce(kNow + 100000), 0);
  auto mails = sink.WaitForMails(9, 10);
  ASSERT_EQ(mails.size(), 9u);
  std::set<std::string> ids;
  for (const auto& m : mails) ids.insert(m.message_id);
  EXPECT_EQ(ids.size(), 9u) << "each mail once";
  auto by = ByRecipient(mails);
  ASSERT_EQ(by["kari@hdir.test"].size(), 3u);  // opened, returned, digest
  EXPECT_EQ(by["kari@hdir.test"][1].subject,
            "Rapport returnert for revisjon: 1.1.1 Felles journal (2023-Q3)");
  EXPECT_NE(by["kari@hdir.test"][1].body.find("Mangler risikovurdering."), std::string::npos);
  EXPECT_EQ(by["john@hdir.test"][2].subject,
            "Today's overview: 2 open tasks for Helsedirektoratet");
  EXPECT_EQ(by["quiet@hdir.test"].size(), 2u) << "no digest for who opted out";
  EXPECT_EQ(by["sekretariat@ehelse.test"].size(), 1u);
  EXPECT_EQ(MailOutboxStore(*conn_).Backlog(), 0);
}

TEST_P(MailOutboxTest, TwoSendersNeverClaimTheSameMail) {
  for (int i = 0; i < 40; ++i) {
    OutgoingMail mail{"race:" + std::to_string(i), "kari@hdir.test", "kari", "nb",
                      MailContent{MailKind::kDigest, "Helsedirektoratet", "2023-Q3", "", 0, {}, ""}};
    EnqueueMail(*conn_, mail, kNow);
  }
  std::vector<int64_t> a, b;
  auto claim_all = [&](const std::string& worker, std::vector<int64_t>& out) {
    auto conn = db_->Connect();
    MailOutboxStore store(*conn);
    for (int round = 0; round < 20; ++round) {
      for (const auto& m : store.Claim(worker, kNow, 600, 3)) out.push_back(m.id);
    }
  };
  std::thread ta(claim_all, "a", std::ref(a));
  std::thread tb(claim_all, "b", std::ref(b));
  ta.join();
  tb.join();
  std::set<int64_t> all(a.begin(), a.end());
  for (int64_t id : b) EXPECT_TRUE(all.insert(id).second) << "mail " << id << " claimed twice";
  EXPECT_EQ(all.size(), 40u);
  EXPECT_EQ(a.size() + b.size(), 40u);
}

TEST_P(MailOutboxTest, TheMailOfASenderThatDiedIsSentWhenItsLeaseRunsOut) {
  MailRoundOpened(*conn_, "2023-Q3", "2023-10-15 12:00", kHdir, kItems, kNow);
  MailOutboxStore store(*conn_);
  // A sender claims everything and dies before delivering.
  ASSERT_EQ(store.Claim("dead-sender", kNow, 600, 10).size(), 3u);

  SmtpSink sink;
  OutboxSender sender(*pool_, SenderConfig(sink), std::cerr);
  EXPECT_EQ(sender.RunOnce(kNow + 599), 0) << "the lease still holds";
  EXPECT_EQ(sender.RunOnce(kNow + 601), 3);
  EXPECT_EQ(sink.WaitForMails(3, 10).size(), 3u);
  // The dead sender's late word changes nothing.
  EXPECT_FALSE(store.MarkSent(store.List()[0].id, "dead-sender", kNow + 700));
}

INSTANTIATE_PER_ENGINE(MailOutboxTest);

}  // namespace
}  // namespace fremdrift
