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
  EXPECT_FALSE(memory.Get("a", "v1").has_value());
  memory.Put("a", "v1", Page("<p>hei</p>"));
  auto kept = memory.Get("a", "v1");
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
  for (std::string key : {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}) memory.Put(key, "v1", Page(body));
  ASSERT_TRUE(memory.Get("a", "v1").has_value());  // a is now the most recently used
  memory.Put("k", "v1", Page(body));
  memory.Put("l", "v1", Page(body));
  EXPECT_TRUE(memory.Get("a", "v1").has_value());
  EXPECT_FALSE(memory.Get("b", "v1").has_value());
  EXPECT_FALSE(memory.Get("c", "v1").has_value());
  EXPECT_TRUE(memory.Get("l", "v1").has_value());
}

TEST(PublicPageMemory, DoesNotKeepAPageLargerThanATenthOfItsBound) {
  PublicPageMemory memory(1000);
  memory.Put("big", "v1", Page(std::string(200, 'x')));
  EXPECT_FALSE(memory.Get("big", "v1").has_value());
}

TEST(PublicPageMemory, PuttingAKeyAgainReplacesItsPage) {
  PublicPageMemory memory(1000);
  memory.Put("a", "v1", Page("en"));
  memory.Put("a", "v1", Page("to"));
  EXPECT_EQ(memory.Get("a", "v1")->Body(), "to");
}

// Every change of the data gives a page a new tag; the page of the new tag
// takes the old one's place instead of filling the memory beside it.
TEST(PublicPageMemory, APageOfANewerTagTakesTheOlderOnesPlace) {
  PublicPageMemory memory(1000);
  memory.Put("a", "v1", Page(std::string(50, 'x')));
  for (int v = 2; v <= 100; ++v) memory.Put("a", "v" + std::to_string(v), Page(std::string(50, 'y')));
  EXPECT_FALSE(memory.Get("a", "v1").has_value());
  ASSERT_TRUE(memory.Get("a", "v100").has_value());
  // 99 pages of 50 bytes would have passed the bound of 1,000 long ago;
  // a page of another address is still kept beside the one slot.
  memory.Put("b", "v1", Page(std::string(50, 'z')));
  EXPECT_TRUE(memory.Get("a", "v100").has_value());
  EXPECT_TRUE(memory.Get("b", "v1").has_value());
}

}  // namespace
}  // namespace fremdrift
