// Approved minutes as the public reads them, over HTTP on both engines
// (docs/governance.md, "Minutes"): the approved minutes' PDF holds the
// meeting's cases and their decisions (read with pdftotext from
// poppler-utils); while a correction of them is in draft or circulated, the
// public goes on reading the version that was approved, on the page, in
// the PDF, the API, the archive package and the decision log, and never
// sees the draft, until the corrected minutes are approved.
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "support/api_fixture.h"
#include "app/pdf_printer.h"
#include "support/shell.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

const char* kApprovedDecision = "NUIT anbefaler planen med én endring.";
const char* kApprovedDiscussion = "Utvalget drøftet monitoren.";
const char* kDraftDecision = "NUIT anbefaler planen med to endringer.";
const char* kDraftDiscussion = "Utkast til rettet referat.";

class MinutesPublicationTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    secretariat_ = server_->AddUserWithToken("sekretariat", "E-helse", Role::kEditor);
    for (const auto& m : server_->Get("/api/v1/meetings?body=nuit").Json()) {
      if (m["date"] == "2022-05-19") may_ = m["id"].get<int64_t>();
      if (m["date"] == "2022-09-14") september_ = m["id"].get<int64_t>();
    }
    for (const auto& c : server_->Get("/api/v1/cases?body=nuit&year=2022").Json()) {
      cases_[c["label"].get<std::string>()] = c["id"].get<int64_t>();
    }
  }

  std::string MinutesApi() { return "/api/v1/meetings/" + std::to_string(may_) + "/minutes"; }
  std::string MinutesPage() { return "/moter/" + std::to_string(may_) + "/referat"; }
  std::string Case24() { return "/api/v1/cases/" + std::to_string(cases_["24/22"]); }

  // Saves the minutes of 3/22: every case of the agenda, with an account
  // and a decision for 24/22.
  int64_t Save(const std::string& discussion, const std::string& decision, std::optional<int64_t> version) {
    json cases = json::array();
    for (const auto& c : server_->Get("/api/v1/cases?meeting=" + std::to_string(may_)).Json()) {
      bool is24 = c["id"] == cases_["24/22"];
      cases.push_back({{"case_id", c["id"]},
                       {"discussion", is24 ? discussion : ""},
                       {"decision", is24 ? decision : ""},
                       {"differs_from_proposal", is24}});
    }
    json in{{"attendance", {{{"person", "Kari Nordmann"}, {"organisation", "KS"}, {"role", "chair"}, {"present", true}}}},
            {"cases", cases}};
    if (version) in["version"] = *version;
    auto saved = server_->Send("PUT", MinutesApi(), in, secretariat_);
    EXPECT_EQ(saved.status, 200) << saved.body;
    return saved.Json()["version"].get<int64_t>();
  }

  int64_t Move(const json& in) {
    auto moved = server_->Send("POST", MinutesApi() + "/state", in, secretariat_);
    EXPECT_EQ(moved.status, 200) << moved.body;
    return moved.Json()["version"].get<int64_t>();
  }

  int64_t NewApprovalCase(const std::string& title) {
    auto r = server_->Send("POST", "/api/v1/cases", {{"meeting_id", september_}, {"title", title}, {"type", "approval"}},
                           secretariat_);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.Json()["id"].get<int64_t>();
  }

  // Writes, circulates and approves the minutes; returns their version.
  int64_t Approve() {
    int64_t v = Move({{"state", "circulated"}, {"version", Save(kApprovedDiscussion, kApprovedDecision, std::nullopt)}});
    approval_ = NewApprovalCase("Godkjenning av referat fra 19. mai");
    return Move({{"state", "approved"}, {"version", v}, {"case_id", approval_}});
  }

  // The text of a PDF the public downloads.
  std::string PublicPdfText(const std::string& path) {
    auto r = server_->Get(path);
    EXPECT_EQ(r.status, 200) << r.body.substr(0, 300);
    EXPECT_EQ(r.body.rfind("%PDF-", 0), 0u);
    std::string file = "/tmp/fremdrift-minutes-" + std::to_string(getpid()) + ".pdf";
    std::ofstream(file, std::ios::binary) << r.body;
    std::string text = Shell("pdftotext -q " + file + " -");
    std::remove(file.c_str());
    return text;
  }

  // What the public reads of the minutes everywhere it can.
  void ExpectThePublicReads(const std::string& decision, const std::string& discussion, const std::string& not_this) {
    auto api = server_->Get(MinutesApi());
    ASSERT_EQ(api.status, 200);
    EXPECT_EQ(api.Json()["state"], "approved");
    EXPECT_EQ(Case24InMinutes(api.Json())["decision"], decision);
    EXPECT_EQ(Case24InMinutes(api.Json())["discussion"], discussion);
    const std::vector<std::string> paths = {MinutesApi(), MinutesPage(), MinutesPage() + ".html",
                                            "/moter/" + std::to_string(may_) + "/arkiv.xml",
                                            "/vedtak?q=24/22", "/vedtak.csv?q=24/22", Case24(),
                                            "/saker/" + std::to_string(cases_["24/22"])};
    for (const std::string& path : paths) {
      auto r = server_->Get(path);
      EXPECT_EQ(r.status, 200) << path;
      EXPECT_TRUE(Has(r.body, decision)) << path << " shows the approved decision";
      EXPECT_FALSE(Has(r.body, not_this)) << path << " shows nothing of the draft";
    }
    for (const std::string& path : std::vector<std::string>{MinutesPage(), MinutesPage() + ".html"}) {
      EXPECT_TRUE(Has(server_->Get(path).body, discussion)) << path;
    }
    if (ChromiumAvailable()) {
      std::string pdf = PublicPdfText(MinutesPage() + ".pdf");
      EXPECT_TRUE(Has(pdf, "24/22")) << pdf;
      EXPECT_TRUE(Has(pdf, discussion)) << pdf;
      EXPECT_TRUE(Has(pdf, decision)) << pdf;
      EXPECT_FALSE(Has(pdf, not_this)) << pdf;
    }
  }

  // The account of 24/22 in `minutes` (as the API gives them).
  json Case24InMinutes(const json& minutes) {
    for (const auto& c : minutes["cases"]) {
      if (c["case_id"] == cases_["24/22"]) return c;
    }
    ADD_FAILURE() << "24/22 is not in the minutes";
    return json::object();
  }

  std::string secretariat_;
  int64_t may_ = 0, september_ = 0, approval_ = 0;
  std::map<std::string, int64_t> cases_;
};

