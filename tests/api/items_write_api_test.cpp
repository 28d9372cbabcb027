// Creating, changing and deleting plan items over HTTP: who may, what the
// errors look like, and that nothing is half-written when a request fails.
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

#include <string>

#include "support/api_fixture.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

// Sends a request the way curl does: the body in pieces, stopping as soon
// as the server answers, so that a body the server refuses early (413)
// does not end in a reset connection. With `chunked` the body is sent
// without a Content-Length. Returns status and body.
HttpResult SendStoppingEarly(int port, const std::string& method, const std::string& path,
                             const std::string& body, const std::string& token, bool chunked) {
  Poco::Net::StreamSocket socket;
  socket.connect(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(port)));
  socket.setSendTimeout(Poco::Timespan(5, 0));
  socket.setReceiveTimeout(Poco::Timespan(30, 0));
  std::string head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                     "Content-Type: application/json\r\nAuthorization: Bearer " + token +
                     "\r\nConnection: close\r\n" +
                     (chunked ? std::string("Transfer-Encoding: chunked\r\n")
                              : "Content-Length: " + std::to_string(body.size()) + "\r\n") +
                     "\r\n";
  socket.sendBytes(head.data(), static_cast<int>(head.size()));
  constexpr size_t kPiece = 64 * 1024;
  for (size_t sent = 0; sent < body.size(); sent += kPiece) {
    if (socket.poll(Poco::Timespan(0), Poco::Net::Socket::SELECT_READ)) break;  // answered
    std::string piece = body.substr(sent, kPiece);
    if (chunked) {
      char size[32];
      std::snprintf(size, sizeof size, "%zx\r\n", piece.size());
      piece = size + piece + "\r\n";
    }
    try {
      for (size_t off = 0; off < piece.size();) {
        off += static_cast<size_t>(
            socket.sendBytes(piece.data() + off, static_cast<int>(piece.size() - off)));
      }
    } catch (const Poco::Exception&) {
      break;  // the server stopped reading: its answer is waiting
    }
  }
  std::string raw;
  char buf[65536];
  for (;;) {
    int n = 0;
    try {
      n = socket.receiveBytes(buf, sizeof buf);
    } catch (const Poco::Exception&) {
      break;
    }
    if (n <= 0) break;
    raw.append(buf, static_cast<size_t>(n));
    size_t end = raw.find("\r\n\r\n");
    if (end == std::string::npos) continue;
    size_t length_at = raw.find("Content-Length: ");
    if (length_at != std::string::npos && length_at < end &&
        raw.size() >= end + 4 + std::stoul(raw.substr(length_at + 16))) {
      break;
    }
  }
  HttpResult r;
  size_t end = raw.find("\r\n\r\n");
  if (raw.size() < 12 || end == std::string::npos) return r;
  r.status = std::stoi(raw.substr(9, 3));
  r.body = raw.substr(end + 4);
  return r;
}

class ItemsWriteApiTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    hdir_editor_ = server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
    nhn_editor_ = server_->AddUserWithToken("ola", "NHN", Role::kEditor);
    hdir_reader_ = server_->AddUserWithToken("per", "Hdir", Role::kReader);
  }

  // A new deliverable under theme 4B-t1, owned by Hdir.
  static json NewDeliverable(const std::string& key = "4B-t1-ny") {
    return {{"strategy", "nes-2023-2030"},
            {"parent", "4B-t1"},
            {"key", key},
            {"title", "SNOMED CT i kommunene"},
            {"owners", {"Hdir"}},
            {"user_groups", {"kommune-og-fylkeskommune"}},
            {"start", "2025-01-01"},
            {"end", "undefined"},
            {"phase_from", "utvikling"},
            {"phase_to", "innforing"},
            {"tentative", true}};
  }

  // What must not change when a request fails: the item as the API shows
  // it (version included), the whole dataset and the audit log.
  struct Snapshot {
    std::string item;
    std::string dataset;
    size_t audit_entries;
    bool operator==(const Snapshot&) const = default;
  };
  Snapshot Take(const std::string& item_path) {
    auto r = server_->Get(item_path, AdminToken());
    return {std::to_string(r.status) + " " + r.body, Export(), AuditCount()};
  }

  static void ExpectError(const HttpResult& r, int status, const std::string& code,
                          const std::string& field = "") {
    EXPECT_EQ(r.status, status) << r.body;
    auto j = json::parse(r.body, nullptr, false);
    ASSERT_TRUE(j.is_object() && j.contains("error")) << r.body;
    EXPECT_EQ(j["error"]["code"], code) << r.body;
    EXPECT_TRUE(j["error"]["message"].is_string());
    if (!field.empty()) {
      EXPECT_EQ(j["error"]["field"], field) << r.body;
    }
  }

  std::string hdir_editor_, nhn_editor_, hdir_reader_;
};

