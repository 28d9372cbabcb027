// The reporting round over the API, on each engine: an admin opens a round
// on 2023-Q3 (deadline, reminders, reporting levels); the owner
// organisation's editor finds its expected reports as tasks, saves a draft
// and submits; the secretariat returns it with a comment and accepts it
// once resubmitted; coverage counts organisations × states and who is
// late; moving to review with gaps needs a reason; an approved period
// refuses every step. Each step is audited with its old and new state.
#include <gtest/gtest.h>

#include "support/api_fixture.h"
#include "storage/round_store.h"

namespace fremdrift::testing {
namespace {

const std::string kQ3 = "/api/v1/periods/2023-Q3";
const std::string kItem = "/api/v1/periods/2023-Q3/reports/items/1B-t1-d1";

class RoundApiTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    editor_ = server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
    other_ = server_->AddUserWithToken("ola", "NHN", Role::kEditor);
  }

  HttpResult OpenRound(const std::string& deadline, nlohmann::json levels = {4}) {
    return server_->Send("PUT", kQ3 + "/round",
                         {{"deadline", deadline}, {"reminder_days", "14,3"}, {"reporting_levels", levels}},
                         AdminToken());
  }

  nlohmann::json Tasks(const std::string& token) {
    auto r = server_->Get("/api/v1/tasks", token);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.Json();
  }

  nlohmann::json Coverage() {
    auto r = server_->Get(kQ3 + "/coverage", AdminToken());
    EXPECT_EQ(r.status, 200) << r.body;
    return r.Json();
  }

  nlohmann::json Row(const nlohmann::json& coverage, const std::string& org) {
    for (const auto& row : coverage["organisations"]) {
      if (row["organisation"] == org) return row;
    }
    return nullptr;
  }

  std::vector<AuditEntry> ReportLog() {
    auto lease = server_->pool().Acquire();
    std::vector<AuditEntry> out;
    for (const auto& e : AuditLog(*lease).List("expected_report", "", 100000)) out.push_back(e);
    return out;
  }

  std::string editor_;
  std::string other_;
};

TEST_P(RoundApiTest, AnAdminOpensARoundAndTheOwnerFindsItsReportsAsTasks) {
  auto r = OpenRound("2030-06-14T16:00");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.Json()["deadline"], "2030-06-14T16:00");
  EXPECT_EQ(r.Json()["time_zone"], "Europe/Oslo");
  EXPECT_EQ(r.Json()["deadline_utc"], 1907676000) << "16:00 in Oslo summer time is 14:00 UTC";
  EXPECT_EQ(r.Json()["reporting_levels"], nlohmann::json({4}));
  auto tasks = Tasks(editor_);
  ASSERT_EQ(tasks.size(), 42u) << "every deliverable Hdir owns";
  EXPECT_EQ(tasks[0]["state"], "not_started");
  EXPECT_EQ(tasks[0]["period"], "2023-Q3");
  EXPECT_EQ(tasks[0]["deadline"], "2030-06-14T16:00");
  EXPECT_GT(tasks[0]["days_left"].get<int>(), 0);
  EXPECT_EQ(tasks[0]["goal"], "1") << "grouped by goal, in plan order";
  EXPECT_TRUE(Tasks(other_).empty()) << "NHN owns no deliverable";
  EXPECT_EQ(Coverage()["expected"], 42);
}

TEST_P(RoundApiTest, OnlyAdminsOpenRoundsAndBadSettingsNameTheirField) {
  AdminToken();
  std::string before = Export();
  auto r = server_->Send("PUT", kQ3 + "/round", {{"deadline", "2030-06-14T16:00"}}, editor_);
  EXPECT_EQ(r.status, 403);
  r = server_->Send("PUT", kQ3 + "/round", {{"deadline", "14.06.2030"}, {"reminder_days", "fjorten"},
                                             {"reporting_levels", {9}}}, AdminToken());
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_NE(r.body.find("deadline"), std::string::npos);
  EXPECT_NE(r.body.find("reminder_days"), std::string::npos);
  EXPECT_NE(r.body.find("reporting_levels"), std::string::npos);
  EXPECT_EQ(Export(), before) << "nothing half-applied";
  EXPECT_EQ(server_->Get(kQ3 + "/coverage", editor_).status, 403);
}

