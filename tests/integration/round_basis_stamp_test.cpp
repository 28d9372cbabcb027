// The stamp of the reporting round's basis (migrations 16, 33 and 34) changes
// when what the basis is built from changes, and only then: an edit of a
// plan item's text keeps the basis every server holds in memory.
#include <gtest/gtest.h>

#include "app/bundle.h"
#include "formats/bundle_files.h"
#include "storage/indicator_store.h"
#include "storage/organisation_store.h"
#include "storage/plan_item_store.h"
#include "storage/round_store.h"
#include "storage/strategy_store.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using testing::EngineTest;

class RoundBasisStampTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
    ImportBundle(*conn_, ReadBundleFiles(std::string(FREMDRIFT_SOURCE_DIR) + "/data/demo"), "test");
  }

  int64_t Stamp() { return RoundStore(*conn_).BasisStamp(); }

  // A plan item of the demo's current strategy that has owners.
  PlanItem OwnedItem() {
    auto strategy = StrategyStore(*conn_).FindByKey("nes-2023-2030");
    EXPECT_TRUE(strategy);
    for (const auto& item : PlanItemStore(*conn_).List(strategy->id)) {
      if (!item.owners.empty()) return item;
    }
    ADD_FAILURE() << "no item with owners";
    return {};
  }

  PlanItem Reloaded(const PlanItem& item) { return *PlanItemStore(*conn_).FindById(item.id); }
};

TEST_P(RoundBasisStampTest, AnEditOfAnItemsTextKeepsTheStamp) {
  PlanItem item = OwnedItem();
  const int64_t before = Stamp();
  item.description = "En ny beskrivelse";
  PlanItemStore(*conn_).Update(item);
  EXPECT_EQ(Stamp(), before);
  EXPECT_EQ(Reloaded(item).description, "En ny beskrivelse");
  EXPECT_EQ(Reloaded(item).owners, item.owners);
}

TEST_P(RoundBasisStampTest, AChangedTitleOrOwnerGivesANewStamp) {
  PlanItem item = OwnedItem();
  int64_t before = Stamp();
  item.title = "En ny tittel";
  PlanItemStore(*conn_).Update(item);
  EXPECT_NE(Stamp(), before);

  item = Reloaded(item);
  before = Stamp();
  std::string other;
  for (const auto& org : OrganisationStore(*conn_).List()) {
    if (org.short_name != item.owners.front()) other = org.short_name;
  }
  ASSERT_FALSE(other.empty());
  item.owners = {other};
  PlanItemStore(*conn_).Update(item);
  EXPECT_NE(Stamp(), before);
  EXPECT_EQ(Reloaded(item).owners, std::vector<std::string>{other});
}

TEST_P(RoundBasisStampTest, ANewFigureKeepsTheStampAndANewIndicatorNameDoesNot) {
  int64_t before = Stamp();
  conn_->Execute("UPDATE indicators SET version = version + 1, data_updated_at = 'x'");
  conn_->Execute("UPDATE indicators SET name = name");
  EXPECT_EQ(Stamp(), before);
  conn_->Execute("UPDATE indicators SET name = name || '.' WHERE id = (SELECT MIN(id) FROM indicators)");
  EXPECT_NE(Stamp(), before);
}

TEST_P(RoundBasisStampTest, AnIndicatorSavedAgainKeepsTheStampAndOneServingOtherItemsDoesNot) {
  IndicatorStore store(*conn_);
  std::optional<Indicator> served;
  for (const auto& ind : store.List(ListScope::kAll)) {
    if (ind.serves.size() >= 2) served = ind;
  }
  ASSERT_TRUE(served) << "the demo has an indicator serving two items";
  int64_t before = Stamp();
  Indicator edited = *served;
  edited.description += " Endret.";
  store.Upsert(edited);
  EXPECT_EQ(Stamp(), before) << "a saved indicator's items are the same rows as before";
  EXPECT_EQ(store.FindByCode(served->code)->serves, served->serves);
  // The same bundle imported again changes nothing the basis is built from.
  ImportBundle(*conn_, ReadBundleFiles(std::string(FREMDRIFT_SOURCE_DIR) + "/data/demo"), "test");
  EXPECT_EQ(Stamp(), before) << "an import of what is stored already";
  Indicator fewer = *served;
  fewer.serves.pop_back();
  store.Upsert(fewer);
  EXPECT_NE(Stamp(), before);
  EXPECT_EQ(store.FindByCode(served->code)->serves, fewer.serves);
  before = Stamp();
  Indicator twice = fewer;
  twice.serves.push_back(fewer.serves.front());  // named again: kept once, at its first place
  store.Upsert(twice);
  EXPECT_EQ(Stamp(), before);
  EXPECT_EQ(store.FindByCode(served->code)->serves, fewer.serves);
}

INSTANTIATE_PER_ENGINE(RoundBasisStampTest);

}  // namespace
}  // namespace fremdrift