TEST_P(ItemsWriteApiTest, EditorOfOwningOrganisationCreatesItem) {
  auto r = server_->Send("POST", "/api/v1/items", NewDeliverable(), hdir_editor_);
  ASSERT_EQ(r.status, 201) << r.body;
  auto created = r.Json();
  EXPECT_EQ(r.headers["Location"], ItemPath(created));
  EXPECT_EQ(created["level"], 4);  // one below the parent, though not sent
  EXPECT_EQ(created["level_name"], "Leveranse");
  EXPECT_EQ(created["parent"], "4B-t1");
  EXPECT_EQ(created["version"], 1);
  EXPECT_EQ(created["end"], "undefined");
  EXPECT_EQ(created["tentative"], true);
  auto read = server_->Get(r.headers["Location"]);
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.Json(), created);
  auto tree = server_->Get("/api/v1/items?strategy=nes-2023-2030&level=4").Json();
  EXPECT_EQ(tree.size(), 43u);
}

TEST_P(ItemsWriteApiTest, CreateWithDuplicateKeyIsAConflict) {
  ASSERT_EQ(server_->Send("POST", "/api/v1/items", NewDeliverable(), hdir_editor_).status, 201);
  size_t audit = AuditCount();
  ExpectError(server_->Send("POST", "/api/v1/items", NewDeliverable(), hdir_editor_), 409,
              "conflict", "key");
  EXPECT_EQ(AuditCount(), audit);
}

TEST_P(ItemsWriteApiTest, EditorOfAnotherOrganisationIsForbiddenAndNothingChanges) {
  json icd = DemoItem("4B-t1-d5");
  std::string path = ItemPath(icd);
  Snapshot before = Take(path);
  const std::string page_path = "/strategi/nes-2023-2030/4B-t1-d5";
  auto page_before = server_->Get(page_path);
  ASSERT_EQ(page_before.status, 200);
  EXPECT_NE(page_before.body.find("ICD-11"), std::string::npos);

  ExpectError(server_->Send("POST", "/api/v1/items", NewDeliverable(), nhn_editor_), 403,
              "forbidden");
  ExpectError(server_->Send("PUT", path, {{"title", "Kapret"}, {"version", icd["version"]}},
                            nhn_editor_),
              403, "forbidden");
  // Taking the item over by naming one's own organisation does not help:
  // the editor must own the stored item too.
  ExpectError(server_->Send("PUT", path, {{"owners", {"NHN"}}, {"version", icd["version"]}},
                            nhn_editor_),
              403, "forbidden");
  ExpectError(server_->Send("DELETE", path, nullptr, nhn_editor_), 403, "forbidden");

  EXPECT_EQ(Take(path), before);
  // The item's page shows the same as before.
  auto page_after = server_->Get(page_path);
  EXPECT_EQ(page_after.status, 200);
  EXPECT_EQ(page_after.body, page_before.body);
  auto after = server_->Get(path).Json();
  EXPECT_EQ(after["title"], "ICD-11");
  EXPECT_EQ(after["owners"], json({"Hdir"}));
}

