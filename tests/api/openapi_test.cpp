// docs/openapi.json is kept true by this test: every API route of the
// route table (render/route_table.h, which the router registers; see
// tests/unit/route_table_test.cpp) is documented with its method, every documented operation
// is a registered route, path parameters are declared, references resolve,
// mutations need the bearer token, and the documented schemas have the
// fields the API really returns.
#include <fstream>
#include <set>
#include <sstream>

#include "support/api_fixture.h"
#include "app/input_text.h"
#include "render/route_table.h"
#include "web/server.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

const std::set<std::string> kHttpMethods = {"get", "put", "post", "delete",
                                            "options", "head", "patch", "trace"};

json LoadDocument() {
  std::ifstream in(std::string(FREMDRIFT_SOURCE_DIR) + "/docs/openapi.json");
  EXPECT_TRUE(in) << "docs/openapi.json is missing";
  std::stringstream buf;
  buf << in.rdbuf();
  return json::parse(buf.str());
}

bool IsApiRoute(const std::string& pattern) {
  return pattern.rfind("/api/", 0) == 0 || pattern == "/healthz";
}

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::set<std::string> RouterOperations() {
  std::set<std::string> out;
  for (const routes::RouteSpec* route : routes::AllRoutes()) {
    std::string pattern(route->pattern);
    if (!IsApiRoute(pattern)) continue;
    for (std::string_view method : routes::MethodNames(*route)) out.insert(Lower(std::string(method)) + " " + pattern);
  }
  return out;
}

std::set<std::string> DocumentOperations(const json& doc) {
  std::set<std::string> out;
  for (const auto& [path, item] : doc["paths"].items()) {
    for (const auto& [method, op] : item.items()) {
      if (kHttpMethods.count(method)) out.insert(method + " " + path);
    }
  }
  return out;
}

// Follows a local "#/components/..." reference; null when it does not resolve.
const json* Resolve(const json& doc, const std::string& ref) {
  if (ref.rfind("#/", 0) != 0) return nullptr;
  return doc.contains(json::json_pointer(ref.substr(1))) ? &doc.at(json::json_pointer(ref.substr(1)))
                                                         : nullptr;
}

void CollectRefs(const json& node, std::vector<std::string>& out) {
  if (node.is_object()) {
    for (const auto& [k, v] : node.items()) {
      if (k == "$ref" && v.is_string()) out.push_back(v);
      else CollectRefs(v, out);
    }
  } else if (node.is_array()) {
    for (const auto& v : node) CollectRefs(v, out);
  }
}

// The property names a schema requires, following $ref and allOf.
std::set<std::string> RequiredFields(const json& doc, const json& schema) {
  std::set<std::string> out;
  if (schema.contains("$ref")) return RequiredFields(doc, *Resolve(doc, schema["$ref"]));
  if (schema.contains("required")) {
    for (const auto& f : schema["required"]) out.insert(f.get<std::string>());
  }
  if (schema.contains("allOf")) {
    for (const auto& part : schema["allOf"]) {
      auto more = RequiredFields(doc, part);
      out.insert(more.begin(), more.end());
    }
  }
  return out;
}

// The property names a schema declares, following $ref and allOf.
std::set<std::string> DeclaredFields(const json& doc, const json& schema) {
  std::set<std::string> out;
  if (schema.contains("$ref")) return DeclaredFields(doc, *Resolve(doc, schema["$ref"]));
  if (schema.contains("properties")) {
    for (const auto& [k, v] : schema["properties"].items()) out.insert(k);
  }
  if (schema.contains("allOf")) {
    for (const auto& part : schema["allOf"]) {
      auto more = DeclaredFields(doc, part);
      out.insert(more.begin(), more.end());
    }
  }
  return out;
}

std::set<std::string> KeysOf(const json& object) {
  std::set<std::string> out;
  for (const auto& [k, v] : object.items()) out.insert(k);
  return out;
}

TEST(OpenApiDocumentTest, IsOpenApi303WithInfoAndPaths) {
  json doc = LoadDocument();
  EXPECT_EQ(doc["openapi"], "3.0.3");
  EXPECT_TRUE(doc["info"]["title"].is_string());
  EXPECT_TRUE(doc["info"]["version"].is_string());
  EXPECT_TRUE(doc["paths"].is_object());
}

TEST(OpenApiDocumentTest, EveryApiRouteIsDocumentedWithItsMethod) {
  json doc = LoadDocument();
  auto documented = DocumentOperations(doc);
  auto routes = RouterOperations();
  ASSERT_FALSE(routes.empty());
  for (const auto& op : routes) EXPECT_TRUE(documented.count(op)) << "undocumented route: " << op;
}

