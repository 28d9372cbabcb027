// Minutes and the follow-up of decisions over HTTP on both engines, with
// the demo's NUIT meeting 3/22: the secretariat writes and circulates the
// minutes, a "Godkjenning" case of a later meeting approves them (which
// locks them, copies the decisions to the cases and makes them public),
// a correction needs a reason; an action given to an organisation is
// moved by that organisation's editor, filters the decision log, and a
// case to be brought back waits on the body's list until it is placed,
// also on another body (a referral).
#include "support/api_fixture.h"

#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

class MinutesApiTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    secretariat_ = server_->AddUserWithToken("sekretariat", "E-helse", Role::kEditor);
    hdir_ = server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
    other_ = server_->AddUserWithToken("ola", "NHN", Role::kEditor);
    reader_ = server_->AddUserWithToken("lise", "E-helse", Role::kReader);
    for (const auto& m : server_->Get("/api/v1/meetings?body=nuit").Json()) {
      if (m["date"] == "2022-05-19") may_ = m["id"].get<int64_t>();
      if (m["date"] == "2022-09-14") september_ = m["id"].get<int64_t>();
    }
    for (const auto& c : server_->Get("/api/v1/cases?body=nuit&year=2022").Json()) {
      cases_[c["label"].get<std::string>()] = c["id"].get<int64_t>();
    }
  }

  std::string MinutesPath(int64_t meeting) { return "/api/v1/meetings/" + std::to_string(meeting) + "/minutes"; }
  std::string Id(int64_t id) { return std::to_string(id); }

  // An approval case on the September meeting.
  int64_t ApprovalCaseInSeptember() {
    auto r = server_->Send("POST", "/api/v1/cases",
                           {{"meeting_id", september_}, {"title", "Godkjenning av referat fra 19. mai"}, {"type", "approval"}},
                           secretariat_);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.Json()["id"].get<int64_t>();
  }

  // Writes and circulates the minutes of 3/22; returns their version.
  int64_t WriteAndCirculate() {
    json in{{"attendance", {{{"person", "Kari Nordmann"}, {"organisation", "KS"}, {"role", "chair"}, {"present", true}},
                            {{"person", "Per Hansen"}, {"organisation", "Helse Vest RHF"}, {"role", "member"}, {"present", false}},
                            {{"person", "Pål Vara"}, {"organisation", "Helse Vest RHF"}, {"role", "deputy"},
                             {"present", true}, {"deputy_for", "Per Hansen"}}}},
            {"cases", {{{"case_id", cases_["24/22"]}, {"discussion", "Utvalget drøftet monitoren."},
                        {"decision", "NUIT anbefaler planen med én endring."}, {"differs_from_proposal", true}}}}};
    auto saved = server_->Send("PUT", MinutesPath(may_), in, secretariat_);
    EXPECT_EQ(saved.status, 200) << saved.body;
    auto moved = server_->Send("POST", MinutesPath(may_) + "/state",
                               {{"state", "circulated"}, {"version", saved.Json()["version"]}}, secretariat_);
    EXPECT_EQ(moved.status, 200) << moved.body;
    return moved.Json()["version"].get<int64_t>();
  }

  std::string secretariat_, hdir_, other_, reader_;
  int64_t may_ = 0, september_ = 0;
  std::map<std::string, int64_t> cases_;
};

TEST_P(MinutesApiTest, UnwrittenMinutesStartFromTheMembershipAndTheAgendaForSignedInUsersOnly) {
  EXPECT_EQ(server_->Get(MinutesPath(may_)).status, 404) << "not public before they are approved";
  auto m = server_->Get(MinutesPath(may_), reader_).Json();
  EXPECT_EQ(m["stored"], false);
  EXPECT_EQ(m["state"], "draft");
  EXPECT_EQ(m["version"], nullptr);
  EXPECT_EQ(m["attendance"].size(), 18u) << "the seventeen members and the observer of the NUIT papers";
  EXPECT_EQ(m["cases"].size(), 16u);
  EXPECT_EQ(m["cases"][0]["label"], "16/22");
}

