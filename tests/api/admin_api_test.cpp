// Managing organisations and users through the API: admins only, every
// problem named by its field, stale versions refused, deletions of what
// is still in use refused, everything audited, and no password or hash
// anywhere in what comes back.
#include "support/api_fixture.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

class AdminApiTest : public ApiTest {
 protected:
  json Org(const std::string& short_name) {
    return {{"short_name", short_name}, {"name", "Testorganisasjonen"}, {"kind", "other"},
            {"source", "test"}};
  }

  // The audit entries of `entity` `id`, oldest first, as actions.
  std::vector<std::string> Actions(const std::string& entity, int64_t id) {
    auto entries = server_->Get("/api/v1/audit?entity=" + entity + "&id=" + std::to_string(id),
                                AdminToken()).Json();
    std::vector<std::string> out;
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) out.push_back((*it)["action"]);
    return out;
  }

  std::set<std::string> ProblemFields(const HttpResult& r) {
    std::set<std::string> out;
    json error = r.Json();
    for (const auto& p : error["error"]["problems"]) out.insert(p["field"].get<std::string>());
    return out;
  }
};

TEST_P(AdminApiTest, AdminCreatesChangesAndDeletesAnOrganisation) {
  const std::string& token = AdminToken();
  auto created = server_->Send("POST", "/api/v1/organisations", Org("Testorg"), token);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.headers["Location"], "/api/v1/organisations/Testorg");
  json org = created.Json();
  EXPECT_EQ(org["name"], "Testorganisasjonen");
  EXPECT_EQ(org["version"], 1);

  auto read = server_->Get("/api/v1/organisations/Testorg");
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.headers["ETag"], "\"1\"");

  auto changed = server_->Send("PUT", "/api/v1/organisations/Testorg",
                               {{"version", 1}, {"name", "Nytt navn"}, {"kind", "municipality"}},
                               token);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.Json()["name"], "Nytt navn");
  EXPECT_EQ(changed.Json()["kind"], "municipality");
  EXPECT_EQ(changed.Json()["source"], "test") << "fields left out stay";
  EXPECT_EQ(changed.Json()["version"], 2);

  auto stale = server_->Send("PUT", "/api/v1/organisations/Testorg",
                             {{"version", 1}, {"name", "Et annet navn"}}, token);
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.Json()["error"]["field"], "version");
  EXPECT_TRUE(Has(stale.Json()["error"]["message"], "changed by someone else"));
  EXPECT_EQ(server_->Get("/api/v1/organisations/Testorg").Json()["name"], "Nytt navn");

  EXPECT_EQ(server_->Send("DELETE", "/api/v1/organisations/Testorg?version=1", nullptr, token).status,
            409);
  EXPECT_EQ(server_->Send("DELETE", "/api/v1/organisations/Testorg?version=2", nullptr, token).status,
            204);
  EXPECT_EQ(server_->Get("/api/v1/organisations/Testorg").status, 404);
  EXPECT_EQ(Actions("organisation", org["id"]),
            (std::vector<std::string>{"create", "update", "delete"}));
}

TEST_P(AdminApiTest, OrganisationListCarriesVersions) {
  auto list = server_->Get("/api/v1/organisations").Json();
  ASSERT_FALSE(list.empty());
  for (const auto& o : list) EXPECT_EQ(o["version"], 1) << o.dump();
}

TEST_P(AdminApiTest, BadOrganisationNamesEveryFieldAndWritesNothing) {
  const std::string& token = AdminToken();
  size_t audit = AuditCount();
  auto r = server_->Send("POST", "/api/v1/organisations",
                         {{"short_name", "a/b"}, {"name", ""}, {"kind", "planet"}, {"colour", "red"}},
                         token);
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(ProblemFields(r), (std::set<std::string>{"short_name", "name", "kind", "colour"}));
  EXPECT_EQ(AuditCount(), audit);
  auto missing = server_->Send("POST", "/api/v1/organisations", json::object(), AdminToken());
  EXPECT_EQ(ProblemFields(missing), (std::set<std::string>{"short_name", "name", "kind"}));
  auto put = server_->Send("PUT", "/api/v1/organisations/Hdir", {{"short_name", "Hdir2"}},
                           AdminToken());
  EXPECT_EQ(ProblemFields(put), (std::set<std::string>{"short_name", "version"}));
}

TEST_P(AdminApiTest, DuplicateShortNameIsAConflict) {
  auto r = server_->Send("POST", "/api/v1/organisations", Org("Hdir"), AdminToken());
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.Json()["error"]["field"], "short_name");
}

