// The minutes and follow-up forms over real HTTP on both engines, with the
// demo's NUIT meeting 3/22: bad attendance lines come back with the line
// named and the typed text kept; a post without the CSRF token, or by an
// editor of another organisation, is refused; approved minutes refuse the
// writing form (409); a correction without a reason is refused next to the
// field; an action's state is moved from /oppgaver's form by the
// responsible organisation only, and "not done" needs a reason.
#include <gtest/gtest.h>

#include "support/api_fixture.h"
#include "support/html_page.h"
#include "support/signed_in_browser.h"
#include "support/test_password.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

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
  HtmlPage page(r.body);
  EXPECT_TRUE(page.HasText("//textarea[@name='attendance']", "kanskje")) << "the typed text is kept";
  EXPECT_TRUE(page.HasText("//*[@id='f-attendance-error']", "Linje 2")) << "the line is named";
  EXPECT_EQ(page.Attr("//textarea[@name='attendance']", "aria-invalid"), "true");
}

TEST_P(MinutesFormsTest, OnlyTheSecretariatWritesAndEveryPostNeedsTheToken) {
  auto page = secretariat_->Get(Minutes() + "/rediger");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(HtmlPage(page.body).HasText("//textarea[@name='attendance']", "Mariann Hornnes"))
      << "the attendance starts from the membership";
  EXPECT_EQ(secretariat_->Post(Minutes() + "/rediger", {{"attendance", ""}}, false).status, 403);
  Browser other(server_->port());
  ASSERT_EQ(other.SignIn(*server_, "ola", kPassword).status, 303);
  EXPECT_EQ(other.Get(Minutes() + "/rediger").status, 403);
  EXPECT_EQ(other.Post(Minutes() + "/rediger", {{"attendance", ""}}).status, 403);
  Browser visitor(server_->port());
  EXPECT_EQ(visitor.Get(Minutes()).status, 404) << "not public before they are approved";
  auto saved = secretariat_->Post(Minutes() + "/rediger", {{"attendance", "Kari Nordmann | KS | leder | møtte"}});
  EXPECT_EQ(saved.status, 303) << saved.body.substr(0, 400);
  EXPECT_TRUE(HtmlPage(secretariat_->Get(Minutes()).body).HasText("//main", "Kari Nordmann"));
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
  EXPECT_TRUE(HtmlPage(no_reason.body).Has("//*[@id='f-reason-error']")) << "the problem is next to the reason";
  EXPECT_EQ(secretariat_->Post(Minutes() + "/tilstand",
                               {{"state", "draft"}, {"version", version()}, {"reason", "Feil i oppmøtelisten"}}).status,
            303);
  EXPECT_TRUE(HtmlPage(secretariat_->Get(Minutes()).body).HasText("//main", "Feil i oppmøtelisten"));
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
  HtmlPage task_page(tasks.body);
  EXPECT_TRUE(task_page.HasText("//main", "Lage en plan"));
  EXPECT_TRUE(task_page.Has("//form[@method='post'][@action='" + state_path + "']"));
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

// A case that approves minutes stays "Godkjenning" while it does: the API
// and the form answer 409 with the rule and its text in both languages.
TEST_P(MinutesFormsTest, TheCaseThatApprovesMinutesKeepsItsType) {
  std::string api = "/api/v1/meetings/" + std::to_string(may_) + "/minutes";
  auto saved = server_->Send("PUT", api, {{"attendance", nlohmann::json::array()}}, secretariat_token_);
  ASSERT_EQ(saved.status, 200) << saved.body;
  auto circulated = server_->Send("POST", api + "/state", {{"state", "circulated"}, {"version", saved.Json()["version"]}},
                                  secretariat_token_);
  ASSERT_EQ(circulated.status, 200) << circulated.body;
  auto approval = server_->Send("POST", "/api/v1/cases",
                                {{"meeting_id", september_}, {"title", "Godkjenning av referat"}, {"type", "approval"}},
                                secretariat_token_);
  ASSERT_EQ(approval.status, 201);
  std::string case_api = "/api/v1/cases/" + approval.Json()["id"].dump();
  // Before it approves anything, its type may change (and back).
  auto free = server_->Send("PUT", case_api, {{"version", 1}, {"type", "information"}}, secretariat_token_);
  ASSERT_EQ(free.status, 200) << free.body;
  ASSERT_EQ(server_->Send("PUT", case_api, {{"version", 2}, {"type", "approval"}}, secretariat_token_).status, 200);
  auto approved = server_->Send("POST", api + "/state",
                                {{"state", "approved"}, {"version", circulated.Json()["version"]},
                                 {"case_id", approval.Json()["id"]}},
                                secretariat_token_);
  ASSERT_EQ(approved.status, 200) << approved.body;

  int64_t version = server_->Get(case_api).Json()["version"].get<int64_t>();
  auto refused = server_->Send("PUT", case_api + "?lang=nb", {{"version", version}, {"type", "information"}},
                               secretariat_token_);
  EXPECT_EQ(refused.status, 409) << refused.body;
  EXPECT_EQ(refused.Json()["error"]["rule"], "approval_case_type_fixed");
  EXPECT_EQ(refused.Json()["error"]["message"],
            "Saken godkjenner et referat og må være av typen Godkjenning så lenge den gjør det.");
  auto english = server_->Send("PUT", case_api + "?lang=en", {{"version", version}, {"type", ""}}, secretariat_token_);
  EXPECT_EQ(english.status, 409);
  EXPECT_TRUE(Has(english.body, "must stay of type Godkjenning")) << english.body;
  EXPECT_EQ(server_->Get(case_api).Json()["type"], "approval") << "nothing was written";
  // Other changes of the case are still allowed.
  EXPECT_EQ(server_->Send("PUT", case_api, {{"version", version}, {"summary", "Referatet fra 19. mai."}},
                          secretariat_token_).status,
            200);

  // The form: 409 with the reason on the page.
  std::string form = "/saker/" + approval.Json()["id"].dump() + "/rediger";
  auto c = server_->Get(case_api).Json();
  ASSERT_EQ(secretariat_->Get(form).status, 200);
  auto text = [&](const char* name) { return c[name].get<std::string>(); };
  auto posted = secretariat_->Post(form, {{"title", text("title")}, {"type", "information"}, {"start_time", ""},
                                          {"presenters", ""}, {"summary", text("summary")}, {"proposed_decision", ""},
                                          {"decision", ""}, {"status", text("status")}, {"postponed_to", ""},
                                          {"links", ""}, {"version", c["version"].dump()}});
  EXPECT_EQ(posted.status, 409) << posted.body.substr(0, 400);
  EXPECT_TRUE(Has(posted.body, "må være av typen Godkjenning så lenge den gjør det")) << posted.body.substr(0, 2000);
  EXPECT_EQ(server_->Get(case_api).Json()["type"], "approval");
}

// The header's number next to "Oppgaver" counts the organisation's open
// follow-up actions as well as its open reports.
TEST_P(MinutesFormsTest, TheHeadersTaskCountIncludesOpenActions) {
  Browser owner(server_->port());
  ASSERT_EQ(owner.SignIn(*server_, "kari", kPassword).status, 303);
  auto count = [&] {
    std::string body = owner.Get("/oppgaver").body;
    std::string mark = "<span class=\"nav-count\">(";
    size_t at = body.find(mark);
    EXPECT_NE(at, std::string::npos) << "the header shows a count";
    return at == std::string::npos ? -1 : std::stoi(body.substr(at + mark.size()));
  };
  int before = count();
  int open_actions = 0;
  for (const auto& a : server_->Get("/api/v1/actions?organisation=Hdir").Json()) {
    open_actions += a["state"] == "open" || a["state"] == "in_progress";
  }
  EXPECT_GE(before, open_actions) << "the demo's open action for Hdir (20/22) is counted";
  auto cases = server_->Get("/api/v1/cases?q=21/22").Json();
  auto created = server_->Send("POST", "/api/v1/cases/" + cases.at(0)["id"].dump() + "/actions",
                               {{"description", "Telle med i toppen"}, {"organisation", "Hdir"}}, secretariat_token_);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(count(), before + 1) << "an open action is a task";
  std::string state = "/api/v1/actions/" + created.Json()["id"].dump() + "/state";
  ASSERT_EQ(server_->Send("POST", state, {{"state", "in_progress"}, {"version", 1}}, secretariat_token_).status, 200);
  EXPECT_EQ(count(), before + 1) << "in progress is still open";
  ASSERT_EQ(server_->Send("POST", state, {{"state", "done"}, {"version", 2}}, secretariat_token_).status, 200);
  EXPECT_EQ(count(), before) << "a done action is no longer counted";
  // A reader of the organisation has no tasks to count.
  server_->AddUserWithToken("lese", "Hdir", Role::kReader);
  Browser reader(server_->port());
  ASSERT_EQ(reader.SignIn(*server_, "lese", kPassword).status, 303);
  EXPECT_EQ(HtmlPage(reader.Get("/oppgaver").body).Text("//header//a[@href='/oppgaver']/span[@class='nav-count']"),
            "(0 åpne)");
}

INSTANTIATE_PER_ENGINE(MinutesFormsTest);

}  // namespace
}  // namespace fremdrift::testing
