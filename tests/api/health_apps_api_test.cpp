// The health-app module through the API on both engines
// (docs/health-apps.md): the public register shows only decided
// evaluations, and a vendor submits, an evaluator asks for more
// documentation, the vendor answers, the evaluator accepts, an admin awards
// and the computed label shows on the register, with every rule of who may
// do what checked on the way.
#include <set>

#include "support/api_fixture.h"
#include "app/vendor_invite.h"
#include "domain/failure.h"
#include "storage/organisation_store.h"
#include "storage/system_clock.h"
#include "storage/user_store.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

class HealthAppsApiTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (!server_) return;
    {
      auto lease = server_->pool().Acquire();
      OrganisationStore(*lease).Insert({0, "testlab", "Testlab AS (fiktiv)", "vendor", "", 1});
    }
    vendor_ = server_->AddUserWithToken("vendor", "testlab", Role::kEditor);
    evaluator_ = server_->AddUserWithToken("evaluator", "FHI", Role::kReader);
    own_evaluator_ = server_->AddUserWithToken("insider", "testlab", Role::kReader);
  }

  json Register() { return server_->Get("/api/v1/health-apps").Json(); }

  std::string EvalPath(int64_t id) { return "/api/v1/health-apps/testapp/evaluations/" + std::to_string(id); }

  // Every requirement of the demo catalogue answered yes.
  json AllYes() {
    json answers = json::array();
    json catalogue = server_->Get("/api/v1/app-catalogues/tryggere-helseapper").Json();
    for (const auto& r : catalogue["requirements"]) {
      answers.push_back({{"requirement", r["key"]}, {"answer", "yes"}, {"evidence", "https://example.org/dok"}});
    }
    return {{"answers", answers}};
  }

  std::string vendor_, evaluator_, own_evaluator_;
};

TEST_P(HealthAppsApiTest, TheDemoCatalogueHasTheSourcesRequirementsAndLevels) {
  auto list = server_->Get("/api/v1/app-catalogues").Json();
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["label"], "tryggere-helseapper v1");
  auto c = server_->Get("/api/v1/app-catalogues/tryggere-helseapper/1").Json();
  EXPECT_EQ(c["requirements"].size(), 31u);
  EXPECT_EQ(c["levels"].size(), 5u);
  std::map<std::string, int> per_area, per_sub;
  for (const auto& r : c["requirements"]) {
    per_area[r["area"]]++;
    if (r["sub_area"] != "") per_sub[r["sub_area"]]++;
  }
  EXPECT_EQ(per_area["helsenytte"], 14);
  EXPECT_EQ(per_area["brukervennlighet"], 3);
  EXPECT_EQ(per_area["personvern"], 6);
  EXPECT_EQ(per_area["informasjonssikkerhet"], 8);
  EXPECT_EQ(per_sub["opplevd-nytte"], 5);
  EXPECT_EQ(per_sub["helsepersonell"], 4);
  EXPECT_EQ(per_sub["forskning"], 5);
  EXPECT_EQ(server_->Get("/api/v1/app-catalogues/tryggere-helseapper/9").status, 404);
}

TEST_P(HealthAppsApiTest, PublicRegisterShowsDecidedAppsWithReasonsButNoOpenEvaluation) {
  auto reg = Register();
  std::map<std::string, json> by_key;
  for (const auto& e : reg) by_key[e["key"]] = e;
  ASSERT_EQ(by_key.size(), 2u);
  EXPECT_EQ(by_key["sovnro-fiktiv"]["label"]["overall"], "B");
  EXPECT_EQ(by_key["matlogg-fiktiv"]["decision"]["decision"], "refused");
  EXPECT_NE(by_key["matlogg-fiktiv"]["decision"]["reason"], "");
  EXPECT_TRUE(by_key["matlogg-fiktiv"]["label"].is_null());
  EXPECT_FALSE(by_key["sovnro-fiktiv"].contains("contact_email"));
  EXPECT_EQ(server_->Get("/api/v1/health-apps/pustrom-fiktiv").status, 404);  // under review
  EXPECT_EQ(server_->Get("/api/v1/health-apps?grade=A").Json().size(), 0u);
  EXPECT_EQ(server_->Get("/api/v1/health-apps?grade=B&platform=ios").Json().size(), 1u);
  EXPECT_EQ(server_->Get("/api/v1/health-apps?label_area=easy-to-use&grade=A").Json().size(), 1u);
  EXPECT_EQ(server_->Get("/api/v1/health-apps?q=matlogg").Json().size(), 1u);
}

