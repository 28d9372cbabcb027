// Indicators and plan items kept in memory between reads
// (storage/kept_rows.h) are read anew whenever what a reader would see of
// them has changed: a save, new figures, a source's date, a renamed item an
// indicator serves, an item's new owners. What a rolled-back write read is
// never kept, and two databases in one process never see each other's
// rows.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "app/bundle.h"
#include "app/measurement_service.h"
#include "formats/bundle_files.h"
#include "storage/in_list.h"
#include "storage/indicator_store.h"
#include "storage/measurement_store.h"
#include "storage/migrations.h"
#include "storage/plan_item_store.h"
#include "storage/request_query_memo.h"
#include "storage/round_store.h"
#include "storage/strategy_store.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using testing::EngineTest;

class KeptRowsTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
    ImportDemo();
  }

  // A published indicator of the demo that serves a plan item.
  Indicator Served() {
    for (const auto& ind : IndicatorStore(*conn_).List(ListScope::kPublished)) {
      if (!ind.serves.empty()) return ind;
    }
    ADD_FAILURE() << "the demo has a published indicator serving an item";
    return {};
  }

  // `code` as the full list shows it now.
  Indicator Listed(const std::string& code) {
    for (const auto& ind : IndicatorStore(*conn_).List(ListScope::kAll)) {
      if (ind.code == code) return ind;
    }
    ADD_FAILURE() << code << " is not in the list";
    return {};
  }
};

TEST_P(KeptRowsTest, ASavedIndicatorIsReadAnewByEveryRead) {
  Indicator ind = Served();
  EXPECT_EQ(Listed(ind.code).name, ind.name);  // kept now
  ind.name = "Et nytt navn";
  ind.targets = {Target{42, *Date::Parse("2030-12-31"), "Nytt mål", {}}};
  IndicatorStore(*conn_).Upsert(ind);

  EXPECT_EQ(Listed(ind.code).name, "Et nytt navn");
  ASSERT_EQ(Listed(ind.code).targets.size(), 1u);
  EXPECT_EQ(Listed(ind.code).targets[0].label, "Nytt mål");
  EXPECT_EQ(IndicatorStore(*conn_).FindByCode(ind.code)->name, "Et nytt navn");
  auto by_codes = IndicatorStore(*conn_).FindByCodes({ind.code});
  ASSERT_EQ(by_codes.size(), 1u);
  EXPECT_EQ(by_codes.at(ind.code).name, "Et nytt navn");
  auto after = IndicatorStore(*conn_).ListPublishedAfter("", 1000);
  auto it = std::find_if(after.begin(), after.end(), [&](const Indicator& i) { return i.code == ind.code; });
  ASSERT_NE(it, after.end());
  EXPECT_EQ(it->name, "Et nytt navn");
}

TEST_P(KeptRowsTest, NewFiguresAndASourcesDateAreReadAnew) {
  Indicator ind = Listed(Served().code);
  MeasurementStore(*conn_).MarkDataChanged(ind.id);
  Indicator changed = Listed(ind.code);
  EXPECT_EQ(changed.version, ind.version + 1);
  EXPECT_NE(changed.data_updated_at, ind.data_updated_at);

  // A bundle's date of the figures is set without a new version.
  IndicatorStore(*conn_).SetDataUpdatedAt(ind.code, "2023-05");
  EXPECT_EQ(Listed(ind.code).data_updated_at, "2023-05");
  EXPECT_EQ(Listed(ind.code).version, changed.version);
}

TEST_P(KeptRowsTest, ARenamedItemItServesIsReadAnew) {
  Indicator ind = Listed(Served().code);
  const ServedItem served = ind.serves.front();
  auto strategy = StrategyStore(*conn_).FindByKey(served.strategy);
  ASSERT_TRUE(strategy);
  auto item = PlanItemStore(*conn_).FindByKey(strategy->id, served.item);
  ASSERT_TRUE(item);
  item->key = served.item + "-ny";
  PlanItemStore(*conn_).Update(*item);

  Indicator listed = Listed(ind.code);
  EXPECT_EQ(listed.version, ind.version) << "the indicator itself was not saved";
  ASSERT_FALSE(listed.serves.empty());
  EXPECT_EQ(listed.serves.front().item, served.item + "-ny");
}

