// The small routes and the API's answers to paths and methods it does not
// have: /healthz, organisations, user groups, 404 and 405 as JSON.
#include "support/api_fixture.h"
#include "storage/migrations.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

class ServiceApiTest : public ApiTest {};

TEST_P(ServiceApiTest, HealthzReportsOkAndSchemaVersion) {
  auto r = server_->Get("/healthz");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.headers["Content-Type"], "application/json; charset=utf-8");
  auto j = r.Json();
  EXPECT_EQ(j["status"], "ok");
  EXPECT_EQ(j["schema_version"], AllMigrations().back().version);
}

TEST_P(ServiceApiTest, OrganisationsAreSortedByShortName) {
  auto r = server_->Get("/api/v1/organisations");
  ASSERT_EQ(r.status, 200) << r.body;
  auto orgs = r.Json();
  ASSERT_EQ(orgs.size(), 17u);  // 14 of the plan and 3 health-app vendors (data/demo/65-health-apps.json)
  for (size_t i = 1; i < orgs.size(); ++i) {
    EXPECT_LT(orgs[i - 1]["short_name"].get<std::string>(), orgs[i]["short_name"].get<std::string>());
  }
  bool found = false;
  for (const auto& o : orgs) {
    EXPECT_TRUE(o["id"].is_number_integer());
    if (o["short_name"] == "Hdir") {
      found = true;
      EXPECT_EQ(o["name"], "Helsedirektoratet");
      EXPECT_EQ(o["kind"], "directorate");
      EXPECT_EQ(o["source"],
                "Veikart for Nasjonal e-helsestrategi – Helsedirektoratets leveranser (Helsedirektoratet); "
                "Statusrapport for Nasjonal e-helsestrategi, 1. kvartal 2023 (Direktoratet for e-helse, 2023)");
    }
  }
  EXPECT_TRUE(found);
}

TEST_P(ServiceApiTest, UserGroupsAreSortedByKey) {
  auto groups = server_->Get("/api/v1/user-groups").Json();
  ASSERT_EQ(groups.size(), 5u);
  EXPECT_EQ(groups[0]["key"], "fastleger-og-avtalespesialister");
  EXPECT_EQ(groups[1]["key"], "kommune-og-fylkeskommune");
  EXPECT_EQ(groups[1]["name"], "Kommune og fylkeskommune");
}

TEST_P(ServiceApiTest, UnknownApiPathIsJsonNotFound) {
  for (const char* path : {"/api/v1/nothing", "/api/v2/items", "/api/", "/api/v1/items/1/children",
                           "/api/v1/strategies/nes-2023-2030/tree/x"}) {
    auto r = server_->Get(path);
    EXPECT_EQ(r.status, 404) << path;
    EXPECT_EQ(r.headers["Content-Type"], "application/json; charset=utf-8") << path;
    auto j = json::parse(r.body, nullptr, false);
    ASSERT_TRUE(j.is_object()) << path << ": " << r.body;
    EXPECT_EQ(j["error"]["code"], "not_found") << path;
    EXPECT_NE(j["error"]["message"].get<std::string>().find(path), std::string::npos);
  }
}

TEST_P(ServiceApiTest, WrongMethodIsMethodNotAllowedWithAllowHeader) {
  auto r = HttpRequest(server_->port(), "PATCH", "/api/v1/items/1", "{}");
  EXPECT_EQ(r.status, 405);
  // Every method the path serves, HEAD and OPTIONS included, in order.
  EXPECT_EQ(r.headers["Allow"], "DELETE, GET, HEAD, OPTIONS, PUT");
  auto j = json::parse(r.body, nullptr, false);
  ASSERT_TRUE(j.is_object()) << r.body;
  EXPECT_NE(j["error"]["message"].get<std::string>().find("PATCH"), std::string::npos);

  auto del = HttpRequest(server_->port(), "DELETE", "/api/v1/items");
  EXPECT_EQ(del.status, 405);
  EXPECT_EQ(del.headers["Allow"], "GET, HEAD, OPTIONS, POST");
  auto post = HttpRequest(server_->port(), "POST", "/healthz", "{}");
  EXPECT_EQ(post.status, 405);
  EXPECT_EQ(post.headers["Allow"], "GET, HEAD, OPTIONS");
  EXPECT_EQ(HttpRequest(server_->port(), "PUT", "/api/v1/strategies", "{}").status, 405);
  EXPECT_EQ(HttpRequest(server_->port(), "POST", "/api/v1/audit", "{}").status, 405);
}

TEST_P(ServiceApiTest, ApiResponsesCarrySecurityHeadersAndAreNotCached) {
  auto r = server_->Get("/api/v1/strategies");
  EXPECT_EQ(r.headers["X-Content-Type-Options"], "nosniff");
  EXPECT_EQ(r.headers["Cache-Control"], "no-store");
}

INSTANTIATE_PER_ENGINE(ServiceApiTest);

// Without the demo: the API answers with empty lists, not errors.
class EmptyDatabaseApiTest : public ApiTest {
 protected:
  bool LoadDemo() const override { return false; }
};

TEST_P(EmptyDatabaseApiTest, ListsAreEmpty) {
  for (const char* path : {"/api/v1/strategies", "/api/v1/items", "/api/v1/organisations",
                           "/api/v1/user-groups"}) {
    auto r = server_->Get(path);
    EXPECT_EQ(r.status, 200) << path;
    EXPECT_EQ(r.body, "[]") << path;
  }
  EXPECT_EQ(server_->Get("/healthz").status, 200);
}

INSTANTIATE_PER_ENGINE(EmptyDatabaseApiTest);

}  // namespace
}  // namespace fremdrift::testing
