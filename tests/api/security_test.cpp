// Security over real HTTP, on each engine: hostile text stored in every
// text field the API takes comes back inert on every page; the public
// (no session, no token) walks every GET route and sees nothing internal;
// every response carries the security headers; static files stay in their
// folder.
#include <gtest/gtest.h>

#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

#include <regex>
#include <set>

#include "support/api_fixture.h"
#include "storage/indicator_store.h"
#include "support/signed_in_browser.h"
#include "support/text_search.h"
#include "web/server.h"

namespace fremdrift::testing {
namespace {

// A text that is harmful wherever it lands unescaped: in element content
// (a script), in a double- or single-quoted attribute (an event handler).
const std::string kHostile = R"(<script>alert(1)</script>"onmouseover="alert(2)'onfocus='alert(3))";

constexpr const char* kSecretStrategy = R"({
  "format": "fremdrift-bundle", "version": 1,
  "strategies": [{
    "key": "intern-hemmelig", "name": "HEMMELIG strategi",
    "period_start": 2025, "period_end": 2025, "published": false,
    "level_names": ["Mål", "Tiltak"],
    "items": [
      {"key": "m1", "code": "M1", "level": 1, "parent": null, "title": "HEMMELIG mål"},
      {"key": "m1-t1", "level": 2, "parent": "m1", "title": "HEMMELIG tiltak", "owners": ["Hdir"]}
    ]
  }]
})";

class SecurityTest : public ApiTest {
 protected:
  // Every page path worth visiting for `item_id`, filled from the demo.
  std::vector<std::string> PagePaths(int64_t item_id) {
    return {"/",
            "/?lang=en",
            "/strategi/nes-2023-2030",
            "/strategi/nes-2023-2030/1B-t1-d1",
            "/veikart",
            "/veikart?gruppering=eier",
            "/monitor",
            "/rapport",
            "/rapport/2023-Q3?strategy=nes-2023-2030",
            "/rapport/2023-Q1?strategy=nes-2023-2030",
            "/element/" + std::to_string(item_id) + "/rediger",
            "/rapport/2023-Q3/vurder/item:1B-t1-d1?strategy=nes-2023-2030",
            "/logg-inn"};
  }

  // The internal names and markers the public must never see.
  std::vector<std::string> Secrets() {
    std::vector<std::string> out{"HEMMELIG"};
    auto lease = server_->pool().Acquire();
    for (const auto& ind : IndicatorStore(*lease).List(ListScope::kAll)) {
      // A short name such as "Dokumentdeling" is also a word in public
      // texts; only names long enough to be the indicator's own count.
      if (!ind.published && ind.name.size() >= 25) out.push_back(ind.name);
    }
    return out;
  }

  // Paths for every GET route of the application, with each {param}
  // replaced by each of `values` for it (or "x").
  std::vector<std::string> EveryGetPath(const std::map<std::string, std::vector<std::string>>& values) {
    std::vector<std::string> out;
    const Router router = BuildRouter();  // the routes live as long as it does
    for (const auto& route : router.routes()) {
      if (route.method != "GET") continue;
      std::vector<std::string> paths{route.pattern};
      std::regex param(R"(\{([a-z_]+)\})");
      std::smatch m;
      while (std::regex_search(paths.front(), m, param)) {
        std::string name = m[1];
        auto it = values.find(name);
        std::vector<std::string> choices = it == values.end() ? std::vector<std::string>{"x"} : it->second;
        std::vector<std::string> next;
        for (const auto& p : paths) {
          for (const auto& c : choices) {
            next.push_back(std::regex_replace(p, std::regex("\\{" + name + "\\}"), c,
                                              std::regex_constants::format_first_only));
          }
        }
        paths = next;
      }
      for (const auto& p : paths) {
        out.push_back(p);
        if (p.find("/rapport") == 0 || p.find("/api/v1/periods") == 0) {
          out.push_back(p + "?strategy=nes-2023-2030");
          out.push_back(p + "?strategy=intern-hemmelig");
        }
      }
    }
    return out;
  }
};

