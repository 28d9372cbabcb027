// The series kept in memory (web/series_cache.h): an answer is given only
// for the version it was made at, and a newer version takes the older
// one's place, so that many writes to one indicator never fill the cache.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "web/series_cache.h"

namespace fremdrift {
namespace {

std::shared_ptr<const SeriesCache::Entry> CacheEntry(const std::string& body) {
  return std::make_shared<const SeriesCache::Entry>(
      SeriesCache::Entry{std::make_shared<const std::string>(body), "\"" + body + "\"", "application/json"});
}

TEST(SeriesCache, GivesAnAnswerOnlyForTheVersionItWasMadeAt) {
  SeriesCache cache(4);
  EXPECT_EQ(cache.Get("a", "1"), nullptr);
  cache.Put("a", "1", CacheEntry("one"));
  ASSERT_NE(cache.Get("a", "1"), nullptr);
  EXPECT_EQ(*cache.Get("a", "1")->body, "one");
  EXPECT_EQ(cache.Get("a", "2"), nullptr);
}

TEST(SeriesCache, ANewerVersionTakesTheOlderOnesPlace) {
  SeriesCache cache(4);
  for (int v = 1; v <= 100; ++v) cache.Put("a", std::to_string(v), CacheEntry("v" + std::to_string(v)));
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.Get("a", "1"), nullptr);
  EXPECT_EQ(*cache.Get("a", "100")->body, "v100");
}

TEST(SeriesCache, KeepsNoMoreAddressesThanItsCapacity) {
  SeriesCache cache(2);
  cache.Put("a", "1", CacheEntry("a"));
  cache.Put("b", "1", CacheEntry("b"));
  ASSERT_NE(cache.Get("a", "1"), nullptr);  // a is now the most recently used
  cache.Put("c", "1", CacheEntry("c"));
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_NE(cache.Get("a", "1"), nullptr);
  EXPECT_EQ(cache.Get("b", "1"), nullptr);
}

}  // namespace
}  // namespace fremdrift