TEST_P(MinutesApiTest, TheSecretariatWritesCirculatesAndALaterMeetingApproves) {
  EXPECT_EQ(server_->Send("PUT", MinutesPath(may_), {{"attendance", json::array()}}, other_).status, 403);
  EXPECT_EQ(server_->Send("PUT", MinutesPath(may_), {{"attendance", json::array()}}, reader_).status, 403);
  EXPECT_EQ(server_->Send("PUT", MinutesPath(may_), {{"attendance", json::array()}}).status, 401);
  int64_t version = WriteAndCirculate();
  auto circulated = server_->Get(MinutesPath(may_), reader_).Json();
  EXPECT_EQ(circulated["state"], "circulated");
  EXPECT_EQ(circulated["attendance"][2]["deputy_for"], "Per Hansen");
  EXPECT_EQ(server_->Get(MinutesPath(may_)).status, 404);

  // A discussion case cannot approve; the approval case of a later meeting does.
  auto wrong = server_->Send("POST", MinutesPath(may_) + "/state",
                             {{"state", "approved"}, {"version", version}, {"case_id", cases_["21/22"]}}, secretariat_);
  EXPECT_EQ(wrong.status, 400) << wrong.body;
  EXPECT_TRUE(Has(wrong.body, "minutes_approval_type"));
  int64_t approval = ApprovalCaseInSeptember();
  auto approved = server_->Send("POST", MinutesPath(may_) + "/state",
                                {{"state", "approved"}, {"version", version}, {"case_id", approval}}, secretariat_);
  ASSERT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(approved.Json()["approval_case"]["id"], approval);

  // Public now, and in the decision log: the decision as made is the case's.
  auto pub = server_->Get(MinutesPath(may_));
  ASSERT_EQ(pub.status, 200);
  EXPECT_EQ(pub.Json()["cases"][0]["differs_from_proposal"], true);
  EXPECT_EQ(server_->Get("/api/v1/cases/" + Id(cases_["24/22"])).Json()["decision"],
            "NUIT anbefaler planen med én endring.");
  EXPECT_EQ(server_->Get("/api/v1/meetings/" + Id(may_)).Json()["state"], "minutes_approved");
  EXPECT_TRUE(Has(server_->Get("/moter/" + Id(may_) + "/referat").body, "NUIT anbefaler planen med én endring."));
  EXPECT_EQ(server_->Get("/moter/" + Id(may_) + "/referat.html").status, 200);
  // The approving case links back to the minutes.
  EXPECT_TRUE(Has(server_->Get("/saker/" + Id(approval)).body, "/moter/" + Id(may_) + "/referat"));
  EXPECT_EQ(server_->Send("DELETE", "/api/v1/cases/" + Id(approval), json(), secretariat_).status, 409);
  // Audited.
  auto audit = server_->Get("/api/v1/audit?entity=minutes&id=" + Id(may_), AdminToken()).Json();
  ASSERT_EQ(audit.size(), 3u);
  EXPECT_EQ(audit[0]["actor"], "sekretariat");
}