TEST_P(ItemsWriteApiTest, EditorMayNotGiveAwayOwnItem) {
  json icd = DemoItem("4B-t1-d5");
  Snapshot before = Take(ItemPath(icd));
  ExpectError(server_->Send("PUT", ItemPath(icd),
                            {{"owners", {"NHN"}}, {"version", icd["version"]}}, hdir_editor_),
              403, "forbidden");
  EXPECT_EQ(Take(ItemPath(icd)), before);
}

TEST_P(ItemsWriteApiTest, ReaderIsForbiddenEvenForOwnOrganisation) {
  json icd = DemoItem("4B-t1-d5");
  std::string path = ItemPath(icd);
  Snapshot before = Take(path);
  ExpectError(server_->Send("POST", "/api/v1/items", NewDeliverable(), hdir_reader_), 403,
              "forbidden");
  ExpectError(server_->Send("PUT", path, {{"title", "x"}, {"version", icd["version"]}},
                            hdir_reader_),
              403, "forbidden");
  ExpectError(server_->Send("DELETE", path, nullptr, hdir_reader_), 403, "forbidden");
  EXPECT_EQ(Take(path), before);
}

TEST_P(ItemsWriteApiTest, AdminMayChangeAnyItem) {
  json icd = DemoItem("4B-t1-d5");
  auto r = server_->Send("PUT", ItemPath(icd),
                         {{"owners", {"NHN", "Hdir"}}, {"version", icd["version"]}}, AdminToken());
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.Json()["owners"], json({"NHN", "Hdir"}));
  // Now an NHN editor may change it too.
  auto by_nhn = server_->Send("PUT", ItemPath(icd),
                              {{"tentative", false}, {"version", r.Json()["version"]}}, nhn_editor_);
  EXPECT_EQ(by_nhn.status, 200) << by_nhn.body;
}

TEST_P(ItemsWriteApiTest, MutationsWithoutTokenAreUnauthenticated) {
  json icd = DemoItem("4B-t1-d5");
  std::string path = ItemPath(icd);
  Snapshot before = Take(path);
  for (auto r : {server_->Send("POST", "/api/v1/items", NewDeliverable()),
                 server_->Send("PUT", path, {{"title", "x"}, {"version", icd["version"]}}),
                 server_->Send("DELETE", path, nullptr)}) {
    ExpectError(r, 401, "unauthenticated", "Authorization");
    EXPECT_EQ(r.headers["WWW-Authenticate"], "Bearer");
  }
  EXPECT_EQ(Take(path), before);
}

TEST_P(ItemsWriteApiTest, UnknownTokenIsUnauthenticatedOnEveryRoute) {
  json icd = DemoItem("4B-t1-d5");
  std::string path = ItemPath(icd);
  Snapshot before = Take(path);
  std::string bogus = "fr_" + std::string(64, '0');
  ExpectError(server_->Send("POST", "/api/v1/items", NewDeliverable(), bogus), 401,
              "unauthenticated");
  ExpectError(server_->Send("PUT", path, {{"title", "x"}, {"version", icd["version"]}}, bogus),
              401, "unauthenticated");
  ExpectError(server_->Send("DELETE", path, nullptr, bogus), 401, "unauthenticated");
  ExpectError(server_->Get(path, bogus), 401, "unauthenticated");
  ExpectError(server_->Get("/api/v1/strategies", bogus), 401, "unauthenticated");
  // A token that differs from a real one in its last digit is unknown too.
  std::string near = hdir_editor_;
  near.back() = near.back() == '0' ? '1' : '0';
  ExpectError(server_->Send("DELETE", path, nullptr, near), 401, "unauthenticated");
  // Not a bearer token at all.
  ExpectError(HttpRequest(server_->port(), "DELETE", path, "",
                          {{"Authorization", "Basic a2FyaTpoZW1tZWxpZw=="}}),
              401, "unauthenticated", "Authorization");
  EXPECT_EQ(Take(path), before);
}

