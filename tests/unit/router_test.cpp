// The router's matching (web/router.h), on a small table of its own: a
// literal segment beats a capture, captures come back by name, a path of
// other methods lists them (for 405), HEAD is answered as GET, and an
// empty segment or a different length matches nothing.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "web/router.h"

namespace fremdrift {
namespace {

constexpr routes::RouteSpec kItems{"items", "/items", routes::kGet | routes::kPost};
constexpr routes::RouteSpec kItem{"item", "/items/{id}", routes::kGet | routes::kPut | routes::kDelete};
constexpr routes::RouteSpec kNewItem{"new_item", "/items/new", routes::kGet};
constexpr routes::RouteSpec kItemPart{"item_part", "/items/{id}/parts/{part}", routes::kGet};
constexpr routes::RouteSpec kRoot{"root", "/", routes::kGet};

Handler Named(const std::string& name) {
  return [name](RequestContext&) { return Response::Html(name); };
}

class RouterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    router_.Add("GET", kItems, Named("items"));
    router_.Add("POST", kItems, Named("add"));
    router_.Add("GET", kItem, Named("item"));
    router_.Add("PUT", kItem, Named("change"));
    router_.Add("GET", kItemPart, Named("part"));
    router_.Add("GET", kNewItem, Named("new"));
    router_.Add("GET", kRoot, Named("root"));
  }
  const Route* Match(const std::string& method, const std::string& path) {
    params_.clear();
    allowed_.clear();
    return router_.Match(method, path, params_, allowed_);
  }
  Router router_;
  std::map<std::string, std::string> params_;
  std::vector<std::string> allowed_;
};

TEST_F(RouterTest, ALiteralSegmentBeatsACaptureWhicheverWasAddedFirst) {
  const Route* r = Match("GET", "/items/new");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->pattern, "/items/new");
  EXPECT_TRUE(params_.empty());
  r = Match("GET", "/items/42");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->pattern, "/items/{id}");
  EXPECT_EQ(params_.at("id"), "42");
}

TEST_F(RouterTest, CapturesComeBackByName) {
  const Route* r = Match("GET", "/items/7/parts/wheel");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->pattern, "/items/{id}/parts/{part}");
  EXPECT_EQ(params_, (std::map<std::string, std::string>{{"id", "7"}, {"part", "wheel"}}));
}

TEST_F(RouterTest, APathOfOtherMethodsListsThemForA405) {
  EXPECT_EQ(Match("DELETE", "/items/7"), nullptr);
  EXPECT_EQ(allowed_, (std::vector<std::string>{"GET", "PUT"}));
  EXPECT_EQ(Match("PATCH", "/items"), nullptr);
  EXPECT_EQ(allowed_, (std::vector<std::string>{"GET", "POST"}));
}

TEST_F(RouterTest, HeadIsAnsweredAsGet) {
  const Route* r = Match("HEAD", "/items");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->method, "GET");
}

TEST_F(RouterTest, AnEmptySegmentOrAnotherLengthMatchesNothing) {
  EXPECT_EQ(Match("GET", "/items/"), nullptr) << "a capture never takes an empty segment";
  EXPECT_EQ(Match("GET", "/items//parts/x"), nullptr);
  EXPECT_EQ(Match("GET", "/items/7/parts"), nullptr);
  EXPECT_EQ(Match("GET", "/items/7/parts/x/y"), nullptr);
  EXPECT_EQ(Match("GET", "/nothing"), nullptr);
  EXPECT_TRUE(allowed_.empty()) << "no route has the path: 404, not 405";
  const Route* r = Match("GET", "/");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->pattern, "/");
}

}  // namespace
}  // namespace fremdrift