TEST_P(HealthAppsApiTest, VendorSubmitsEvaluatorAsksForMoreAdminAwardsAndTheLabelIsPublished) {
  json app = {{"key", "testapp"},       {"name", "Testapp (fiktiv)"}, {"category_level", "selvdeklarerer"},
              {"platforms", {"ios"}},   {"app_version", "1.0"},       {"intended_users", "voksne"},
              {"intended_use", "trene"}, {"target_groups", {"voksne"}}};
  EXPECT_EQ(server_->Send("POST", "/api/v1/health-apps", app).status, 401);
  EXPECT_EQ(server_->Send("POST", "/api/v1/health-apps", app, evaluator_).status, 403);  // FHI is no vendor
  auto created = server_->Send("POST", "/api/v1/health-apps", app, vendor_);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.Json()["manufacturer"], "testlab");

  auto started = server_->Send("POST", "/api/v1/health-apps/testapp/evaluations", json::object(), vendor_);
  ASSERT_EQ(started.status, 201) << started.body;
  int64_t id = started.Json()["id"];
  EXPECT_EQ(started.Json()["state"], "draft");
  EXPECT_EQ(server_->Send("POST", "/api/v1/health-apps/testapp/evaluations", json::object(), vendor_).status, 409);
  EXPECT_EQ(server_->Get("/api/v1/health-apps/testapp").status, 404);  // drafts are never public
  EXPECT_EQ(server_->Get(EvalPath(id), evaluator_).status, 404);       // nor to an unassigned evaluator

  auto early = server_->Send("POST", EvalPath(id) + "/submit", json::object(), vendor_);
  EXPECT_EQ(early.status, 400);  // nothing answered
  ASSERT_EQ(server_->Send("PUT", EvalPath(id) + "/answers", AllYes(), vendor_).status, 200);
  auto submitted = server_->Send("POST", EvalPath(id) + "/submit", json::object(), vendor_);
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  EXPECT_EQ(submitted.Json()["state"], "submitted");
  EXPECT_EQ(server_->Send("PUT", EvalPath(id) + "/answers", AllYes(), vendor_).status, 409);  // closed

  // Evaluators are approved by an admin and never of the app's organisation.
  EXPECT_EQ(server_->Send("POST", "/api/v1/app-evaluators", {{"name", "evaluator"}}, vendor_).status, 403);
  ASSERT_EQ(server_->Send("POST", "/api/v1/app-evaluators", {{"name", "evaluator"}}, AdminToken()).status, 201);
  ASSERT_EQ(server_->Send("POST", "/api/v1/app-evaluators", {{"name", "insider"}}, AdminToken()).status, 201);
  EXPECT_EQ(server_->Send("POST", EvalPath(id) + "/assign", {{"evaluator", "insider"}}, AdminToken()).status, 400);
  EXPECT_EQ(server_->Send("POST", EvalPath(id) + "/assign", {{"evaluator", "evaluator"}}, vendor_).status, 403);
  ASSERT_EQ(server_->Send("POST", EvalPath(id) + "/assign", {{"evaluator", "evaluator"}}, AdminToken()).status, 200);

  json reviews = json::array();
  json all_yes = AllYes();
  for (const auto& a : all_yes["answers"]) reviews.push_back({{"requirement", a["requirement"]}, {"verdict", "accepted"}});
  reviews[0]["verdict"] = "more_documentation";
  EXPECT_EQ(server_->Send("PUT", EvalPath(id) + "/reviews", {{"reviews", reviews}}, evaluator_).status, 400);  // no comment
  reviews[0]["comment"] = "Legg ved brukerundersøkelsen.";
  EXPECT_EQ(server_->Send("PUT", EvalPath(id) + "/reviews", {{"reviews", reviews}}, own_evaluator_).status, 403);
  auto reviewed = server_->Send("PUT", EvalPath(id) + "/reviews", {{"reviews", reviews}}, evaluator_);
  ASSERT_EQ(reviewed.status, 200) << reviewed.body;
  EXPECT_EQ(reviewed.Json()["state"], "under_review");
  EXPECT_EQ(server_->Send("POST", EvalPath(id) + "/decision", {{"decision", "awarded"}}, AdminToken()).status, 409);
  auto asked = server_->Send("POST", EvalPath(id) + "/request-documentation", json::object(), evaluator_);
  ASSERT_EQ(asked.status, 200) << asked.body;
  EXPECT_EQ(asked.Json()["state"], "more_documentation");

  // The vendor sees the comment and answers it.
  auto seen = server_->Get(EvalPath(id), vendor_).Json();
  std::string first = reviews[0]["requirement"];
  bool found = false;
  for (const auto& r : seen["reviews"]) found = found || (r["requirement"] == first && r["comment"] == "Legg ved brukerundersøkelsen.");
  EXPECT_TRUE(found);
  json more = {{"answers", {{{"requirement", first}, {"answer", "yes"}, {"evidence", "https://example.org/undersokelse"}}}}};
  ASSERT_EQ(server_->Send("PUT", EvalPath(id) + "/answers", more, vendor_).status, 200);
  ASSERT_EQ(server_->Send("POST", EvalPath(id) + "/submit", json::object(), vendor_).Json()["state"], "submitted");

  json accept = {{"reviews", {{{"requirement", first}, {"verdict", "accepted"}}}}};
  ASSERT_EQ(server_->Send("PUT", EvalPath(id) + "/reviews", accept, evaluator_).status, 200);
  EXPECT_EQ(server_->Send("POST", EvalPath(id) + "/decision", {{"decision", "awarded"}}, evaluator_).status, 403);
  auto awarded = server_->Send("POST", EvalPath(id) + "/decision", {{"decision", "awarded"}}, AdminToken());
  ASSERT_EQ(awarded.status, 200) << awarded.body;
  EXPECT_EQ(awarded.Json()["state"], "decided");

  auto entry = server_->Get("/api/v1/health-apps/testapp");
  ASSERT_EQ(entry.status, 200);
  auto label = entry.Json()["label"];
  EXPECT_EQ(label["overall"], "A");
  ASSERT_EQ(label["areas"].size(), 4u);
  for (const auto& a : label["areas"]) EXPECT_EQ(a["grade"], "A") << a.dump();
  EXPECT_TRUE(label["due_for_reassessment"].is_null());
  EXPECT_EQ(Register().size(), 3u);

  // A new app version makes the label due for reassessment.
  auto current = server_->Get("/api/v1/health-apps/testapp/evaluations", vendor_);
  ASSERT_EQ(current.status, 200);
  auto changed = server_->Send("PATCH", "/api/v1/health-apps/testapp", {{"app_version", "1.1"}, {"version", 1}}, vendor_);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(server_->Get("/api/v1/health-apps/testapp").Json()["label"]["due_for_reassessment"], "app_version");
}