TEST_P(ItemsWriteApiTest, MalformedJsonIsRefused) {
  json icd = DemoItem("4B-t1-d5");
  std::string path = ItemPath(icd);
  Snapshot before = Take(path);
  std::map<std::string, std::string> auth = {{"Authorization", "Bearer " + hdir_editor_}};
  for (const char* body : {"{\"title\": ", "{title: 'x'}", "", "[1, 2", "{\"a\": 1} trailing"}) {
    ExpectError(HttpRequest(server_->port(), "POST", "/api/v1/items", body, auth), 400,
                "invalid", "$");
    ExpectError(HttpRequest(server_->port(), "PUT", path, body, auth), 400, "invalid", "$");
  }
  // Valid JSON that is not an object.
  ExpectError(HttpRequest(server_->port(), "POST", "/api/v1/items", "[1, 2]", auth), 400,
              "invalid", "$");
  ExpectError(HttpRequest(server_->port(), "PUT", path, "\"text\"", auth), 400, "invalid", "$");
  EXPECT_EQ(Take(path), before);
}

TEST_P(ItemsWriteApiTest, WrongTypeIsRefusedNamingTheField) {
  json icd = DemoItem("4B-t1-d5");
  std::string path = ItemPath(icd);
  Snapshot before = Take(path);

  json create = NewDeliverable();
  create["title"] = 5;
  ExpectError(server_->Send("POST", "/api/v1/items", create, hdir_editor_), 400, "invalid",
              "title");
  ExpectError(server_->Send("PUT", path, {{"title", 5}, {"version", icd["version"]}},
                            hdir_editor_),
              400, "invalid", "title");
  struct Case { json value; const char* field; };
  for (const auto& [body, field] : std::vector<Case>{
           {{{"tentative", "yes"}}, "tentative"},
           {{{"owners", "Hdir"}}, "owners"},
           {{{"owners", {1}}}, "owners[0]"},
           {{{"start", "2025-02-30"}}, "start"},
           {{{"end", 2025}}, "end"},
           {{{"phase_from", "ferdig"}}, "phase_from"},
           {{{"level", "4"}}, "level"},
           {{{"links", {{{"title", "x"}, {"url", "ftp://x"}}}}}, "links[0].url"},
           {{{"colour", "red"}}, "colour"},
       }) {
    json put = body;
    put["version"] = icd["version"];
    ExpectError(server_->Send("PUT", path, put, hdir_editor_), 400, "invalid", field);
  }
  ExpectError(server_->Send("PUT", path, {{"title", "x"}, {"version", "1"}}, hdir_editor_), 400,
              "invalid", "version");
  ExpectError(server_->Send("PUT", path, {{"title", "x"}}, hdir_editor_), 400, "invalid",
              "version");
  EXPECT_EQ(Take(path), before);
}

TEST_P(ItemsWriteApiTest, BrokenDomainRuleIsRefusedNamingTheField) {
  json icd = DemoItem("4B-t1-d5");
  std::string path = ItemPath(icd);
  Snapshot before = Take(path);
  ExpectError(server_->Send("PUT", path,
                            {{"start", "2027-01-01"}, {"end", "2026-12-31"},
                             {"version", icd["version"]}},
                            hdir_editor_),
              400, "invalid", "end");
  ExpectError(server_->Send("PUT", path, {{"title", ""}, {"version", icd["version"]}},
                            hdir_editor_),
              400, "invalid", "title");
  ExpectError(server_->Send("PUT", path,
                            {{"parent_id", DemoItem("4")["id"]}, {"version", icd["version"]}},
                            hdir_editor_),
              400, "invalid", "parent");
  json wrong_level = NewDeliverable();
  wrong_level["level"] = 2;
  ExpectError(server_->Send("POST", "/api/v1/items", wrong_level, hdir_editor_), 400, "invalid",
              "parent");
  json no_strategy = NewDeliverable();
  no_strategy.erase("strategy");
  ExpectError(server_->Send("POST", "/api/v1/items", no_strategy, hdir_editor_), 400, "invalid",
              "strategy_id");
  EXPECT_EQ(Take(path), before);
}

