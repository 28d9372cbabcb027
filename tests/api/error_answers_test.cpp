// Every error answer carries a rule code and a text from the catalogue in
// the language the request asks for, over real HTTP on each engine: the
// pages' 404, 405 and 403, the API's 404, 405, 401, 403 and 413 with
// Accept-Language or ?lang=, and the HTTP layer's own refusals (a method
// refused from the head alone, a body over the limit, a bad address).
#include <gtest/gtest.h>

#include "support/api_fixture.h"
#include "render/i18n.h"
#include "support/browser_session.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

const std::map<std::string, std::string> kNorwegian{{"Accept-Language", "nb-NO,nb;q=0.9,en;q=0.5"}};
const std::map<std::string, std::string> kEnglish{{"Accept-Language", "en-GB,en;q=0.8"}};

class ErrorAnswersTest : public ApiTest {
 protected:
  HttpResult Request(const std::string& method, const std::string& path,
                     const std::map<std::string, std::string>& headers, const std::string& body = "") {
    return HttpRequest(server_->port(), method, path, body, headers);
  }

  // The JSON error's rule and message.
  std::pair<std::string, std::string> RuleAndMessage(const HttpResult& r) {
    json e = r.Json().at("error");
    return {e.value("rule", ""), e.value("message", "")};
  }
};

TEST_P(ErrorAnswersTest, AMissingPageSaysSoInNorwegianWithItsRule) {
  auto r = Request("GET", "/finnes-ikke", {});
  EXPECT_EQ(r.status, 404);
  EXPECT_TRUE(Has(r.body, "data-rule=\"failed_not_found\"")) << r.body;
  EXPECT_TRUE(Has(r.body, "Vi fant ikke siden du ba om."));
  auto en = Request("GET", "/finnes-ikke?lang=en", {});
  EXPECT_TRUE(Has(en.body, "data-rule=\"failed_not_found\""));
  EXPECT_FALSE(Has(en.body, "Vi fant ikke"));
}

TEST_P(ErrorAnswersTest, AMethodAPageDoesNotTakeIsRefusedWith405InNorwegian) {
  // Signing out takes only POST.
  auto r = Request("GET", "/logg-ut", {});
  EXPECT_EQ(r.status, 405) << r.body;
  EXPECT_EQ(r.headers["Allow"], "OPTIONS, POST");
  EXPECT_TRUE(Has(r.body, "data-rule=\"method_not_allowed\"")) << r.body;
  EXPECT_TRUE(Has(r.body, "Metoden er ikke tillatt"));
  EXPECT_TRUE(Has(r.body, "Denne adressen tar ikke imot GET. Den tar imot OPTIONS, POST."));
}

TEST_P(ErrorAnswersTest, ApiErrorsCarryARuleAndSpeakTheAskedLanguage) {
  auto missing = Request("GET", "/api/v1/indicators/finnes-ikke", kNorwegian);
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(RuleAndMessage(missing), std::make_pair(std::string("failed_not_found"),
                                                    std::string("Vi fant ikke det du ba om.")));
  auto missing_en = Request("GET", "/api/v1/indicators/finnes-ikke", kEnglish);
  EXPECT_EQ(RuleAndMessage(missing_en).second, "We could not find what you asked for.") << missing_en.body;
  // Without a language the API keeps its technical English, with the rule.
  auto plain = Request("GET", "/api/v1/indicators/finnes-ikke", {});
  EXPECT_EQ(RuleAndMessage(plain).first, "failed_not_found");
  EXPECT_TRUE(Has(RuleAndMessage(plain).second, "finnes-ikke"));

  auto method = Request("PATCH", "/api/v1/indicators?lang=nb", {}, "{}");
  EXPECT_EQ(method.status, 405) << method.body;
  EXPECT_EQ(RuleAndMessage(method).first, "method_not_allowed");
  EXPECT_TRUE(Has(RuleAndMessage(method).second, "Denne adressen tar ikke imot PATCH.")) << method.body;

  auto anonymous = Request("POST", "/api/v1/indicators", kNorwegian, "{}");
  EXPECT_EQ(anonymous.status, 401) << anonymous.body;
  EXPECT_FALSE(RuleAndMessage(anonymous).first.empty());
  EXPECT_FALSE(Has(RuleAndMessage(anonymous).second, "[problem_"));
  EXPECT_TRUE(Has(RuleAndMessage(anonymous).second, "logge inn")) << anonymous.body;

  std::string reader = server_->AddUserWithToken("leser", "E-helse", Role::kReader);
  auto headers = kNorwegian;
  headers["Authorization"] = "Bearer " + reader;
  headers["Content-Type"] = "application/json";
  auto forbidden = Request("POST", "/api/v1/indicators", headers,
                           R"({"code":"x","name":"X","unit":"count","direction":"none","period_type":"year","published":false})");
  EXPECT_EQ(forbidden.status, 403) << forbidden.body;
  EXPECT_FALSE(RuleAndMessage(forbidden).first.empty());
  EXPECT_TRUE(Has(RuleAndMessage(forbidden).second, "tilgang")) << forbidden.body;
}

TEST_P(ErrorAnswersTest, TheHttpLayersOwnRefusalsCarryARuleInTheAskedLanguage) {
  // TRACE is answered from the head alone.
  auto trace = Request("TRACE", "/api/v1/indicators", kNorwegian);
  EXPECT_EQ(trace.status, 405);
  EXPECT_EQ(RuleAndMessage(trace).first, "method_not_allowed");
  EXPECT_TRUE(Has(RuleAndMessage(trace).second, "Denne adressen tar ikke imot TRACE.")) << trace.body;

  // A body over the anonymous limit is refused before it is read.
  auto big = Request("POST", "/api/v1/indicators", kNorwegian, std::string(200 * 1024, 'x'));
  EXPECT_EQ(big.status, 413) << big.body.substr(0, 300);
  EXPECT_EQ(RuleAndMessage(big).first, "body_too_large");
  EXPECT_TRUE(Has(RuleAndMessage(big).second, "større enn tjeneren tar imot")) << big.body;

  auto big_page = Request("POST", "/logg-inn", {}, std::string(200 * 1024, 'x'));
  EXPECT_EQ(big_page.status, 413);
  EXPECT_TRUE(Has(big_page.body, "data-rule=\"body_too_large\"")) << big_page.body;
  EXPECT_TRUE(Has(big_page.body, "større enn tjeneren tar imot"));

  auto address = Request("GET", "/api/v1/indicators/%zz", kEnglish);
  EXPECT_EQ(address.status, 400) << address.body;
  EXPECT_EQ(RuleAndMessage(address), std::make_pair(std::string("address_invalid"),
                                                    std::string("The request's address is not valid.")));
}

TEST(ErrorAnswerTexts, EveryRuleOfTheHttpLayerHasItsTextInBothLanguages) {
  for (const char* lang : {"nb", "en"}) {
    const Catalogue& t = CatalogueFor(FREMDRIFT_SOURCE_DIR, lang);
    for (const char* rule : {"method_not_allowed", "request_header_too_large", "request_malformed",
                             "length_required", "body_too_large", "body_too_slow", "address_invalid",
                             "failed_not_found", "failed_forbidden", "failed_unauthenticated", "failed_invalid",
                             "failed_conflict", "failed_too_large", "failed_too_many_requests", "failed_internal"}) {
      EXPECT_TRUE(t.Has(std::string("problem_") + rule)) << lang << " lacks problem_" << rule;
    }
  }
}

INSTANTIATE_PER_ENGINE(ErrorAnswersTest);

}  // namespace
}  // namespace fremdrift::testing