TEST_P(SecurityTest, HostileTextInEveryFieldComesBackInertOnEveryPage) {
  auto item = DemoItem("1B-t1-d1");
  auto put = server_->Send("PUT", ItemPath(item),
                           {{"version", item["version"]},
                            {"title", "Tittel " + kHostile},
                            {"code", "K" + kHostile},
                            {"description", "Beskrivelse " + kHostile},
                            {"links", {{{"title", "Lenke " + kHostile}, {"url", "https://example.org/?q=\"><script>alert(4)</script>"}}}}},
                           AdminToken());
  ASSERT_EQ(put.status, 200) << put.body.substr(0, 500);
  auto assess = server_->Send("PUT", "/api/v1/periods/2023-Q3/assessments/items/1B-t1-d1?strategy=nes-2023-2030",
                              {{"status", "yellow"},
                               {"comment", "Kommentar " + kHostile},
                               {"target_label", "Mål " + kHostile}},
                              AdminToken());
  ASSERT_EQ(assess.status, 200) << assess.body;

  server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
  Browser browser(server_->port());
  ASSERT_EQ(browser.SignIn(*server_, "kari", "a long enough password").status, 303);
  for (const auto& path : PagePaths(item["id"])) {
    for (bool signed_in : {false, true}) {
      HttpResult r = signed_in ? browser.Get(path) : HttpRequest(server_->port(), "GET", path);
      SCOPED_TRACE(path + (signed_in ? " (signed in)" : " (public)"));
      EXPECT_FALSE(Has(r.body, "<script")) << "a script element on the page";
      EXPECT_FALSE(Has(r.body, "\"onmouseover=")) << "an attribute broke out of its quotes";
      EXPECT_FALSE(Has(r.body, "'onfocus=")) << "an attribute broke out of its quotes";
      EXPECT_FALSE(Has(r.body, "href=\"javascript:")) << "a script link";
    }
  }
  // The texts are there, escaped, where the reader expects them.
  auto page = HttpRequest(server_->port(), "GET", "/strategi/nes-2023-2030/1B-t1-d1");
  EXPECT_TRUE(Has(page.body, "Tittel &lt;script&gt;alert(1)&lt;/script&gt;&quot;onmouseover=&quot;"));
  auto report = browser.Get("/rapport/2023-Q3?strategy=nes-2023-2030");
  EXPECT_TRUE(Has(report.body, "Kommentar &lt;script&gt;")) << "the comment shows, escaped";
}

TEST_P(SecurityTest, ThePublicSeesNothingInternalOnAnyPageOrApiRoute) {
  ImportText(kSecretStrategy);
  auto assess = server_->Send("PUT", "/api/v1/periods/2023-Q3/assessments/items/1B-t1-d1?strategy=nes-2023-2030",
                              {{"status", "red"}, {"comment", "HEMMELIG vurdering i åpen periode"}},
                              AdminToken());
  ASSERT_EQ(assess.status, 200) << assess.body;
  std::vector<std::string> internal_codes, public_codes;
  {
    auto lease = server_->pool().Acquire();
    for (const auto& ind : IndicatorStore(*lease).List(ListScope::kAll)) {
      (ind.published ? public_codes : internal_codes).push_back(ind.code);
    }
  }
  ASSERT_FALSE(internal_codes.empty()) << "the demo has internal indicators to hide";
  std::vector<std::string> codes = {public_codes.front()};
  codes.insert(codes.end(), internal_codes.begin(), internal_codes.end());
  int64_t item_id = DemoItem("1B-t1-d1")["id"];
  int64_t secret_id = DemoItem("m1-t1", "intern-hemmelig")["id"];
  auto paths = EveryGetPath({{"key", {"nes-2023-2030", "intern-hemmelig"}},
                             {"item", {"1B-t1-d1", "m1", "m1-t1"}},
                             {"id", {std::to_string(item_id), std::to_string(secret_id), "1"}},
                             {"code", codes},
                             {"indicator", codes},
                             {"period", {"2023-Q1", "2023-Q3"}},
                             {"other", {"2023-Q1", "2023-Q3"}},
                             {"subject", {"item:1B-t1-d1", "strategy"}},
                             {"path", {"site.css"}}});
  ASSERT_GT(paths.size(), 50u);
  const auto secrets = Secrets();
  for (const auto& path : paths) {
    auto r = HttpRequest(server_->port(), "GET", path);
    SCOPED_TRACE(path);
    EXPECT_LT(r.status, 500) << path << " " << r.body.substr(0, 300);
    // Not even a published status report names an internal indicator
    // (docs/security.md, "The visibility rule").
    for (const auto& s : secrets) EXPECT_FALSE(Has(r.body, s)) << "leaks: " << s;
  }
}

