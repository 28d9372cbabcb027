// HTTP caching of public pages: an anonymous visitor's page carries an
// ETag from the data's version and language and may be kept
// (`Cache-Control: public, no-cache`); asking again with that ETag gets
// 304 until the data changes, and then the new page at once. Signed-in
// users' pages are never cached or answered 304. The server itself keeps
// an anonymous page it made under that tag and gives the same bytes to the
// next visitor (web/public_page_memory.h) — never a stale one, and never a
// page that carries one visitor's form token.
#include "support/api_fixture.h"
#include "app/vendor_invite.h"
#include "storage/organisation_store.h"
#include "storage/system_clock.h"
#include "storage/user_store.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

class PublicPageCacheTest : public ApiTest {
 protected:
  HttpResult Get(const std::string& path, const std::map<std::string, std::string>& headers = {}) {
    return HttpRequest(server_->port(), "GET", path, "", headers);
  }
};

TEST_P(PublicPageCacheTest, AnonymousPagesCarryAnEtagAndRevalidateTo304) {
  for (std::string path : {"/", "/monitor", "/veikart", "/strategi/nes-2023-2030"}) {
    auto first = Get(path);
    ASSERT_EQ(first.status, 200) << path;
    const std::string etag = first.headers["ETag"];
    EXPECT_EQ(etag.rfind("W/\"", 0), 0u) << path << ": " << etag;
    EXPECT_EQ(first.headers["Cache-Control"], "public, no-cache") << path;
    EXPECT_EQ(first.headers["Vary"], "Cookie") << path;
    auto again = Get(path, {{"If-None-Match", etag}});
    EXPECT_EQ(again.status, 304) << path;
    EXPECT_TRUE(again.body.empty());
    EXPECT_EQ(again.headers["ETag"], etag);
    EXPECT_EQ(Get(path, {{"If-None-Match", "W/\"other\", " + etag}}).status, 304) << "a list of tags";
    EXPECT_EQ(Get(path, {{"If-None-Match", "W/\"other\""}}).status, 200);
  }
}

TEST_P(PublicPageCacheTest, TheLanguageIsPartOfTheTag) {
  auto nb = Get("/monitor");
  auto en = Get("/monitor", {{"Cookie", "lang=en"}});
  ASSERT_EQ(en.status, 200);
  EXPECT_NE(nb.headers["ETag"], en.headers["ETag"]);
  EXPECT_EQ(Get("/monitor", {{"Cookie", "lang=en"}, {"If-None-Match", nb.headers["ETag"]}}).status, 200)
      << "the Norwegian page's tag does not stand for the English page";
  // The answer that sets the language cookie is not kept.
  auto switching = Get("/monitor?lang=en");
  EXPECT_EQ(switching.headers.count("ETag"), 0u);
  EXPECT_EQ(switching.headers["Cache-Control"], "no-store");
}

TEST_P(PublicPageCacheTest, AChangeMakesTheTagStaleAtOnce) {
  const std::string page = "/strategi/nes-2023-2030/4B-t1-d5";
  auto before = Get(page);
  ASSERT_EQ(before.status, 200);
  const std::string etag = before.headers["ETag"];
  json item = DemoItem("4B-t1-d5");
  auto put = server_->Send("PUT", ItemPath(item), {{"title", "Ny tittel på leveransen"}, {"version", item["version"]}},
                           AdminToken());
  ASSERT_EQ(put.status, 200) << put.body;
  auto after = Get(page, {{"If-None-Match", etag}});
  EXPECT_EQ(after.status, 200);
  EXPECT_NE(after.headers["ETag"], etag);
  EXPECT_NE(after.body.find("Ny tittel på leveransen"), std::string::npos);
}

