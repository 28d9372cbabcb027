// The governance API over HTTP on both engines, with the demo's NUIT
// meeting 3/22: the agenda as the source lists it, case numbers given by the
// server, rights (admins and the body's secretariat), audit, 409 on a
// stale version, search filters, and the schemas of docs/openapi.json.
#include <fstream>
#include <set>
#include <sstream>

#include "support/api_fixture.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

class GovernanceApiTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    secretariat_ = server_->AddUserWithToken("sekretariat", "E-helse", Role::kEditor);
    other_ = server_->AddUserWithToken("ola", "NHN", Role::kEditor);
    reader_ = server_->AddUserWithToken("lise", "E-helse", Role::kReader);
    for (const auto& m : server_->Get("/api/v1/meetings?body=nuit").Json()) {
      if (m["date"] == "2022-05-19") may_ = m["id"].get<int64_t>();
      if (m["date"] == "2022-09-14") september_ = m["id"].get<int64_t>();
    }
  }

  HttpResult PostCase(const std::string& token, const std::string& title = "Ny sak") {
    return server_->Send("POST", "/api/v1/cases", {{"meeting_id", may_}, {"title", title}, {"type", "discussion"}},
                         token);
  }

  std::vector<std::string> Labels(const std::string& path) {
    std::vector<std::string> out;
    for (const auto& c : server_->Get(path).Json()) out.push_back(c["label"]);
    return out;
  }

  std::string secretariat_, other_, reader_;
  int64_t may_ = 0, september_ = 0;
};

TEST_P(GovernanceApiTest, MeetingAgendaListsSixteenCasesInOrderWithBreaks) {
  auto m = server_->Get("/api/v1/meetings/" + std::to_string(may_)).Json();
  EXPECT_EQ(m["label"], "3/22");
  EXPECT_EQ(m["body"], "nuit");
  std::vector<std::string> numbered;
  int breaks = 0;
  for (const auto& e : m["agenda"]) {
    if (e["kind"] == "case") numbered.push_back(e["label"]);
    else ++breaks;
  }
  ASSERT_EQ(numbered.size(), 16u);
  for (size_t i = 0; i < numbered.size(); ++i) EXPECT_EQ(numbered[i], std::to_string(16 + i) + "/22");
  EXPECT_EQ(breaks, 3);
  EXPECT_EQ(m["agenda"][5]["title"], "Pause");
  EXPECT_EQ(m["agenda"][5]["start_time"], "09:50");
  auto c30 = m["agenda"][17];
  EXPECT_EQ(c30["label"], "30/22");
  EXPECT_EQ(c30["status"], "postponed");
  // The September meeting carries 30/22 with its number.
  auto later = server_->Get("/api/v1/meetings/" + std::to_string(september_)).Json();
  ASSERT_EQ(later["agenda"].size(), 1u);
  EXPECT_EQ(later["agenda"][0]["label"], "30/22");
}

TEST_P(GovernanceApiTest, TheSecretariatAddsCase32AndTheNumberIsNeverReused) {
  size_t audit = AuditCount();
  auto created = PostCase(secretariat_);
  ASSERT_EQ(created.status, 201) << created.body;
  auto c = created.Json();
  EXPECT_EQ(c["label"], "32/22");
  EXPECT_EQ(created.headers["Location"], "/api/v1/cases/" + std::to_string(c["id"].get<int64_t>()));
  EXPECT_EQ(AuditCount(), audit + 1);
  auto del = server_->Send("DELETE", "/api/v1/cases/" + std::to_string(c["id"].get<int64_t>()) + "?version=1",
                           json(), secretariat_);
  EXPECT_EQ(del.status, 204);
  EXPECT_EQ(PostCase(secretariat_).Json()["label"], "33/22");
  auto with_number = server_->Send("POST", "/api/v1/cases", {{"meeting_id", may_}, {"title", "X"}, {"number", 40}},
                                   secretariat_);
  EXPECT_EQ(with_number.status, 400);
  EXPECT_EQ(with_number.Json()["error"]["field"], "number");
}