TEST_P(ItemsWriteApiTest, ErrorListsEveryProblem) {
  json body = NewDeliverable();
  body["title"] = 5;
  body["tentative"] = "ja";
  body["phase_to"] = "ferdig";
  auto r = server_->Send("POST", "/api/v1/items", body, hdir_editor_);
  ExpectError(r, 400, "invalid");
  json error = r.Json()["error"];
  ASSERT_TRUE(error["problems"].is_array()) << r.body;
  std::set<std::string> fields;
  for (const auto& p : error["problems"]) fields.insert(p["field"]);
  EXPECT_EQ(fields, (std::set<std::string>{"title", "tentative", "phase_to"}));
}

TEST_P(ItemsWriteApiTest, FailureAfterPartWasWrittenRollsEverythingBack) {
  // The unknown owner is found only while the owners are written, after
  // the item's row itself has been changed: the whole change must go.
  json icd = DemoItem("4B-t1-d5");
  std::string path = ItemPath(icd);
  Snapshot before = Take(path);
  ExpectError(server_->Send("PUT", path,
                            {{"title", "Halvveis"}, {"owners", {"Hdir", "Finnes-ikke"}},
                             {"version", icd["version"]}},
                            hdir_editor_),
              400, "invalid", "owners");
  EXPECT_EQ(Take(path), before);

  json create = NewDeliverable();
  create["user_groups"] = {"kommune-og-fylkeskommune", "finnes-ikke"};
  ExpectError(server_->Send("POST", "/api/v1/items", create, hdir_editor_), 400, "invalid",
              "user_groups");
  EXPECT_EQ(Take(path), before);
  // The key was not taken by a half-written row.
  EXPECT_EQ(server_->Send("POST", "/api/v1/items", NewDeliverable(), hdir_editor_).status, 201);
}

TEST_P(ItemsWriteApiTest, UnknownIdIsNotFound) {
  Snapshot before = Take("/api/v1/items/999999");
  ExpectError(server_->Get("/api/v1/items/999999"), 404, "not_found");
  ExpectError(server_->Send("PUT", "/api/v1/items/999999", {{"title", "x"}, {"version", 1}},
                            AdminToken()),
              404, "not_found");
  ExpectError(server_->Send("DELETE", "/api/v1/items/999999", nullptr, AdminToken()), 404,
              "not_found");
  for (const char* bad : {"abc", "0", "-1", "1.5", "99999999999999999999"}) {
    ExpectError(server_->Get(std::string("/api/v1/items/") + bad), 404, "not_found");
  }
  EXPECT_EQ(Take("/api/v1/items/999999"), before);
}

TEST_P(ItemsWriteApiTest, StaleVersionIsAConflictAndNothingChanges) {
  json icd = DemoItem("4B-t1-d5");
  std::string path = ItemPath(icd);
  int64_t version = icd["version"];
  auto first = server_->Send("PUT", path, {{"title", "ICD-11 (ny)"}, {"version", version}},
                             hdir_editor_);
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.Json()["version"], version + 1);

  Snapshot before = Take(path);
  auto stale = server_->Send("PUT", path, {{"title", "Annen"}, {"version", version}},
                             hdir_editor_);
  ExpectError(stale, 409, "conflict", "version");
  EXPECT_NE(stale.Json()["error"]["message"].get<std::string>().find(std::to_string(version + 1)),
            std::string::npos);
  ExpectError(server_->Send("PUT", path, {{"title", "Annen"}, {"version", version + 5}},
                            hdir_editor_),
              409, "conflict", "version");
  ExpectError(server_->Send("DELETE", path + "?version=" + std::to_string(version), nullptr,
                            hdir_editor_),
              409, "conflict", "version");
  ExpectError(HttpRequest(server_->port(), "DELETE", path, "",
                          {{"Authorization", "Bearer " + hdir_editor_},
                           {"If-Match", "\"" + std::to_string(version) + "\""}}),
              409, "conflict", "version");
  EXPECT_EQ(Take(path), before);
  EXPECT_EQ(server_->Get(path).Json()["title"], "ICD-11 (ny)");
}

