// The data version that public pages' ETags are made of: it changes with
// every audited change, including, on PostgreSQL, a transaction that took
// a lower audit id than another but committed after it.
#include <gtest/gtest.h>

#include <memory>

#include "storage/audit_log.h"
#include "storage/data_version.h"
#include "storage/migrations.h"
#include "support/engine_fixture.h"

namespace fremdrift::testing {
namespace {

class DataVersionTest : public EngineTest {
 protected:
  static AuditEntry Entry(const std::string& id) {
    return {.actor = "test", .entity = "plan_item", .entity_id = id, .action = "update", .after = "{}"};
  }
};

TEST_P(DataVersionTest, EveryAuditedChangeGivesANewVersion) {
  std::string empty = ReadDataVersion(*conn_);
  EXPECT_EQ(empty, GetParam() == Engine::kSqlite ? "0.s" : "0.0") << "no change yet";
  AuditLog(*conn_).Append(Entry("1"));
  std::string one = ReadDataVersion(*conn_);
  EXPECT_NE(one, empty);
  EXPECT_EQ(ReadDataVersion(*conn_), one) << "reading changes nothing";
  conn_->BeginWrite();
  AuditLog(*conn_).Append(Entry("2"));
  conn_->Rollback();
  EXPECT_EQ(ReadDataVersion(*conn_), one) << "a change rolled back leaves the version";
  AuditLog(*conn_).Append(Entry("3"));
  EXPECT_NE(ReadDataVersion(*conn_), one);
}

// PostgreSQL only: SQLite has one writer at a time, so no commit is late.
class PostgresDataVersionTest : public DataVersionTest {};

TEST_P(PostgresDataVersionTest, ALateCommitWithALowerIdStillChangesTheVersion) {
  auto early = db_->Connect();
  early->BeginWrite();
  AuditLog(*early).Append(Entry("early"));  // takes the lower id, commits last
  AuditLog(*conn_).Append(Entry("late"));   // a higher id, committed at once
  std::string before = ReadDataVersion(*conn_);
  early->Commit();
  EXPECT_NE(ReadDataVersion(*conn_), before);
}

INSTANTIATE_PER_ENGINE(DataVersionTest);
INSTANTIATE_TEST_SUITE_P(Engines, PostgresDataVersionTest, ::testing::Values(Engine::kPostgres),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace fremdrift::testing