TEST_P(HealthAppsApiTest, RefusalNeedsAReasonAndStaysOnTheRegister) {
  json app = {{"key", "testapp"}, {"name", "Testapp (fiktiv)"}, {"category_level", "selvdeklarerer"},
              {"intended_users", "voksne"}, {"intended_use", "trene"}};
  ASSERT_EQ(server_->Send("POST", "/api/v1/health-apps", app, vendor_).status, 201);
  int64_t id = server_->Send("POST", "/api/v1/health-apps/testapp/evaluations", json::object(), vendor_).Json()["id"];
  EXPECT_EQ(server_->Send("POST", EvalPath(id) + "/decision", {{"decision", "withdrawn"}}, vendor_).status, 400);
  auto withdrawn = server_->Send("POST", EvalPath(id) + "/decision",
                                 {{"decision", "withdrawn"}, {"reason", "Appen legges ned."}}, vendor_);
  ASSERT_EQ(withdrawn.status, 200) << withdrawn.body;
  auto entry = server_->Get("/api/v1/health-apps/testapp").Json();
  EXPECT_EQ(entry["decision"]["decision"], "withdrawn");
  EXPECT_EQ(entry["decision"]["reason"], "Appen legges ned.");
  EXPECT_EQ(server_->Send("POST", EvalPath(id) + "/decision", {{"decision", "refused"}, {"reason", "x"}}, AdminToken()).status, 409);
}

