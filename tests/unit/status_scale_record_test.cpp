// Status scales as records (domain/status_scale.h,
// domain/status_scale_catalogue.h): the catalogue's records, the rules of a
// record, and the roll-up and trend working on any scale by its order,
// whichever end of the record is good.
#include <gtest/gtest.h>

#include "domain/assessment.h"
#include "domain/status_rollup.h"
#include "domain/status_scale.h"
#include "domain/status_scale_catalogue.h"

namespace fremdrift {
namespace {

std::vector<std::string> Keys(const StatusScale& s) {
  std::vector<std::string> out;
  for (const auto& l : s.levels()) out.push_back(l.key);
  return out;
}

// A four-level scale listed worst first, good end last: not from any
// source, it shows that the roll-up reads the order and not the names.
StatusScaleRecord WorstFirst() {
  return {"test_worst_first", "Test", "Test", "",
          {{"d", "D", "D", "#c62828", StatusShape::kSquare},
           {"c", "C", "C", "#e06c1f", StatusShape::kTriangleDown},
           {"b", "B", "B", "#7fa32c", StatusShape::kDiamond},
           {"a", "A", "A", "#1a7f37", StatusShape::kCircle}},
          GoodEnd::kLast};
}

TEST(StatusScaleRecordTest, TheCatalogueHoldsTheFourRecordsEachValidWithAShapePerLevel) {
  std::vector<std::string> keys;
  for (const auto& r : StatusScaleRecords()) {
    keys.push_back(r.key);
    EXPECT_TRUE(StatusScaleProblems(r).empty()) << r.key;
    ASSERT_TRUE(StatusScale::Named(r.key)) << r.key;
  }
  EXPECT_EQ(keys, (std::vector<std::string>{"traffic_light", "five_point", "ikt_ressursrapport", "robusthet"}));
  auto lights = *StatusScale::Named("traffic_light");
  EXPECT_EQ(Keys(lights), (std::vector<std::string>{"green", "yellow", "red"}));
  // Neighbouring levels never share a shape, so the mark tells them apart without colour.
  for (const auto& r : StatusScaleRecords()) {
    for (size_t i = 1; i < r.levels.size(); ++i) EXPECT_NE(r.levels[i].shape, r.levels[i - 1].shape) << r.key;
  }
}

TEST(StatusScaleRecordTest, TheSourcesWordsAreTheirLevels) {
  auto ict = *StatusScale::Named("ikt_ressursrapport");
  EXPECT_EQ(Keys(ict), std::vector<std::string>{"kommet_langt"});
  EXPECT_EQ(ict.Name("kommet_langt", "nb"), "Kommet langt");
  auto robust = *StatusScale::Named("robusthet");
  EXPECT_EQ(Keys(robust), (std::vector<std::string>{"i_noen_grad", "i_begrenset_grad", "i_liten_grad"}));
  EXPECT_EQ(robust.Name("i_liten_grad", "nb"), "I liten grad");
  EXPECT_EQ(robust.Name("i_liten_grad", "en"), "To a small degree");
}

TEST(StatusScaleRecordTest, ARecordWithItsGoodEndLastIsHeldBestFirst) {
  StatusScale s = StatusScale::FromRecord(WorstFirst());
  EXPECT_EQ(Keys(s), (std::vector<std::string>{"a", "b", "c", "d"}));
  EXPECT_EQ(s.Rank("a"), 0);
  EXPECT_EQ(s.Rank("d"), 3);
  EXPECT_EQ(s.record().levels.front().key, "d") << "the record keeps its own order";
}

TEST(StatusScaleRecordTest, ABrokenRecordNamesEachProblem) {
  StatusScaleRecord r = WorstFirst();
  r.name_nb = "";
  r.levels[1].key = "d";
  r.levels[2].colour = "green";
  r.levels[3].key = "not_assessed";
  std::vector<std::string> fields;
  for (const auto& p : StatusScaleProblems(r)) fields.push_back(p.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"name_nb", "levels[1].key", "levels[2].colour", "levels[3].key"}));
  r = WorstFirst();
  r.levels.clear();
  EXPECT_FALSE(StatusScaleProblems(r).empty());
}