TEST_P(MinutesApiTest, ApprovedMinutesAreLockedAndACorrectionNeedsAReason) {
  int64_t version = WriteAndCirculate();
  int64_t approval = ApprovalCaseInSeptember();
  auto approved = server_->Send("POST", MinutesPath(may_) + "/state",
                                {{"state", "approved"}, {"version", version}, {"case_id", approval}}, secretariat_);
  ASSERT_EQ(approved.status, 200) << approved.body;
  version = approved.Json()["version"].get<int64_t>();
  auto locked = server_->Send("PUT", MinutesPath(may_), {{"version", version}, {"source", "endret"}}, secretariat_);
  EXPECT_EQ(locked.status, 409) << locked.body;
  // The meeting's record cannot be reopened around the minutes either.
  auto meeting = server_->Get("/api/v1/meetings/" + Id(may_)).Json();
  EXPECT_EQ(server_->Send("PUT", "/api/v1/meetings/" + Id(may_), {{"version", meeting["version"]}, {"state", "held"}},
                          secretariat_).status, 409);
  auto no_reason = server_->Send("POST", MinutesPath(may_) + "/state", {{"state", "draft"}, {"version", version}},
                                 secretariat_);
  EXPECT_EQ(no_reason.status, 400) << no_reason.body;
  EXPECT_TRUE(Has(no_reason.body, "minutes_reason_required"));
  auto reopened = server_->Send("POST", MinutesPath(may_) + "/state",
                                {{"state", "draft"}, {"version", version}, {"reason", "Feil navn på et medlem"}},
                                secretariat_);
  ASSERT_EQ(reopened.status, 200) << reopened.body;
  auto m = reopened.Json();
  EXPECT_EQ(m["state"], "draft");
  EXPECT_EQ(m["approval_case"], nullptr);
  ASSERT_EQ(m["corrections"].size(), 1u);
  EXPECT_EQ(m["corrections"][0]["reason"], "Feil navn på et medlem");
  EXPECT_EQ(m["corrections"][0]["approval_case"]["id"], approval);
  EXPECT_EQ(server_->Get("/api/v1/meetings/" + Id(may_)).Json()["state"], "held");
  // The public goes on reading the approved version until the corrected one is approved
  // (tests/pages/minutes_publication_test.cpp).
  auto pub = server_->Get(MinutesPath(may_));
  ASSERT_EQ(pub.status, 200);
  EXPECT_EQ(pub.Json()["state"], "approved");
  EXPECT_EQ(pub.Json()["approval_case"]["id"], approval);
  // A stale version is refused.
  EXPECT_EQ(server_->Send("POST", MinutesPath(may_) + "/state", {{"state", "circulated"}, {"version", version}},
                          secretariat_).status, 409);
}

TEST_P(MinutesApiTest, AnActionIsDoneByTheResponsibleOrganisation) {
  std::string path = "/api/v1/cases/" + Id(cases_["21/22"]) + "/actions";
  json in{{"description", "Ta med innspillene fra møtet i det videre arbeidet"},
          {"organisation", "Hdir"},
          {"due", "2022-12-31"},
          {"links", {{{"kind", "plan_item"}, {"reference", "nes-2023-2030/4A"}}}}};
  EXPECT_EQ(server_->Send("POST", path, in, hdir_).status, 403) << "only the secretariat gives actions";
  auto bad = server_->Send("POST", path, {{"description", "x"}, {"organisation", "Finnes ikke"}}, secretariat_);
  EXPECT_EQ(bad.status, 400);
  auto created = server_->Send("POST", path, in, secretariat_);
  ASSERT_EQ(created.status, 201) << created.body;
  auto a = created.Json();
  EXPECT_EQ(a["state"], "open");
  EXPECT_EQ(a["case"]["label"], "21/22");
  std::string state_path = "/api/v1/actions/" + a["id"].dump() + "/state";
  EXPECT_EQ(server_->Send("POST", state_path, {{"state", "in_progress"}}, other_).status, 403);
  auto moving = server_->Send("POST", state_path, {{"state", "in_progress"}, {"version", a["version"]}}, hdir_);
  ASSERT_EQ(moving.status, 200) << moving.body;
  EXPECT_EQ(server_->Send("POST", state_path, {{"state", "not_done"}}, hdir_).status, 400) << "needs a reason";
  auto done = server_->Send("POST", state_path, {{"state", "done"}}, hdir_);
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(server_->Send("POST", state_path, {{"state", "open"}}, hdir_).status, 409);

  // The lists: the API, the decision log's filters and the plan item's page.
  auto listed = server_->Get("/api/v1/actions?organisation=Hdir&state=done").Json();
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0]["id"], a["id"]);
  EXPECT_EQ(server_->Get("/api/v1/actions?state=nonsense").status, 400);
  auto log = server_->Get("/vedtak?ansvarlig=Hdir&oppfolging=done").body;
  EXPECT_TRUE(Has(log, "Nasjonal e-helseportefølje"));
  EXPECT_FALSE(Has(log, "Tryggere Helseapper"));
  EXPECT_FALSE(Has(server_->Get("/vedtak?ansvarlig=Hdir&oppfolging=open").body, "Nasjonal e-helseportefølje"));
  auto audit = server_->Get("/api/v1/audit?entity=action&id=" + a["id"].dump(), AdminToken()).Json();
  EXPECT_EQ(audit.size(), 3u);
}

