// The minutes and follow-up forms over real HTTP on both engines, with the
// demo's NUIT meeting 3/22: bad attendance lines come back with the line
// named and the typed text kept; a post without the CSRF token, or by an
// editor of another organisation, is refused; approved minutes refuse the
// writing form (409); a correction without a reason is refused next to the
// field; an action's state is moved from /oppgaver's form by the
// responsible organisation only, and "not done" needs a reason.
#include <gtest/gtest.h>

#include "api/api_fixture.h"
#include "support/signed_in_browser.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

const char* kPassword = "a long enough password";

class MinutesFormsTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    secretariat_token_ = server_->AddUserWithToken("sekretariat", "E-helse", Role::kEditor);
    server_->AddUserWithToken("ola", "NHN", Role::kEditor);
    server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
    for (const auto& m : server_->Get("/api/v1/meetings?body=nuit").Json()) {
      if (m["date"] == "2022-05-19") may_ = m["id"].get<int64_t>();
      if (m["date"] == "2022-09-14") september_ = m["id"].get<int64_t>();
    }
    secretariat_ = std::make_unique<Browser>(server_->port());
    ASSERT_EQ(secretariat_->SignIn(*server_, "sekretariat", kPassword).status, 303);
  }

  std::string Minutes() { return "/moter/" + std::to_string(may_) + "/referat"; }

  std::unique_ptr<Browser> secretariat_;
  std::string secretariat_token_;
  int64_t may_ = 0, september_ = 0;
};

TEST_P(MinutesFormsTest, ABadAttendanceLineComesBackNamedWithTheTextKept) {
  secretariat_->Get(Minutes() + "/rediger");
  auto r = secretariat_->Post(Minutes() + "/rediger", {{"attendance", "Kari | KS | medlem | kanskje\n | KS | vara | møtte | Per"}});
  EXPECT_EQ(r.status, 400) << r.body.substr(0, 400);
  EXPECT_TRUE(Has(r.body, "kanskje")) << "the typed text is kept";
  EXPECT_TRUE(Has(r.body, "Linje 2")) << "the line is named";
  EXPECT_TRUE(Has(r.body, "aria-invalid=\"true\""));
}

TEST_P(MinutesFormsTest, OnlyTheSecretariatWritesAndEveryPostNeedsTheToken) {
  auto page = secretariat_->Get(Minutes() + "/rediger");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "Mariann Hornnes")) << "the attendance starts from the membership";
  EXPECT_EQ(secretariat_->Post(Minutes() + "/rediger", {{"attendance", ""}}, false).status, 403);
  Browser other(server_->port());
  ASSERT_EQ(other.SignIn(*server_, "ola", kPassword).status, 303);
  EXPECT_EQ(other.Get(Minutes() + "/rediger").status, 403);
  EXPECT_EQ(other.Post(Minutes() + "/rediger", {{"attendance", ""}}).status, 403);
  Browser visitor(server_->port());
  EXPECT_EQ(visitor.Get(Minutes()).status, 404) << "not public before they are approved";
  auto saved = secretariat_->Post(Minutes() + "/rediger", {{"attendance", "Kari Nordmann | KS | leder | møtte"}});
  EXPECT_EQ(saved.status, 303) << saved.body.substr(0, 400);
  EXPECT_TRUE(Has(secretariat_->Get(Minutes()).body, "Kari Nordmann"));
}