TEST(OpenApiDocumentTest, EveryDocumentedOperationIsARegisteredRoute) {
  json doc = LoadDocument();
  auto routes = RouterOperations();
  for (const auto& op : DocumentOperations(doc)) {
    EXPECT_TRUE(routes.count(op)) << "documented but not routed: " << op;
  }
}

TEST(OpenApiDocumentTest, PathParametersAreDeclaredAndRequired) {
  json doc = LoadDocument();
  for (const auto& [path, item] : doc["paths"].items()) {
    std::set<std::string> in_path;
    for (size_t open = path.find('{'); open != std::string::npos; open = path.find('{', open + 1)) {
      in_path.insert(path.substr(open + 1, path.find('}', open) - open - 1));
    }
    for (const auto& [method, op] : item.items()) {
      if (!kHttpMethods.count(method)) continue;
      std::set<std::string> declared;
      for (const auto& p : op.value("parameters", json::array())) {
        const json& param = p.contains("$ref") ? *Resolve(doc, p["$ref"]) : p;
        if (param["in"] == "path") {
          EXPECT_EQ(param["required"], true) << method << " " << path;
          declared.insert(param["name"].get<std::string>());
        }
      }
      EXPECT_EQ(declared, in_path) << method << " " << path;
    }
  }
}

TEST(OpenApiDocumentTest, EveryReferenceResolves) {
  json doc = LoadDocument();
  std::vector<std::string> refs;
  CollectRefs(doc, refs);
  EXPECT_FALSE(refs.empty());
  for (const auto& ref : refs) EXPECT_NE(Resolve(doc, ref), nullptr) << ref;
}

TEST(OpenApiDocumentTest, MutationsRequireBearerTokenAndDocumentTheirErrors) {
  json doc = LoadDocument();
  ASSERT_EQ(doc["components"]["securitySchemes"]["bearerAuth"]["scheme"], "bearer");
  for (const auto& [path, item] : doc["paths"].items()) {
    for (const auto& [method, op] : item.items()) {
      if (method != "post" && method != "put" && method != "delete") continue;
      EXPECT_EQ(op["security"], json::parse(R"([{"bearerAuth": []}])")) << method << " " << path;
      for (const char* status : {"401", "403"}) {
        EXPECT_TRUE(op["responses"].contains(status)) << method << " " << path << " " << status;
      }
    }
  }
  const auto& items = doc["paths"]["/api/v1/items/{id}"];
  for (const char* status : {"400", "401", "403", "404", "409", "413"}) {
    EXPECT_TRUE(items["put"]["responses"].contains(status)) << status;
  }
  EXPECT_TRUE(doc["paths"]["/api/v1/items"]["post"]["responses"].contains("201"));
  EXPECT_TRUE(doc["paths"]["/api/v1/items"]["post"]["responses"].contains("413"));
  EXPECT_TRUE(items["delete"]["responses"].contains("204"));
  EXPECT_TRUE(items["delete"]["responses"].contains("409"));
  EXPECT_EQ(doc["paths"]["/api/v1/audit"]["get"]["security"],
            json::parse(R"([{"bearerAuth": []}])"));
}

// Every string a schema declares states the longest text the API accepts
// for a member of that name (app/input_text.h); `where` names it in failures.
void ExpectMaxLengths(const json& schema, const std::string& member, const std::string& where,
                      int& checked) {
  if (!schema.is_object() || schema.contains("$ref")) return;
  if (schema.value("type", "") == "string" && !schema.contains("enum") && !member.empty()) {
    ++checked;
    EXPECT_EQ(schema.value("maxLength", 0u), MaxCharsOfMember(member))
        << where << ": maxLength must be the API's limit for \"" << member << "\"";
  }
  if (schema.contains("items")) ExpectMaxLengths(schema["items"], member, where + "[]", checked);
  if (schema.contains("properties")) {
    for (const auto& [name, p] : schema["properties"].items()) {
      ExpectMaxLengths(p, name, where + "." + name, checked);
    }
  }
  for (const char* k : {"allOf", "oneOf", "anyOf"}) {
    if (schema.contains(k)) {
      for (const auto& part : schema[k]) ExpectMaxLengths(part, member, where, checked);
    }
  }
  if (schema.contains("additionalProperties")) {
    ExpectMaxLengths(schema["additionalProperties"], member, where + ".*", checked);
  }
}