TEST_P(RoundApiTest, AReportGoesThroughDraftSubmitReturnResubmitAndAccept) {
  ASSERT_EQ(OpenRound("2030-06-14T16:00").status, 200);
  auto r = server_->Send("POST", kItem, {{"action", "draft"}, {"status", "green"}, {"comment", "I rute"}}, editor_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.Json()["state"], "draft");
  r = server_->Send("POST", kItem, {{"action", "submit"}, {"status", "green"}, {"comment", "I rute"},
                                    {"assessment_version", 1}}, editor_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.Json()["state"], "submitted");
  EXPECT_FALSE(r.Json()["submitted_at"].is_null());
  int64_t version = r.Json()["version"];

  // Submitted: the owner may not change it, through either route.
  EXPECT_EQ(server_->Send("POST", kItem, {{"action", "draft"}, {"status", "red"}, {"assessment_version", 2}},
                          editor_).status, 409);
  EXPECT_EQ(server_->Send("PUT", kQ3 + "/assessments/items/1B-t1-d1", {{"status", "red"}, {"version", 2}},
                          editor_).status, 409);
  EXPECT_EQ(server_->Get(kQ3 + "/assessments/items/1B-t1-d1", editor_).Json()["status"], "green");
  // Nobody but the secretariat reviews; a return needs a comment.
  EXPECT_EQ(server_->Send("POST", kItem, {{"action", "accept"}}, editor_).status, 403);
  r = server_->Send("POST", kItem, {{"action", "return"}, {"comment", " "}, {"version", version}}, AdminToken());
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("comment"), std::string::npos);
  r = server_->Send("POST", kItem, {{"action", "return"}, {"comment", "Mangler tall for 2023"},
                                    {"version", version}}, AdminToken());
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.Json()["state"], "returned");

  // The owner sees it first, with the comment.
  auto tasks = Tasks(editor_);
  EXPECT_EQ(tasks[0]["subject"]["item"], "1B-t1-d1");
  EXPECT_EQ(tasks[0]["state"], "returned");
  EXPECT_EQ(tasks[0]["return_comment"], "Mangler tall for 2023");

  r = server_->Send("POST", kItem, {{"action", "submit"}, {"status", "yellow"}, {"comment", "Tall kommer i Q4"},
                                    {"assessment_version", 2}}, editor_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.Json()["state"], "submitted");
  EXPECT_TRUE(r.Json()["return_comment"].is_null());
  r = server_->Send("POST", kItem, {{"action", "accept"}, {"version", version}}, AdminToken());
  EXPECT_EQ(r.status, 409) << "a stale version is refused";
  r = server_->Send("POST", kItem, {{"action", "accept"}}, AdminToken());
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.Json()["state"], "accepted");

  auto log = ReportLog();
  std::vector<std::string> steps;
  for (const auto& e : log) {
    auto after = nlohmann::json::parse(e.after);
    std::string from = e.before.empty() ? "not_started" : nlohmann::json::parse(e.before)["state"].get<std::string>();
    steps.push_back(from + ">" + after["state"].get<std::string>());
  }
  std::sort(steps.begin(), steps.end());
  std::vector<std::string> expected = {"draft>submitted", "not_started>draft", "returned>submitted",
                                       "submitted>accepted", "submitted>returned"};
  EXPECT_EQ(steps, expected) << "every step audited with its old and new state";
}

TEST_P(RoundApiTest, AnotherOrganisationMayNotReport) {
  ASSERT_EQ(OpenRound("2030-06-14T16:00").status, 200);
  EXPECT_EQ(server_->Send("POST", kItem, {{"action", "submit"}, {"status", "green"}}, other_).status, 403);
  EXPECT_EQ(server_->Send("POST", "/api/v1/periods/2023-Q3/reports/items/1", {{"action", "submit"}, {"status", "green"}},
                          AdminToken()).status, 404) << "a goal is not at the reporting levels";
}

TEST_P(RoundApiTest, CoverageCountsOrganisationsAndGoalsAndShowsWhoIsLate) {
  ASSERT_EQ(OpenRound("2020-01-10T12:00").status, 200) << "a deadline in the past";
  ASSERT_EQ(server_->Send("POST", kItem, {{"action", "submit"}, {"status", "green"}}, editor_).status, 200);
  auto c = Coverage();
  EXPECT_EQ(c["expected"], 42);
  EXPECT_EQ(c["missing"], 41);
  auto hdir = Row(c, "Hdir");
  ASSERT_FALSE(hdir.is_null()) << c.dump();
  EXPECT_EQ(hdir["counts"]["submitted"], 1);
  EXPECT_EQ(hdir["counts"]["not_started"], 41);
  EXPECT_EQ(hdir["late"], 41) << "the submitted report is not late";
  EXPECT_FALSE(hdir["last_reported"].is_null());
  EXPECT_EQ(c["late"].size(), 41u);
  EXPECT_LT(c["round"]["days_left"].get<int>(), 0);
  int goal_total = 0;
  for (const auto& g : c["goals"]) goal_total += g["total"].get<int>();
  EXPECT_EQ(goal_total, 42);
}

