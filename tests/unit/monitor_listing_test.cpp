// ListMonitor (render/monitor_listing.h): the monitor's overview narrowed by
// words and goal and cut into pages of rows, with every goal in its place
// when nothing is chosen, and its addresses.
#include <gtest/gtest.h>

#include "render/monitor_listing.h"
#include "support/indicator_codes.h"

namespace fremdrift {
namespace {

using testing::Codes;

PlanItem Goal(int64_t id, const std::string& key) {
  PlanItem p;
  p.id = id;
  p.level = 1;
  p.key = key;
  return p;
}

Indicator Ind(const std::string& code, const std::string& name, const std::string& parent = "") {
  Indicator i;
  i.code = code;
  i.name = name;
  i.parent = parent;
  return i;
}

class MonitorListingTest : public ::testing::Test {
 protected:
  std::vector<PlanItem> goals = {Goal(1, "m1"), Goal(2, "m2"), Goal(3, "m3")};
  std::vector<Indicator> inds = {Ind("a", "Kjernejournal"), Ind("b", "E-resept"),    Ind("c", "Helsenorge"),
                                 Ind("c1", "Helsenorge del", "c"), Ind("d", "Videokonsultasjon"),
                                 Ind("e", "Pasientjournal")};
  MonitorGrouping grouping;
  void SetUp() override {
    // m1: a, b, c (with its part c1); m2: none; m3: d, and a again; others: e.
    grouping.goals = {{&goals[0], {&inds[0], &inds[1], &inds[2], &inds[3]}},
                      {&goals[1], {}},
                      {&goals[2], {&inds[0], &inds[4]}}};
    grouping.others = {&inds[5]};
  }
};

TEST_F(MonitorListingTest, WithNothingChosenEveryGoalHasItsPlaceAndPartsAreNoRows) {
  MonitorListing l = ListMonitor(grouping, {});
  ASSERT_EQ(l.sections.size(), 4u);
  EXPECT_EQ(Codes(l.sections[0].rows), (std::vector<std::string>{"a", "b", "c"})) << "c1 is inside c's card";
  EXPECT_TRUE(l.sections[1].rows.empty()) << "a goal without indicators keeps its place";
  EXPECT_EQ(Codes(l.sections[2].rows), (std::vector<std::string>{"a", "d"})) << "a row under each goal it follows up";
  EXPECT_EQ(l.sections[3].goal, nullptr);
  EXPECT_EQ(l.rows, 6u);
  EXPECT_EQ(l.indicators, 6u) << "distinct indicators, the part included";
  EXPECT_EQ(l.pages, 1u);
  for (const auto& s : l.sections) EXPECT_TRUE(l.Shown(s));
}

TEST_F(MonitorListingTest, PagesCutSectionsAndEmptyGoalsSitWhereTheyFall) {
  MonitorListing first = ListMonitor(grouping, {.page = 1}, 2);
  EXPECT_EQ(first.pages, 3u);
  EXPECT_TRUE(first.Shown(first.sections[0]));
  EXPECT_EQ(first.RowsOnPage(first.sections[0]), (std::pair<size_t, size_t>{0, 2}));
  EXPECT_FALSE(first.Shown(first.sections[1]));
  EXPECT_EQ(first.PageOf(first.sections[2]), 2u);

  MonitorListing second = ListMonitor(grouping, {.page = 2}, 2);
  EXPECT_EQ(second.RowsOnPage(second.sections[0]), (std::pair<size_t, size_t>{2, 3})) << "m1 continues";
  EXPECT_TRUE(second.Shown(second.sections[1])) << "the empty goal, between m1's last row and m3's first";
  EXPECT_EQ(second.RowsOnPage(second.sections[2]), (std::pair<size_t, size_t>{0, 1}));
  EXPECT_FALSE(second.Shown(second.sections[3]));

  MonitorListing third = ListMonitor(grouping, {.page = 3}, 2);
  EXPECT_EQ(third.RowsOnPage(third.sections[2]), (std::pair<size_t, size_t>{1, 2}));
  EXPECT_TRUE(third.Shown(third.sections[3]));
  EXPECT_FALSE(third.Shown(third.sections[0]));

  MonitorListing past = ListMonitor(grouping, {.page = 4}, 2);
  EXPECT_GT(past.page, past.pages) << "the caller refuses a page past the end";
}

TEST_F(MonitorListingTest, WordsMatchCodeOrNameIgnoringCaseAndDropEmptySections) {
  MonitorListing l = ListMonitor(grouping, {.words = "JOURNAL"});
  ASSERT_EQ(l.sections.size(), 3u);
  EXPECT_EQ(Codes(l.sections[0].rows), (std::vector<std::string>{"a"}));
  EXPECT_EQ(Codes(l.sections[1].rows), (std::vector<std::string>{"a"}));
  EXPECT_EQ(Codes(l.sections[2].rows), (std::vector<std::string>{"e"}));
  EXPECT_EQ(l.indicators, 2u);

  // A part that matches without its parent is a row of its own.
  MonitorListing part = ListMonitor(grouping, {.words = "del"});
  ASSERT_EQ(part.sections.size(), 1u);
  EXPECT_EQ(Codes(part.sections[0].rows), (std::vector<std::string>{"c1"}));

  EXPECT_TRUE(ListMonitor(grouping, {.words = "finnes ikke"}).sections.empty());
}

TEST_F(MonitorListingTest, AGoalOrTheOthersAlone) {
  MonitorListing m3 = ListMonitor(grouping, {.goal = "m3"});
  ASSERT_EQ(m3.sections.size(), 1u);
  EXPECT_EQ(m3.sections[0].goal->key, "m3");
  EXPECT_EQ(m3.rows, 2u);
  MonitorListing others = ListMonitor(grouping, {.goal = std::string(kMonitorOthersKey)});
  ASSERT_EQ(others.sections.size(), 1u);
  EXPECT_EQ(others.sections[0].goal, nullptr);
  EXPECT_TRUE(ListMonitor(grouping, {.goal = "m2"}).sections.empty()) << "a chosen goal without indicators: none";
}

TEST(MonitorPageUrlTest, LeavesOutWhatIsNotChosenAndEncodesWords) {
  EXPECT_EQ(MonitorPageUrl({}), "/monitor");
  EXPECT_EQ(MonitorPageUrl({.page = 1}), "/monitor");
  EXPECT_EQ(MonitorPageUrl({.goal = "m2", .page = 3}), "/monitor?mal=m2&side=3");
  EXPECT_EQ(MonitorPageUrl({.words = "e-resept & co"}), "/monitor?q=e-resept%20%26%20co");
}

}  // namespace
}  // namespace fremdrift
