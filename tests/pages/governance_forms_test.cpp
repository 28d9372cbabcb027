// The governance forms over real HTTP on both engines, with the demo's NUIT
// meeting 3/22 (secretariat E-helse): a secretariat editor adds a case
// (numbered 32/22 by the server), records a decision and postpones a case;
// an editor of another organisation is refused; CSRF, stale forms and bad
// input behave as in the other edit forms.
#include <gtest/gtest.h>

#include "support/api_fixture.h"
#include "support/html_page.h"
#include "support/signed_in_browser.h"
#include "support/test_password.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

class GovernanceFormsTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    server_->AddUserWithToken("sekretariat", "E-helse", Role::kEditor);
    server_->AddUserWithToken("ola", "NHN", Role::kEditor);
    for (const auto& m : server_->Get("/api/v1/meetings?body=nuit").Json()) {
      if (m["date"] == "2022-05-19") may_ = m["id"].get<int64_t>();
      if (m["date"] == "2022-09-14") september_ = m["id"].get<int64_t>();
    }
    browser_ = std::make_unique<Browser>(server_->port());
    ASSERT_EQ(browser_->SignIn(*server_, "sekretariat", kPassword).status, 303);
  }

  nlohmann::json Case(const std::string& label) {
    return server_->Get("/api/v1/cases?q=" + label).Json().at(0);
  }

  static std::string CasePath(const nlohmann::json& c) { return "/saker/" + std::to_string(c["id"].get<int64_t>()); }

  // The case form's fields for `c` unchanged, with `changes` applied.
  static FormFields CaseForm(const nlohmann::json& c, const std::map<std::string, std::string>& changes) {
    std::map<std::string, std::string> f{{"title", c["title"]},
                                         {"type", c["type"].is_null() ? "" : c["type"].get<std::string>()},
                                         {"start_time", c["start_time"]},
                                         {"summary", c["summary"]},
                                         {"proposed_decision", c["proposed_decision"]},
                                         {"decision", c["decision"]},
                                         {"status", c["status"]},
                                         {"postponed_to", ""},
                                         {"version", std::to_string(c["version"].get<int64_t>())}};
    for (const auto& p : c["presenters"]) f["presenters"] += Line({p["name"], p["organisation"]});
    for (const auto& l : c["links"]) f["links"] += Line({l["kind"], l["reference"]});
    for (const auto& [k, v] : changes) f[k] = v;
    return FormFields(f.begin(), f.end());
  }

  // One line of a list text area.
  static std::string Line(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : " | ") + p;
    return out + "\n";
  }

  // A body's members as the form's text area holds them.
  static std::string MembersText(const nlohmann::json& body) {
    std::string out;
    auto text = [](const nlohmann::json& v) { return v.is_null() ? std::string() : v.get<std::string>(); };
    for (const auto& m : body["members"]) {
      out += Line({text(m["person"]), text(m["title"]), text(m["organisation"]), text(m["role"]), text(m["from"]),
                   text(m["to"]), text(m["source"])});
    }
    return out;
  }

  int64_t may_ = 0, september_ = 0;
  std::unique_ptr<Browser> browser_;
};

