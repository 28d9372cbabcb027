#include <gtest/gtest.h>

#include "domain/failure.h"
#include "domain/mail_message.h"
#include "formats/mail_json.h"
#include "render/i18n.h"
#include "render/mail_text.h"
#include "support/catalogues.h"

namespace fremdrift {
namespace {

using testing::En;
using testing::Nb;

MailContent Content(MailKind kind) {
  MailContent c;
  c.kind = kind;
  c.organisation = "Helsedirektoratet";
  c.period = "2023-Q3";
  c.deadline = "2023-10-15 12:00";
  c.items = {{"1.1.1", "Felles journal", "not_started", "2023-Q3"},
             {"1.1.2", "Pasientens legemiddelliste", "returned", "2023-Q3"}};
  return c;
}

const std::string kTasks = "https://fremdrift.example/oppgaver";
const MailLinks kLinks{kTasks, "https://fremdrift.example/min-side",
                       "https://fremdrift.example/rapport/2023-Q3/dekning"};

TEST(ComposeMail, RoundOpenedInNorwegian) {
  MailText m = ComposeMail(Nb(), Content(MailKind::kRoundOpened), "Kari", kLinks);
  EXPECT_EQ(m.subject, "Rapportering for 2023-Q3 er åpnet – frist 15. oktober 2023 kl. 12.00");
  EXPECT_NE(m.body.find("Hei Kari,"), std::string::npos);
  EXPECT_NE(m.body.find("Helsedirektoratet skal rapportere på 2 punkter"), std::string::npos);
  EXPECT_NE(m.body.find("- 1.1.1 Felles journal (ikke påbegynt)"), std::string::npos);
  EXPECT_NE(m.body.find("- 1.1.2 Pasientens legemiddelliste (returnert)"), std::string::npos);
  EXPECT_NE(m.body.find(kTasks), std::string::npos);
  EXPECT_EQ(m.body.find("Slå dem av"), std::string::npos) << "not a reminder";
}

TEST(ComposeMail, ReminderInEnglishSaysDaysLeftAndHowToOptOut) {
  MailContent c = Content(MailKind::kReminder);
  c.days_left = 3;
  MailText m = ComposeMail(En(), c, "Kari", {kTasks + "?lang=en", kLinks.settings, ""});
  EXPECT_EQ(m.subject, "Reminder: 2 reports for 2023-Q3 outstanding, 3 days to the deadline");
  EXPECT_NE(m.body.find("Hello Kari,"), std::string::npos);
  EXPECT_NE(m.body.find("15 October 2023, 12:00"), std::string::npos);
  EXPECT_NE(m.body.find("(not started)"), std::string::npos);
  EXPECT_NE(m.body.find("/oppgaver?lang=en"), std::string::npos);
  EXPECT_NE(m.body.find("Turn them off on \"My page\": https://fremdrift.example/min-side"),
            std::string::npos);
}

TEST(ComposeMail, OverdueReminder) {
  MailContent c = Content(MailKind::kReminder);
  c.days_left = -7;
  EXPECT_EQ(ComposeMail(Nb(), c, "Kari", kLinks).subject,
            "Fristen for 2023-Q3 er passert: 2 rapporter mangler");
  c.days_left = 1;
  EXPECT_EQ(ComposeMail(Nb(), c, "Kari", kLinks).subject,
            "Påminnelse: 2 rapporter for 2023-Q3 gjenstår, 1 dag til fristen");
}

TEST(ComposeMail, ReturnedCarriesTheSecretariatsComment) {
  MailContent c = Content(MailKind::kReturned);
  c.items.resize(1);
  c.comment = "Mangler vurdering av risiko.\nSe veilederen.";
  MailText m = ComposeMail(Nb(), c, "Kari", kLinks);
  EXPECT_EQ(m.subject, "Rapport returnert for revisjon: 1.1.1 Felles journal (2023-Q3)");
  EXPECT_NE(m.body.find("Kommentar fra sekretariatet:\nMangler vurdering av risiko.\nSe veilederen."),
            std::string::npos);
  EXPECT_NE(m.body.find("innen 15. oktober 2023 kl. 12.00"), std::string::npos);
}

TEST(ComposeMail, DigestNamesThePeriodOfEachItemWhenThereAreSeveral) {
  MailContent c = Content(MailKind::kDigest);
  c.items.push_back({"2.1", "Datadeling", "draft", "2023-Q4"});
  MailText m = ComposeMail(En(), c, "Kari", kLinks);
  EXPECT_EQ(m.subject, "Today's overview: 3 open tasks for Helsedirektoratet");
  EXPECT_NE(m.body.find("- 2023-Q4: 2.1 Datadeling (draft)"), std::string::npos);
  EXPECT_NE(m.body.find("- 2023-Q3: 1.1.1 Felles journal (not started)"), std::string::npos);
}

TEST(ComposeMail, DigestNamesAFollowUpActionByItsCase) {
  MailContent c = Content(MailKind::kDigest);
  c.items.push_back({"NUIT 24/22", "Ta med innspillene", "action_open", ""});
  MailText m = ComposeMail(Nb(), c, "Kari", kLinks);
  EXPECT_NE(m.body.find("\n- NUIT 24/22 Ta med innspillene (oppfølging, åpen)\n"), std::string::npos) << m.body;
  EXPECT_NE(m.body.find("oppfølging av vedtak"), std::string::npos);
}

TEST(ComposeMail, AllReportsInGoesToTheSecretariatWithTheCoverageLink) {
  MailContent c = Content(MailKind::kAllReportsIn);
  MailText m = ComposeMail(Nb(), c, "Admin", kLinks);
  EXPECT_EQ(m.subject, "Alle rapporter er inne fra Helsedirektoratet (2023-Q3)");
  EXPECT_NE(m.body.find("https://fremdrift.example/rapport/2023-Q3/dekning"), std::string::npos);
  EXPECT_NE(m.body.find("administrator"), std::string::npos);
  EXPECT_EQ(m.body.find("rapporteringskontakt"), std::string::npos);
}

TEST(ComposeMail, AnItemWithoutACodeIsNamedByItsTitle) {
  MailContent c = Content(MailKind::kReturned);
  c.items = {{"", "Felles journal", "returned", "2023-Q3"}};
  EXPECT_EQ(ComposeMail(Nb(), c, "Kari", kLinks).subject,
            "Rapport returnert for revisjon: Felles journal (2023-Q3)");
  c.kind = MailKind::kDigest;
  EXPECT_NE(ComposeMail(Nb(), c, "Kari", kLinks).body.find("\n- Felles journal (returnert)\n"),
            std::string::npos);
}

TEST(ComposeMail, TheSubjectIsOneLineWhateverTheData) {
  MailContent c = Content(MailKind::kReturned);
  c.items = {{"1.1", "Title\r\nBcc: someone@example.no", "returned", "2023-Q3"}};
  EXPECT_EQ(ComposeMail(En(), c, "Kari", kLinks).subject.find_first_of("\r\n"),
            std::string::npos);
}

TEST(MailContentJson, RoundTrips) {
  MailContent c = Content(MailKind::kReturned);
  c.comment = "Se «veilederen»";
  c.days_left = -3;
  MailContent back = MailContentFromJson(MailContentToJson(c));
  EXPECT_EQ(back.kind, MailKind::kReturned);
  EXPECT_EQ(back.organisation, c.organisation);
  EXPECT_EQ(back.deadline, c.deadline);
  EXPECT_EQ(back.days_left, -3);
  EXPECT_EQ(back.comment, c.comment);
  ASSERT_EQ(back.items.size(), 2u);
  EXPECT_EQ(back.items[1].title, "Pasientens legemiddelliste");
  EXPECT_EQ(back.items[1].state, "returned");
  EXPECT_THROW(MailContentFromJson(R"({"kind":"spam"})"), Failure);
  EXPECT_THROW(MailContentFromJson("not json"), Failure);
}

}  // namespace
}  // namespace fremdrift