TEST_P(SecurityTest, EveryResponseCarriesTheSecurityHeaders) {
  for (const std::string path : {"/", "/api/v1/strategies", "/static/site.css", "/finnes-ikke",
                                 "/api/v1/finnes-ikke", "/logg-inn"}) {
    auto r = HttpRequest(server_->port(), "GET", path);
    SCOPED_TRACE(path);
    const auto& csp = r.headers["Content-Security-Policy"];
    EXPECT_TRUE(Has(csp, "frame-ancestors 'none'")) << csp;
    EXPECT_TRUE(Has(csp, "script-src 'self'")) << csp;
    EXPECT_FALSE(Has(csp, "unsafe-inline")) << csp;
    EXPECT_EQ(r.headers["X-Content-Type-Options"], "nosniff");
    EXPECT_FALSE(r.headers["Referrer-Policy"].empty());
  }
}

TEST_P(SecurityTest, StaticFilesCannotBeReadOutsideTheirFolder) {
  for (const std::string path : {"/static/../CMakeLists.txt", "/static/%2e%2e/CMakeLists.txt",
                                 "/static/%2e%2e%2fCMakeLists.txt", "/static/..%2f..%2fetc%2fpasswd",
                                 "/static//etc/passwd", "/static/%2fetc%2fpasswd",
                                 "/static/..\\CMakeLists.txt"}) {
    auto r = HttpRequest(server_->port(), "GET", path);
    SCOPED_TRACE(path);
    EXPECT_TRUE(r.status == 400 || r.status == 404) << r.status;
    EXPECT_FALSE(Has(r.body, "cmake_minimum_required"));
    EXPECT_FALSE(Has(r.body, "root:x:0:0"));
  }
}

TEST_P(SecurityTest, AMalformedAddressIsABadRequestNotAServerError) {
  Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(server_->port())));
  socket.setReceiveTimeout(Poco::Timespan(10, 0));
  std::string head = "GET /%zz%\x01" "bad HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
  socket.sendBytes(head.data(), static_cast<int>(head.size()));
  char buf[64] = {};
  int n = socket.receiveBytes(buf, sizeof buf - 1);
  ASSERT_GT(n, 12);
  EXPECT_EQ(std::string(buf, 12), "HTTP/1.1 400");
}

// A bad escape in the query string used to escape as a Poco exception
// and become a 500 (found by the query_string fuzzer, docs/testing.md).
TEST_P(SecurityTest, AMalformedQueryIsABadRequestNotAServerError) {
  for (const std::string path : {"/api/v1/strategies?lang=%zz", "/api/v1/indicators?x=%"}) {
    SCOPED_TRACE(path);
    auto r = HttpRequest(server_->port(), "GET", path);
    EXPECT_EQ(r.status, 400);
    auto error = nlohmann::json::parse(r.body)["error"];
    EXPECT_EQ(error["field"], "uri");
  }
  // Bytes that are not UTF-8 used to make the JSON error answer fail.
  for (const std::string path : {"/api/v1/items/%FF", "/api/v1/indicators/%C3", "/api/v1/cases?body=%FF"}) {
    SCOPED_TRACE(path);
    auto r = HttpRequest(server_->port(), "GET", path);
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(nlohmann::json::parse(r.body)["error"]["field"], "uri");
  }
  for (const std::string path : {"/veikart?strategi=%zz", "/monitor?x=%4", "/veikart?eier=%FF"}) {
    SCOPED_TRACE(path);
    auto r = HttpRequest(server_->port(), "GET", path);
    EXPECT_EQ(r.status, 400);
  }
}

TEST_P(SecurityTest, AnOversizedBodyIsRefusedBeforeItIsRead) {
  // Only the headers are sent: the server must answer from Content-Length
  // alone, without waiting for 9 MiB.
  Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(server_->port())));
  socket.setReceiveTimeout(Poco::Timespan(10, 0));
  std::string head =
      "POST /logg-inn HTTP/1.1\r\nHost: 127.0.0.1\r\n"
      "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 9437184\r\n\r\n";
  socket.sendBytes(head.data(), static_cast<int>(head.size()));
  char buf[64] = {};
  int n = socket.receiveBytes(buf, sizeof buf - 1);
  ASSERT_GT(n, 12);
  EXPECT_EQ(std::string(buf, 12), "HTTP/1.1 413");
}

INSTANTIATE_PER_ENGINE(SecurityTest);

}  // namespace
}  // namespace fremdrift::testing
