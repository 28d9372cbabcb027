// Versioned migrations on each engine: applied once, idempotent, safe when
// several processes start at once, and the schema version reported.
#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "domain/failure.h"
#include "storage/connection_pool.h"
#include "storage/measurement_row_store.h"
#include "storage/measurement_store.h"
#include "storage/migrations.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using testing::Engine;
using testing::EngineName;
using testing::EngineTest;
using testing::TempDatabase;

// db_ is empty: the tests migrate it themselves.
class MigrationsTest : public EngineTest {
 protected:
  bool MigratedDatabase() const override { return false; }
};

TEST_P(MigrationsTest, VersionsAreIncreasingAndNamed) {
  const auto& all = AllMigrations();
  ASSERT_FALSE(all.empty());
  for (size_t i = 0; i < all.size(); ++i) {
    EXPECT_FALSE(all[i].name.empty());
    if (i > 0) EXPECT_GT(all[i].version, all[i - 1].version);
  }
}

TEST_P(MigrationsTest, EmptyDatabaseHasSchemaVersionZero) {
  EXPECT_EQ(SchemaVersion(*db_->Connect()), 0);
}

TEST_P(MigrationsTest, SecondMigrateAppliesNothing) {
  auto conn = db_->Connect();
  EXPECT_EQ(Migrate(*conn), static_cast<int>(AllMigrations().size()));
  EXPECT_EQ(SchemaVersion(*conn), AllMigrations().back().version);
  EXPECT_EQ(Migrate(*conn), 0);
  EXPECT_EQ(Migrate(*db_->Connect()), 0);
  EXPECT_EQ(SchemaVersion(*conn), AllMigrations().back().version);
  auto rows = conn->Query("SELECT COUNT(*) FROM schema_migrations");
  EXPECT_EQ(rows.at(0).Int(0), static_cast<int64_t>(AllMigrations().size()));
}

TEST_P(MigrationsTest, ConnectionPoolMigratesOnStart) {
  { ConnectionPool pool(db_->url()); }
  auto conn = db_->Connect();
  EXPECT_EQ(SchemaVersion(*conn), AllMigrations().back().version);
  EXPECT_EQ(Migrate(*conn), 0);
}

TEST_P(MigrationsTest, ConcurrentMigrationsApplyEachVersionOnce) {
  constexpr int kWriters = 4;
  std::vector<int> applied(kWriters, -1);
  std::vector<std::string> errors(kWriters);
  std::vector<std::thread> threads;
  for (int i = 0; i < kWriters; ++i) {
    threads.emplace_back([&, i] {
      try {
        auto conn = db_->Connect();
        applied[i] = Migrate(*conn);
      } catch (const std::exception& e) {
        errors[i] = e.what();
      }
    });
  }
  for (auto& t : threads) t.join();
  int total = 0;
  for (int i = 0; i < kWriters; ++i) {
    EXPECT_EQ(errors[i], "") << "writer " << i;
    total += std::max(applied[i], 0);
  }
  EXPECT_EQ(total, static_cast<int>(AllMigrations().size()));
  EXPECT_EQ(SchemaVersion(*db_->Connect()), AllMigrations().back().version);
}

// Migration 30 respells the measurements' qualifier check on SQLite (see
// SpellQualifierCheckWithOr): the rows written before it stay, the rule still
// holds, the file stays sound, and an insert no longer builds a temporary
// index per row, which had halved the speed of a bulk import.
TEST_P(MigrationsTest, QualifierCheckKeepsRowsAndRule) {
  auto conn = db_->Connect();
  Migrate(*conn, 29);
  conn->ExecuteScript(
      "INSERT INTO indicators (code, name, unit, direction, period_type) VALUES ('i', 'I', '%', 'higher', 'year')");
  const int64_t indicator = conn->Query("SELECT id FROM indicators")[0].Int(0);
  conn->Execute("INSERT INTO measurements (indicator_id, period, value, qualifier) VALUES (?, '2024', 2, 'under')",
                {indicator});
  Migrate(*conn);
  auto kept = conn->Query("SELECT value, qualifier FROM measurements WHERE indicator_id = ?", {indicator});
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0].Text(1), "under");
  EXPECT_THROW(conn->Execute("INSERT INTO measurements (indicator_id, period, value, qualifier) "
                             "VALUES (?, '2025', 1, 'roughly')",
                             {indicator}),
               Failure);
  if (GetParam() != Engine::kSqlite) return;
  EXPECT_EQ(conn->Query("PRAGMA integrity_check")[0].Text(0), "ok");
  auto program = conn->Query(
      "EXPLAIN INSERT INTO measurements (indicator_id, period, value, qualifier) VALUES (?, '2026', 1, 'over')",
      {indicator});
  for (const auto& step : program) EXPECT_NE(step.Text(1), "OpenEphemeral") << "a temporary index per insert";
  // A new connection reads the new definition too (the schema version moved).
  auto other = db_->Connect();
  EXPECT_EQ(other->Query("SELECT COUNT(*) FROM measurements")[0].Int(0), 1);
  EXPECT_THROW(other->Execute("INSERT INTO measurements (indicator_id, period, value, qualifier) "
                              "VALUES (?, '2025', 1, 'roughly')",
                              {indicator}),
               Failure);
}

