// Status reporting over HTTP with the demo's 2023-Q1 report, on both
// engines: the public sees published periods only, editors assess their
// own organisation's items while a period is open, admins move it along,
// and an approved period refuses changes with 409.
#include <gtest/gtest.h>

#include "support/api_fixture.h"

namespace fremdrift::testing {
namespace {

class PeriodsApiTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    admin_ = server_->AddUserWithToken("admin", "Hdir", Role::kAdmin);
    editor_ = server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
    other_ = server_->AddUserWithToken("ola", "NHN", Role::kEditor);
  }

  HttpResult Transition(const std::string& code, const std::string& to, const std::string& reason = "") {
    return server_->Send("POST", "/api/v1/periods/" + code + "/transition", {{"to", to}, {"reason", reason}},
                         admin_);
  }

  std::string admin_, editor_, other_;
};

TEST_P(PeriodsApiTest, ThePublicSeesOnlyPublishedPeriods) {
  auto list = server_->Get("/api/v1/periods").Json();
  std::vector<std::string> codes;
  for (const auto& p : list) codes.push_back(p["strategy"].get<std::string>() + " " + p["code"].get<std::string>());
  // The 2017-2022 strategy's two published periods (the knowledge base, the ICT resource report).
  EXPECT_EQ(codes, (std::vector<std::string>{"nes-2023-2030 2023-Q1", "nes-2017-2022 2021", "nes-2017-2022 2022"}));
  EXPECT_EQ(server_->Get("/api/v1/periods/2023-Q3").status, 404);
  EXPECT_EQ(server_->Get("/api/v1/periods", admin_).Json().size(), 4u);
}

TEST_P(PeriodsApiTest, TheQ1ReportHoldsTheSourcesAssessmentsAndNotes) {
  auto q1 = server_->Get("/api/v1/periods/2023-Q1").Json();
  EXPECT_EQ(q1["state"], "published");
  bool pll_red = false;
  int goal_assessments = 0;
  for (const auto& a : q1["assessments"]) {
    if (a["subject"]["kind"] == "item" && a["subject"]["item"] == "2B") {
      pll_red = a["status"] == "red";
      EXPECT_FALSE(a["comment"].get<std::string>().empty());
    }
    if (a["subject"]["kind"] == "item") {
      std::string key = a["subject"]["item"];
      if (key.size() == 1) ++goal_assessments;
    }
  }
  EXPECT_TRUE(pll_red);
  EXPECT_EQ(goal_assessments, 5);
  int themes = 0;
  for (const auto& n : q1["notes"]) themes += n["kind"] == "theme";
  EXPECT_GT(themes, 0);
}

TEST_P(PeriodsApiTest, EditorsAssessTheirOwnItemsWhileOpen) {
  auto own = server_->Send("PUT", "/api/v1/periods/2023-Q3/assessments/items/1B-t1-d1",
                           {{"status", "yellow"}, {"comment", "Forsinket"}}, editor_);
  EXPECT_EQ(own.status, 200) << own.body;
  EXPECT_EQ(own.Json()["assessed_by"], "kari");
  auto other = server_->Send("PUT", "/api/v1/periods/2023-Q3/assessments/items/1B-t1-d1",
                             {{"status", "green"}, {"version", 1}}, other_);
  EXPECT_EQ(other.status, 403);
  auto stale = server_->Send("PUT", "/api/v1/periods/2023-Q3/assessments/items/1B-t1-d1",
                             {{"status", "green"}, {"version", 7}}, editor_);
  EXPECT_EQ(stale.status, 409);
  auto off_scale = server_->Send("PUT", "/api/v1/periods/2023-Q3/assessments/items/1B-t1-d2",
                                 {{"status", "amber"}}, editor_);
  EXPECT_EQ(off_scale.status, 400);
  EXPECT_EQ(off_scale.Json()["error"]["field"], "status");
}