TEST_P(KeptRowsTest, WhatARolledBackWriteReadIsNotKept) {
  Indicator ind = Listed(Served().code);
  Indicator edited = ind;
  edited.name = "Rullet tilbake";
  conn_->BeginWrite();
  IndicatorStore(*conn_).Upsert(edited);
  EXPECT_EQ(Listed(ind.code).name, "Rullet tilbake") << "a write reads its own changes";
  conn_->Rollback();
  EXPECT_EQ(Listed(ind.code).name, ind.name);

  // The next save takes the version the rolled-back one had.
  edited.name = "Lagret";
  IndicatorStore(*conn_).Upsert(edited);
  Indicator saved = Listed(ind.code);
  EXPECT_EQ(saved.version, ind.version + 1);
  EXPECT_EQ(saved.name, "Lagret");
}

// The published list a batch at a time, from the code the last batch
// ended with, is the whole list in its order; from a code that is no
// indicator's, what sorts after it in the database.
TEST_P(KeptRowsTest, ThePublishedListComesABatchAtATimeInItsOrder) {
  std::vector<std::string> all;
  for (const auto& ind : IndicatorStore(*conn_).List(ListScope::kPublished)) all.push_back(ind.code);
  ASSERT_GT(all.size(), 10u);
  std::vector<std::string> batched;
  std::string after;
  for (int batch = 0; batch < 100; ++batch) {
    auto some = IndicatorStore(*conn_).ListPublishedAfter(after, 7);
    if (some.empty()) break;
    EXPECT_LE(some.size(), 7u);
    for (const auto& ind : some) {
      EXPECT_TRUE(ind.published);
      batched.push_back(ind.code);
    }
    after = some.back().code;
  }
  EXPECT_EQ(batched, all);

  const std::string between = all[4] + "-";  // sorts after all[4], no indicator's code
  std::vector<std::string> expected;
  for (const auto& r : conn_->Query("SELECT code FROM indicators WHERE published = 1 AND code > ? ORDER BY code LIMIT 3",
                                    {between})) {
    expected.push_back(r.Text(0));
  }
  std::vector<std::string> got;
  for (const auto& ind : IndicatorStore(*conn_).ListPublishedAfter(between, 3)) got.push_back(ind.code);
  EXPECT_EQ(got, expected);
}

// A request looks its indicators up by code many times (a page's parts,
// ratios' parts, its lists): its connection reads their stamps once, and a
// change in a write of the same request is seen by its later reads.
TEST_P(KeptRowsTest, ARequestReadsTheIndicatorsStampsOnceAndSeesItsOwnWrites) {
  const Indicator ind = Listed(Served().code);
  RequestQueryMemo request(*conn_);
  IndicatorStore store(request);
  ASSERT_TRUE(store.FindByCode(ind.code));
  const size_t answered = request.answered_from_memory();
  EXPECT_EQ(store.Stamp(ind.code)->version, ind.version);
  EXPECT_EQ(store.StampsOf({ind.code}).at(ind.code).version, ind.version);
  EXPECT_EQ(store.FindByCodes({ind.code}).size(), 1u);
  EXPECT_FALSE(store.Stamp("ingen-slik-kode"));
  EXPECT_GE(request.answered_from_memory(), answered + 4) << "each lookup from the one read of the stamps";

  MeasurementStore(request).MarkDataChanged(ind.id);
  EXPECT_EQ(store.Stamp(ind.code)->version, ind.version + 1);
  EXPECT_EQ(store.FindByCode(ind.code)->version, ind.version + 1);
}

// A new measurement changes nothing of its indicator but its version and
// date: the copy this process keeps moves on to them rather than being
// read again, and a measurement refused moves nothing. (A change made in
// the row alone, as no writer of Fremdrift does, shows which copy a list
// gives.)
TEST_P(KeptRowsTest, ANewMeasurementMovesTheKeptIndicatorOnWithoutReadingItAgain) {
  std::optional<Indicator> simple;
  for (const auto& ind : IndicatorStore(*conn_).List(ListScope::kAll)) {
    if (ind.kind == IndicatorKind::kSimple) simple = ind;
  }
  ASSERT_TRUE(simple) << "the demo has an indicator that takes measurements";
  const Indicator before = Listed(simple->code);  // kept now
  conn_->Execute("UPDATE indicators SET description = 'Bare i raden' WHERE code = ?", {before.code});
  const User editor{1, "skriver", "nhn", Role::kEditor, 1};
  AddMeasurement(*conn_, editor, {{"indicator", before.code}, {"period", "2031"}, {"value", 7}});

  const Indicator after = Listed(before.code);
  EXPECT_EQ(after.version, before.version + 1);
  EXPECT_EQ(after.data_updated_at, IndicatorStore(*conn_).FindByCode(before.code)->data_updated_at);
  EXPECT_NE(after.data_updated_at, before.data_updated_at) << "the figures' new date";
  EXPECT_EQ(after.description, before.description) << "moved on, not read again";

  EXPECT_THROW(AddMeasurement(*conn_, editor, {{"indicator", before.code}, {"period", "2031"}, {"value", 8}}),
               Failure)
      << "the same period again";
  EXPECT_EQ(Listed(before.code).version, after.version);
  // Any save of the indicator itself is read anew.
  MeasurementStore(*conn_).MarkDataChanged(before.id);
  EXPECT_EQ(Listed(before.code).description, "Bare i raden");
}

