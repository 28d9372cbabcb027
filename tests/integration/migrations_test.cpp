// Versioned migrations on each engine: applied once, idempotent, safe when
// several processes start at once, and the schema version reported.
#include <gtest/gtest.h>

#include <thread>

#include "storage/connection_pool.h"
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

INSTANTIATE_PER_ENGINE(MigrationsTest);

}  // namespace
}  // namespace fremdrift