TEST_P(RoundApiTest, AnIndicatorWithAResponsibleOrganisationIsExpectedFromIt) {
  {
    auto lease = server_->pool().Acquire();
    RoundStore(*lease).SetIndicatorResponsible("dho-spredning", "NHN");
  }
  ASSERT_EQ(OpenRound("2030-06-14T16:00").status, 200);
  auto tasks = Tasks(other_);
  ASSERT_EQ(tasks.size(), 1u);
  EXPECT_EQ(tasks[0]["subject"]["indicator"], "dho-spredning");
}

// What a round expects is kept in memory between requests
// (app/expected_report_basis.h); a change of the plan, an owner, the
// reporting levels or who answers for an indicator shows at once, however
// it is written.
TEST_P(RoundApiTest, AChangedOwnerOrResponsibleMovesTheTaskAtOnce) {
  ASSERT_EQ(OpenRound("2030-06-14T16:00").status, 200);
  ASSERT_EQ(Tasks(editor_).size(), 42u);
  ASSERT_TRUE(Tasks(other_).empty());
  auto item = DemoItem("1B-t1-d1");
  auto moved = server_->Send("PUT", ItemPath(item), {{"owners", {"NHN"}}, {"version", item["version"]}},
                             AdminToken());
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(Tasks(editor_).size(), 41u) << "Hdir no longer owns 1B-t1-d1";
  auto nhn = Tasks(other_);
  ASSERT_EQ(nhn.size(), 1u);
  EXPECT_EQ(nhn[0]["subject"]["item"], "1B-t1-d1");
  {
    // Written past the application, as another server process or a
    // database tool would.
    auto lease = server_->pool().Acquire();
    RoundStore(*lease).SetIndicatorResponsible("dho-spredning", "NHN");
  }
  EXPECT_EQ(Tasks(other_).size(), 2u) << "the indicator is now expected from NHN";
  EXPECT_EQ(Coverage()["expected"], 43);
  ASSERT_EQ(OpenRound("2030-06-14T16:00", nlohmann::json::array({3, 4})).status, 200);
  EXPECT_GT(Coverage()["expected"].get<int>(), 43) << "the initiatives are reported on too";
}

TEST_P(RoundApiTest, GoingToReviewWithGapsNeedsAReasonThatIsKept) {
  ASSERT_EQ(OpenRound("2030-06-14T16:00").status, 200);
  int64_t version = server_->Get(kQ3, AdminToken()).Json()["version"];
  auto r = server_->Send("POST", kQ3 + "/transition", {{"to", "in_review"}, {"version", version}}, AdminToken());
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_NE(r.body.find("42 expected reports"), std::string::npos) << r.body;
  r = server_->Send("POST", kQ3 + "/transition",
                    {{"to", "in_review"}, {"version", version}, {"reason", "Hdir leverer muntlig"}}, AdminToken());
  ASSERT_EQ(r.status, 200) << r.body;
  auto lease = server_->pool().Acquire();
  auto log = AuditLog(*lease).List("reporting_period", std::to_string(r.Json()["id"].get<int64_t>()));
  bool kept = false;
  for (const auto& e : log) {
    if (e.after.find("Hdir leverer muntlig") != std::string::npos &&
        e.after.find("\"missing_reports\":42") != std::string::npos &&
        e.before.find("\"state\":\"open\"") != std::string::npos) {
      kept = true;
    }
  }
  EXPECT_TRUE(kept) << "the reason, the gap and the old and new state are in the period's history";
  // In review, owners no longer report; the secretariat still may.
  EXPECT_EQ(server_->Send("POST", kItem, {{"action", "submit"}, {"status", "green"}}, editor_).status, 409);
}

TEST_P(RoundApiTest, AnApprovedPeriodRefusesEveryStep) {
  ASSERT_EQ(OpenRound("2030-06-14T16:00").status, 200);
  ASSERT_EQ(server_->Send("POST", kItem, {{"action", "submit"}, {"status", "green"}}, editor_).status, 200);
  auto move = [&](const std::string& to) {
    int64_t version = server_->Get(kQ3, AdminToken()).Json()["version"];
    return server_->Send("POST", kQ3 + "/transition", {{"to", to}, {"version", version}, {"reason", "Runden er over"}},
                         AdminToken());
  };
  ASSERT_EQ(move("in_review").status, 200);
  ASSERT_EQ(move("approved").status, 200);
  std::string before = Export();
  EXPECT_EQ(server_->Send("POST", kItem, {{"action", "accept"}}, AdminToken()).status, 409);
  EXPECT_EQ(server_->Send("POST", kItem, {{"action", "return"}, {"comment", "Nei"}}, AdminToken()).status, 409);
  EXPECT_EQ(server_->Send("PUT", kQ3 + "/round", {{"deadline", "2031-01-01T12:00"}}, AdminToken()).status, 409);
  EXPECT_EQ(Export(), before);
}

INSTANTIATE_PER_ENGINE(RoundApiTest);

}  // namespace
}  // namespace fremdrift::testing
