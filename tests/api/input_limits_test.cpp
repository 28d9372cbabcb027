// Input that must be refused cleanly, over real HTTP on each engine: JSON
// nested too deep, broken UTF-8, control characters, text over its limit,
// links that are not http(s), search words a query language would choke
// on. Each gets a 400 naming the field (or an import conflict naming the
// line), nothing is stored, and the server keeps answering.
#include <map>
#include <thread>

#include "support/api_fixture.h"
#include "support/signed_in_browser.h"
#include "support/test_password.h"

namespace fremdrift::testing {
namespace {

// "yes" when `text` contains `part`, else "no: " and the start of `text`,
// so that a failure shows what came instead.
std::string Mentions(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos ? "yes" : "no: " + text.substr(0, 400);
}

class InputLimitsTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    editor_ = server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
  }

  HttpResult Raw(const std::string& method, const std::string& path, const std::string& body,
                 const std::string& token, const std::string& type = "application/json") {
    return HttpRequest(server_->port(), method, path, body,
                       {{"Authorization", "Bearer " + token}, {"Content-Type", type}});
  }

  std::string editor_;
};

TEST_P(InputLimitsTest, JsonNestedTwoHundredThousandDeepFromAnEditorIsRefusedAndTheServerLives) {
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  auto item = DemoItem("1B-t1-d1");
  std::string before = Export();
  for (const auto& [method, path] : std::vector<std::pair<std::string, std::string>>{
           {"POST", "/api/v1/items"},
           {"PUT", ItemPath(item)},
           {"POST", "/api/v1/measurements"},
           {"PUT", "/api/v1/measurements"},
           {"POST", "/api/v1/measurements:import"},
           {"POST", "/api/v1/indicators"}}) {
    auto r = Raw(method, path, deep, editor_);
    EXPECT_EQ(r.status, 400) << method << " " << path << ": " << r.body;
    EXPECT_EQ(Mentions(r.body, "nested deeper than 64"), "yes") << method << " " << path;
  }
  // Every other route that takes JSON, as an admin, whatever its record.
  for (const auto& [method, path] : std::vector<std::pair<std::string, std::string>>{
           {"POST", "/api/v1/bodies"},            {"POST", "/api/v1/cases"},
           {"POST", "/api/v1/meetings"},          {"POST", "/api/v1/organisations"},
           {"POST", "/api/v1/periods"},           {"POST", "/api/v1/portfolio-items"},
           {"POST", "/api/v1/roadmap-versions"},  {"POST", "/api/v1/users"},
           {"PUT", "/api/v1/organisations/Hdir"}, {"PUT", "/api/v1/users/kari"},
           {"PUT", "/api/v1/bodies/nuit"},        {"PUT", "/api/v1/cost-sharing/groups/x"},
           {"PUT", "/api/v1/cost-sharing/solutions/x"}}) {
    auto r = Raw(method, path, deep, AdminToken());
    EXPECT_EQ(r.status, 400) << method << " " << path << ": " << r.body;
    EXPECT_EQ(Mentions(r.body, "nested deeper than 64"), "yes") << method << " " << path;
  }
  EXPECT_EQ(server_->Get("/healthz").status, 200);
  EXPECT_EQ(Export(), before);
}

TEST_P(InputLimitsTest, BrokenUtf8InAJsonBodyIsRefusedAndNothingIsStored) {
  auto item = DemoItem("1B-t1-d1");
  std::string before = Export();
  size_t audit = AuditCount();
  std::string body = "{\"title\": \"Tittel \xFF\xFE\", \"version\": " + item["version"].dump() + "}";
  auto r = Raw("PUT", ItemPath(item), body, editor_);
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.Json()["error"]["message"], "the body is not valid UTF-8 text");
  EXPECT_EQ(Export(), before);
  EXPECT_EQ(AuditCount(), audit);
}

TEST_P(InputLimitsTest, ControlCharactersAndOverlongTextAreRefusedNamingTheField) {
  auto item = DemoItem("1B-t1-d1");
  std::string before = Export();
  auto put = [&](nlohmann::json changes) {
    changes["version"] = item["version"];
    return server_->Send("PUT", ItemPath(item), changes, editor_);
  };
  auto nul = put({{"title", std::string("Tittel\0med NUL", 14)}});
  EXPECT_EQ(nul.status, 400) << nul.body;
  EXPECT_EQ(nul.Json()["error"]["field"], "title");
  auto escape = put({{"title", "Tittel\x1b[31m"}});
  EXPECT_EQ(escape.status, 400) << escape.body;
  auto line_break = put({{"title", "To\nlinjer"}});
  EXPECT_EQ(line_break.status, 400) << line_break.body;
  auto overlong = put({{"title", std::string(301, 'x')}});
  EXPECT_EQ(overlong.status, 400);
  EXPECT_EQ(overlong.Json()["error"]["field"], "title");
  EXPECT_EQ(overlong.Json()["error"]["problems"][0]["message"], "must be at most 300 characters (it has 301)");
  auto long_description = put({{"description", std::string(20001, 'd')}});
  EXPECT_EQ(long_description.status, 400);
  EXPECT_EQ(long_description.Json()["error"]["field"], "description");
  EXPECT_EQ(Export(), before);
  // A tab and line breaks in a text of several lines are fine.
  auto ok = put({{"description", "Første linje\n\tinnrykket andre linje\r\n"}});
  EXPECT_EQ(ok.status, 200) << ok.body;
}