// The register entry in the shape of FHIR R4 DeviceDefinition
// (docs/health-apps.md, "FHIR DeviceDefinition"): the elements R4 requires,
// our codes for the label, and the public register's visibility.
TEST_P(HealthAppsApiTest, FhirDeviceDefinitionCarriesTheLabelWithOurCodesAndOnlyTheRegister) {
  auto read = server_->Get("/api/v1/fhir/DeviceDefinition/sovnro-fiktiv");
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(read.headers["Content-Type"].rfind("application/fhir+json", 0), 0u) << read.headers["Content-Type"];
  json d = read.Json();
  EXPECT_EQ(d["resourceType"], "DeviceDefinition");
  EXPECT_EQ(d["id"], "sovnro-fiktiv");
  EXPECT_EQ(d["identifier"][0]["system"], "urn:fremdrift:health-app");
  EXPECT_EQ(d["identifier"][0]["value"], "sovnro-fiktiv");
  ASSERT_EQ(d["deviceName"].size(), 1u);
  EXPECT_EQ(d["deviceName"][0]["name"], "Søvnro (fiktiv)");
  EXPECT_EQ(d["deviceName"][0]["type"], "user-friendly-name");  // deviceName.type is required (1..1)
  // The manufacturer: a contained Organization that the reference names.
  EXPECT_EQ(d["manufacturerReference"]["reference"], "#manufacturer");
  EXPECT_EQ(d["contained"][0]["resourceType"], "Organization");
  EXPECT_EQ(d["contained"][0]["id"], "manufacturer");
  EXPECT_FALSE(d["contained"][0]["name"].get<std::string>().empty());
  ASSERT_TRUE(d["version"].is_array());
  // Every property and capability has the type R4 requires, coded.
  std::map<std::string, json> own;   // by our code
  std::map<std::string, json> areas;  // by label area
  for (const auto& p : d["property"]) {
    ASSERT_TRUE(p.contains("type")) << p.dump();
    const auto& coding = p["type"]["coding"][0];
    if (coding["system"] == "urn:fremdrift:fhir:health-app") own[coding["code"]] = p;
    else if (coding["system"] == "urn:fremdrift:fhir:health-app-label-area") areas[coding["code"]] = p;
    else ADD_FAILURE() << "a property type outside our code systems: " << p.dump();
  }
  for (const auto& c : d["capability"]) {
    EXPECT_EQ(c["type"]["coding"][0]["system"], "urn:fremdrift:fhir:health-app");
    EXPECT_FALSE(c["description"].empty());
  }
  EXPECT_EQ(d["capability"][0]["type"]["coding"][0]["code"], "intended-users");
  EXPECT_EQ(d["capability"][1]["type"]["coding"][0]["code"], "intended-use");
  ASSERT_TRUE(own.count("overall"));
  EXPECT_EQ(own["overall"]["valueCode"][0]["coding"][0]["code"], "B");
  EXPECT_EQ(own["overall"]["valueCode"][0]["coding"][0]["system"], "urn:fremdrift:fhir:health-app");
  ASSERT_TRUE(own.count("category-level"));
  EXPECT_EQ(own["category-level"]["valueCode"][0]["coding"][0]["system"], "urn:fremdrift:fhir:health-app-category-level");
  EXPECT_EQ(own["decision"]["valueCode"][0]["coding"][0]["code"], "awarded");
  ASSERT_TRUE(own.count("platform"));
  EXPECT_EQ(own["platform"]["valueCode"][0]["coding"][0]["code"], "ios");
  // The four label areas, each with its grade and what it rests on, as the register's JSON gives them.
  auto entry = server_->Get("/api/v1/health-apps/sovnro-fiktiv").Json();
  ASSERT_EQ(areas.size(), entry["label"]["areas"].size());
  for (const auto& a : entry["label"]["areas"]) {
    const json& p = areas[a["label_area"].get<std::string>()];
    EXPECT_EQ(p["valueCode"][0]["coding"][0]["code"], a["grade"]) << a.dump();
    EXPECT_EQ(p["valueQuantity"][0]["code"], "met");
    EXPECT_EQ(p["valueQuantity"][0]["value"], a["met"]);
    EXPECT_EQ(p["valueQuantity"][1]["value"], a["counted"]);
  }
  EXPECT_EQ(d["note"][0]["time"], entry["label"]["checked_on"]);
  EXPECT_EQ(d.dump().find("example"), std::string::npos) << "no contact details";

  // A refused app as the register shows it: no grades, the decision with its reason.
  json refused = server_->Get("/api/v1/fhir/DeviceDefinition/matlogg-fiktiv").Json();
  bool has_reason = false;
  for (const auto& p : refused["property"]) {
    EXPECT_NE(p["type"]["coding"][0]["code"], "overall");
    EXPECT_NE(p["type"]["coding"][0]["system"], "urn:fremdrift:fhir:health-app-label-area");
    if (p["type"]["coding"][0]["code"] == "decision") {
      EXPECT_EQ(p["valueCode"][0]["coding"][0]["code"], "refused");
      has_reason = !p["valueCode"][0]["text"].get<std::string>().empty();
    }
  }
  EXPECT_TRUE(has_reason);
  // An app under review is not on the register, for anyone.
  EXPECT_EQ(server_->Get("/api/v1/fhir/DeviceDefinition/pustrom-fiktiv").status, 404);
  EXPECT_EQ(server_->Get("/api/v1/fhir/DeviceDefinition/pustrom-fiktiv", AdminToken()).status, 404);

  // The whole register: a searchset Bundle of exactly the register's entries.
  auto bundle_read = server_->Get("/api/v1/fhir/DeviceDefinition");
  ASSERT_EQ(bundle_read.status, 200);
  EXPECT_EQ(bundle_read.headers["Content-Type"].rfind("application/fhir+json", 0), 0u);
  json bundle = bundle_read.Json();
  EXPECT_EQ(bundle["resourceType"], "Bundle");
  EXPECT_EQ(bundle["type"], "searchset");
  ASSERT_EQ(bundle["total"], Register().size());
  ASSERT_EQ(bundle["entry"].size(), Register().size());
  std::set<std::string> keys;
  for (const auto& e : bundle["entry"]) {
    EXPECT_EQ(e["resource"]["resourceType"], "DeviceDefinition");
    EXPECT_EQ(e["search"]["mode"], "match");
    std::string key = e["resource"]["id"];
    keys.insert(key);
    EXPECT_EQ(e["fullUrl"].get<std::string>().rfind("http://", 0), 0u);
    EXPECT_NE(e["fullUrl"].get<std::string>().find("/api/v1/fhir/DeviceDefinition/" + key), std::string::npos);
  }
  EXPECT_EQ(keys, (std::set<std::string>{"sovnro-fiktiv", "matlogg-fiktiv"}));
}

