// What the storage layer relies on from SqlConnection, asserted on every
// engine: values round-trip with their types, placeholders are recognised
// only outside literals, row counts, errors map to FailureCode, and
// transactions roll back unless committed.
#include <gtest/gtest.h>

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "domain/failure.h"
#include "storage/sql_connection.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using testing::Engine;
using testing::EngineName;
using testing::EngineTest;
using testing::TempDatabase;

// The FailureCode `action` throws, or nullopt if it does not throw one.
std::optional<FailureCode> FailureCodeOf(const std::function<void()>& action) {
  try {
    action();
  } catch (const Failure& failure) {
    return failure.code();
  }
  return std::nullopt;
}

// Plain tables of the test's own, not Fremdrift's schema.
class SqlConnectionTest : public EngineTest {
 protected:
  bool MigratedDatabase() const override { return false; }
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
    conn_ = db_->Connect();
    conn_->ExecuteScript(
        "CREATE TABLE v (i BIGINT, d DOUBLE PRECISION, t TEXT);"
        "CREATE TABLE u (k TEXT NOT NULL UNIQUE);"
        "CREATE TABLE parent (id BIGINT PRIMARY KEY);"
        "CREATE TABLE child (parent_id BIGINT NOT NULL REFERENCES parent(id));");
  }

  // The dialect's auto-incrementing primary key column type.
  std::string AutoId() const {
    return conn_->dialect() == SqlDialect::kPostgres ? "BIGSERIAL PRIMARY KEY"
                                                     : "INTEGER PRIMARY KEY";
  }

  int64_t Count(const std::string& table) {
    return conn_->Query("SELECT COUNT(*) FROM " + table).at(0).Int(0);
  }
};

TEST_P(SqlConnectionTest, DialectMatchesEngine) {
  EXPECT_EQ(conn_->dialect(), GetParam() == Engine::kSqlite
                                  ? SqlDialect::kSqlite
                                  : SqlDialect::kPostgres);
}

TEST_P(SqlConnectionTest, Int64RoundTripsBeyondThirtyTwoBits) {
  const int64_t values[] = {0, 5'000'000'000, -5'000'000'000,
                            std::numeric_limits<int64_t>::max(),
                            std::numeric_limits<int64_t>::min()};
  for (int64_t value : values) {
    conn_->Execute("INSERT INTO v (i) VALUES (?)", {value});
  }
  auto rows = conn_->Query("SELECT i FROM v");
  ASSERT_EQ(rows.size(), std::size(values));
  for (size_t n = 0; n < rows.size(); ++n) {
    ASSERT_TRUE(std::holds_alternative<int64_t>(rows[n].Value(0)));
    EXPECT_EQ(rows[n].Int(0), values[n]);
  }
  auto found = conn_->Query("SELECT COUNT(*) FROM v WHERE i = ?",
                            {int64_t{5'000'000'000}});
  EXPECT_EQ(found.at(0).Int(0), 1);
}

TEST_P(SqlConnectionTest, DoubleRoundTripsExactly) {
  const double values[] = {0.1, 1.0 / 3.0, -2.5, 1e300, 5e-324, 1.0};
  for (double value : values) {
    conn_->Execute("INSERT INTO v (d) VALUES (?)", {value});
  }
  auto rows = conn_->Query("SELECT d FROM v");
  ASSERT_EQ(rows.size(), std::size(values));
  for (size_t n = 0; n < rows.size(); ++n) {
    ASSERT_TRUE(std::holds_alternative<double>(rows[n].Value(0)));
    EXPECT_EQ(rows[n].Real(0), values[n]);
  }
}

TEST_P(SqlConnectionTest, Utf8TextWithQuotesRoundTrips) {
  const std::string text =
      "Blåbær på Ærø – \"sitat\", 'apostrof', it''s; back\\slash? 100 %";
  conn_->Execute("INSERT INTO v (t) VALUES (?)", {text});
  auto rows = conn_->Query("SELECT t, LENGTH(t) FROM v");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].Text(0), text);
  // Characters, not bytes: both engines see UTF-8 text.
  EXPECT_EQ(rows[0].Int(1), 61);
  EXPECT_EQ(conn_->Query("SELECT COUNT(*) FROM v WHERE t = ?", {text})
                .at(0)
                .Int(0),
            1);
}

TEST_P(SqlConnectionTest, NullRoundTrips) {
  conn_->Execute("INSERT INTO v (i, d, t) VALUES (?, ?, ?)",
                 {nullptr, nullptr, nullptr});
  auto rows = conn_->Query("SELECT i, d, t FROM v");
  ASSERT_EQ(rows.size(), 1u);
  for (size_t col = 0; col < 3; ++col) {
    EXPECT_TRUE(rows[0].IsNull(col)) << "column " << col;
    EXPECT_TRUE(std::holds_alternative<std::nullptr_t>(rows[0].Value(col)));
  }
}

TEST_P(SqlConnectionTest, QuestionMarkInStringLiteralIsNotAPlaceholder) {
  conn_->Execute("INSERT INTO v (t, i) VALUES ('is it?', ?)", {int64_t{42}});
  auto rows = conn_->Query("SELECT t, i FROM v WHERE t = 'is it?' AND i = ?",
                           {int64_t{42}});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].Text(0), "is it?");
  EXPECT_EQ(rows[0].Int(1), 42);
}

