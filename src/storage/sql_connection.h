// One connection to a SQL database, SQLite or PostgreSQL, behind one small
// interface. Every query in Fremdrift is written once in portable SQL with
// `?` placeholders and runs on both engines through this class.
//
// A connection is not thread-safe: use one per thread (see ConnectionPool).
// Errors are thrown as fremdrift::Failure: a unique or foreign-key violation
// becomes kConflict, anything else kInternal.
#pragma once

#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace fremdrift {

enum class SqlDialect { kSqlite, kPostgres };

// A parameter or a column value. Integers are 64-bit on both engines.
using SqlValue = std::variant<std::nullptr_t, int64_t, double, std::string>;

// One result row. Accessors throw Failure(kInternal) on a type mismatch.
class SqlRow {
 public:
  explicit SqlRow(std::vector<SqlValue> values) : values_(std::move(values)) {}
  size_t size() const { return values_.size(); }
  bool IsNull(size_t i) const;
  int64_t Int(size_t i) const;       // NULL is an error
  double Real(size_t i) const;       // integers widen
  std::string Text(size_t i) const;  // NULL gives ""
  const SqlValue& Value(size_t i) const { return values_.at(i); }

 private:
  std::vector<SqlValue> values_;
};

using SqlParams = std::vector<SqlValue>;

// Statements a connection keeps prepared, at most. Most SQL is a fixed
// text, but a list of ids spelled into "IN (...)" makes a new text for each
// length, and a server runs for months: past this many, a connection
// forgets the statements it holds (they are prepared again when next used)
// rather than grow without end.
inline constexpr size_t kMaxCachedStatements = 400;

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;

  virtual SqlDialect dialect() const = 0;

  // Runs one statement and returns its rows (an INSERT ... RETURNING too).
  virtual std::vector<SqlRow> Query(std::string_view sql,
                                    const SqlParams& params = {}) = 0;

  // The rows of one statement as `convert` turns them into a value of its
  // own, shared. A connection that remembers a request's answers
  // (storage/request_query_memo.h) converts them once per request for each
  // `as` (a name of the conversion) and gives the same value again, where
  // Query would copy the rows each time; another converts every time.
  template <typename T>
  std::shared_ptr<const T> QueryAs(std::string_view as, std::string_view sql, const SqlParams& params,
                                   const std::function<T(const std::vector<SqlRow>&)>& convert) {
    return std::static_pointer_cast<const T>(
        QueryConverted(as, sql, params, [&](const std::vector<SqlRow>& rows) -> std::shared_ptr<const void> {
          return std::make_shared<const T>(convert(rows));
        }));
  }

  // QueryAs without its type: the value is what `convert` made of the rows.
  using RowsConverter = std::function<std::shared_ptr<const void>(const std::vector<SqlRow>&)>;
  virtual std::shared_ptr<const void> QueryConverted(std::string_view /*as*/, std::string_view sql,
                                                     const SqlParams& params, const RowsConverter& convert) {
    return convert(Query(sql, params));
  }

  // Whether QueryConverted gives a value again for the rest of a request
  // rather than asking anew: a store may then prefer a larger read it can
  // share (the indicator directory) to a small one of its own.
  virtual bool RemembersConvertedReads() const { return false; }

  // Runs one statement and returns the number of rows it changed.
  virtual int64_t Execute(std::string_view sql,
                          const SqlParams& params = {}) = 0;

  // Runs several statements separated by semicolons, without parameters.
  virtual void ExecuteScript(std::string_view sql) = 0;

  // Appends rows to `table` in bulk, as fast as the engine allows: COPY ...
  // FROM STDIN on PostgreSQL, one prepared INSERT stepped per row on SQLite.
  // `columns` are the columns written, in order; `next_row` fills `row`
  // with one value per column (it may reuse the strings already there) and
  // returns false when there are no more rows. Returns the rows written.
  // There is no ON CONFLICT: a row that breaks a constraint throws
  // Failure(kConflict); an exception from `next_row` is passed on. After a
  // throw, the rows of the call already written may or may not be
  // there (PostgreSQL drops them all, SQLite keeps those before the bad
  // one) and on PostgreSQL the transaction is aborted: wrap the call in a
  // SAVEPOINT and roll back to it to carry on. `table` and `columns` are
  // put into the SQL as they are: never pass user input.
  virtual int64_t CopyRows(std::string_view table, const std::vector<std::string>& columns,
                           const std::function<bool(SqlParams& row)>& next_row) = 0;

  // CopyRows in two steps, so that the caller can work while the engine
  // stores the rows: on PostgreSQL, StartCopyRows sends them all and
  // AwaitCopy reads the server's outcome. Until AwaitCopy the connection
  // takes no other statement (on PostgreSQL one throws
  // Failure(kInternal)); Rollback may come instead, and drops the rows.
  // AwaitCopy returns the rows written or throws as CopyRows would. On SQLite the rows are stored in
  // StartCopyRows, and AwaitCopy gives that outcome.
  virtual void StartCopyRows(std::string_view table, const std::vector<std::string>& columns,
                             const std::function<bool(SqlParams& row)>& next_row) {
    started_copy_error_ = nullptr;
    try {
      started_copy_rows_ = CopyRows(table, columns, next_row);
    } catch (...) {
      started_copy_error_ = std::current_exception();
    }
  }
  virtual int64_t AwaitCopy() {
    if (started_copy_error_) std::rethrow_exception(std::exchange(started_copy_error_, nullptr));
    return started_copy_rows_;
  }

  // Starts a transaction that will write. SQLite takes the write lock at
  // once (BEGIN IMMEDIATE) so two writers never deadlock on an upgrade.
  virtual void BeginWrite() = 0;
  virtual void Commit() = 0;
  virtual void Rollback() = 0;

  // Whether a transaction is open on the connection. Reads kept in memory
  // across requests (storage/kept_rows.h) are neither taken
  // from nor given to a connection that is, since what it reads may yet be
  // rolled back.
  virtual bool InTransaction() const = 0;

  // Tables may have changed shape (Migrate calls it after each migration):
  // forgets what the connection learnt of them, such as the column types
  // that PostgreSQL's bulk writes use.
  virtual void SchemaChanged() {}

 private:
  // The outcome of the default StartCopyRows, for AwaitCopy.
  int64_t started_copy_rows_ = 0;
  std::exception_ptr started_copy_error_;
};

// Opens a connection from a URL: `sqlite:PATH` or `postgresql://...`
// (also `postgres://...`). Throws Failure(kInvalid, field "db") for any
// other scheme and Failure(kInternal) when the database cannot be opened.
std::unique_ptr<SqlConnection> OpenConnection(const std::string& url);

// Rolls back on destruction unless Commit() was called.
class WriteTransaction {
 public:
  explicit WriteTransaction(SqlConnection& conn) : conn_(conn) {
    conn_.BeginWrite();
  }
  ~WriteTransaction() {
    if (!done_) {
      try { conn_.Rollback(); } catch (...) {}
    }
  }
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;
  void Commit() { conn_.Commit(); done_ = true; }

 private:
  SqlConnection& conn_;
  bool done_ = false;
};

}  // namespace fremdrift