TEST_P(MinutesPublicationTest, TheApprovedMinutesPdfHoldsTheCasesAndTheirDecisions) {
  if (!ChromiumAvailable()) GTEST_SKIP() << "Chromium is not installed: apt-get install chromium";
  ASSERT_TRUE(Have("pdftotext")) << "poppler-utils (scripts/test installs it)";
  Approve();
  std::string text = PublicPdfText(MinutesPage() + ".pdf");
  EXPECT_TRUE(Has(text, "NUIT")) << text;
  EXPECT_TRUE(Has(text, "Kari Nordmann")) << "the attendance:\n" << text;
  // Every case of the agenda by its number and title, 16/22 to 31/22.
  for (const auto& c : server_->Get("/api/v1/cases?meeting=" + std::to_string(may_)).Json()) {
    EXPECT_TRUE(Has(text, c["label"].get<std::string>())) << c["label"] << " is in the PDF";
  }
  EXPECT_TRUE(Has(text, "Tryggere")) << "20/22's title";
  // 24/22's account and its decision as made, and the approval.
  EXPECT_TRUE(Has(text, kApprovedDiscussion)) << text;
  EXPECT_TRUE(Has(text, kApprovedDecision)) << text;
  auto approval = server_->Get("/api/v1/cases/" + std::to_string(approval_)).Json();
  EXPECT_TRUE(Has(text, approval["label"].get<std::string>())) << "the approving case:\n" << text;
}

TEST_P(MinutesPublicationTest, ACorrectionKeepsTheApprovedVersionPublicUntilTheNewOneIsApproved) {
  ASSERT_TRUE(Have("pdftotext")) << "poppler-utils (scripts/test installs it)";
  int64_t v = Approve();
  ExpectThePublicReads(kApprovedDecision, kApprovedDiscussion, kDraftDecision);

  // Reopened for a correction, changed in the draft, circulated, and even
  // the case's own decision edited while the meeting is open again.
  v = Move({{"state", "draft"}, {"version", v}, {"reason", "Feil i vedtaket"}});
  v = Save(kDraftDiscussion, kDraftDecision, v);
  auto c = server_->Get(Case24(), secretariat_).Json();
  ASSERT_EQ(server_->Send("PUT", Case24(), {{"version", c["version"]}, {"decision", kDraftDecision}}, secretariat_).status,
            200);
  ExpectThePublicReads(kApprovedDecision, kApprovedDiscussion, kDraftDecision);
  EXPECT_FALSE(Has(server_->Get(MinutesPage()).body, kDraftDiscussion));
  v = Move({{"state", "circulated"}, {"version", v}});
  ExpectThePublicReads(kApprovedDecision, kApprovedDiscussion, kDraftDecision);
  EXPECT_FALSE(Has(server_->Get(MinutesPage()).body, "Feil i vedtaket"))
      << "the correction under way is not part of the public record yet";

  // Signed-in users read the draft in the meantime.
  auto draft = server_->Get(MinutesApi(), secretariat_).Json();
  EXPECT_EQ(draft["state"], "circulated");
  EXPECT_EQ(Case24InMinutes(draft)["decision"], kDraftDecision);
  EXPECT_EQ(server_->Get(Case24(), secretariat_).Json()["decision"], kDraftDecision);

  // A new approval publishes the corrected minutes.
  int64_t second = NewApprovalCase("Godkjenning av rettet referat fra 19. mai");
  Move({{"state", "approved"}, {"version", v}, {"case_id", second}});
  ExpectThePublicReads(kDraftDecision, kDraftDiscussion, kApprovedDecision);
  auto pub = server_->Get(MinutesApi()).Json();
  EXPECT_EQ(pub["approval_case"]["id"], second);
  ASSERT_EQ(pub["corrections"].size(), 1u);
  EXPECT_EQ(pub["corrections"][0]["reason"], "Feil i vedtaket");
}

TEST_P(MinutesPublicationTest, MinutesNeverApprovedStayHiddenFromThePublic) {
  int64_t v = Save(kApprovedDiscussion, kApprovedDecision, std::nullopt);
  EXPECT_EQ(server_->Get(MinutesApi()).status, 404);
  Move({{"state", "circulated"}, {"version", v}});
  EXPECT_EQ(server_->Get(MinutesApi()).status, 404);
  EXPECT_EQ(server_->Get(MinutesPage()).status, 404);
  EXPECT_EQ(server_->Get(MinutesPage() + ".pdf").status, 404);
  EXPECT_FALSE(Has(server_->Get("/moter/" + std::to_string(may_) + "/arkiv.xml").body, kApprovedDiscussion));
}

INSTANTIATE_PER_ENGINE(MinutesPublicationTest);

}  // namespace
}  // namespace fremdrift::testing