// Migration 36 stores periods and dimension values as codes: the rows and
// aggregates written before it read back with the same texts, in the same
// order, and new rows take codes for values old and new.
TEST_P(MigrationsTest, CodedMeasurementsKeepTheirPeriodsAndValues) {
  auto conn = db_->Connect();
  Migrate(*conn, 35);
  conn->ExecuteScript(
      "INSERT INTO indicators (code, name, unit, direction, period_type) VALUES ('i', 'I', '%', 'higher', 'year')");
  const int64_t indicator = conn->Query("SELECT id FROM indicators")[0].Int(0);
  const std::vector<std::vector<std::string>> rows = {
      {"2024", "", ""},          {"2024-Q1", "Oslo", ""},   {"2024-T2", "Bergen", "a"},
      {"2024-03", "Oslo", "b"},  {"2024-03-15", "", "b"},   {"2024-W05", "Øvre Eiker", ""},
      {"2023-12-31", "Oslo", ""}};
  for (size_t i = 0; i < rows.size(); ++i) {
    conn->Execute("INSERT INTO measurements (indicator_id, period, dim1, dim2, value, note, qualifier) "
                  "VALUES (?, ?, ?, ?, ?, ?, 'about')",
                  {indicator, rows[i][0], rows[i][1], rows[i][2], static_cast<double>(i), "n" + std::to_string(i)});
  }
  conn->Execute("INSERT INTO measurement_aggregates (indicator_id, period, dim_position, dim_value, total, n, "
                "min_value, max_value, provisional) VALUES (?, '2024-Q1', 1, 'Oslo', 1, 1, 1, 1, 0), "
                "(?, '2024', 11, 'Bergen', 2, 1, 2, 2, 0), (?, '2024', 11, 'Oslo', 4, 2, 1, 3, 0)",
                {indicator, indicator, indicator});
  Migrate(*conn);

  MeasurementStore store(*conn);
  auto listed = store.List(indicator);
  ASSERT_EQ(listed.size(), rows.size());
  std::vector<std::vector<std::string>> want = rows;
  std::sort(want.begin(), want.end());
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(listed[i].period, want[i][0]);
    EXPECT_EQ(listed[i].dims[0], want[i][1]);
    EXPECT_EQ(listed[i].dims[1], want[i][2]);
    EXPECT_EQ(listed[i].qualifier, Qualifier::kAbout);
  }
  auto yearly = store.YearlyAggregates(indicator, 1);
  ASSERT_EQ(yearly.size(), 2u);
  EXPECT_EQ(yearly[0].period, "2024");
  EXPECT_EQ(yearly[0].dim_value, "Bergen");
  EXPECT_EQ(yearly[1].dim_value, "Oslo");
  EXPECT_EQ(yearly[1].total, 4);
  EXPECT_EQ(MeasurementRowStore(*conn).DimensionValues(indicator, 1), (std::vector<std::string>{"Bergen", "Oslo"}));
  auto found = MeasurementRowStore(*conn).Find(indicator, "2024-W05", {"Øvre Eiker", "", "", ""});
  ASSERT_TRUE(found);
  EXPECT_EQ(found->row.note, "n5");
  EXPECT_FALSE(MeasurementRowStore(*conn).Find(indicator, "2024-W05", {"Nowhere", "", "", ""}));
  EXPECT_FALSE(MeasurementRowStore(*conn).Find(indicator, "2024-W99", {"Øvre Eiker", "", "", ""}));

  StoredMeasurement added;
  added.period = "2025-01";
  added.dims = {"Oslo", "Trondheim", "", ""};
  added.value = 7;
  EXPECT_EQ(MeasurementStore(*conn).Upsert(indicator, added), UpsertOutcome::kInserted);
  auto codes = conn->Query("SELECT value, code FROM dimension_value_codes ORDER BY code");
  ASSERT_FALSE(codes.empty());
  EXPECT_EQ(codes[0].Text(0), "");
  EXPECT_EQ(codes[0].Int(1), 0);
  EXPECT_EQ(codes.back().Text(0), "Trondheim") << "a new value takes the next code";
  EXPECT_EQ(store.List(indicator).back().dims[1], "Trondheim");
}

INSTANTIATE_PER_ENGINE(MigrationsTest);

}  // namespace
}  // namespace fremdrift