TEST_P(GovernanceFormsTest, TheSecretariatAddsACaseThatGetsTheNextNumber) {
  auto meeting = browser_->Get("/moter/" + std::to_string(may_));
  HtmlPage meeting_page(meeting.body);
  EXPECT_TRUE(meeting_page.Has("//main//a[@href='/moter/" + std::to_string(may_) + "/ny-sak']")) << "the Ny sak link";
  EXPECT_EQ(meeting_page.Text("//section[@class='history']/h2"), "Historikk");
  const std::string path = "/moter/" + std::to_string(may_) + "/ny-sak";
  auto form = browser_->Get(path);
  ASSERT_EQ(form.status, 200) << form.body;
  EXPECT_TRUE(HtmlPage(form.body).Has("//form//label[@for='f-title'][following::*[@id='f-title'][@name='title']]"));
  auto r = browser_->Post(path, {{"title", "Sak fra skjema"},
                                 {"type", "discussion"},
                                 {"start_time", "14:00"},
                                 {"presenters", "Kari Nordmann | Direktoratet for e-helse\n"},
                                 {"summary", "Kort om saken."},
                                 {"proposed_decision", "NUIT tar saken til orientering."},
                                 {"links", "plan_item | nes-2023-2030/1B"}});
  ASSERT_EQ(r.status, 303) << r.body;
  auto page = browser_->Get(r.headers.at("Location"));
  HtmlPage saved(page.body);
  EXPECT_EQ(saved.Text("//h1"), "Sak 32/22 Sak fra skjema");
  EXPECT_EQ(saved.Text("//h1/span[@class='case-number']"), "Sak 32/22");
  EXPECT_TRUE(saved.HasText("//*[@role='status']", "Endringene er lagret"));
  EXPECT_EQ(saved.Text("//section[@class='history']/h2"), "Historikk");
  auto c = Case("32/22");
  EXPECT_EQ(c["title"], "Sak fra skjema");
  EXPECT_EQ(c["presenters"].at(0)["name"], "Kari Nordmann");
  EXPECT_EQ(c["links"].at(0)["reference"], "nes-2023-2030/1B");
  auto lease = server_->pool().Acquire();
  auto log = AuditLog(*lease).List("case", std::to_string(c["id"].get<int64_t>()));
  ASSERT_FALSE(log.empty());
  EXPECT_EQ(log.front().actor, "sekretariat");
}

TEST_P(GovernanceFormsTest, TheSecretariatRecordsADecision) {
  auto c = Case("22/22");
  auto page = browser_->Get(CasePath(c));
  EXPECT_TRUE(HtmlPage(page.body).Has("//main//a[@href='" + CasePath(c) + "/rediger']")) << "the Rediger link";
  auto form = browser_->Get(CasePath(c) + "/rediger");
  ASSERT_EQ(form.status, 200) << form.body;
  auto r = browser_->Post(CasePath(c) + "/rediger",
                          CaseForm(c, {{"decision", "NUIT drøftet saken."}, {"status", "handled"}}));
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.headers.at("Location"), CasePath(c) + "?lagret=1");
  auto after = Case("22/22");
  EXPECT_EQ(after["decision"], "NUIT drøftet saken.");
  EXPECT_EQ(after["status"], "handled");
  EXPECT_EQ(after["number"], c["number"]);
  EXPECT_EQ(after["source"], c["source"]) << "fields the form does not show are kept";
  EXPECT_EQ(after["documents"], c["documents"]);
}

TEST_P(GovernanceFormsTest, TheSecretariatPostponesACaseToALaterMeeting) {
  auto c = Case("29/22");
  browser_->Get(CasePath(c) + "/rediger");
  auto r = browser_->Post(CasePath(c) + "/rediger",
                          CaseForm(c, {{"status", "postponed"}, {"postponed_to", std::to_string(september_)}}));
  ASSERT_EQ(r.status, 303) << r.body;
  auto after = Case("29/22");
  EXPECT_EQ(after["status"], "postponed");
  EXPECT_EQ(after["postponed_to"], september_);
  auto later = browser_->Get("/moter/" + std::to_string(september_));
  EXPECT_TRUE(HtmlPage(later.body).Has("//tr[contains(@class, 'agenda-case')]/th[@scope='row'][.='29/22']"))
      << "the later meeting lists the postponed case";
}

