// AggregateDeltas on each engine: what is held back for the indicator still
// being read is written later, whole, and adds up with what came after.
#include <gtest/gtest.h>

#include "storage/aggregate_deltas.h"
#include "storage/measurement_store.h"
#include "storage/migrations.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using testing::Engine;
using testing::EngineName;
using testing::EngineTest;
using testing::TempDatabase;

// db_ is empty; the test opens its own connections.
class AggregateDeltasTest : public EngineTest {
 protected:
  bool MigratedDatabase() const override { return false; }
};

StoredMeasurement Row(const std::string& period, const std::string& region, double value) {
  StoredMeasurement m;
  m.period = period;
  m.dims[0] = region;
  m.value = value;
  return m;
}

TEST_P(AggregateDeltasTest, TheIndicatorStillBeingReadIsWrittenLaterAndWhole) {
  TempDatabase& db = *db_;
  auto conn = db.Connect();
  Migrate(*conn);
  AggregateDeltas deltas;
  WriteTransaction tx(*conn);
  deltas.Added(1, Row("2021-01", "a", 1));
  deltas.Added(2, Row("2021-01", "a", 2));
  deltas.ApplyAllBut(*conn, 2);
  MeasurementStore store(*conn);
  EXPECT_EQ(store.Aggregates(1, 1).size(), 1u);
  EXPECT_TRUE(store.Aggregates(2, 1).empty());
  EXPECT_EQ(deltas.periods(), 1u);

  deltas.Added(2, Row("2021-01", "a", 3));
  deltas.Added(2, Row("2021-02", "a", 4));
  // Only indicator 2 is left: it is written rather than kept.
  deltas.ApplyAllBut(*conn, 2);
  EXPECT_EQ(deltas.periods(), 0u);
  auto months = store.Aggregates(2, 1);
  ASSERT_EQ(months.size(), 2u);
  EXPECT_DOUBLE_EQ(months[0].total, 5);
  EXPECT_EQ(months[0].n, 2);
  EXPECT_DOUBLE_EQ(months[0].min, 2);
  EXPECT_DOUBLE_EQ(months[0].max, 3);
  auto years = store.YearlyAggregates(2, 1);
  ASSERT_EQ(years.size(), 1u);
  EXPECT_DOUBLE_EQ(years[0].total, 9);
  EXPECT_EQ(years[0].n, 3);

  // More of a year already written is merged into it.
  deltas.Added(2, Row("2021-03", "a", 10));
  deltas.Apply(*conn);
  years = store.YearlyAggregates(2, 1);
  ASSERT_EQ(years.size(), 1u);
  EXPECT_DOUBLE_EQ(years[0].total, 19);
  EXPECT_DOUBLE_EQ(years[0].max, 10);
  tx.Commit();
}

// groups() is what an import bounds its memory by: one per value of each
// group a row starts (every row, and its dimension value), none for a row
// that falls into groups already started, back to what is held after a
// write, and less when a period is to be recomputed instead.
TEST_P(AggregateDeltasTest, GroupsCountWhatIsHeldInMemory) {
  TempDatabase& db = *db_;
  auto conn = db.Connect();
  Migrate(*conn);
  AggregateDeltas deltas;
  WriteTransaction tx(*conn);
  deltas.Added(1, Row("2021-01", "a", 1));
  EXPECT_EQ(deltas.groups(), 2u);  // every row, and region a
  deltas.Added(1, Row("2021-01", "a", 2));
  EXPECT_EQ(deltas.groups(), 2u);
  deltas.Added(1, Row("2021-01", "b", 2));
  EXPECT_EQ(deltas.groups(), 3u);
  deltas.Added(2, Row("2021-01", "a", 2));
  deltas.Added(2, Row("2021-02", "a", 2));
  EXPECT_EQ(deltas.groups(), 7u);
  deltas.ApplyAllBut(*conn, 2);
  EXPECT_EQ(deltas.groups(), 4u);  // indicator 2's, held back
  deltas.Changed(2, "2021-02");
  EXPECT_EQ(deltas.groups(), 2u);
  deltas.Apply(*conn);
  EXPECT_EQ(deltas.groups(), 0u);
  tx.Commit();
}

INSTANTIATE_PER_ENGINE(AggregateDeltasTest);

}  // namespace
}  // namespace fremdrift