TEST_P(ItemsWriteApiTest, GetGivesVersionAsETagAndIfMatchDeletes) {
  json icd = DemoItem("4B-t1-d5");
  auto r = server_->Get(ItemPath(icd));
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.headers["ETag"], "\"" + std::to_string(icd["version"].get<int64_t>()) + "\"");
  auto del = HttpRequest(server_->port(), "DELETE", ItemPath(icd), "",
                         {{"Authorization", "Bearer " + hdir_editor_}, {"If-Match", r.headers["ETag"]}});
  EXPECT_EQ(del.status, 204) << del.body;
  EXPECT_EQ(server_->Get(ItemPath(icd)).status, 404);
}

TEST_P(ItemsWriteApiTest, DeletingItemWithChildrenIsAConflictNamingThem) {
  json theme = DemoItem("4B-t1");
  std::string path = ItemPath(theme);
  Snapshot before = Take(path);
  auto r = server_->Send("DELETE", path, nullptr, AdminToken());
  ExpectError(r, 409, "conflict");
  std::string message = r.Json()["error"]["message"];
  for (const char* child : {"ICD-11", "Kodeverk og terminologi (SNOMED CT, ICD)"}) {
    EXPECT_NE(message.find(child), std::string::npos) << message;
  }
  EXPECT_NE(message.find(std::to_string(DemoItem("4B-t1-d5")["id"].get<int64_t>())),
            std::string::npos)
      << message;
  EXPECT_EQ(Take(path), before);
}

TEST_P(ItemsWriteApiTest, DeletingLeafRemovesIt) {
  json icd = DemoItem("4B-t1-d5");
  auto r = server_->Send("DELETE", ItemPath(icd) + "?version=" +
                                       std::to_string(icd["version"].get<int64_t>()),
                         nullptr, hdir_editor_);
  EXPECT_EQ(r.status, 204) << r.body;
  EXPECT_TRUE(r.body.empty());
  ExpectError(server_->Get(ItemPath(icd)), 404, "not_found");
  EXPECT_EQ(server_->Get("/api/v1/items?strategy=nes-2023-2030&level=4").Json().size(), 41u);
  ExpectError(server_->Send("DELETE", ItemPath(icd), nullptr, hdir_editor_), 404, "not_found");
}

TEST_P(ItemsWriteApiTest, BodyOverTheLimitIsTooLarge) {
  json icd = DemoItem("4B-t1-d5");
  std::string path = ItemPath(icd);
  Snapshot before = Take(path);
  // Well-formed items whose description makes the body 9 MiB; the limit
  // is ServerConfig::max_body_bytes, 8 MiB.
  ASSERT_EQ(ServerConfig().max_body_bytes, 8u * 1024 * 1024);
  json put = {{"title", "Stor"}, {"description", std::string(9 * 1024 * 1024, 'x')},
              {"version", icd["version"]}};
  json post = NewDeliverable();
  post["description"] = std::string(9 * 1024 * 1024, 'y');
  for (bool chunked : {false, true}) {
    SCOPED_TRACE(chunked ? "chunked" : "with Content-Length");
    ExpectError(SendStoppingEarly(server_->port(), "PUT", path, put.dump(), hdir_editor_, chunked),
                413, "too_large");
    ExpectError(SendStoppingEarly(server_->port(), "POST", "/api/v1/items", post.dump(),
                                  hdir_editor_, chunked),
                413, "too_large");
  }
  EXPECT_EQ(Take(path), before);
  // The server still answers.
  EXPECT_EQ(server_->Get("/healthz").status, 200);
}

TEST_P(ItemsWriteApiTest, BodyJustUnderTheLimitIsRead) {
  json icd = DemoItem("4B-t1-d5");
  // A description as long as a text may be (docs/api.md, "Limits on
  // text"), and JSON white space that brings the body to 7 MiB.
  json fields = {{"description", std::string(20000, 'x')}, {"version", icd["version"]}};
  std::string body = fields.dump();
  body.insert(body.size() - 1, 7 * 1024 * 1024 - body.size(), ' ');
  auto r = HttpRequest(server_->port(), "PUT", ItemPath(icd), body,
                       {{"Authorization", "Bearer " + hdir_editor_}, {"Content-Type", "application/json"}});
  EXPECT_EQ(r.status, 200) << r.body.substr(0, 300);
  EXPECT_EQ(server_->Get(ItemPath(icd)).Json()["description"].get<std::string>().size(), 20000u);
}

