// A read-only request's repeated queries are answered from memory, and
// never anything a write of the same request could have changed
// (storage/request_query_memo.h), on each engine.
#include <gtest/gtest.h>

#include "storage/request_query_memo.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using testing::EngineTest;
using testing::TempDatabase;

class RequestQueryMemoTest : public EngineTest {
 protected:
  bool MigratedDatabase() const override { return false; }

  void SetUp() override {
    EngineTest::SetUp();
    conn_ = db_->Connect();
    conn_->ExecuteScript("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
    conn_->Execute("INSERT INTO notes (id, body) VALUES (1, 'first')", {});
  }

  std::string BodyOf(SqlConnection& c, int64_t id) {
    auto rows = c.Query("SELECT body FROM notes WHERE id = ?", {id});
    return rows.empty() ? "" : rows[0].Text(0);
  }

  std::unique_ptr<SqlConnection> conn_;
};

TEST_P(RequestQueryMemoTest, ARepeatedQueryIsAnsweredFromMemoryAndOtherParametersAreAsked) {
  RequestQueryMemo memo(*conn_);
  EXPECT_EQ(BodyOf(memo, 1), "first");
  // Another connection changes the row: the request keeps what it read.
  auto other = db_->Connect();
  other->Execute("UPDATE notes SET body = 'changed' WHERE id = 1", {});
  EXPECT_EQ(BodyOf(memo, 1), "first");
  EXPECT_EQ(memo.answered_from_memory(), 1u);
  // Other parameters are another query.
  EXPECT_EQ(BodyOf(memo, 2), "");
  EXPECT_EQ(memo.answered_from_memory(), 1u);
}

TEST_P(RequestQueryMemoTest, AWriteOfTheRequestForgetsWhatWasKept) {
  RequestQueryMemo memo(*conn_);
  EXPECT_EQ(BodyOf(memo, 1), "first");
  memo.Execute("UPDATE notes SET body = 'second' WHERE id = 1", {});
  EXPECT_EQ(BodyOf(memo, 1), "second");
  memo.BeginWrite();
  memo.Execute("UPDATE notes SET body = 'third' WHERE id = 1", {});
  EXPECT_EQ(BodyOf(memo, 1), "third");
  memo.Rollback();
  EXPECT_EQ(BodyOf(memo, 1), "second");
  EXPECT_EQ(memo.answered_from_memory(), 0u);
}

// A statement that writes and gives rows back is a write, not a read:
// asked of the database each time, and it forgets what was kept.
TEST_P(RequestQueryMemoTest, AWriteThatReturnsRowsIsNeverAnsweredFromMemory) {
  RequestQueryMemo memo(*conn_);
  EXPECT_EQ(BodyOf(memo, 1), "first");
  const std::string bump = "UPDATE notes SET body = body || '+' WHERE id = ? RETURNING body";
  EXPECT_EQ(memo.Query(bump, {int64_t{1}}).at(0).Text(0), "first+");
  EXPECT_EQ(memo.Query(bump, {int64_t{1}}).at(0).Text(0), "first++") << "written again, not remembered";
  EXPECT_EQ(BodyOf(memo, 1), "first++") << "the read before the writes is forgotten";
  EXPECT_EQ(memo.answered_from_memory(), 0u);
}

TEST_P(RequestQueryMemoTest, NothingIsKeptInsideATransaction) {
  RequestQueryMemo memo(*conn_);
  memo.BeginWrite();
  EXPECT_EQ(BodyOf(memo, 1), "first");
  EXPECT_EQ(BodyOf(memo, 1), "first");
  memo.Commit();
  EXPECT_EQ(memo.answered_from_memory(), 0u);
}

TEST_P(RequestQueryMemoTest, LargeResultsAreNotKept) {
  RequestQueryMemo memo(*conn_);
  conn_->Execute("INSERT INTO notes (id, body) SELECT 1 + n, 'row' FROM (" +
                     std::string(memo.dialect() == SqlDialect::kSqlite
                                     ? "WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 1200) "
                                       "SELECT n FROM s"
                                     : "SELECT generate_series(1, 1200) AS n") +
                     ") g",
                 {});
  const std::string all = "SELECT id FROM notes ORDER BY id";
  EXPECT_EQ(memo.Query(all, {}).size(), 1201u);
  EXPECT_EQ(memo.Query(all, {}).size(), 1201u);
  EXPECT_EQ(memo.answered_from_memory(), 0u);
}

INSTANTIATE_PER_ENGINE(RequestQueryMemoTest);

}  // namespace
}  // namespace fremdrift