// An indicator's dimension names are kept under its version: a new
// measurement that adds a dimension (whose writer moves its kept names on)
// and any other write that adds one both show in the next list.
TEST_P(KeptRowsTest, KeptDimensionNamesFollowEveryNewDimension) {
  std::optional<Indicator> simple;
  for (const auto& ind : IndicatorStore(*conn_).List(ListScope::kAll)) {
    if (ind.kind == IndicatorKind::kSimple) simple = ind;
  }
  ASSERT_TRUE(simple);
  const int64_t id = simple->id;
  auto names = [&] {
    auto of = IndicatorStore(*conn_).DimensionsOf({id});
    // A request's single lookup, which takes them from the kept names too.
    RequestQueryMemo request(*conn_);
    EXPECT_EQ(IndicatorStore(request).Dimensions(id), of.count(id) ? of.at(id) : std::vector<std::string>{});
    return of.count(id) ? of.at(id) : std::vector<std::string>{};
  };
  std::vector<std::string> expected = names();  // kept now
  ASSERT_LT(expected.size(), 3u) << "room for two more";
  const User editor{1, "skriver", "nhn", Role::kEditor, 1};
  AddMeasurement(*conn_, editor,
                 {{"indicator", simple->code}, {"period", "2031"}, {"value", 7}, {"dimensions", {{"ny", "a"}}}});
  expected.push_back("ny");
  EXPECT_EQ(names(), expected);

  conn_->BeginWrite();
  IndicatorStore(*conn_).DimensionPosition(id, "tredje");
  MeasurementStore(*conn_).MarkDataChanged(id);
  conn_->Commit();
  expected.push_back("tredje");
  EXPECT_EQ(names(), expected);
  EXPECT_EQ(IndicatorStore(*conn_).Dimensions(id), expected) << "as read straight from the table";
}

// Inside a transaction a write's lookups see its own uncommitted changes.
TEST_P(KeptRowsTest, LookupsInsideATransactionSeeItsOwnChanges) {
  const Indicator ind = Listed(Served().code);
  EXPECT_EQ(IndicatorStore(*conn_).Stamp(ind.code)->version, ind.version);
  conn_->BeginWrite();
  MeasurementStore(*conn_).MarkDataChanged(ind.id);
  EXPECT_EQ(IndicatorStore(*conn_).Stamp(ind.code)->version, ind.version + 1);
  EXPECT_EQ(IndicatorStore(*conn_).StampsOf({ind.code}).at(ind.code).version, ind.version + 1);
  conn_->Rollback();
  EXPECT_EQ(IndicatorStore(*conn_).Stamp(ind.code)->version, ind.version);
}

TEST_P(KeptRowsTest, TwoDatabasesWithTheSameIndicatorsAreNotMixedUp) {
  testing::TempDatabase other_db(GetParam());
  auto other = other_db.Connect();
  Migrate(*other);
  ImportBundle(*other, ReadBundleFiles(testing::DemoDir()), "test");
  const Indicator ind = Listed(Served().code);
  // The same id, version and date in both; only the description differs,
  // changed in the row alone as no writer of Fremdrift does.
  other->Execute("UPDATE indicators SET description = 'I den andre basen' WHERE code = ?", {ind.code});

  std::optional<Indicator> there = IndicatorStore(*other).FindByCode(ind.code);
  ASSERT_TRUE(there);
  EXPECT_EQ(there->id, ind.id);
  EXPECT_EQ(there->version, ind.version);
  EXPECT_EQ(there->description, "I den andre basen");
  EXPECT_EQ(Listed(ind.code).description, ind.description);
}

