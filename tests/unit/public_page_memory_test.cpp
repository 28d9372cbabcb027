// The anonymous pages the server keeps in memory: same bytes back, a
// bound on the bytes kept, the least recently used page goes first, and a
// page too large to keep is not kept.
#include "web/public_page_memory.h"

#include <gtest/gtest.h>

namespace fremdrift {
namespace {

Response Page(const std::string& body) {
  Response r = Response::Html(body);
  r.headers.emplace_back("ETag", "W/\"t\"");
  r.route_pattern = "/monitor";
  r.user_name = "";
  return r;
}

TEST(PublicPageMemory, GivesBackTheSamePageWithItsHeaders) {
  PublicPageMemory memory(1000);
  EXPECT_FALSE(memory.Get("a").has_value());
  memory.Put("a", Page("<p>hei</p>"));
  auto kept = memory.Get("a");
  ASSERT_TRUE(kept.has_value());
  EXPECT_EQ(kept->Body(), "<p>hei</p>");
  EXPECT_EQ(kept->status, 200);
  ASSERT_EQ(kept->headers.size(), 1u);
  EXPECT_EQ(kept->headers[0].second, "W/\"t\"");
  EXPECT_TRUE(kept->route_pattern.empty()) << "the access log's fields are the request's own";
}

TEST(PublicPageMemory, KeepsNoMoreThanItsBoundAndDropsTheLeastRecentlyUsed) {
  PublicPageMemory memory(1000);
  const std::string body(90, 'x');  // within a tenth of the bound
  for (std::string key : {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}) memory.Put(key, Page(body));
  ASSERT_TRUE(memory.Get("a").has_value());  // a is now the most recently used
  memory.Put("k", Page(body));
  memory.Put("l", Page(body));
  EXPECT_TRUE(memory.Get("a").has_value());
  EXPECT_FALSE(memory.Get("b").has_value());
  EXPECT_FALSE(memory.Get("c").has_value());
  EXPECT_TRUE(memory.Get("l").has_value());
}

TEST(PublicPageMemory, DoesNotKeepAPageLargerThanATenthOfItsBound) {
  PublicPageMemory memory(1000);
  memory.Put("big", Page(std::string(200, 'x')));
  EXPECT_FALSE(memory.Get("big").has_value());
}

TEST(PublicPageMemory, PuttingAKeyAgainReplacesItsPage) {
  PublicPageMemory memory(1000);
  memory.Put("a", Page("en"));
  memory.Put("a", Page("to"));
  EXPECT_EQ(memory.Get("a")->Body(), "to");
}

}  // namespace
}  // namespace fremdrift