TEST_P(ItemsWriteApiTest, AuditLogRecordsCreateUpdateDeleteWithBeforeAndAfter) {
  auto created = server_->Send("POST", "/api/v1/items", NewDeliverable(), hdir_editor_);
  ASSERT_EQ(created.status, 201) << created.body;
  std::string path = ItemPath(created.Json());
  std::string id = std::to_string(created.Json()["id"].get<int64_t>());
  auto updated = server_->Send("PUT", path, {{"title", "Endret tittel"}, {"version", 1}},
                               hdir_editor_);
  ASSERT_EQ(updated.status, 200) << updated.body;
  ASSERT_EQ(server_->Send("DELETE", path + "?version=2", nullptr, hdir_editor_).status, 204);

  std::string audit_path = "/api/v1/audit?entity=plan_item&id=" + id;
  ExpectError(server_->Get(audit_path), 401, "unauthenticated");
  auto r = server_->Get(audit_path, hdir_reader_);
  ASSERT_EQ(r.status, 200) << r.body;
  auto log = r.Json();
  ASSERT_EQ(log.size(), 3u) << log.dump(2);
  // Newest first.
  EXPECT_EQ(log[0]["action"], "delete");
  EXPECT_EQ(log[1]["action"], "update");
  EXPECT_EQ(log[2]["action"], "create");
  for (const auto& e : log) {
    EXPECT_EQ(e["actor"], "kari");
    EXPECT_EQ(e["entity"], "plan_item");
    EXPECT_EQ(e["entity_id"], id);
    EXPECT_EQ(e["at"].get<std::string>().size(), 20u) << e["at"];  // 2026-11-22T08:30:00Z
  }
  EXPECT_TRUE(log[2]["before"].is_null());
  EXPECT_EQ(log[2]["after"]["title"], "SNOMED CT i kommunene");
  EXPECT_EQ(log[2]["after"]["version"], 1);
  EXPECT_EQ(log[2]["after"]["owners"], json({"Hdir"}));
  EXPECT_EQ(log[1]["before"]["title"], "SNOMED CT i kommunene");
  EXPECT_EQ(log[1]["after"]["title"], "Endret tittel");
  EXPECT_EQ(log[1]["before"]["version"], 1);
  EXPECT_EQ(log[1]["after"]["version"], 2);
  EXPECT_EQ(log[0]["before"]["title"], "Endret tittel");
  EXPECT_TRUE(log[0]["after"].is_null());
}

TEST_P(ItemsWriteApiTest, AuditLogFiltersByEntityAndId) {
  json icd = DemoItem("4B-t1-d5");
  ASSERT_EQ(server_->Send("PUT", ItemPath(icd), {{"tentative", false}, {"version", icd["version"]}},
                          hdir_editor_)
                .status,
            200);
  std::string id = std::to_string(icd["id"].get<int64_t>());
  auto log = server_->Get("/api/v1/audit?entity=plan_item&id=" + id, hdir_reader_).Json();
  // The demo import wrote the first entry, the update the second.
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0]["action"], "update");
  EXPECT_EQ(log[0]["before"]["tentative"], true);
  EXPECT_EQ(log[0]["after"]["tentative"], false);
  EXPECT_EQ(log[1]["action"], "import");
  for (const auto& e : server_->Get("/api/v1/audit?entity=organisation", hdir_reader_).Json()) {
    EXPECT_EQ(e["entity"], "organisation");
  }
  EXPECT_TRUE(server_->Get("/api/v1/audit?entity=plan_item&id=999999", hdir_reader_).Json().empty());
}

INSTANTIATE_PER_ENGINE(ItemsWriteApiTest);

}  // namespace
}  // namespace fremdrift::testing