TEST_P(AdminApiTest, DeletingAnOrganisationInUseIsRefusedNamingWhatRefersToIt) {
  const std::string& token = AdminToken();  // admin belongs to E-helse
  std::string before = Export();
  auto owner = server_->Send("DELETE", "/api/v1/organisations/Hdir", nullptr, token);
  ASSERT_EQ(owner.status, 409) << owner.body;
  std::string message = owner.Json()["error"]["message"];
  EXPECT_TRUE(Has(message, "'Hdir' cannot be deleted while it is in use: it owns ")) << message;
  EXPECT_TRUE(Has(message, " plan item(s): ")) << message;
  auto employer = server_->Send("DELETE", "/api/v1/organisations/E-helse", nullptr, token);
  ASSERT_EQ(employer.status, 409) << employer.body;
  EXPECT_TRUE(Has(employer.Json()["error"]["message"], "1 user(s) belong to it: admin"));
  EXPECT_EQ(Export(), before);

  ASSERT_EQ(server_->Send("POST", "/api/v1/organisations", Org("Tom"), token).status, 201);
  ASSERT_EQ(server_->Send("POST", "/api/v1/users",
                          {{"name", "ola"}, {"organisation", "Tom"}, {"role", "reader"}}, token)
                .status,
            201);
  auto users = server_->Send("DELETE", "/api/v1/organisations/Tom", nullptr, token);
  EXPECT_EQ(users.status, 409);
  EXPECT_TRUE(Has(users.Json()["error"]["message"], "1 user(s) belong to it: ola"));
}

TEST_P(AdminApiTest, EditorsReadersAndStrangersMayNotManage) {
  std::string editor = server_->AddUserWithToken("redaktor", "Hdir", Role::kEditor);
  std::string reader = server_->AddUserWithToken("leser", "Hdir", Role::kReader);
  std::string before = Export();
  size_t audit = AuditCount();
  for (const std::string& token : {editor, reader}) {
    EXPECT_EQ(server_->Send("POST", "/api/v1/organisations", Org("X"), token).status, 403);
    EXPECT_EQ(server_->Send("PUT", "/api/v1/organisations/Hdir", {{"version", 1}, {"name", "X"}},
                            token).status, 403);
    EXPECT_EQ(server_->Send("DELETE", "/api/v1/organisations/Hdir", nullptr, token).status, 403);
    EXPECT_EQ(server_->Get("/api/v1/users", token).status, 403);
    EXPECT_EQ(server_->Get("/api/v1/users/admin", token).status, 403);
    EXPECT_EQ(server_->Send("POST", "/api/v1/users",
                            {{"name", "x"}, {"organisation", "Hdir"}, {"role", "admin"}}, token)
                  .status,
              403);
    EXPECT_EQ(server_->Send("PUT", "/api/v1/users/redaktor", {{"version", 1}, {"role", "admin"}},
                            token).status, 403);
    EXPECT_EQ(server_->Send("DELETE", "/api/v1/users/leser", nullptr, token).status, 403);
  }
  auto refused = server_->Send("PUT", "/api/v1/users/redaktor", {{"role", "admin"}}, editor);
  EXPECT_TRUE(Has(refused.Json()["error"]["message"], "only admins")) << refused.body;
  EXPECT_EQ(server_->Get("/api/v1/users/redaktor", editor).status, 200) << "a user may read themselves";
  EXPECT_EQ(server_->Get("/api/v1/users").status, 401);
  EXPECT_EQ(server_->Send("POST", "/api/v1/organisations", Org("X")).status, 401);
  EXPECT_EQ(Export(), before);
  EXPECT_EQ(AuditCount(), audit);
}

TEST_P(AdminApiTest, AdminCreatesChangesAndDeletesAUser) {
  const std::string& token = AdminToken();
  auto created = server_->Send("POST", "/api/v1/users",
                               {{"name", "kari.nordmann"}, {"organisation", "Hdir"},
                                {"role", "editor"}, {"password", "et langt passord"}},
                               token);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.headers["Location"], "/api/v1/users/kari.nordmann");
  json user = created.Json();
  EXPECT_EQ(user["role"], "editor");
  EXPECT_EQ(user["has_password"], true);
  EXPECT_EQ(user["version"], 1);

  auto list = server_->Get("/api/v1/users", token);
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(Has(list.body, "\"kari.nordmann\""));

  auto changed = server_->Send("PUT", "/api/v1/users/kari.nordmann",
                               {{"version", 1}, {"role", "reader"}, {"organisation", "HOD"}}, token);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.Json()["role"], "reader");
  EXPECT_EQ(changed.Json()["organisation"], "HOD");
  EXPECT_EQ(changed.Json()["version"], 2);

  auto stale = server_->Send("PUT", "/api/v1/users/kari.nordmann", {{"version", 1}, {"role", "admin"}},
                             token);
  EXPECT_EQ(stale.status, 409);
  EXPECT_TRUE(Has(stale.Json()["error"]["message"], "changed by someone else"));

  EXPECT_EQ(server_->Send("DELETE", "/api/v1/users/kari.nordmann?version=2", nullptr, token).status,
            204);
  EXPECT_EQ(server_->Get("/api/v1/users/kari.nordmann", token).status, 404);
  EXPECT_EQ(Actions("user", user["id"]),
            (std::vector<std::string>{"create", "set_password", "update", "delete"}));
}