TEST_P(GovernanceApiTest, OthersMayNotChangeTheBodysCases) {
  EXPECT_EQ(PostCase("").status, 401);
  EXPECT_EQ(PostCase(other_).status, 403);
  EXPECT_EQ(PostCase(reader_).status, 403);
  EXPECT_EQ(server_->Send("POST", "/api/v1/bodies", {{"key", "nufa"}, {"short_name", "NUFA"}, {"name", "NUFA"}},
                          secretariat_)
                .status,
            403);
  auto body = server_->Send("POST", "/api/v1/bodies", {{"key", "nufa"}, {"short_name", "NUFA"}, {"name", "NUFA"}},
                            AdminToken());
  ASSERT_EQ(body.status, 201) << body.body;
  EXPECT_EQ(body.Json()["case_types"].size(), 4u);
}

TEST_P(GovernanceApiTest, StaleVersionGives409AndChangesNothing) {
  auto c22 = server_->Get("/api/v1/cases?q=22/22").Json().at(0);
  std::string path = "/api/v1/cases/" + std::to_string(c22["id"].get<int64_t>());
  auto ok = server_->Send("PUT", path, {{"decision", "Drøftet."}, {"status", "handled"}, {"version", c22["version"]}},
                          secretariat_);
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.Json()["decision"], "Drøftet.");
  EXPECT_EQ(ok.Json()["label"], "22/22");
  auto stale = server_->Send("PUT", path, {{"decision", "Annet."}, {"version", c22["version"]}}, secretariat_);
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(server_->Get(path).Json()["decision"], "Drøftet.");
  auto missing = server_->Send("PUT", path, {{"decision", "Annet."}}, secretariat_);
  EXPECT_EQ(missing.status, 400);
  EXPECT_EQ(missing.Json()["error"]["field"], "version");
}

TEST_P(GovernanceApiTest, PostponingNeedsALaterMeeting) {
  auto c29 = server_->Get("/api/v1/cases?q=29/22").Json().at(0);
  std::string path = "/api/v1/cases/" + std::to_string(c29["id"].get<int64_t>());
  auto bad = server_->Send("PUT", path, {{"status", "postponed"}, {"version", c29["version"]}}, secretariat_);
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.Json()["error"]["field"], "postponed_to");
  auto ok = server_->Send("PUT", path, {{"status", "postponed"}, {"postponed_to", september_}, {"version", c29["version"]}},
                          secretariat_);
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(Labels("/api/v1/cases?meeting=" + std::to_string(september_)),
            (std::vector<std::string>{"29/22", "30/22"}));
}

TEST_P(GovernanceApiTest, CasesCanBeFilteredAndSearched) {
  EXPECT_EQ(Labels("/api/v1/cases?status=postponed"), std::vector<std::string>{"30/22"});
  EXPECT_EQ(Labels("/api/v1/cases?q=kostnadsfordeling"), std::vector<std::string>{"22/22"});
  EXPECT_EQ(Labels("/api/v1/cases?type=recommendation"), std::vector<std::string>{"24/22"});
  EXPECT_EQ(Labels("/api/v1/cases?link_kind=indicator&link_ref=kj-kommune"), std::vector<std::string>{"22/22"});
  EXPECT_EQ(Labels("/api/v1/cases?link_kind=roadmap_version&link_ref=22.2"), std::vector<std::string>{"21/22"});
  EXPECT_EQ(Labels("/api/v1/cases?body=nuit&year=2022").size(), 16u);
  EXPECT_TRUE(Labels("/api/v1/cases?year=2021").empty());
  auto bad = server_->Get("/api/v1/cases?body=nope");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.Json()["error"]["field"], "body");
  EXPECT_EQ(server_->Get("/api/v1/cases?status=done").status, 400);
  EXPECT_EQ(server_->Get("/api/v1/cases?link_kind=budget&link_ref=1").status, 400);
  EXPECT_EQ(server_->Get("/api/v1/cases/999999").status, 404);
  EXPECT_EQ(server_->Get("/api/v1/bodies/nope").status, 404);
}

