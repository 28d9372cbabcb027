// The change watch of a SQLite file (storage/change_watch.h), which lets
// answers kept in memory skip the database: a commit of this process
// gives a new epoch as soon as it has returned, reading and a rolled-back
// write do not, and a commit by a connection the process does not know
// (another process: here a raw sqlite3 handle) is seen within the poll
// interval. PostgreSQL has no watch.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <chrono>
#include <memory>
#include <thread>

#include "storage/audit_log.h"
#include "storage/change_watch.h"
#include "storage/migrations.h"
#include "support/test_database.h"

namespace fremdrift::testing {
namespace {

AuditEntry Entry(const std::string& id) {
  return {.actor = "test", .entity = "plan_item", .entity_id = id, .action = "update", .after = "{}"};
}

class ChangeWatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    conn_ = db_.Connect();
    Migrate(*conn_);
    watch_ = ChangeWatch::OfDatabaseUrl(db_.url());
    ASSERT_NE(watch_, nullptr);
  }
  // The epoch once the watch has polled at least once since now.
  uint64_t EpochAfterAPoll() {
    std::this_thread::sleep_for(ChangeWatch::kPollInterval + std::chrono::milliseconds(20));
    return watch_->Epoch();
  }
  TempDatabase db_{Engine::kSqlite};
  std::unique_ptr<SqlConnection> conn_;
  std::shared_ptr<ChangeWatch> watch_;
};

TEST_F(ChangeWatchTest, OneWatchPerFileAndNoneForPostgresql) {
  EXPECT_EQ(ChangeWatch::OfDatabaseUrl(db_.url()), watch_);
  EXPECT_EQ(ChangeWatch::OfDatabaseUrl("postgresql://localhost/x"), nullptr);
  EXPECT_EQ(ChangeWatch::OfDatabaseUrl("sqlite::memory:"), nullptr);
}

TEST_F(ChangeWatchTest, ACommitOfThisProcessGivesANewEpochAtOnce) {
  const uint64_t before = EpochAfterAPoll();
  AuditLog(*conn_).Append(Entry("1"));  // autocommit
  const uint64_t after_one = watch_->Epoch();
  EXPECT_NE(after_one, before) << "no poll needed for this process's commit";
  {
    WriteTransaction tx(*conn_);
    AuditLog(*conn_).Append(Entry("2"));
    EXPECT_EQ(watch_->Epoch(), after_one) << "not before the commit";
    tx.Commit();
  }
  EXPECT_NE(watch_->Epoch(), after_one);
}

TEST_F(ChangeWatchTest, ReadingAndRollingBackKeepTheEpoch) {
  const uint64_t before = EpochAfterAPoll();
  AuditLog(*conn_).List("", "", 10);
  conn_->BeginWrite();
  AuditLog(*conn_).Append(Entry("rolled back"));
  conn_->Rollback();
  EXPECT_EQ(EpochAfterAPoll(), before);
}

TEST_F(ChangeWatchTest, AnotherProcesssCommitIsSeenWithinThePollInterval) {
  const uint64_t before = EpochAfterAPoll();
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open(db_.url().substr(7).c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other,
                         "INSERT INTO audit_log (at, actor, entity, entity_id, action) "
                         "VALUES ('2026-01-01T00:00:00Z', 'other', 'plan_item', '9', 'update')",
                         nullptr, nullptr, nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(other);
  sqlite3_close(other);
  // Polled by the first reader after the interval; wait on it with a deadline.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
  while (watch_->Epoch() == before && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_NE(watch_->Epoch(), before);
}

}  // namespace
}  // namespace fremdrift::testing