TEST_P(PeriodsApiTest, AHandSetStatusThatDiffersFromTheSuggestionNeedsAJustification) {
  server_->Send("PUT", "/api/v1/periods/2023-Q3/assessments/items/1B-t1-d1", {{"status", "red"}}, editor_);
  auto rollup = server_->Get("/api/v1/periods/2023-Q3/rollup", admin_).Json();
  bool found = false;
  for (const auto& r : rollup["rollup"]) {
    if (r["subject"]["kind"] == "item" && r["subject"]["item"] == "1B-t1") {
      found = true;
      EXPECT_EQ(r["suggested_status"], "red");
    }
  }
  EXPECT_TRUE(found);
  auto bare = server_->Send("PUT", "/api/v1/periods/2023-Q3/assessments/items/1B-t1", {{"status", "green"}}, admin_);
  EXPECT_EQ(bare.status, 400);
  EXPECT_EQ(bare.Json()["error"]["field"], "justification");
  auto justified = server_->Send("PUT", "/api/v1/periods/2023-Q3/assessments/items/1B-t1",
                                 {{"status", "green"}, {"justification", "Forsinkelsen er hentet inn"}}, admin_);
  EXPECT_EQ(justified.status, 200) << justified.body;
  EXPECT_EQ(justified.Json()["suggested_status"], "red");
  EXPECT_EQ(justified.Json()["status"], "green");
}

TEST_P(PeriodsApiTest, ApprovedPeriodRefusesChangesUntilReopenedWithAReason) {
  EXPECT_EQ(Transition("2023-Q3", "approved").status, 409);  // not from open
  EXPECT_EQ(server_->Send("POST", "/api/v1/periods/2023-Q3/transition", {{"to", "in_review"}}, editor_).status, 403);
  EXPECT_EQ(Transition("2023-Q3", "in_review").status, 200);
  EXPECT_EQ(Transition("2023-Q3", "approved").status, 200);
  auto frozen = server_->Send("PUT", "/api/v1/periods/2023-Q3/assessments/strategy", {{"status", "green"}}, admin_);
  EXPECT_EQ(frozen.status, 409);
  EXPECT_NE(frozen.Json()["error"]["message"].get<std::string>().find("approved"), std::string::npos);
  auto no_reason = Transition("2023-Q3", "open");
  EXPECT_EQ(no_reason.status, 400);
  EXPECT_EQ(no_reason.Json()["error"]["field"], "reason");
  EXPECT_EQ(Transition("2023-Q3", "open", "Feil i vurderingen av mål 3").status, 200);
  auto audit = server_->Get("/api/v1/audit?entity=reporting_period", admin_).Json();
  ASSERT_FALSE(audit.empty());
  EXPECT_EQ(audit[0]["action"], "reopen");
  EXPECT_EQ(audit[0]["after"]["reason"], "Feil i vurderingen av mål 3");
  EXPECT_EQ(server_->Send("PUT", "/api/v1/periods/2023-Q3/assessments/strategy", {{"status", "green"}}, admin_).status,
            200);
}

TEST_P(PeriodsApiTest, AdminsCreatePeriodsThatFitTheCadence) {
  auto created = server_->Send("POST", "/api/v1/periods", {{"strategy", "nes-2023-2030"}, {"code", "2024-Q1"}}, admin_);
  EXPECT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.Json()["state"], "open");
  EXPECT_EQ(server_->Send("POST", "/api/v1/periods", {{"strategy", "nes-2023-2030"}, {"code", "2024"}}, admin_)
                .Json()["error"]["field"],
            "code");
  EXPECT_EQ(server_->Send("POST", "/api/v1/periods", {{"strategy", "nes-2023-2030"}, {"code", "2024-Q2"}}, editor_)
                .status,
            403);
}

INSTANTIATE_PER_ENGINE(PeriodsApiTest);

}  // namespace
}  // namespace fremdrift::testing