TEST_P(PublicPageCacheTest, SignedInAndApiAnswersAreNeverCached) {
  const std::string etag = Get("/monitor").headers["ETag"];
  auto with_token = Get("/monitor", {{"Authorization", "Bearer " + AdminToken()}, {"If-None-Match", etag}});
  EXPECT_EQ(with_token.status, 200) << "never 304 for a signed-in user";
  EXPECT_EQ(with_token.headers.count("ETag"), 0u);
  EXPECT_EQ(with_token.headers["Cache-Control"], "no-store");
  auto with_session = Get("/monitor", {{"Cookie", "fremdrift_session=whatever"}, {"If-None-Match", etag}});
  EXPECT_EQ(with_session.status, 200);
  EXPECT_EQ(with_session.headers["Cache-Control"], "no-store");
  auto api = Get("/api/v1/strategies", {{"If-None-Match", etag}});
  EXPECT_EQ(api.status, 200);
  EXPECT_EQ(api.headers["Cache-Control"], "no-store");
  EXPECT_EQ(Get("/logg-inn").headers["Cache-Control"], "no-store");
}

TEST_P(PublicPageCacheTest, AKeptPageIsServedAgainAndNeverStale) {
  const std::string page = "/strategi/nes-2023-2030/4B-t1-d5";
  auto first = Get(page);
  ASSERT_EQ(first.status, 200);
  auto second = Get(page);
  ASSERT_EQ(second.status, 200);
  EXPECT_EQ(second.body, first.body);
  EXPECT_EQ(second.headers["ETag"], first.headers["ETag"]);
  EXPECT_EQ(second.headers["Cache-Control"], "public, no-cache");
  EXPECT_NE(second.headers["X-Request-Id"], first.headers["X-Request-Id"]) << "each answer has its own id";
  json item = DemoItem("4B-t1-d5");
  auto put = server_->Send("PUT", ItemPath(item), {{"title", "Enda en ny tittel"}, {"version", item["version"]}},
                           AdminToken());
  ASSERT_EQ(put.status, 200) << put.body;
  auto after = Get(page);  // no If-None-Match: the kept page must not come back
  ASSERT_EQ(after.status, 200);
  EXPECT_NE(after.body.find("Enda en ny tittel"), std::string::npos);
  EXPECT_NE(after.headers["ETag"], first.headers["ETag"]);
  // The same page under another target is its own entry, made afresh.
  EXPECT_NE(Get(page + "?x=1").body.find("Enda en ny tittel"), std::string::npos);
}

TEST_P(PublicPageCacheTest, APageWithAVisitorsFormTokenIsNeverKept) {
  std::string token;
  {
    auto lease = server_->pool().Acquire();
    OrganisationStore(*lease).Insert({0, "testlab", "Testlab AS (fiktiv)", "vendor", "", 1});
    AdminToken();
    User admin = *UserStore(*lease).FindByName("admin");
    token = CreateVendorInvite(*lease, admin, "testlab", SystemClock().NowUtcSeconds());
  }
  const std::string path = "/helseapper/registrer/" + token;
  auto first = Get(path);
  ASSERT_EQ(first.status, 200);
  std::string cookie = first.headers["Set-Cookie"].substr(0, first.headers["Set-Cookie"].find(';'));
  ASSERT_EQ(cookie.rfind("fremdrift_csrf=", 0), 0u) << cookie;
  const std::string visitors_token = cookie.substr(cookie.find('=') + 1);
  // The visitor comes back with the cookie: the page carries their token
  // and no Set-Cookie, and still must not be kept by anyone.
  auto back = Get(path, {{"Cookie", cookie}});
  ASSERT_EQ(back.status, 200);
  EXPECT_NE(back.body.find(visitors_token), std::string::npos);
  EXPECT_EQ(back.headers.count("ETag"), 0u);
  EXPECT_EQ(back.headers["Cache-Control"], "no-store");
  auto other = Get(path);
  ASSERT_EQ(other.status, 200);
  EXPECT_EQ(other.body.find(visitors_token), std::string::npos) << "another visitor got the first one's token";
}

INSTANTIATE_PER_ENGINE(PublicPageCacheTest);

}  // namespace
}  // namespace fremdrift::testing