TEST_P(HealthAppsApiTest, PublishingMakesANewVersionAndNeverChangesTheOld) {
  auto c = server_->Get("/api/v1/app-catalogues/tryggere-helseapper").Json();
  c["requirements"][0]["text"]["nb"] = "Endret tekst.";
  EXPECT_EQ(server_->Send("POST", "/api/v1/app-catalogues", c, vendor_).status, 403);
  auto published = server_->Send("POST", "/api/v1/app-catalogues", c, AdminToken());
  ASSERT_EQ(published.status, 201) << published.body;
  EXPECT_EQ(published.Json()["number"], 2);
  EXPECT_NE(server_->Get("/api/v1/app-catalogues/tryggere-helseapper/1").Json()["requirements"][0]["text"]["nb"],
            "Endret tekst.");
  // The awarded demo app's label is now due: its catalogue has a newer version.
  auto entry = server_->Get("/api/v1/health-apps/sovnro-fiktiv").Json();
  EXPECT_EQ(entry["label"]["due_for_reassessment"], "catalogue_version");
  c["grading"]["min_percent"]["C"] = 80;
  EXPECT_EQ(server_->Send("POST", "/api/v1/app-catalogues", c, AdminToken()).status, 400);
}

TEST_P(HealthAppsApiTest, RegisterDownloadsAndPagesShowTheLabelAsText) {
  auto csv = server_->Get("/helseapper.csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find("sovnro-fiktiv"), std::string::npos);
  EXPECT_EQ(csv.body.find("pustrom-fiktiv"), std::string::npos);
  EXPECT_EQ(server_->Get("/helseapper.json?q=matlogg").Json().size(), 1u);
  auto list = server_->Get("/helseapper");
  ASSERT_EQ(list.status, 200);
  EXPECT_NE(list.body.find("Søvnro (fiktiv)"), std::string::npos);
  EXPECT_EQ(list.body.find("Pusterom (fiktiv)"), std::string::npos);
  auto page = server_->Get("/helseapper/sovnro-fiktiv");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("role=\"img\""), std::string::npos);
  EXPECT_NE(page.body.find("Samlet karakter: B."), std::string::npos);
  EXPECT_NE(page.body.find("Vår antakelse"), std::string::npos);
  // The requirement catalogue by its title and version, never its key.
  for (const auto* r : {&list, &page}) {
    EXPECT_NE(r->body.find("Evalueringskrav for Tryggere helseapper, versjon 1"), std::string::npos);
    EXPECT_EQ(r->body.find("tryggere-helseapper"), std::string::npos);
  }
  EXPECT_EQ(server_->Get("/helseapper/pustrom-fiktiv").status, 404);
  int work = server_->Get("/helseapper/arbeid").status;
  EXPECT_TRUE(work == 401 || work / 100 == 3) << work;  // sign in first
}

