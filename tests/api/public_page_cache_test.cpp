// HTTP caching of public pages: an anonymous visitor's page carries an
// ETag from the data's version and language and may be kept
// (`Cache-Control: public, no-cache`); asking again with that ETag gets
// 304 until the data changes, and then the new page at once. Signed-in
// users' pages are never cached or answered 304.
#include "api_fixture.h"

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

INSTANTIATE_TEST_SUITE_P(Engines, PublicPageCacheTest, ::testing::ValuesIn(AllEngines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace fremdrift::testing
