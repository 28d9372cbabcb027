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
    if (IsSkipped()) return;
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
// A request that wrote, or began a transaction, says so: its answer is
// never given to another request (web/shared_answers.h).
TEST_P(RequestQueryMemoTest, ItTellsARequestThatOnlyReadFromOneThatWrote) {
  RequestQueryMemo reads(*conn_);
  EXPECT_EQ(BodyOf(reads, 1), "first");
  EXPECT_EQ(BodyOf(reads, 1), "first");
  EXPECT_FALSE(reads.wrote());
  RequestQueryMemo writes(*conn_);
  EXPECT_EQ(BodyOf(writes, 1), "first");
  writes.Execute("UPDATE notes SET body = 'second' WHERE id = 1", {});
  EXPECT_TRUE(writes.wrote());
  RequestQueryMemo returns(*conn_);
  returns.Query("UPDATE notes SET body = 'third' WHERE id = 1 RETURNING body", {});
  EXPECT_TRUE(returns.wrote());
  RequestQueryMemo transaction(*conn_);
  transaction.BeginWrite();
  transaction.Rollback();
  EXPECT_TRUE(transaction.wrote());
}

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

// Answers shared between requests (storage/recent_reads.h): a request
// takes what the database answered another request only when that was
// asked after it arrived, so it never misses a write acknowledged before.
class RecentReadsMemoTest : public RequestQueryMemoTest {
 protected:
  using Clock = RecentReads::Clock;
  RecentReads recent_;
};

TEST_P(RecentReadsMemoTest, ARequestTakesAnAnswerAskedAfterItArrived) {
  const Clock::time_point arrived = Clock::now();
  RequestQueryMemo first(*conn_, &recent_, Clock::now());
  EXPECT_EQ(BodyOf(first, 1), "first");
  // A request that arrived before that answer was asked takes it.
  auto other = db_->Connect();
  RequestQueryMemo second(*other, &recent_, arrived);
  EXPECT_EQ(BodyOf(second, 1), "first");
  EXPECT_EQ(second.answered_from_recent_reads(), 1u);
  EXPECT_EQ(first.answered_from_recent_reads(), 0u);
}

TEST_P(RecentReadsMemoTest, ARequestNeverTakesAnAnswerAskedBeforeItArrived) {
  RequestQueryMemo first(*conn_, &recent_, Clock::now());
  EXPECT_EQ(BodyOf(first, 1), "first");
  // A write is acknowledged; a request that arrives after it reads it.
  auto other = db_->Connect();
  other->Execute("UPDATE notes SET body = 'changed' WHERE id = 1", {});
  const Clock::time_point after_write = Clock::now();
  RequestQueryMemo later(*conn_, &recent_, after_write);
  EXPECT_EQ(BodyOf(later, 1), "changed");
  EXPECT_EQ(later.answered_from_recent_reads(), 0u);
  // And its answer serves another request that arrived after the write,
  // before it was asked.
  RequestQueryMemo waiting(*other, &recent_, after_write);
  EXPECT_EQ(BodyOf(waiting, 1), "changed");
  EXPECT_EQ(waiting.answered_from_recent_reads(), 1u);
}

TEST_P(RecentReadsMemoTest, ARequestReadsWhatItWroteItself) {
  const Clock::time_point arrived = Clock::now();
  RequestQueryMemo first(*conn_, &recent_, Clock::now());
  EXPECT_EQ(BodyOf(first, 1), "first");
  auto other = db_->Connect();
  RequestQueryMemo writer(*other, &recent_, arrived);
  writer.Execute("UPDATE notes SET body = 'mine' WHERE id = 1", {});
  EXPECT_EQ(BodyOf(writer, 1), "mine") << "an answer asked before the request's own write is not taken";
  EXPECT_EQ(writer.answered_from_recent_reads(), 0u);
}

// Each read of a request sees the database no earlier than the one
// before it: after taking an answer, a request takes no answer asked
// before that one came back.
TEST_P(RecentReadsMemoTest, EachReadIsNoOlderThanTheReadBeforeIt) {
  const Clock::time_point arrived = Clock::now();
  auto other = db_->Connect();
  other->Execute("INSERT INTO notes (id, body) VALUES (2, 'old')", {});
  // One request asks note 2, another note 1 after it; then note 2 changes.
  RequestQueryMemo asks_two(*conn_, &recent_, Clock::now());
  EXPECT_EQ(BodyOf(asks_two, 2), "old");
  RequestQueryMemo asks_one(*conn_, &recent_, Clock::now());
  EXPECT_EQ(BodyOf(asks_one, 1), "first");
  other->Execute("UPDATE notes SET body = 'new' WHERE id = 2", {});
  // A request that arrived before all of it may take note 1's answer,
  // but then not the older answer about note 2: it asks again.
  RequestQueryMemo reader(*other, &recent_, arrived);
  EXPECT_EQ(BodyOf(reader, 1), "first");
  EXPECT_EQ(BodyOf(reader, 2), "new");
  EXPECT_EQ(reader.answered_from_recent_reads(), 1u);
}

TEST_P(RecentReadsMemoTest, WritesAndLocksAreNeverShared) {
  const Clock::time_point arrived = Clock::now();
  const std::string bump = "UPDATE notes SET body = body || '+' WHERE id = ? RETURNING body";
  RequestQueryMemo first(*conn_, &recent_, Clock::now());
  EXPECT_EQ(first.Query(bump, {int64_t{1}}).at(0).Text(0), "first+");
  RequestQueryMemo second(*conn_, &recent_, arrived);
  EXPECT_EQ(second.Query(bump, {int64_t{1}}).at(0).Text(0), "first++");
  EXPECT_EQ(second.answered_from_recent_reads(), 0u);
  // A SELECT of an advisory lock acts (storage/job_store.h): asked each
  // time, never kept. (Spelled in a literal here, so that SQLite runs it.)
  const std::string lock = "SELECT COUNT(*) FROM notes WHERE body <> 'pg_advisory_lock'";
  EXPECT_EQ(second.Query(lock, {}).at(0).Int(0), 1);
  EXPECT_EQ(second.Query(lock, {}).at(0).Int(0), 1);
  EXPECT_EQ(second.answered_from_memory(), 0u);
  EXPECT_EQ(recent_.statements(), 0u);
}

INSTANTIATE_PER_ENGINE(RequestQueryMemoTest);
INSTANTIATE_PER_ENGINE(RecentReadsMemoTest);

}  // namespace
}  // namespace fremdrift