TEST_P(AdminApiTest, BadUserNamesEveryField) {
  auto r = server_->Send("POST", "/api/v1/users",
                         {{"name", "to ord"}, {"organisation", "Nowhere"}, {"role", "boss"},
                          {"password", "kort"}},
                         AdminToken());
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(ProblemFields(r), (std::set<std::string>{"name", "organisation", "role", "password"}));
  auto short_password = server_->Send(
      "POST", "/api/v1/users",
      {{"name", "ny"}, {"organisation", "Hdir"}, {"role", "reader"}, {"password", "kort"}},
      AdminToken());
  EXPECT_EQ(ProblemFields(short_password), std::set<std::string>{"password"});
  EXPECT_EQ(server_->Get("/api/v1/users/ny", AdminToken()).status, 404);
  auto taken = server_->Send("POST", "/api/v1/users",
                             {{"name", "admin"}, {"organisation", "Hdir"}, {"role", "reader"}},
                             AdminToken());
  EXPECT_EQ(taken.status, 409);
}

TEST_P(AdminApiTest, AnAdminCannotDeleteOrDemoteThemselves) {
  const std::string& token = AdminToken();
  auto demote = server_->Send("PUT", "/api/v1/users/admin", {{"version", 1}, {"role", "editor"}}, token);
  ASSERT_EQ(demote.status, 400) << demote.body;
  EXPECT_EQ(demote.Json()["error"]["field"], "role");
  EXPECT_TRUE(Has(demote.Json()["error"]["message"], "cannot take the admin role from your own"));
  auto remove = server_->Send("DELETE", "/api/v1/users/admin", nullptr, token);
  EXPECT_EQ(remove.status, 409);
  EXPECT_TRUE(Has(remove.Json()["error"]["message"], "cannot delete your own account"));
  EXPECT_EQ(server_->Get("/api/v1/users/admin", token).Json()["role"], "admin");

  // Another admin may.
  std::string other = server_->AddUserWithToken("admin2", "Hdir", Role::kAdmin);
  EXPECT_EQ(server_->Send("PUT", "/api/v1/users/admin", {{"version", 1}, {"role", "editor"}}, other)
                .status,
            200);
}

TEST_P(AdminApiTest, NoPasswordOrHashInAnyResponseOrTheAuditLog) {
  const std::string& token = AdminToken();
  const std::string secret = "hemmelig-passord-123";
  std::vector<HttpResult> responses;
  responses.push_back(server_->Send(
      "POST", "/api/v1/users",
      {{"name", "per"}, {"organisation", "Hdir"}, {"role", "reader"}, {"password", secret}}, token));
  responses.push_back(server_->Send("PUT", "/api/v1/users/per",
                                    {{"version", 1}, {"password", secret + "-2"}}, token));
  responses.push_back(server_->Get("/api/v1/users", token));
  responses.push_back(server_->Get("/api/v1/users/per", token));
  responses.push_back(server_->Get("/api/v1/audit", token));
  for (const auto& r : responses) {
    EXPECT_LT(r.status, 300) << r.body;
    EXPECT_FALSE(Has(r.body, secret)) << r.body;
    EXPECT_FALSE(Has(r.body, "$argon2")) << r.body;
    EXPECT_FALSE(Has(r.body, "password_hash")) << r.body;
  }
  auto lease = server_->pool().Acquire();
  for (const auto& e : AuditLog(*lease).List("", "", 100000)) {
    EXPECT_FALSE(Has(e.before + e.after, secret));
    EXPECT_FALSE(Has(e.before + e.after, "$argon2"));
  }
}

INSTANTIATE_PER_ENGINE(AdminApiTest);

}  // namespace
}  // namespace fremdrift::testing
