// The one cache of the server's kept answers (domain/kept_by_address.h):
// a value comes back only under the key it was kept with, a newer key
// takes the older one's place, and the bound drops the least recently used.
#include "domain/kept_by_address.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace fremdrift {
namespace {

TEST(KeptByAddress, GivesAValueBackOnlyUnderItsOwnKey) {
  KeptByAddress<std::string, std::string> kept(100);
  EXPECT_EQ(kept.Find("monitor", "v1"), nullptr);
  kept.Keep("monitor", "v1", std::make_shared<const std::string>("kort"));
  ASSERT_NE(kept.Find("monitor", "v1"), nullptr);
  EXPECT_EQ(*kept.Find("monitor", "v1"), "kort");
  EXPECT_EQ(kept.Find("monitor", "v2"), nullptr) << "a newer state of the data never gets an older value";
  EXPECT_EQ(kept.Find("home", "v1"), nullptr);
}

TEST(KeptByAddress, ANewerKeyTakesTheOlderOnesPlace) {
  KeptByAddress<int64_t, std::string, int64_t> kept(100);
  for (int64_t v = 1; v <= 1000; ++v) kept.Keep(7, v, std::make_shared<const std::string>("v"));
  EXPECT_EQ(kept.Size(), 1u) << "a thousand writes to one row keep one value";
  EXPECT_EQ(kept.Find(7, 999), nullptr);
  EXPECT_NE(kept.Find(7, 1000), nullptr);
}

TEST(KeptByAddress, PastItsBoundTheLeastRecentlyUsedGoFirst) {
  KeptByAddress<int, int> kept(3);
  for (const char* a : {"a", "b", "c"}) kept.Keep(a, 1, std::make_shared<const int>(1));
  ASSERT_NE(kept.Find("a", 1), nullptr);  // a is now the most recently used
  kept.Keep("d", 1, std::make_shared<const int>(1));
  EXPECT_EQ(kept.Size(), 3u);
  EXPECT_NE(kept.Find("a", 1), nullptr);
  EXPECT_EQ(kept.Find("b", 1), nullptr);
  EXPECT_NE(kept.Find("c", 1), nullptr);
  EXPECT_NE(kept.Find("d", 1), nullptr);
}

TEST(KeptByAddress, BoundedByCostAValueTooCostlyIsNotKept) {
  KeptByAddress<int, std::string> kept(1000);
  kept.Keep("big", 1, std::make_shared<const std::string>(200, 'x'), 200);
  EXPECT_EQ(kept.Find("big", 1), nullptr) << "more than a tenth of the bound";
  for (int i = 0; i < 20; ++i) kept.Keep(std::to_string(i), 1, std::make_shared<const std::string>(90, 'x'), 90);
  EXPECT_EQ(kept.Size(), 11u) << "eleven values of 90 fit in 1,000";
  EXPECT_NE(kept.Find("19", 1), nullptr);
  EXPECT_EQ(kept.Find("0", 1), nullptr);
}

TEST(KeptByAddress, FindOrMakeMakesOnlyWhatIsNotKept) {
  KeptByAddress<int, std::string> kept(10);
  int made = 0;
  auto make = [&] {
    ++made;
    return std::string("laget");
  };
  EXPECT_EQ(*kept.FindOrMake("x", 1, make), "laget");
  EXPECT_EQ(*kept.FindOrMake("x", 1, make), "laget");
  EXPECT_EQ(made, 1);
  kept.FindOrMake("x", 2, make);
  EXPECT_EQ(made, 2);
}

// Many request threads use one instance at once.
TEST(KeptByAddress, AWriterMovesAKeptValueOnOnlyFromTheKeyItKnows) {
  KeptByAddress<int, std::string> kept(10);
  kept.Keep("ind", 1, std::make_shared<const std::string>("v1"));
  auto from = [](int known) {
    return [known](int key, const std::string& value) -> std::optional<std::pair<int, std::shared_ptr<const std::string>>> {
      if (key != known) return std::nullopt;
      return std::pair{key + 1, std::make_shared<const std::string>(value + "+")};
    };
  };
  kept.Advance("ind", from(1));
  EXPECT_EQ(kept.Find("ind", 1), nullptr) << "the older state is gone";
  ASSERT_NE(kept.Find("ind", 2), nullptr);
  EXPECT_EQ(*kept.Find("ind", 2), "v1+");
  kept.Advance("ind", from(1));
  EXPECT_EQ(*kept.Find("ind", 2), "v1+") << "kept under another key than the writer's: left as it is";
  kept.Advance("none", from(1));
  EXPECT_EQ(kept.Size(), 1u) << "nothing is kept where nothing was";
}

TEST(KeptByAddress, HoldsUnderConcurrentUse) {
  KeptByAddress<int, int> kept(50);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&kept] {
      for (int i = 0; i < 20000; ++i) {
        const std::string address = std::to_string(i % 80);
        if (auto v = kept.Find(address, i % 3)) EXPECT_EQ(*v, i % 3);
        kept.Keep(address, i % 3, std::make_shared<const int>(i % 3));
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_LE(kept.Size(), 50u);
}

}  // namespace
}  // namespace fremdrift