TEST_P(SqlConnectionTest, ExecuteReturnsAffectedRowCount) {
  for (int64_t i = 1; i <= 3; ++i) {
    EXPECT_EQ(conn_->Execute("INSERT INTO v (i) VALUES (?)", {i}), 1);
  }
  EXPECT_EQ(conn_->Execute("UPDATE v SET t = ? WHERE i >= ?",
                           {std::string("x"), int64_t{2}}),
            2);
  EXPECT_EQ(conn_->Execute("UPDATE v SET t = ? WHERE i > ?",
                           {std::string("y"), int64_t{100}}),
            0);
  EXPECT_EQ(conn_->Execute("DELETE FROM v"), 3);
}

TEST_P(SqlConnectionTest, AggregatesOfIntegersAreIntegers) {
  conn_->Execute("INSERT INTO v (i) VALUES (?)", {int64_t{5'000'000'000}});
  conn_->Execute("INSERT INTO v (i) VALUES (?)", {int64_t{2}});
  auto row = conn_->Query("SELECT SUM(i), COUNT(*), MAX(i) FROM v").at(0);
  EXPECT_EQ(row.Int(0), 5'000'000'002);
  EXPECT_EQ(row.Int(1), 2);
  EXPECT_EQ(row.Int(2), 5'000'000'000);
}

TEST_P(SqlConnectionTest, ComparisonGivesIntegerZeroOrOne) {
  auto row = conn_->Query("SELECT 1 = 1, 1 = 2").at(0);
  EXPECT_EQ(row.Int(0), 1);
  EXPECT_EQ(row.Int(1), 0);
}

TEST_P(SqlConnectionTest, UniqueViolationIsConflict) {
  conn_->Execute("INSERT INTO u (k) VALUES (?)", {std::string("a")});
  EXPECT_EQ(FailureCodeOf([&] {
              conn_->Execute("INSERT INTO u (k) VALUES (?)",
                             {std::string("a")});
            }),
            FailureCode::kConflict);
  // The connection is still usable after the failure.
  EXPECT_EQ(Count("u"), 1);
}

TEST_P(SqlConnectionTest, NotNullViolationIsConflict) {
  EXPECT_EQ(FailureCodeOf([&] {
              conn_->Execute("INSERT INTO u (k) VALUES (?)", {nullptr});
            }),
            FailureCode::kConflict);
}

TEST_P(SqlConnectionTest, MissingForeignKeyTargetIsConflict) {
  EXPECT_EQ(FailureCodeOf([&] {
              conn_->Execute("INSERT INTO child (parent_id) VALUES (?)",
                             {int64_t{99}});
            }),
            FailureCode::kConflict);
}

TEST_P(SqlConnectionTest, DeletingReferencedRowIsConflict) {
  conn_->Execute("INSERT INTO parent (id) VALUES (?)", {int64_t{1}});
  conn_->Execute("INSERT INTO child (parent_id) VALUES (?)", {int64_t{1}});
  EXPECT_EQ(FailureCodeOf([&] {
              conn_->Execute("DELETE FROM parent WHERE id = ?", {int64_t{1}});
            }),
            FailureCode::kConflict);
}

TEST_P(SqlConnectionTest, OtherErrorsAreInternal) {
  EXPECT_EQ(FailureCodeOf([&] { conn_->Query("SELECT * FROM no_such_table"); }),
            FailureCode::kInternal);
  EXPECT_EQ(FailureCodeOf([&] { conn_->Execute("NOT SQL AT ALL"); }),
            FailureCode::kInternal);
  EXPECT_EQ(Count("v"), 0);
}

TEST_P(SqlConnectionTest, WriteTransactionWithoutCommitRollsBack) {
  {
    WriteTransaction tx(*conn_);
    conn_->Execute("INSERT INTO v (i) VALUES (?)", {int64_t{1}});
  }
  EXPECT_EQ(Count("v"), 0);
  {
    WriteTransaction tx(*conn_);
    conn_->Execute("INSERT INTO v (i) VALUES (?)", {int64_t{2}});
    tx.Commit();
  }
  EXPECT_EQ(Count("v"), 1);
}

TEST_P(SqlConnectionTest, CommittedWriteIsVisibleToAnotherConnection) {
  auto other = db_->Connect();
  WriteTransaction tx(*conn_);
  conn_->Execute("INSERT INTO v (i) VALUES (?)", {int64_t{7}});
  EXPECT_EQ(other->Query("SELECT COUNT(*) FROM v").at(0).Int(0), 0);
  tx.Commit();
  EXPECT_EQ(other->Query("SELECT COUNT(*) FROM v").at(0).Int(0), 1);
}

TEST_P(SqlConnectionTest, InsertReturningGivesNewId) {
  conn_->ExecuteScript("CREATE TABLE items (id " + AutoId() +
                       ", name TEXT NOT NULL)");
  const std::string insert = "INSERT INTO items (name) VALUES (?) RETURNING id";
  auto first = conn_->Query(insert, {std::string("a")});
  auto second = conn_->Query(insert, {std::string("b")});
  ASSERT_EQ(first.size(), 1u);
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(first[0].Int(0), 1);
  EXPECT_EQ(second[0].Int(0), 2);
  EXPECT_EQ(conn_->Query("SELECT name FROM items WHERE id = ?",
                         {second[0].Int(0)})
                .at(0)
                .Text(0),
            "b");
}

TEST_P(SqlConnectionTest, StatementStillWorksAfterTableChangesShape) {
  conn_->Execute("INSERT INTO v (i) VALUES (?)", {int64_t{1}});
  EXPECT_EQ(conn_->Query("SELECT * FROM v").at(0).size(), 3u);
  conn_->ExecuteScript("ALTER TABLE v ADD COLUMN extra TEXT");
  EXPECT_EQ(conn_->Query("SELECT * FROM v").at(0).size(), 4u);
}

// An engine difference callers must know: after a failed statement a
// PostgreSQL transaction is aborted, so Commit must fail rather than let
// the caller believe the earlier writes were kept. SQLite only undoes the
// failed statement. Portable code ends such a transaction with Rollback.
// Run on PostgreSQL only (PostgresConnectionTest, instantiated below).
class PostgresConnectionTest : public SqlConnectionTest {};

TEST_P(PostgresConnectionTest, CommitAfterFailedStatementThrows) {
  ASSERT_EQ(conn_->dialect(), SqlDialect::kPostgres);
  WriteTransaction tx(*conn_);
  conn_->Execute("INSERT INTO u (k) VALUES (?)", {std::string("a")});
  EXPECT_THROW(
      conn_->Execute("INSERT INTO u (k) VALUES (?)", {std::string("a")}),
      Failure);
  EXPECT_EQ(FailureCodeOf([&] { tx.Commit(); }), FailureCode::kInternal);
  EXPECT_EQ(Count("u"), 0);
}

// On PostgreSQL a started COPY holds the connection until it is awaited:
// a statement sent before then is refused, not mixed into the COPY.
TEST_P(PostgresConnectionTest, AStatementBeforeTheStartedCopyIsAwaitedIsRefused) {
  const std::vector<SqlParams> rows = {{std::string("a")}};
  auto from = [&rows, next = size_t{0}](SqlParams& row) mutable {
    if (next == rows.size()) return false;
    row = rows[next++];
    return true;
  };
  WriteTransaction tx(*conn_);
  conn_->StartCopyRows("u", {"k"}, from);
  EXPECT_EQ(FailureCodeOf([&] { conn_->Query("SELECT COUNT(*) FROM u"); }), FailureCode::kInternal);
  EXPECT_EQ(FailureCodeOf([&] { tx.Commit(); }), FailureCode::kInternal);
  EXPECT_EQ(conn_->AwaitCopy(), 1);
  tx.Commit();
  EXPECT_EQ(Count("u"), 1);
}

// Rows handed to CopyRows one by one from a list (the list outlives it).
std::function<bool(SqlParams&)> RowsFrom(const std::vector<SqlParams>& rows) {
  return [&rows, next = size_t{0}](SqlParams& row) mutable {
    if (next == rows.size()) return false;
    row = rows[next++];
    return true;
  };
}

// PostgreSQL's bulk writes go in the binary format when every column's type
// allows (storage/copy_binary.h), else in text: both store the values as
// an INSERT would. A value that its column cannot hold is refused before it
// is sent, and after a change of the table's shape (SchemaChanged, as
// Migrate calls it) the new column types are used.
TEST_P(PostgresConnectionTest, CopyRowsWritesEachColumnTypeInBinaryOrText) {
  conn_->ExecuteScript(
      "CREATE TABLE w (s SMALLINT, n INTEGER, b BOOLEAN, c VARCHAR(20), d DOUBLE PRECISION, x NUMERIC)");
  const std::vector<SqlParams> binary = {
      {int64_t{-32768}, int64_t{2147483647}, int64_t{1}, std::string("vår\ttab\\"), int64_t{3}},
      {nullptr, int64_t{-1}, int64_t{0}, std::string(""), -0.25}};
  const std::vector<SqlParams> text = {{int64_t{7}, 2.5}};
  {
    WriteTransaction tx(*conn_);
    EXPECT_EQ(conn_->CopyRows("w", {"s", "n", "b", "c", "d"}, RowsFrom(binary)), 2);
    EXPECT_EQ(conn_->CopyRows("w", {"n", "x"}, RowsFrom(text)), 1);
    tx.Commit();
  }
  auto got = conn_->Query("SELECT s, n, CAST(b AS INTEGER), c, d, CAST(x AS TEXT) FROM w ORDER BY n");
  ASSERT_EQ(got.size(), 3u);
  EXPECT_TRUE(got[0].IsNull(0));
  EXPECT_EQ(got[0].Int(1), -1);
  EXPECT_EQ(got[0].Int(2), 0);
  EXPECT_EQ(got[0].Text(3), "");
  EXPECT_EQ(got[0].Real(4), -0.25);
  EXPECT_EQ(got[1].Int(1), 7);
  EXPECT_EQ(got[1].Text(5), "2.5");
  EXPECT_EQ(got[2].Int(0), -32768);
  EXPECT_EQ(got[2].Int(1), 2147483647);
  EXPECT_EQ(got[2].Int(2), 1);
  EXPECT_EQ(got[2].Text(3), "vår\ttab\\");
  EXPECT_EQ(got[2].Real(4), 3.0);

  const std::vector<SqlParams> too_big = {{int64_t{2147483648}}};
  {
    WriteTransaction tx(*conn_);
    EXPECT_EQ(FailureCodeOf([&] { conn_->CopyRows("w", {"n"}, RowsFrom(too_big)); }), FailureCode::kInternal);
  }
  conn_->ExecuteScript("ALTER TABLE w ALTER COLUMN n TYPE BIGINT");
  conn_->SchemaChanged();
  WriteTransaction tx(*conn_);
  EXPECT_EQ(conn_->CopyRows("w", {"n"}, RowsFrom(too_big)), 1);
  tx.Commit();
  EXPECT_EQ(conn_->Query("SELECT MAX(n) FROM w").at(0).Int(0), 2147483648);
}

TEST_P(SqlConnectionTest, CopyRowsWritesEveryValueAsInsertWould) {
  // Text with the characters COPY's text format escapes, NULLs, extremes.
  const std::vector<SqlParams> rows = {
      {int64_t{1}, 0.1, std::string("tab\there, line\nbreak, cr\r, back\\slash \\N")},
      {nullptr, nullptr, nullptr},
      {std::numeric_limits<int64_t>::min(), 1.0 / 3.0, std::string("Blåbær; \"sitat\", 'x'")},
      {int64_t{4}, 5e-324, std::string("")},
  };
  WriteTransaction tx(*conn_);
  EXPECT_EQ(conn_->CopyRows("v", {"i", "d", "t"}, RowsFrom(rows)), 4);
  tx.Commit();
  auto got = conn_->Query("SELECT i, d, t FROM v ORDER BY i IS NULL, i");
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got[0].Int(0), std::numeric_limits<int64_t>::min());
  EXPECT_EQ(got[0].Real(1), 1.0 / 3.0);
  EXPECT_EQ(got[0].Text(2), "Blåbær; \"sitat\", 'x'");
  EXPECT_EQ(got[1].Int(0), 1);
  EXPECT_EQ(got[1].Real(1), 0.1);
  EXPECT_EQ(got[1].Text(2), "tab\there, line\nbreak, cr\r, back\\slash \\N");
  EXPECT_EQ(got[2].Real(1), 5e-324);
  EXPECT_FALSE(got[2].IsNull(2));
  EXPECT_EQ(got[2].Text(2), "");
  for (size_t col = 0; col < 3; ++col) EXPECT_TRUE(got[3].IsNull(col)) << "column " << col;
}

TEST_P(SqlConnectionTest, CopyRowsOfNothingWritesNothing) {
  const std::vector<SqlParams> none;
  EXPECT_EQ(conn_->CopyRows("v", {"i"}, RowsFrom(none)), 0);
  EXPECT_EQ(Count("v"), 0);
}

TEST_P(SqlConnectionTest, CopyRowsClashIsConflictAndASavepointUndoesIt) {
  conn_->Execute("INSERT INTO u (k) VALUES (?)", {std::string("b")});
  const std::vector<SqlParams> rows = {{std::string("a")}, {std::string("b")}, {std::string("c")}};
  WriteTransaction tx(*conn_);
  conn_->ExecuteScript("SAVEPOINT copy");
  EXPECT_EQ(FailureCodeOf([&] { conn_->CopyRows("u", {"k"}, RowsFrom(rows)); }),
            FailureCode::kConflict);
  conn_->ExecuteScript("ROLLBACK TO SAVEPOINT copy");
  // The transaction goes on after the savepoint, on both engines.
  conn_->Execute("INSERT INTO u (k) VALUES (?)", {std::string("d")});
  tx.Commit();
  EXPECT_EQ(conn_->Query("SELECT COUNT(*) FROM u WHERE k IN ('b', 'd')").at(0).Int(0), 2);
  EXPECT_EQ(Count("u"), 2);
}

// Enough rows for SQLite's several-row statements and a tail of single
// rows: every row arrives once, in its own values, and a clash in the middle
// of a several-row statement is a conflict that leaves none of its rows.
TEST_P(SqlConnectionTest, CopyRowsOfManyRowsWritesEachOnceAndAClashAnywhereIsWhole) {
  std::vector<SqlParams> rows;
  for (int64_t i = 0; i < 101; ++i) rows.push_back({i, i * 0.5, "row " + std::to_string(i)});
  {
    WriteTransaction tx(*conn_);
    EXPECT_EQ(conn_->CopyRows("v", {"i", "d", "t"}, RowsFrom(rows)), 101);
    tx.Commit();
  }
  auto got = conn_->Query("SELECT i, d, t FROM v ORDER BY i");
  ASSERT_EQ(got.size(), 101u);
  for (int64_t i = 0; i < 101; ++i) {
    EXPECT_EQ(got[i].Int(0), i);
    EXPECT_EQ(got[i].Real(1), i * 0.5);
    EXPECT_EQ(got[i].Text(2), "row " + std::to_string(i));
  }

  conn_->Execute("INSERT INTO u (k) VALUES (?)", {std::string("k40")});
  std::vector<SqlParams> keys;
  for (int i = 0; i < 70; ++i) keys.push_back({"k" + std::to_string(i)});
  WriteTransaction tx(*conn_);
  conn_->ExecuteScript("SAVEPOINT copy");
  EXPECT_EQ(FailureCodeOf([&] { conn_->CopyRows("u", {"k"}, RowsFrom(keys)); }), FailureCode::kConflict);
  conn_->ExecuteScript("ROLLBACK TO SAVEPOINT copy");
  tx.Commit();
  EXPECT_EQ(Count("u"), 1);
}

// The two-step copy (StartCopyRows, AwaitCopy) that the measurement import
// uses to check its next rows while the database stores the last ones:
// the rows are there after AwaitCopy, a clash is reported by AwaitCopy and
// a savepoint undoes it, and a rollback before AwaitCopy drops the rows.
TEST_P(SqlConnectionTest, StartedCopyIsAwaitedWithItsOutcome) {
  std::vector<SqlParams> rows;
  for (int64_t i = 0; i < 5000; ++i) rows.push_back({i, i * 0.25, "row " + std::to_string(i)});
  {
    WriteTransaction tx(*conn_);
    conn_->StartCopyRows("v", {"i", "d", "t"}, RowsFrom(rows));
    EXPECT_EQ(conn_->AwaitCopy(), 5000);
    tx.Commit();
  }
  EXPECT_EQ(Count("v"), 5000);
  EXPECT_EQ(conn_->Query("SELECT t FROM v WHERE i = 4999").at(0).Text(0), "row 4999");

  conn_->Execute("INSERT INTO u (k) VALUES (?)", {std::string("b")});
  const std::vector<SqlParams> clash = {{std::string("a")}, {std::string("b")}};
  WriteTransaction tx(*conn_);
  conn_->ExecuteScript("SAVEPOINT copy");
  conn_->StartCopyRows("u", {"k"}, RowsFrom(clash));
  EXPECT_EQ(FailureCodeOf([&] { conn_->AwaitCopy(); }), FailureCode::kConflict);
  conn_->ExecuteScript("ROLLBACK TO SAVEPOINT copy");
  conn_->Execute("INSERT INTO u (k) VALUES (?)", {std::string("c")});
  tx.Commit();
  EXPECT_EQ(Count("u"), 2);
}

TEST_P(SqlConnectionTest, ARollbackBeforeTheCopyIsAwaitedDropsItsRows) {
  const std::vector<SqlParams> rows = {{int64_t{1}, 1.0, std::string("x")}};
  {
    WriteTransaction tx(*conn_);
    conn_->StartCopyRows("v", {"i", "d", "t"}, RowsFrom(rows));
  }  // rolled back
  EXPECT_EQ(Count("v"), 0);
  // The connection serves on.
  WriteTransaction tx(*conn_);
  EXPECT_EQ(conn_->CopyRows("v", {"i", "d", "t"}, RowsFrom(rows)), 1);
  tx.Commit();
  EXPECT_EQ(Count("v"), 1);
}

// A connection that meets more distinct statements than it keeps (as lists
// of ids of every length do over months) forgets some and prepares them
// again: every answer stays right, and on PostgreSQL the server holds no
// more than the limit for it.
TEST_P(SqlConnectionTest, ManyDistinctStatementsStayBoundedAndRight) {
  conn_->Execute("INSERT INTO v (i) VALUES (?)", {int64_t{7}});
  const std::string first = "SELECT i + 0 FROM v";
  EXPECT_EQ(conn_->Query(first).at(0).Int(0), 7);
  for (size_t n = 1; n <= 2 * kMaxCachedStatements + 10; ++n) {
    auto rows = conn_->Query("SELECT i + " + std::to_string(n) + " FROM v");
    ASSERT_EQ(rows.at(0).Int(0), 7 + static_cast<int64_t>(n));
    if (GetParam() == Engine::kPostgres && n % 100 == 0) {
      EXPECT_LE(conn_->Query("SELECT COUNT(*) FROM pg_prepared_statements").at(0).Int(0),
                static_cast<int64_t>(kMaxCachedStatements) + 1);
    }
  }
  EXPECT_EQ(conn_->Query(first).at(0).Int(0), 7);
  WriteTransaction tx(*conn_);
  conn_->Execute("INSERT INTO v (i) VALUES (?)", {int64_t{8}});
  tx.Commit();
  EXPECT_EQ(Count("v"), 2);
}

TEST_P(SqlConnectionTest, CopyRowsPassesOnTheCallersErrorAndTheConnectionStaysUsable) {
  WriteTransaction tx(*conn_);
  conn_->ExecuteScript("SAVEPOINT copy");
  int calls = 0;
  EXPECT_THROW(conn_->CopyRows("v", {"i"},
                               [&](SqlParams& row) -> bool {
                                 if (++calls == 3) throw std::runtime_error("bad input");
                                 row = {int64_t{calls}};
                                 return true;
                               }),
               std::runtime_error);
  conn_->ExecuteScript("ROLLBACK TO SAVEPOINT copy");
  conn_->Execute("INSERT INTO v (i) VALUES (?)", {int64_t{9}});
  tx.Commit();
  EXPECT_EQ(Count("v"), 1);
}

INSTANTIATE_PER_ENGINE(SqlConnectionTest);
INSTANTIATE_TEST_SUITE_P(
    Engines, PostgresConnectionTest, ::testing::Values(Engine::kPostgres),
    [](const ::testing::TestParamInfo<Engine>& info) {
      return EngineName(info.param);
    });

}  // namespace
}  // namespace fremdrift
