// The reads that let one goal's report and an item's page leave out the
// rest of a large plan give, on each engine, exactly what the whole read
// gives for what they name: PlanItemStore::FindByKeys,
// IndicatorStore::ServingItems, PeriodStore::AssessmentsOf and
// RoundStore::RecordsOf.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "app/bundle.h"
#include "formats/bundle_files.h"
#include "storage/in_list.h"
#include "storage/indicator_store.h"
#include "storage/period_store.h"
#include "storage/plan_item_store.h"
#include "storage/round_store.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using testing::Engine;
using testing::EngineName;
using testing::EngineTest;
using testing::TempDatabase;

const char* kBundle = R"({"format": "fremdrift-bundle", "version": 1,
  "strategies": [{"key": "s", "name": "S", "period_start": 2024, "period_end": 2026, "published": true,
    "level_names": ["Mål", "Leveranse"], "cadence": "quarterly", "items": [
      {"key": "m1", "code": "1", "level": 1, "parent": null, "title": "Mål 1"},
      {"key": "m2", "code": "2", "level": 1, "parent": null, "title": "Mål 2"},
      {"key": "l1", "level": 2, "parent": "m1", "title": "L1"},
      {"key": "l2", "level": 2, "parent": "m1", "title": "L2"},
      {"key": "l3", "level": 2, "parent": "m2", "title": "L3"}]}],
  "indicators": [
    {"code": "a", "name": "A", "unit": "count", "direction": "higher_is_better", "period_type": "year",
     "published": true, "serves": [{"strategy": "s", "item": "m1"}, {"strategy": "s", "item": "l1"}]},
    {"code": "b", "name": "B", "unit": "count", "direction": "higher_is_better", "period_type": "year",
     "published": false, "serves": [{"strategy": "s", "item": "l3"}]},
    {"code": "c", "name": "C", "unit": "count", "direction": "higher_is_better", "period_type": "year",
     "published": true, "serves": [{"strategy": "s", "item": "l2"}, {"strategy": "s", "item": "l3"}]}],
  "reporting_periods": [{"strategy": "s", "code": "2024-Q1", "state": "open", "assessments": [
    {"subject": {"kind": "strategy"}, "status": "green"},
    {"subject": {"kind": "item", "item": "m1"}, "status": "yellow", "comment": "Mål en"},
    {"subject": {"kind": "item", "item": "m2"}, "status": "red"},
    {"subject": {"kind": "item", "item": "l1"}, "status": "green"},
    {"subject": {"kind": "item", "item": "l3"}, "status": "green"},
    {"subject": {"kind": "indicator", "indicator": "a"}, "status": "yellow"}]}]})";

class ScopedReadsTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
    ImportBundle(*conn_, {ParseBundleText("s.json", kBundle)}, "test");
    for (const auto& item : PlanItemStore(*conn_).List(std::nullopt)) {
      if (item.key == "m1") strategy_id_ = item.strategy_id;
    }
  }

  int64_t Id(const std::string& key) { return PlanItemStore(*conn_).FindByKey(strategy_id_, key)->id; }

  int64_t strategy_id_ = 0;
};

std::vector<std::string> Keys(const std::vector<PlanItem>& items) {
  std::vector<std::string> out;
  for (const auto& i : items) out.push_back(i.key);
  return out;
}

TEST_P(ScopedReadsTest, FindByKeysGivesTheNamedItemsInListOrder) {
  PlanItemStore store(*conn_);
  auto found = store.FindByKeys(strategy_id_, {"l3", "m1", "ukjent", "l1"});
  EXPECT_EQ(Keys(found), (std::vector<std::string>{"m1", "l1", "l3"})) << "level, then order; unknown left out";
  auto whole = store.List(strategy_id_);
  for (const auto& item : found) {
    auto same = std::find_if(whole.begin(), whole.end(), [&](const PlanItem& i) { return i.id == item.id; });
    ASSERT_NE(same, whole.end());
    EXPECT_EQ(item.title, same->title);
    EXPECT_EQ(item.parent_id, same->parent_id);
    EXPECT_EQ(item.owners, same->owners);
  }
  EXPECT_TRUE(store.FindByKeys(strategy_id_, {}).empty());
}

TEST_P(ScopedReadsTest, ServingItemsIsEachIndicatorServingAnyOfThemOnceInCodeOrder) {
  IndicatorStore store(*conn_);
  auto goal_one = store.ServingItems({Id("m1"), Id("l1"), Id("l2")}, ListScope::kAll);
  std::vector<std::string> codes;
  for (const auto& i : goal_one) codes.push_back(i.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"a", "c"})) << "a serves two of them and comes once";
  EXPECT_EQ(goal_one[1].serves.size(), 2u) << "with every item it serves, as List gives";
  EXPECT_TRUE(store.ServingItems({Id("l3")}, ListScope::kPublished).size() == 1u) << "b is internal";
  EXPECT_EQ(store.ServingItems({Id("l3")}, ListScope::kAll).size(), 2u);
  EXPECT_TRUE(store.ServingItems({}, ListScope::kAll).empty());
}