TEST_P(KeptRowsTest, AnEditedPlanItemIsReadAnewAndARolledBackOneIsNot) {
  auto strategy = StrategyStore(*conn_).FindByKey("nes-2023-2030");
  ASSERT_TRUE(strategy);
  auto listed = [&](int64_t id) {
    for (const auto& item : PlanItemStore(*conn_).List(strategy->id)) {
      if (item.id == id) return item;
    }
    ADD_FAILURE() << "item " << id << " is not in the list";
    return PlanItem{};
  };
  PlanItem item = PlanItemStore(*conn_).List(strategy->id).front();
  EXPECT_EQ(listed(item.id).description, item.description);  // kept now

  PlanItem rolled_back = item;
  rolled_back.description = "Rullet tilbake";
  conn_->BeginWrite();
  PlanItemStore(*conn_).Update(rolled_back);
  EXPECT_EQ(listed(item.id).description, "Rullet tilbake") << "a write reads its own changes";
  conn_->Rollback();
  EXPECT_EQ(listed(item.id).description, item.description);

  PlanItem edited = item;
  edited.description = "En ny beskrivelse";
  edited.owners = {"FHI"};
  PlanItemStore(*conn_).Update(edited);
  PlanItem now = listed(item.id);
  EXPECT_EQ(now.version, item.version + 1);
  EXPECT_EQ(now.description, "En ny beskrivelse");
  EXPECT_EQ(now.owners, std::vector<std::string>{"FHI"});
  EXPECT_EQ(PlanItemStore(*conn_).FindById(item.id)->description, "En ny beskrivelse");
  EXPECT_EQ(PlanItemStore(*conn_).FindByKey(strategy->id, item.key)->owners, std::vector<std::string>{"FHI"});
}

// The item keys of a strategy, kept under the stamp: a renamed, a new and
// a deleted item show at once, and what a rolled-back write read is not
// kept.
TEST_P(KeptRowsTest, AStrategysItemKeysFollowEveryNewRenamedOrDeletedItem) {
  auto strategy = StrategyStore(*conn_).FindByKey("nes-2023-2030");
  ASSERT_TRUE(strategy);
  auto keys = [&] { return *PlanItemStore(*conn_).KeysOf(strategy->id); };
  const std::set<std::string> before = keys();
  ASSERT_TRUE(before.count("1B"));
  EXPECT_EQ(keys(), before);  // kept now

  PlanItem item = *PlanItemStore(*conn_).FindByKey(strategy->id, "1B-t1-d1");
  item.key = "1B-t1-d1-ny";
  conn_->BeginWrite();
  PlanItemStore(*conn_).Update(item);
  EXPECT_TRUE(keys().count("1B-t1-d1-ny")) << "a write reads its own changes";
  conn_->Rollback();
  EXPECT_EQ(keys(), before);

  PlanItemStore(*conn_).Update(item);
  std::set<std::string> renamed = keys();
  EXPECT_TRUE(renamed.count("1B-t1-d1-ny"));
  EXPECT_FALSE(renamed.count("1B-t1-d1"));

  PlanItem added = item;
  added.id = 0;
  added.key = "1B-t1-d9";
  added.code = "1B-t1-d9";
  added.id = PlanItemStore(*conn_).Insert(added);
  EXPECT_TRUE(keys().count("1B-t1-d9"));
  PlanItemStore(*conn_).Delete(added.id, std::nullopt);
  EXPECT_FALSE(keys().count("1B-t1-d9"));
  EXPECT_EQ(keys().size(), before.size());
}

TEST_P(KeptRowsTest, EveryMigratedDatabaseHasARandomBasisStamp) {
  testing::TempDatabase fresh(GetParam());
  auto conn = fresh.Connect();
  Migrate(*conn);
  EXPECT_NE(RoundStore(*conn).BasisStamp(), 1) << "migration 35";
}

INSTANTIATE_PER_ENGINE(KeptRowsTest);

}  // namespace
}  // namespace fremdrift

namespace fremdrift {
namespace {

// Lists of ids of similar lengths share one SQL text, so that the rows read
// again after each write do not fill every connection's statement cache.
TEST(IdListOfTest, APowerOfTwoOfMarksWithTheLastIdRepeated) {
  SqlParams params;
  EXPECT_EQ(IdListOf({7}, params), "?");
  EXPECT_EQ(params, (SqlParams{int64_t{7}}));
  params.clear();
  EXPECT_EQ(IdListOf({1, 2, 3}, params), "?, ?, ?, ?");
  EXPECT_EQ(params, (SqlParams{int64_t{1}, int64_t{2}, int64_t{3}, int64_t{3}}));
  params.clear();
  SqlParams other;
  EXPECT_EQ(IdListOf({5, 9, 11}, params), IdListOf({4, 8, 12, 16}, other));
  std::vector<int64_t> many(kMaxInListValues + 1, 2);
  params.clear();
  EXPECT_EQ(IdListOf(many, params).substr(0, 4), "2,2,");
  EXPECT_TRUE(params.empty());
}

}  // namespace
}  // namespace fremdrift