TEST_P(GovernanceFormsTest, TheSecretariatChangesAMeetingAndTheBodysMembers) {
  const std::string meeting = "/moter/" + std::to_string(september_) + "/rediger";
  auto form = browser_->Get(meeting);
  ASSERT_EQ(form.status, 200) << form.body;
  auto m = server_->Get("/api/v1/meetings/" + std::to_string(september_)).Json();
  auto r = browser_->Post(meeting, {{"date", "2022-09-15"},
                                    {"number", "4"},
                                    {"place", "Oslo"},
                                    {"start_time", "10:00"},
                                    {"end_time", "15:00"},
                                    {"state", "agenda_published"},
                                    {"breaks", "11:30 | Lunsj"},
                                    {"version", std::to_string(m["version"].get<int64_t>())}});
  ASSERT_EQ(r.status, 303) << r.body;
  auto after = server_->Get("/api/v1/meetings/" + std::to_string(september_)).Json();
  EXPECT_EQ(after["date"], "2022-09-15");
  EXPECT_EQ(after["state"], "agenda_published");
  EXPECT_EQ(after["breaks"].at(0)["title"], "Lunsj");

  auto body = server_->Get("/api/v1/bodies/nuit").Json();
  auto body_form = browser_->Get("/utvalg/nuit/rediger");
  ASSERT_EQ(body_form.status, 200) << body_form.body;
  size_t members = body["members"].size();
  const std::string members_area = HtmlPage(body_form.body).Text("//textarea[@name='members']");
  EXPECT_TRUE(Has(members_area, " | leder | ") || Has(members_area, " | medlem | "))
      << "members in the text area, roles in Norwegian";
  std::string text = MembersText(body);
  r = browser_->Post("/utvalg/nuit/rediger",
                     {{"name", body["name"]},
                      {"short_name", body["short_name"]},
                      {"description", body["description"]},
                      {"secretariat", "E-helse"},
                      {"case_types", "approval | Godkjenning\ninformation | Orientering"},
                      {"members", std::string("Ny Person | Rådgiver | Testkommune | observatør | 2022-06-01\n") + text},
                      {"version", std::to_string(body["version"].get<int64_t>())}});
  ASSERT_EQ(r.status, 303) << r.body;
  auto changed = server_->Get("/api/v1/bodies/nuit").Json();
  ASSERT_EQ(changed["members"].size(), members + 1);
  EXPECT_EQ(changed["members"].at(0)["role"], "observer");
  EXPECT_EQ(changed["members"].at(0)["from"], "2022-06-01");
  EXPECT_EQ(changed["members"].at(1), body["members"].at(0)) << "unchanged lines stay as they were";
  EXPECT_EQ(changed["case_types"].size(), 2u);
}

TEST_P(GovernanceFormsTest, AnEditorOfAnotherOrganisationIsRefusedInThePageAndByACraftedPost) {
  Browser other(server_->port());
  ASSERT_EQ(other.SignIn(*server_, "ola", kPassword).status, 303);
  auto c = Case("22/22");
  std::string before = Export();
  EXPECT_EQ(other.Get(CasePath(c) + "/rediger").status, 403);
  EXPECT_EQ(other.Get("/moter/" + std::to_string(may_) + "/ny-sak").status, 403);
  EXPECT_EQ(other.Get("/utvalg/nuit/rediger").status, 403);
  auto page = other.Get(CasePath(c));
  EXPECT_FALSE(Has(page.body, CasePath(c) + "/rediger")) << "no Rediger link for those who may not edit";
  EXPECT_EQ(other.Post(CasePath(c) + "/rediger", CaseForm(c, {{"decision", "Kapret"}})).status, 403);
  EXPECT_EQ(other.Post("/moter/" + std::to_string(may_) + "/ny-sak", {{"title", "Kapret"}}).status, 403);
  EXPECT_EQ(other.Post(CasePath(c) + "/slett", {{"version", "1"}}).status, 403);
  EXPECT_EQ(Export(), before);
}

TEST_P(GovernanceFormsTest, AnonymousVisitorsAreSentToSignIn) {
  auto r = HttpRequest(server_->port(), "GET", "/moter/" + std::to_string(may_) + "/ny-sak");
  EXPECT_EQ(r.status, 303);
  EXPECT_TRUE(Has(r.headers.at("Location"), "/logg-inn?neste="));
}

