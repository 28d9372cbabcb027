// The reporting round's events write their mail: opening a round, a
// return, and the last submission of an organisation, and the scheduler's
// reminders and digests, delivered to a real SMTP server on loopback.
// Over the demo dataset, on both engines.
#include <gtest/gtest.h>

#include <set>

#include "support/api_fixture.h"
#include "app/reporting_round.h"
#include "app/round_mail_hook.h"
#include "domain/oslo_time.h"
#include "mail/outbox_sender.h"
#include "storage/mail_outbox_store.h"
#include "storage/period_store.h"
#include "storage/strategy_store.h"
#include "storage/user_store.h"
#include "support/smtp_sink.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

const std::string kDeadline = "2030-06-14T12:00";

class RoundMailTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    AdminToken();
    auto lease = server_->pool().Acquire();
    UserStore users(*lease);
    admin_ = *users.FindByName("admin");
    admin_.email = "sekretariat@ehelse.test";
    users.Update(admin_);
    admin_ = *users.FindByName("admin");
    User kari{0, "kari", "Hdir", Role::kEditor};
    kari.email = "kari@hdir.test";
    kari.reporting_contact = true;
    users.Create(kari);
    kari_ = *users.FindByName("kari");
    strategy_ = *StrategyStore(*lease).FindByKey("nes-2023-2030");
    period_ = *PeriodStore(*lease).Find(strategy_.id, "2023-Q3");
  }

  std::vector<OutboxMail> Outbox() {
    auto lease = server_->pool().Acquire();
    return MailOutboxStore(*lease).List();
  }

  std::vector<ExpectedReport> HdirReports() {
    auto lease = server_->pool().Acquire();
    std::vector<ExpectedReport> out;
    for (const auto& r : ExpectedReports(*lease, strategy_, period_)) {
      if (std::find(r.owners.begin(), r.owners.end(), "Hdir") != r.owners.end()) out.push_back(r);
    }
    return out;
  }

  MailSenderConfig SenderConfig(const SmtpSink& sink) {
    MailSenderConfig c;
    c.smtp = ParseSmtpUrl(sink.url());
    c.smtp->from = "fremdrift@ehelse.test";
    c.public_url = "https://fremdrift.example";
    c.assets_dir = FREMDRIFT_SOURCE_DIR;
    return c;
  }

  User admin_, kari_;
  Strategy strategy_;
  ReportingPeriod period_;
};