TEST_P(MinutesApiTest, OpenActionsShowOnThePlanItemPageAndTheTasksPage) {
  auto created = server_->Send("POST", "/api/v1/cases/" + Id(cases_["21/22"]) + "/actions",
                               {{"description", "Utrede finansieringen av prosjektet"},
                                {"organisation", "Hdir"},
                                {"links", {{{"kind", "plan_item"}, {"reference", "nes-2023-2030/4A"}}}}},
                               secretariat_);
  ASSERT_EQ(created.status, 201) << created.body;
  auto item = DemoItem("4A");
  auto page = server_->Get("/strategi/nes-2023-2030/" + item["key"].get<std::string>()).body;
  EXPECT_TRUE(Has(page, "Utrede finansieringen av prosjektet")) << page.substr(0, 300);
}

TEST_P(MinutesApiTest, ACaseToBeBroughtBackWaitsUntilPlacedAlsoOnAnotherBody) {
  auto body = server_->Send("POST", "/api/v1/bodies",
                            {{"key", "ehelsestyret"}, {"short_name", "E-helsestyret"}, {"name", "Nasjonalt e-helsestyre"},
                             {"secretariat", "E-helse"}},
                            AdminToken());
  ASSERT_EQ(body.status, 201) << body.body;
  auto meeting = server_->Send("POST", "/api/v1/meetings", {{"body", "ehelsestyret"}, {"date", "2022-10-20"}}, secretariat_);
  ASSERT_EQ(meeting.status, 201) << meeting.body;
  auto action = server_->Send("POST", "/api/v1/cases/" + Id(cases_["20/22"]) + "/actions",
                              {{"description", "Saken fremmes igjen når de økonomiske analysene er gjort"},
                               {"organisation", "Hdir"},
                               {"to_meeting", true},
                               {"to_body", "ehelsestyret"}},
                              secretariat_);
  ASSERT_EQ(action.status, 201) << action.body;
  EXPECT_EQ(action.Json()["awaits_meeting"], true);
  // NUIT's list has only the demo's own 20/22 follow-up, not the referral.
  auto nuit = server_->Get("/api/v1/bodies/nuit/pending").Json();
  ASSERT_EQ(nuit.size(), 1u);
  EXPECT_NE(nuit[0]["id"], action.Json()["id"]);
  EXPECT_EQ(nuit[0]["to_body"], "nuit");
  auto pending = server_->Get("/api/v1/bodies/ehelsestyret/pending").Json();
  ASSERT_EQ(pending.size(), 1u);
  EXPECT_TRUE(Has(server_->Get("/utvalg/ehelsestyret").body, "Saken fremmes igjen"));
  // Placing it on a NUIT meeting is refused: it waits for the other body.
  auto wrong = server_->Send("POST", "/api/v1/cases",
                             {{"meeting_id", september_}, {"title", "Tryggere helseapper"}, {"follows_up", action.Json()["id"]}},
                             secretariat_);
  EXPECT_EQ(wrong.status, 400) << wrong.body;
  auto placed = server_->Send("POST", "/api/v1/cases",
                              {{"meeting_id", meeting.Json()["id"]}, {"title", "Tryggere helseapper"},
                               {"follows_up", action.Json()["id"]}},
                              secretariat_);
  ASSERT_EQ(placed.status, 201) << placed.body;
  EXPECT_TRUE(server_->Get("/api/v1/bodies/ehelsestyret/pending").Json().empty());
  auto after = server_->Get("/api/v1/actions/" + action.Json()["id"].dump()).Json();
  EXPECT_EQ(after["brought_back_case_id"], placed.Json()["id"]);
  // Linked both ways on the pages.
  EXPECT_TRUE(Has(server_->Get("/saker/" + placed.Json()["id"].dump()).body, "/saker/" + Id(cases_["20/22"])));
  EXPECT_TRUE(Has(server_->Get("/saker/" + Id(cases_["20/22"])).body, "/saker/" + placed.Json()["id"].dump()));
}

INSTANTIATE_PER_ENGINE(MinutesApiTest);

}  // namespace
}  // namespace fremdrift::testing