TEST(OpenApiDocumentTest, EveryStringStatesTheLengthLimitTheApiKeeps) {
  json doc = LoadDocument();
  int checked = 0;
  for (const auto& [name, schema] : doc["components"]["schemas"].items()) {
    ExpectMaxLengths(schema, "", name, checked);
  }
  for (const auto& [path, item] : doc["paths"].items()) {
    for (const auto& [method, op] : item.items()) {
      if (!op.is_object() || !op.contains("requestBody")) continue;
      for (const auto& [type, content] : op["requestBody"]["content"].items()) {
        ExpectMaxLengths(content.value("schema", json::object()), "", method + " " + path, checked);
      }
    }
  }
  // The walk reaches the document's strings: titles, descriptions, links.
  EXPECT_GT(checked, 100);
  const auto& link = doc["components"]["schemas"]["Link"]["properties"]["url"];
  EXPECT_EQ(link["maxLength"], 2000);
}

TEST(OpenApiDocumentTest, ErrorSchemaHasCodeRuleMessageFieldAndProblems) {
  json doc = LoadDocument();
  const auto& error = doc["components"]["schemas"]["Error"]["properties"]["error"];
  EXPECT_EQ(KeysOf(error["properties"]),
            (std::set<std::string>{"code", "rule", "message", "field", "problems"}));
  EXPECT_EQ(error["properties"]["code"]["enum"],
            json({"invalid", "not_found", "conflict", "forbidden", "unauthenticated",
                  "too_large", "too_many_requests", "internal"}));
}

TEST(OpenApiDocumentTest, EveryErrorResponseUsesTheErrorSchema) {
  json doc = LoadDocument();
  for (const auto& [path, item] : doc["paths"].items()) {
    for (const auto& [method, op] : item.items()) {
      if (!kHttpMethods.count(method)) continue;
      for (const auto& [status, response] : op["responses"].items()) {
        if (status[0] != '4' && status[0] != '5') continue;
        const json& r = response.contains("$ref") ? *Resolve(doc, response["$ref"]) : response;
        const json& schema = r["content"]["application/json"]["schema"]["$ref"];
        // Bulk operations answer a refused import with their summary.
        if (schema == "#/components/schemas/ImportSummary") continue;
        EXPECT_EQ(schema, "#/components/schemas/Error")
            << method << " " << path << " " << status;
      }
    }
  }
}

// The same checks over HTTP, with real responses to compare the schemas to.
class OpenApiHttpTest : public ApiTest {
 protected:
  json doc_ = LoadDocument();

  void ExpectMatchesSchema(const json& value, const std::string& schema_name) {
    const json& schema = doc_["components"]["schemas"][schema_name];
    auto keys = KeysOf(value);
    EXPECT_EQ(RequiredFields(doc_, schema), keys) << schema_name << ": " << value.dump();
    for (const auto& k : keys) {
      EXPECT_TRUE(DeclaredFields(doc_, schema).count(k)) << schema_name << " lacks " << k;
    }
  }
};

TEST_P(OpenApiHttpTest, ServedDocumentIsTheFileAsValidJson) {
  auto r = server_->Get("/api/v1/openapi.json");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.headers["Content-Type"], "application/json; charset=utf-8");
  auto served = json::parse(r.body, nullptr, false);
  ASSERT_FALSE(served.is_discarded()) << "not valid JSON";
  EXPECT_EQ(served, doc_);
}

// The 4xx that /healthz and this document declare (BadAddress) is what a
// broken address gets from them.
TEST_P(OpenApiHttpTest, TheOpenRoutesAnswerABrokenAddressWithTheDocumented400) {
  EXPECT_TRUE(doc_["components"]["responses"].contains("BadAddress"));
  for (const char* path : {"/healthz", "/api/v1/openapi.json"}) {
    EXPECT_EQ(doc_["paths"][path]["get"]["responses"]["400"]["$ref"], "#/components/responses/BadAddress")
        << path;
    auto r = server_->Get(std::string(path) + "?x=%zz");
    ASSERT_EQ(r.status, 400) << path << ": " << r.body;
    auto body = json::parse(r.body, nullptr, false);
    ASSERT_FALSE(body.is_discarded()) << path << ": " << r.body;
    EXPECT_EQ(body["error"]["code"], "invalid") << r.body;
    EXPECT_EQ(body["error"]["field"], "uri") << r.body;
  }
}