TEST_P(RoundMailTest, TheRoundsEventsAndSchedulerMailTheReportingContactsAndTheSecretariat) {
  {
    auto lease = server_->pool().Acquire();
    SetRound(*lease, admin_, strategy_, period_,
             {{"deadline", kDeadline}, {"reminder_days", "14,3"}, {"reporting_levels", {3, 4}}});
  }
  auto reports = HdirReports();
  ASSERT_GE(reports.size(), 2u);
  auto outbox = Outbox();
  ASSERT_EQ(outbox.size(), 1u) << "Hdir's one reporting contact; no other organisation has one";
  EXPECT_EQ(outbox[0].idempotency_key, "opened:2023-Q3:Hdir:user:" + std::to_string(kari_.id));

  // The scheduler three days before the deadline: one reminder and the
  // day's digest; asking again adds nothing.
  int64_t deadline = *ParseOsloDateTime(kDeadline);
  {
    auto lease = server_->pool().Acquire();
    EnqueueDueRoundMail(*lease, deadline - 3 * 86400);
    EnqueueDueRoundMail(*lease, deadline - 3 * 86400 + 600);
  }
  std::set<std::string> keys;
  for (const auto& m : Outbox()) keys.insert(m.idempotency_key);
  std::string kari = ":user:" + std::to_string(kari_.id);
  EXPECT_EQ(keys.size(), 3u);
  EXPECT_TRUE(keys.count("reminder:2023-Q3:Hdir:before-3" + kari));
  EXPECT_TRUE(keys.count("digest:Hdir:2030-06-11" + kari));

  // Hdir submits everything: the last submission tells the secretariat.
  {
    auto lease = server_->pool().Acquire();
    for (const auto& r : reports) {
      WriteTransaction tx(*lease);
      RecordReportStep(*lease, kari_, strategy_, period_, r.subject, ReportAction::kSubmit, "");
      tx.Commit();
    }
  }
  auto all_in = [&] {
    int n = 0;
    for (const auto& m : Outbox()) n += m.idempotency_key.rfind("all-in:2023-Q3:Hdir:", 0) == 0;
    return n;
  };
  EXPECT_EQ(all_in(), 1);
  // The secretariat returns one; Hdir gets it with the comment.
  {
    auto lease = server_->pool().Acquire();
    ReviewReport(*lease, admin_, strategy_, period_, reports[0].subject, ReportAction::kReturn,
                 "Mangler risikovurdering.", std::nullopt);
  }
  // Resubmitted: all are in again, and the secretariat hears it again.
  {
    auto lease = server_->pool().Acquire();
    WriteTransaction tx(*lease);
    RecordReportStep(*lease, kari_, strategy_, period_, reports[0].subject, ReportAction::kSubmit, "");
    tx.Commit();
  }
  EXPECT_EQ(all_in(), 2);

  SmtpSink sink;
  OutboxSender sender(server_->pool(), SenderConfig(sink), std::cerr);
  int64_t now = deadline - 3 * 86400 + 3600;
  EXPECT_EQ(sender.RunOnce(now), 6);
  auto mails = sink.WaitForMails(6, 20);
  ASSERT_EQ(mails.size(), 6u);
  std::map<std::string, std::vector<ReceivedMail>> by;
  for (const auto& m : mails) by[m.rcpt_tos.at(0)].push_back(m);
  ASSERT_EQ(by["kari@hdir.test"].size(), 4u);
  const auto& opened = by["kari@hdir.test"][0];
  EXPECT_EQ(opened.subject, "Rapportering for 2023-Q3 er åpnet – frist 14. juni 2030 kl. 12.00");
  EXPECT_NE(opened.body.find("skal rapportere på " + std::to_string(reports.size()) + " punkter"),
            std::string::npos)
      << opened.body;
  std::string first = reports[0].code.empty() ? reports[0].title
                                              : reports[0].code + " " + reports[0].title;
  EXPECT_NE(opened.body.find("\n- " + first + " (ikke påbegynt)\n"), std::string::npos)
      << opened.body;
  EXPECT_NE(opened.body.find("https://fremdrift.example/oppgaver"), std::string::npos);
  EXPECT_EQ(by["kari@hdir.test"][1].subject.rfind("Påminnelse: ", 0), 0u);
  EXPECT_EQ(by["kari@hdir.test"][2].subject.rfind("Dagens oversikt: ", 0), 0u);
  const auto& returned = by["kari@hdir.test"][3];
  EXPECT_EQ(returned.subject, "Rapport returnert for revisjon: " + first + " (2023-Q3)");
  EXPECT_NE(returned.body.find("Mangler risikovurdering."), std::string::npos);
  ASSERT_EQ(by["sekretariat@ehelse.test"].size(), 2u);
  EXPECT_EQ(by["sekretariat@ehelse.test"][0].subject,
            "Alle rapporter er inne fra Helsedirektoratet (2023-Q3)");

  // Nothing of the round is open any more: the scheduler sends no reminder
  // the next day. The day's digest still goes, for the one open follow-up
  // of a decision that Hdir has (the demo's NUIT 20/22, docs/governance.md).
  {
    auto lease = server_->pool().Acquire();
    EnqueueDueRoundMail(*lease, deadline - 2 * 86400);
    EXPECT_EQ(MailOutboxStore(*lease).Backlog(), 1);
  }
  std::vector<std::string> unsent;
  for (const auto& m : Outbox()) {
    if (!m.sent_at) unsent.push_back(m.idempotency_key + " " + m.content_json);
  }
  ASSERT_EQ(unsent.size(), 1u);
  EXPECT_EQ(unsent[0].rfind("digest:Hdir:", 0), 0u) << unsent[0];
  EXPECT_NE(unsent[0].find("NUIT 20/22"), std::string::npos) << unsent[0];
}

INSTANTIATE_PER_ENGINE(RoundMailTest);

}  // namespace
}  // namespace fremdrift::testing