TEST_P(GovernanceApiTest, AMeetingWithCasesCannotBeDeleted) {
  auto m = server_->Get("/api/v1/meetings/" + std::to_string(may_)).Json();
  auto del = server_->Send("DELETE", "/api/v1/meetings/" + std::to_string(may_), json(), AdminToken());
  EXPECT_EQ(del.status, 409);
  auto body = server_->Send("DELETE", "/api/v1/bodies/nuit", json(), AdminToken());
  EXPECT_EQ(body.status, 409);
  auto created = server_->Send("POST", "/api/v1/meetings", {{"body", "nuit"}, {"date", "2022-11-30"}}, secretariat_);
  ASSERT_EQ(created.status, 201) << created.body;
  auto same_day = server_->Send("POST", "/api/v1/meetings", {{"body", "nuit"}, {"date", "2022-11-30"}}, secretariat_);
  EXPECT_EQ(same_day.status, 409);
  auto id = created.Json()["id"].get<int64_t>();
  EXPECT_EQ(server_->Send("DELETE", "/api/v1/meetings/" + std::to_string(id), json(), secretariat_).status, 204);
}

// Fields returned == fields required by docs/openapi.json, for each schema.
class GovernanceOpenApiTest : public GovernanceApiTest {};

std::set<std::string> PropertyNames(const json& o) {
  std::set<std::string> out;
  for (const auto& [k, v] : o.items()) out.insert(k);
  return out;
}

std::set<std::string> Required(const json& doc, const json& schema) {
  std::set<std::string> out;
  if (schema.contains("$ref")) {
    std::string ref = schema["$ref"];
    return Required(doc, doc.at(json::json_pointer(ref.substr(1))));
  }
  for (const auto& f : schema.value("required", json::array())) out.insert(f.get<std::string>());
  for (const auto& part : schema.value("allOf", json::array())) {
    auto more = Required(doc, part);
    out.insert(more.begin(), more.end());
  }
  return out;
}

TEST_P(GovernanceOpenApiTest, ResponsesHaveTheDocumentedFields) {
  std::ifstream in(std::string(FREMDRIFT_SOURCE_DIR) + "/docs/openapi.json");
  std::stringstream buf;
  buf << in.rdbuf();
  json doc = json::parse(buf.str());
  const auto& schemas = doc["components"]["schemas"];
  auto body = server_->Get("/api/v1/bodies/nuit").Json();
  EXPECT_EQ(PropertyNames(body), Required(doc, schemas["Body"]));
  EXPECT_EQ(PropertyNames(body["members"][0]), Required(doc, schemas["BodyMember"]));
  auto meeting = server_->Get("/api/v1/meetings/" + std::to_string(may_)).Json();
  EXPECT_EQ(PropertyNames(meeting), Required(doc, schemas["MeetingWithAgenda"]));
  EXPECT_EQ(PropertyNames(meeting["agenda"][0]), Required(doc, schemas["AgendaEntry"]));
  EXPECT_EQ(PropertyNames(server_->Get("/api/v1/meetings").Json().at(0)), Required(doc, schemas["Meeting"]));
  auto c = server_->Get("/api/v1/cases?q=21/22").Json().at(0);
  EXPECT_EQ(PropertyNames(c), Required(doc, schemas["Case"]));
  EXPECT_EQ(PropertyNames(c["links"][0]), Required(doc, schemas["CaseLink"]));
  EXPECT_EQ(PropertyNames(c["presenters"][0]), Required(doc, schemas["Presenter"]));
}

INSTANTIATE_PER_ENGINE(GovernanceApiTest);
INSTANTIATE_PER_ENGINE(GovernanceOpenApiTest);

}  // namespace
}  // namespace fremdrift::testing