TEST_P(OpenApiHttpTest, SchemasHaveTheFieldsTheApiReturns) {
  std::string token = AdminToken();
  auto strategies = server_->Get("/api/v1/strategies").Json();
  ASSERT_FALSE(strategies.empty());
  ExpectMatchesSchema(strategies[0], "Strategy");
  auto item = server_->Get("/api/v1/items?level=4").Json().at(0);
  ExpectMatchesSchema(item, "Item");
  ExpectMatchesSchema(server_->Get("/api/v1/items/" + std::to_string(item["id"].get<int64_t>()))
                          .Json(),
                      "Item");
  auto tree = server_->Get("/api/v1/strategies/nes-2023-2030/tree").Json();
  ExpectMatchesSchema(tree, "StrategyTree");
  ExpectMatchesSchema(tree["items"][0], "TreeNode");
  auto evaluations = server_->Get("/api/v1/strategies/nes-2017-2022/evaluations").Json();
  ExpectMatchesSchema(evaluations.at(0), "StrategyEvaluation");
  ExpectMatchesSchema(evaluations.at(0)["questions"].at(0), "StrategyEvaluationQuestion");
  ExpectMatchesSchema(server_->Get("/api/v1/organisations").Json().at(0), "Organisation");
  ExpectMatchesSchema(server_->Get("/api/v1/user-groups").Json().at(0), "UserGroup");
  ExpectMatchesSchema(server_->Get("/api/v1/audit", token).Json().at(0), "AuditEntry");
  ExpectMatchesSchema(server_->Get("/api/v1/users", token).Json().at(0), "User");
  ExpectMatchesSchema(server_->Get("/api/v1/users/admin", token).Json(), "User");
  ExpectMatchesSchema(server_->Get("/api/v1/periods").Json().at(0), "ReportingPeriod");
  ExpectMatchesSchema(server_->Get("/healthz").Json(), "Health");
  ExpectMatchesSchema(server_->Send("POST", "/api/v1/measurements",
                                    {{"indicator", "bekymret-akutt"}, {"period", "2031"}, {"value", 1}}, token)
                          .Json(),
                      "Measurement");
  auto error = server_->Get("/api/v1/items?level=x").Json();
  EXPECT_EQ(KeysOf(error), std::set<std::string>{"error"});
  auto problems = server_->Send("POST", "/api/v1/items", {{"title", 5}}, token).Json();
  auto declared = KeysOf(doc_["components"]["schemas"]["Error"]["properties"]["error"]["properties"]);
  for (const auto& k : KeysOf(problems["error"])) EXPECT_TRUE(declared.count(k)) << k;
}

TEST_P(OpenApiHttpTest, PortfolioAndRoadmapSchemasHaveTheFieldsTheApiReturns) {
  std::string token = AdminToken();
  ExpectMatchesSchema(server_->Get("/api/v1/portfolio-items").Json().at(0), "PortfolioItem");
  ExpectMatchesSchema(server_->Get("/api/v1/portfolio-items/helseplattformen").Json(), "PortfolioItemDetail");
  ExpectMatchesSchema(server_->Get("/api/v1/portfolio").Json(), "PortfolioSummary");
  auto assessed = server_->Send("PUT", "/api/v1/portfolio-items/helseplattformen/assessments/2023-Q3",
                                {{"status", "on_track"}}, token);
  ASSERT_EQ(assessed.status, 200) << assessed.body;
  ExpectMatchesSchema(assessed.Json(), "PortfolioAssessment");
  ExpectMatchesSchema(server_->Get("/api/v1/roadmap-versions").Json().at(0), "RoadmapVersionListEntry");
  auto version = server_->Get("/api/v1/roadmap-versions/22.2").Json();
  ExpectMatchesSchema(version, "RoadmapVersion");
  ExpectMatchesSchema(version["services"][3], "RoadmapService");
  ExpectMatchesSchema(version["services"][3]["actions"][0], "RoadmapAction");
  ExpectMatchesSchema(version["services"][3]["measures"][0], "RoadmapMeasure");
  auto copy = server_->Send("POST", "/api/v1/roadmap-versions", {{"code", "22.3"}}, token).Json();
  copy["services"][3]["actions"][4]["end"] = "2026";
  copy.erase("id");
  ASSERT_EQ(server_->Send("PUT", "/api/v1/roadmap-versions/22.3", copy, token).status, 200);
  auto diff = server_->Get("/api/v1/roadmap-versions/compare?from=22.2&to=22.3").Json();
  ExpectMatchesSchema(diff, "RoadmapComparison");
  ExpectMatchesSchema(diff["services"][3], "RoadmapServiceChanges");
  ExpectMatchesSchema(diff["services"][3]["changes"].at(0), "RoadmapActionChange");
}

INSTANTIATE_PER_ENGINE(OpenApiHttpTest);

}  // namespace
}  // namespace fremdrift::testing