TEST_P(InputLimitsTest, StoredLinksAcceptOnlyHttpAndHttps) {
  auto item = DemoItem("1B-t1-d1");
  std::string before = Export();
  for (const char* url : {"javascript:alert(document.cookie)", "data:text/html;base64,PHNjcmlwdD4=",
                          "vbscript:x", "//evil.example/", "file:///etc/passwd"}) {
    auto r = server_->Send("PUT", ItemPath(item),
                           {{"version", item["version"]}, {"links", {{{"title", "Lenke"}, {"url", url}}}}},
                           editor_);
    EXPECT_EQ(r.status, 400) << url << ": " << r.body;
    EXPECT_EQ(r.Json()["error"]["field"], "links[0].url") << url;
    EXPECT_EQ(r.Json()["error"]["problems"][0]["message"], "must be an http:// or https:// address") << url;
  }
  EXPECT_EQ(Export(), before);
  auto ok = server_->Send(
      "PUT", ItemPath(item),
      {{"version", item["version"]}, {"links", {{{"title", "Lenke"}, {"url", "https://www.ehelse.no/"}}}}},
      editor_);
  EXPECT_EQ(ok.status, 200) << ok.body;
}

TEST_P(InputLimitsTest, BrokenUtf8InABrowserFormIsRefusedNotStored) {
  Browser browser(server_->port());
  ASSERT_EQ(browser.SignIn(*server_, "kari", kPassword).status, 303);
  auto item = DemoItem("1B-t1-d1");
  std::string path = "/element/" + std::to_string(item["id"].get<int64_t>()) + "/rediger";
  ASSERT_EQ(browser.Get(path).status, 200);
  std::string before = Export();
  FormFields fields{{"title", "Tittel \xC3("},
                    {"code", item["code"]},
                    {"description", item["description"]},
                    {"version", std::to_string(item["version"].get<int64_t>())}};
  for (const auto& o : item["owners"]) fields.emplace_back("owners", o.get<std::string>());
  auto r = browser.Post(path, fields);
  EXPECT_EQ(r.status, 400) << r.body.substr(0, 2000);
  EXPECT_EQ(Mentions(r.body, "UTF-8"), "yes");
  EXPECT_EQ(Export(), before);
}

TEST_P(InputLimitsTest, BrokenUtf8AndControlCharactersInACsvImportAreRefusedNamingTheLine) {
  std::string before = Export();
  auto broken = Raw("POST", "/api/v1/measurements:import",
                    "indicator,period,value,note\n"
                    "kj-kommune,2022-08,31,ok\n"
                    "kj-kommune,2022-09,32,d\xE5rlig koding\n",
                    editor_, "text/csv");
  EXPECT_EQ(broken.status, 400) << broken.body;
  EXPECT_EQ(broken.Json()["error"]["field"], "line 3");
  auto control = Raw("POST", "/api/v1/measurements:import",
                     "indicator,period,value,note\n"
                     "kj-kommune,2022-08,31,ok\n"
                     "kj-kommune,2022-10,33,\"bell\a\"\n",
                     editor_, "text/csv");
  EXPECT_EQ(control.status, 409) << control.body;
  auto conflicts = control.Json()["conflicts"];
  ASSERT_EQ(conflicts.size(), 1u) << control.body;
  EXPECT_EQ(conflicts[0]["line"], 3);
  EXPECT_EQ(conflicts[0]["column"], "note");
  EXPECT_NE(conflicts[0]["reason"].get<std::string>().find("control characters"), std::string::npos);
  EXPECT_EQ(Export(), before);
  auto header = Raw("POST", "/api/v1/measurements:import", "indicator,period,value,n\xFF\nkj-kommune,2022-08,31,x\n",
                    editor_, "text/csv");
  EXPECT_EQ(header.status, 400) << header.body;
  EXPECT_EQ(header.Json()["error"]["field"], "line 1");
}

TEST_P(InputLimitsTest, SearchWordsAreMatchedAsPlainWordsAndOverlongOnesRefused) {
  for (const char* q : {"1%20UNION%20SELECT%20password_hash%20FROM%20users--",
                        "%22unclosed", "a%20NEAR%2F2%20b%20OR%20*", "%27%3B%20DROP%20TABLE%20cases%3B--",
                        "NOT%20AND%20(%20)"}) {
    auto page = server_->Get(std::string("/vedtak?q=") + q);
    EXPECT_EQ(page.status, 200) << q;
    auto api = server_->Get(std::string("/api/v1/cases?q=") + q);
    EXPECT_EQ(api.status, 200) << q << ": " << api.body;
    EXPECT_TRUE(api.Json().empty()) << q;
  }
  auto overlong = server_->Get("/api/v1/cases?q=" + std::string(201, 'q'));
  EXPECT_EQ(overlong.status, 400);
  EXPECT_EQ(overlong.Json()["error"]["field"], "q");
  EXPECT_EQ(server_->Get("/vedtak?q=" + std::string(201, 'q')).status, 400);
}

TEST_P(InputLimitsTest, AClashWithStoredDataNeverShowsTheDatabasesWords) {
  auto first = server_->Send("POST", "/api/v1/organisations",
                             {{"short_name", "Ny"}, {"name", "Ny virksomhet"}, {"kind", "directorate"}},
                             AdminToken());
  ASSERT_EQ(first.status, 201) << first.body;
  auto again = server_->Send("POST", "/api/v1/organisations",
                             {{"short_name", "Ny"}, {"name", "Ny virksomhet"}, {"kind", "directorate"}},
                             AdminToken());
  EXPECT_EQ(again.status, 409) << again.body;
  for (const char* word : {"UNIQUE", "unique", "constraint", "duplicate key", "organisations_", "SQL"}) {
    EXPECT_EQ(again.body.find(word), std::string::npos) << word << " in " << again.body;
  }
}

INSTANTIATE_PER_ENGINE(InputLimitsTest);

}  // namespace
}  // namespace fremdrift::testing