TEST_P(HealthAppsApiTest, CaseTwentyLinksToTheCatalogue) {
  auto cases = server_->Get("/api/v1/cases?link_kind=app_catalogue&link_ref=tryggere-helseapper").Json();
  ASSERT_EQ(cases.size(), 1u);
  EXPECT_EQ(cases[0]["label"], "20/22");
}

// Posts the sign-up form of link `token` as a browser would: the page's
// pre-session cookie and its form token, then the fields.
HttpResult PostSignUp(TestServer& server, const std::string& token, const std::string& name) {
  std::string path = "/helseapper/registrer/" + token;
  HttpResult page = HttpRequest(server.port(), "GET", path);
  std::string cookie = page.headers["Set-Cookie"].substr(0, page.headers["Set-Cookie"].find(';'));
  std::string marker = "name=\"csrf_token\" value=\"";
  std::string csrf;
  if (size_t at = page.body.find(marker); at != std::string::npos) {
    at += marker.size();
    csrf = page.body.substr(at, page.body.find('"', at) - at);
  }
  return HttpRequest(server.port(), "POST", path,
                     "brukernavn=" + name + "&passord=et+langt+passord+1&csrf_token=" + csrf,
                     {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", cookie}});
}

TEST_P(HealthAppsApiTest, AOneTimeSignUpLinkMakesOneEditorOfTheVendor) {
  AdminToken();  // the admin who makes the link
  std::string token;
  {
    auto lease = server_->pool().Acquire();
    User admin = *UserStore(*lease).FindByName("admin");
    int64_t now = SystemClock().NowUtcSeconds();
    EXPECT_THROW(CreateVendorInvite(*lease, admin, "FHI", now), fremdrift::Failure);  // not a vendor
    User vendor = *UserStore(*lease).FindByName("vendor");
    EXPECT_THROW(CreateVendorInvite(*lease, vendor, "testlab", now), fremdrift::Failure);  // not an admin
    token = CreateVendorInvite(*lease, admin, "testlab", now);
  }
  EXPECT_EQ(server_->Get("/helseapper/registrer/fr_unknown").status, 404);
  auto page = server_->Get("/helseapper/registrer/" + token);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("testlab"), std::string::npos);
  EXPECT_EQ(PostSignUp(*server_, token, "vendor").status, 409);  // name taken: the link still holds
  auto made = PostSignUp(*server_, token, "ny-leverandor");
  EXPECT_EQ(made.status, 303) << made.body;
  {
    auto lease = server_->pool().Acquire();
    auto user = UserStore(*lease).FindByName("ny-leverandor");
    ASSERT_TRUE(user.has_value());
    EXPECT_EQ(user->organisation, "testlab");
    EXPECT_EQ(user->role, Role::kEditor);
  }
  EXPECT_EQ(server_->Get("/helseapper/registrer/" + token).status, 404);  // used up
  EXPECT_EQ(PostSignUp(*server_, token, "en-til").status / 100, 4);
}

INSTANTIATE_PER_ENGINE(HealthAppsApiTest);

}  // namespace
}  // namespace fremdrift::testing