TEST_P(GovernanceFormsTest, APostWithoutTheCsrfTokenChangesNothing) {
  auto c = Case("22/22");
  browser_->Get(CasePath(c) + "/rediger");
  std::string before = Export();
  size_t audit = AuditCount();
  EXPECT_EQ(browser_->Post(CasePath(c) + "/rediger", CaseForm(c, {{"decision", "Uten token"}}), false).status, 403);
  EXPECT_EQ(browser_->Post("/moter/" + std::to_string(may_) + "/ny-sak", {{"title", "Uten token"}}, false).status,
            403);
  EXPECT_EQ(Export(), before);
  EXPECT_EQ(AuditCount(), audit);
}

TEST_P(GovernanceFormsTest, AStaleFormIsRefusedWithAMessageAndALinkToTheCurrentVersion) {
  auto c = Case("22/22");
  browser_->Get(CasePath(c) + "/rediger");
  ASSERT_EQ(browser_->Post(CasePath(c) + "/rediger", CaseForm(c, {{"decision", "Først"}})).status, 303);
  browser_->Get(CasePath(c) + "/rediger");
  auto r = browser_->Post(CasePath(c) + "/rediger", CaseForm(c, {{"decision", "Sist"}}));
  EXPECT_EQ(r.status, 409);
  HtmlPage stale(r.body);
  EXPECT_TRUE(stale.HasText("//*[@role='alert']", "Noen andre har lagret endringer"));
  EXPECT_TRUE(stale.Has("//*[@role='alert']//a[@href='" + CasePath(c) + "']"));
  EXPECT_EQ(stale.Text("//textarea[@name='decision']"), "Sist") << "what the user typed is kept";
  EXPECT_EQ(Case("22/22")["decision"], "Først");
}

TEST_P(GovernanceFormsTest, BadInputIsShownNextToTheFieldsWithTheTypedValuesKept) {
  const std::string path = "/moter/" + std::to_string(may_) + "/ny-sak";
  browser_->Get(path);
  size_t audit = AuditCount();
  auto r = browser_->Post(path, {{"title", "Beholdt tittel"},
                                 {"start_time", "25:99"},
                                 {"links", "plan_item | finnes-ikke/9Z"}});
  EXPECT_EQ(r.status, 400);
  HtmlPage page(r.body);
  EXPECT_TRUE(page.Has("//*[@id='f-start_time-error']"));
  EXPECT_TRUE(page.HasText("//*[@id='f-links-error']", "Linje 1"));
  EXPECT_EQ(page.Attr("//input[@name='title']", "value"), "Beholdt tittel");
  EXPECT_EQ(page.Attr("//input[@name='start_time']", "value"), "25:99");
  EXPECT_EQ(AuditCount(), audit);
  EXPECT_TRUE(server_->Get("/api/v1/cases?q=32/22").Json().empty()) << "no number given";
}

TEST_P(GovernanceFormsTest, ACaseIsDeletedThroughTheFormAndItsNumberIsNotGivenAgain) {
  auto c = Case("31/22");
  browser_->Get(CasePath(c) + "/rediger");
  auto r = browser_->Post(CasePath(c) + "/slett", {{"version", std::to_string(c["version"].get<int64_t>())}});
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.headers.at("Location"), "/moter/" + std::to_string(may_) + "?lagret=1");
  EXPECT_EQ(HttpRequest(server_->port(), "GET", CasePath(c)).status, 404);
  const std::string path = "/moter/" + std::to_string(may_) + "/ny-sak";
  browser_->Get(path);
  ASSERT_EQ(browser_->Post(path, {{"title", "Etter sletting"}}).status, 303);
  EXPECT_EQ(Case("32/22")["title"], "Etter sletting");
}

INSTANTIATE_PER_ENGINE(GovernanceFormsTest);

}  // namespace
}  // namespace fremdrift::testing