TEST_P(MinutesFormsTest, ApprovedMinutesRefuseTheFormAndACorrectionNeedsAReason) {
  secretariat_->Get(Minutes() + "/rediger");
  ASSERT_EQ(secretariat_->Post(Minutes() + "/rediger", {{"attendance", "Kari Nordmann | KS | leder | møtte"}}).status, 303);
  auto version = [&] { return server_->Get("/api/v1/meetings/" + std::to_string(may_) + "/minutes", secretariat_token_)
                                  .Json()["version"].dump(); };
  secretariat_->Get(Minutes() + "/tilstand");
  ASSERT_EQ(secretariat_->Post(Minutes() + "/tilstand", {{"state", "circulated"}, {"version", version()}}).status, 303);
  auto approval = server_->Send("POST", "/api/v1/cases",
                                {{"meeting_id", september_}, {"title", "Godkjenning av referat"}, {"type", "approval"}},
                                secretariat_token_);
  ASSERT_EQ(approval.status, 201);
  auto without_case = secretariat_->Post(Minutes() + "/tilstand", {{"state", "approved"}, {"version", version()}});
  EXPECT_EQ(without_case.status, 400);
  auto approved = secretariat_->Post(Minutes() + "/tilstand", {{"state", "approved"}, {"version", version()},
                                                               {"case_id", approval.Json()["id"].dump()}});
  ASSERT_EQ(approved.status, 303) << approved.body.substr(0, 400);
  auto locked = secretariat_->Post(Minutes() + "/rediger", {{"attendance", "Ny | KS | medlem | møtte"}, {"version", version()}});
  EXPECT_EQ(locked.status, 409);
  auto no_reason = secretariat_->Post(Minutes() + "/tilstand", {{"state", "draft"}, {"version", version()}});
  EXPECT_EQ(no_reason.status, 400);
  EXPECT_TRUE(Has(no_reason.body, "id=\"f-reason-error\"")) << "the problem is next to the reason";
  EXPECT_EQ(secretariat_->Post(Minutes() + "/tilstand",
                               {{"state", "draft"}, {"version", version()}, {"reason", "Feil i oppmøtelisten"}}).status,
            303);
  EXPECT_TRUE(Has(secretariat_->Get(Minutes()).body, "Feil i oppmøtelisten"));
}

TEST_P(MinutesFormsTest, TheResponsibleOrganisationMovesItsActionFromItsTasks) {
  auto cases = server_->Get("/api/v1/cases?q=21/22").Json();
  std::string case_path = "/saker/" + cases.at(0)["id"].dump();
  secretariat_->Get(case_path + "/ny-oppfolging");
  auto created = secretariat_->Post(case_path + "/ny-oppfolging",
                                    {{"description", "Lage en plan"}, {"organisation", "Hdir"}, {"due", "31.12.2022"},
                                     {"to_meeting", "nei"}, {"to_body", ""}, {"links", "plan_item | nes-2023-2030/4A"}});
  ASSERT_EQ(created.status, 303) << created.body.substr(0, 400);
  auto actions = server_->Get("/api/v1/actions?organisation=Hdir&state=open").Json();
  nlohmann::json action;
  for (const auto& a : actions) {
    if (a["description"] == "Lage en plan") action = a;
  }
  ASSERT_FALSE(action.is_null());
  EXPECT_EQ(action["due"], "2022-12-31") << "typed as 31.12.2022";
  std::string state_path = "/oppfolging/" + action["id"].dump() + "/tilstand";
  Browser owner(server_->port());
  ASSERT_EQ(owner.SignIn(*server_, "kari", kPassword).status, 303);
  auto tasks = owner.Get("/oppgaver");
  EXPECT_TRUE(Has(tasks.body, "Lage en plan"));
  EXPECT_TRUE(Has(tasks.body, "action=\"" + state_path + "\""));
  auto refused = owner.Post(state_path, {{"state", "not_done"}, {"reason", ""}, {"version", action["version"].dump()}});
  EXPECT_EQ(refused.status, 400);
  auto done = owner.Post(state_path, {{"state", "done"}, {"reason", ""}, {"version", action["version"].dump()}});
  EXPECT_EQ(done.status, 303);
  EXPECT_EQ(done.headers.at("Location"), "/oppgaver?lagret=1");
  Browser other(server_->port());
  ASSERT_EQ(other.SignIn(*server_, "ola", kPassword).status, 303);
  EXPECT_EQ(other.Post(state_path, {{"state", "in_progress"}, {"reason", ""}}).status, 403);
  EXPECT_FALSE(Has(owner.Get("/oppgaver").body, "Lage en plan")) << "done is no longer a task";
}

INSTANTIATE_TEST_SUITE_P(Engines, MinutesFormsTest, ::testing::ValuesIn(AllEngines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace fremdrift::testing