TEST_P(ScopedReadsTest, FindByCodesGivesEveryNamedIndicatorOnce) {
  IndicatorStore store(*conn_);
  auto codes = [](const std::map<std::string, Indicator>& found) {
    std::vector<std::string> out;
    for (const auto& [code, i] : found) out.push_back(i.code);
    return out;
  };
  EXPECT_EQ(codes(store.FindByCodes({"c", "b", "a", "ukjent"})), (std::vector<std::string>{"a", "b", "c"}))
      << "published or not; an unknown code is left out";
  // More codes than an IN list may hold (a monitor of a national plan
  // names over a thousand): the same answer, not an engine's error.
  std::set<std::string> many{"c", "b", "a"};
  for (size_t i = 0; many.size() <= kMaxInListValues * 3; ++i) many.insert("ukjent-" + std::to_string(i));
  auto found = store.FindByCodes(many);
  EXPECT_EQ(codes(found), (std::vector<std::string>{"a", "b", "c"}));
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found.at("c").serves.size(), 2u) << "complete, as a short list gives it";
  EXPECT_TRUE(store.FindByCodes({}).empty());
}

TEST_P(ScopedReadsTest, AssessmentsOfKeepsTheStrategyTheIndicatorsAndTheNamedItems) {
  PeriodStore periods(*conn_);
  int64_t period = periods.Find(strategy_id_, "2024-Q1")->id;
  auto all = periods.Assessments(period);
  ASSERT_EQ(all.size(), 6u);
  auto some = periods.AssessmentsOf(period, {"m1", "l1", "l2"});
  std::vector<std::string> subjects;
  for (const auto& a : some) subjects.push_back(std::string(SubjectKindKey(a.subject.kind)) + ":" + a.subject.key);
  EXPECT_EQ(subjects, (std::vector<std::string>{"indicator:a", "item:l1", "item:m1", "strategy:"}));
  for (const auto& a : some) {
    auto same = std::find_if(all.begin(), all.end(), [&](const Assessment& b) { return b.id == a.id; });
    ASSERT_NE(same, all.end());
    EXPECT_EQ(a.status, same->status);
    EXPECT_EQ(a.comment, same->comment);
  }
  EXPECT_EQ(periods.AssessmentsOf(period, {}).size(), 2u) << "the strategy's and the indicator's";
}

TEST_P(ScopedReadsTest, RecordsOfGivesTheRecordsOfTheNamedSubjectsAsRecordsDoes) {
  RoundStore round(*conn_);
  int64_t period = PeriodStore(*conn_).Find(strategy_id_, "2024-Q1")->id;
  std::vector<Subject> named;
  for (int i = 0; i < 150; ++i) {
    Subject s{SubjectKind::kItem, "x" + std::to_string(i)};
    if (i % 3 == 0) round.Save({.period_id = period, .subject = s, .state = ReportState::kDraft, .changed_by = "t"});
    if (i % 2 == 0) named.push_back(s);  // 75: more than one statement's worth (64)
  }
  // The same key as another kind of subject is another record.
  round.Save({.period_id = period, .subject = {SubjectKind::kIndicator, "x0"}, .state = ReportState::kSubmitted});
  round.Save({.period_id = period, .subject = {SubjectKind::kIndicator, "x2"}, .state = ReportState::kSubmitted});
  named.push_back({SubjectKind::kIndicator, "x0"});
  named.push_back({SubjectKind::kItem, "ukjent"});
  auto all = round.Records(period);
  auto some = round.RecordsOf(period, named);
  std::map<Subject, ReportRecord> expected;
  for (const auto& s : named) {
    if (auto it = all.find(s); it != all.end()) expected.emplace(s, it->second);
  }
  EXPECT_EQ(expected.size(), 26u) << "items x0, x6, ..., x144 and indicator x0";
  ASSERT_EQ(some.size(), expected.size());
  for (const auto& [subject, record] : expected) {
    auto it = some.find(subject);
    ASSERT_NE(it, some.end()) << subject.key;
    EXPECT_EQ(it->second.state, record.state) << subject.key;
    EXPECT_EQ(it->second.version, record.version) << subject.key;
    EXPECT_EQ(it->second.changed_by, record.changed_by) << subject.key;
  }
  EXPECT_EQ(some.count({SubjectKind::kItem, "x3"}), 0u) << "stored but not named";
  EXPECT_EQ(some.count({SubjectKind::kIndicator, "x2"}), 0u) << "named only as an item";
  EXPECT_TRUE(round.RecordsOf(period, {}).empty());
}

INSTANTIATE_PER_ENGINE(ScopedReadsTest);

}  // namespace
}  // namespace fremdrift