TEST(StatusScaleRecordTest, KeysAreLowerCaseLettersDigitsAndUnderscore) {
  StatusScaleRecord r = WorstFirst();
  r.key = "Test scale";
  r.levels[0].key = "D-";
  std::vector<std::string> rules;
  for (const auto& p : StatusScaleProblems(r)) rules.push_back(p.field + " " + p.rule);
  EXPECT_EQ(rules, (std::vector<std::string>{"key not_a_scale_key", "levels[0].key not_a_scale_key"}));
}

TEST(StatusScaleRecordTest, StatusesOffScaleNamesWhatAChangeWouldLeaveDangling) {
  StatusScaleRecord r = StatusScale::Named("robusthet")->record();
  // Levels of the scale, the two values outside every scale and "" are all on it.
  EXPECT_TRUE(StatusesOffScale(r, {"i_noen_grad", "i_liten_grad", "not_assessed", "no_data", ""}).empty());
  // Keys of another scale are named once each, in the order first seen.
  EXPECT_EQ(StatusesOffScale(r, {"green", "i_noen_grad", "red", "green"}),
            (std::vector<std::string>{"green", "red"}));
  // Dropping a level in use leaves it dangling.
  r.levels.pop_back();
  EXPECT_EQ(StatusesOffScale(r, {"i_noen_grad", "i_liten_grad"}), std::vector<std::string>{"i_liten_grad"});
}

TEST(ScaleIndependentRollupTest, WorstOfAndWeightedFollowTheOrderOnAnyScale) {
  // The robustness rating: the worst of "I noen grad" and "I liten grad" is "I liten grad".
  auto robust = *StatusScale::Named("robusthet");
  EXPECT_EQ(SuggestStatus({{"q1", "i_noen_grad", 1}, {"q2", "i_liten_grad", 1}}, RollupRule::kWorstOf, robust).status,
            "i_liten_grad");
  // Weighted: ranks 0 and 2 average to the middle level.
  EXPECT_EQ(SuggestStatus({{"q1", "i_noen_grad", 1}, {"q2", "i_liten_grad", 1}}, RollupRule::kWeighted, robust).status,
            "i_begrenset_grad");
  // A scale whose record lists the good end last: worst-of takes "d", the
  // first level of the record, never "a" because it is listed last.
  StatusScale s = StatusScale::FromRecord(WorstFirst());
  EXPECT_EQ(SuggestStatus({{"x", "a", 1}, {"y", "d", 1}, {"z", "b", 1}}, RollupRule::kWorstOf, s).status, "d");
  EXPECT_EQ(SuggestStatus({{"x", "a", 3}, {"y", "c", 1}}, RollupRule::kWeighted, s).status, "b");
  EXPECT_EQ(SuggestStatus({{"x", "not_assessed", 1}}, RollupRule::kWorstOf, s).status, "not_assessed");
  // A one-level scale (the ICT resource report shows one word) rolls up to it.
  auto ict = *StatusScale::Named("ikt_ressursrapport");
  EXPECT_EQ(SuggestStatus({{"x", "kommet_langt", 1}, {"y", "no_data", 1}}, RollupRule::kWeighted, ict).status,
            "kommet_langt");
}

TEST(ScaleIndependentRollupTest, AchievementAndTrendUseTheOrderToo) {
  StatusScale s = StatusScale::FromRecord(WorstFirst());
  EXPECT_EQ(StatusForAchievement(AchievementStatus::kOnTrack, s), "a");
  EXPECT_EQ(StatusForAchievement(AchievementStatus::kOffTrack, s), "d");
  EXPECT_EQ(CompareStatus("d", "b", s), Trend::kImproved);
  EXPECT_EQ(CompareStatus("a", "c", s), Trend::kWorsened);
  auto robust = *StatusScale::Named("robusthet");
  EXPECT_EQ(CompareStatus("i_liten_grad", "i_noen_grad", robust), Trend::kImproved);
}

}  // namespace
}  // namespace fremdrift
