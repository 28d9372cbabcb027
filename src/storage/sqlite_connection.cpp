#include "storage/sqlite_connection.h"

#include <sqlite3.h>

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "domain/failure.h"
#include "storage/change_watch.h"
#include "storage/engine_error.h"

namespace fremdrift {
namespace {

// How long a writer waits for another connection's write lock.
constexpr int kBusyTimeoutMs = 10000;

// How often a write transaction that found the database busy for the whole
// busy timeout (another process writing) tries to begin again.
constexpr int kBeginAttempts = 6;

// The writers of one database file in this process take turns here before
// BEGIN IMMEDIATE, rather than poll SQLite's busy handler all at once,
// under which a writer among many can wait past the busy timeout while
// later ones get in. One queue per path; none for in-memory databases.
std::shared_ptr<std::mutex> WriterQueue(const std::string& path) {
  if (path.empty() || path == ":memory:") return nullptr;
  static std::mutex guard;
  static std::map<std::string, std::weak_ptr<std::mutex>> queues;
  std::lock_guard lock(guard);
  auto& slot = queues[path];
  auto queue = slot.lock();
  if (!queue) {
    queue = std::make_shared<std::mutex>();
    slot = queue;
  }
  return queue;
}

class SqliteConnection : public SqlConnection {
 public:
  explicit SqliteConnection(const std::string& path)
      : writers_(WriterQueue(path)), changes_(ChangeWatch::OfSqliteFile(path)) {
    int rc = sqlite3_open_v2(
        path.c_str(), &db_,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
        nullptr);
    if (rc != SQLITE_OK) {
      std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
      sqlite3_close(db_);
      db_ = nullptr;
      throw Failure(FailureCode::kInternal,
                    "cannot open SQLite database " + path + ": " + msg);
    }
    sqlite3_busy_timeout(db_, kBusyTimeoutMs);
    sqlite3_extended_result_codes(db_, 1);
    // SQLite calls the hook just before a commit; the watch learns of it
    // only once the statement that committed has returned (CommitEnded).
    sqlite3_commit_hook(
        db_,
        [](void* self) {
          static_cast<SqliteConnection*>(self)->committing_ = true;
          return 0;
        },
        this);
    // Switching a new database to WAL needs an exclusive lock, and SQLite
    // may answer "locked" at once, without the busy handler, while another
    // connection is starting up too: retry for as long as the busy timeout.
    for (int waited_ms = 0;; waited_ms += 10) {
      try {
        ExecuteScript("PRAGMA journal_mode=WAL");
        break;
      } catch (const Failure&) {
        if (waited_ms >= kBusyTimeoutMs) throw;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      }
    }
    ExecuteScript(
        "PRAGMA synchronous=FULL;"
        "PRAGMA foreign_keys=ON;");
  }

  ~SqliteConnection() override {
    for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
    sqlite3_close(db_);
  }

  SqlDialect dialect() const override { return SqlDialect::kSqlite; }

  std::vector<SqlRow> Query(std::string_view sql,
                            const SqlParams& params) override {
    sqlite3_stmt* stmt = Prepare(sql, params);
    std::vector<SqlRow> rows;
    for (;;) {
      int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) Fail(rc, stmt);
      int n = sqlite3_column_count(stmt);
      std::vector<SqlValue> values;
      values.reserve(n);
      for (int i = 0; i < n; ++i) values.push_back(Column(stmt, i));
      rows.emplace_back(std::move(values));
    }
    sqlite3_reset(stmt);
    CommitEnded();
    return rows;
  }

  int64_t Execute(std::string_view sql, const SqlParams& params) override {
    sqlite3_stmt* stmt = Prepare(sql, params);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE) Fail(rc, stmt);
    sqlite3_reset(stmt);
    CommitEnded();
    return sqlite3_changes64(db_);
  }

  void ExecuteScript(std::string_view sql) override {
    char* err = nullptr;
    std::string text(sql);
    int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
    CommitEnded();
    if (rc != SQLITE_OK) {
      std::string msg = err ? err : sqlite3_errstr(rc);
      sqlite3_free(err);
      throw EngineFailure(ClassifyError(rc) == FailureCode::kConflict, msg);
    }
  }

  // Prepared INSERTs of kRowsPerInsert rows each, bound and stepped, and
  // one of a single row for the rest. Each statement has a fixed cost (its
  // start and end) that one row per statement pays in full; the sqlite3
  // shell's .import pays it. The values are bound without a copy, as they
  // stay put until the step.
  int64_t CopyRows(std::string_view table, const std::vector<std::string>& columns,
                   const std::function<bool(SqlParams& row)>& next_row) override {
    constexpr size_t kRowsPerInsert = 32;
    std::string head = "INSERT INTO " + std::string(table) + " (";
    std::string marks = "(";
    for (size_t i = 0; i < columns.size(); ++i) {
      head += (i ? ", " : "") + columns[i];
      marks += i ? ", ?" : "?";
    }
    head += ") VALUES ";
    marks += ")";
    std::string many = head;
    for (size_t r = 0; r < kRowsPerInsert; ++r) many += (r ? ", " : "") + marks;
    std::vector<SqlParams> rows(kRowsPerInsert);
    size_t filled = 0;
    int64_t written = 0;
    auto step = [&](sqlite3_stmt* stmt, size_t count) {
      for (size_t r = 0; r < count; ++r) Bind(stmt, rows[r], SQLITE_STATIC, r * columns.size());
      int rc = sqlite3_step(stmt);
      if (rc != SQLITE_DONE) Fail(rc, stmt);
      sqlite3_reset(stmt);
      written += static_cast<int64_t>(count);
    };
    while (next_row(rows[filled])) {
      if (rows[filled].size() != columns.size()) {
        throw Failure(FailureCode::kInternal, "CopyRows: a row has " + std::to_string(rows[filled].size()) +
                                                  " values for " + std::to_string(columns.size()) +
                                                  " columns of " + std::string(table));
      }
      if (++filled < kRowsPerInsert) continue;
      step(Prepare(many, {}), kRowsPerInsert);
      filled = 0;
    }
    if (filled > 0) {
      sqlite3_stmt* one = Prepare(head + marks, {});
      for (size_t r = 0; r < filled; ++r) {
        std::swap(rows[0], rows[r]);
        step(one, 1);
      }
      sqlite3_clear_bindings(one);
    }
    if (written >= static_cast<int64_t>(kRowsPerInsert)) sqlite3_clear_bindings(Prepare(many, {}));
    CommitEnded();
    return written;
  }

  // Waits for this process's other writers in turn, then for other
  // processes' for up to kBeginAttempts busy timeouts: nothing has been
  // done yet, so beginning again is always safe.
  void BeginWrite() override {
    std::unique_lock<std::mutex> turn;
    if (writers_) turn = std::unique_lock(*writers_);
    for (int attempt = 1;; ++attempt) {
      int rc = sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
      if (rc == SQLITE_OK) break;
      if ((rc & 0xff) != SQLITE_BUSY || attempt >= kBeginAttempts) {
        throw EngineFailure(ClassifyError(rc) == FailureCode::kConflict, sqlite3_errmsg(db_));
      }
    }
    turn_ = std::move(turn);
  }
  void Commit() override {
    ExecuteScript("COMMIT");
    if (turn_.owns_lock()) turn_.unlock();
  }
  bool InTransaction() const override { return sqlite3_get_autocommit(db_) == 0; }
  void Rollback() override {
    struct Release {
      std::unique_lock<std::mutex>& turn;
      ~Release() {
        if (turn.owns_lock()) turn.unlock();
      }
    } release{turn_};
    ExecuteScript("ROLLBACK");
  }

 private:
  static FailureCode ClassifyError(int rc) {
    return (rc & 0xff) == SQLITE_CONSTRAINT ? FailureCode::kConflict
                                            : FailureCode::kInternal;
  }

  // Tells the watch of a commit the last statement made (in autocommit
  // mode, or COMMIT), now that it has ended.
  void CommitEnded() {
    if (!committing_) return;
    committing_ = false;
    if (changes_) changes_->NoteCommit();
  }

  [[noreturn]] void Fail(int rc, sqlite3_stmt* stmt) {
    std::string msg = sqlite3_errmsg(db_);
    sqlite3_reset(stmt);
    CommitEnded();
    throw EngineFailure(ClassifyError(rc) == FailureCode::kConflict, msg);
  }

  // Statements are prepared once per connection and reused.
  sqlite3_stmt* Prepare(std::string_view sql, const SqlParams& params) {
    std::string key(sql);
    sqlite3_stmt* stmt = nullptr;
    auto it = cache_.find(key);
    if (it != cache_.end()) {
      stmt = it->second;
      sqlite3_reset(stmt);
      sqlite3_clear_bindings(stmt);
    } else {
      if (cache_.size() >= kMaxCachedStatements) ForgetIdleStatements();
      int rc = sqlite3_prepare_v2(db_, key.c_str(), -1, &stmt, nullptr);
      if (rc != SQLITE_OK) {
        throw Failure(FailureCode::kInternal,
                      std::string(sqlite3_errmsg(db_)) + " in: " + key);
      }
      cache_.emplace(key, stmt);
    }
    Bind(stmt, params, SQLITE_TRANSIENT);
    return stmt;
  }

  // Finalizes the cached statements not in the middle of a run (none is,
  // between one call and the next; CopyRows holds one while it asks for
  // rows).
  void ForgetIdleStatements() {
    for (auto it = cache_.begin(); it != cache_.end();) {
      if (sqlite3_stmt_busy(it->second)) {
        ++it;
        continue;
      }
      sqlite3_finalize(it->second);
      it = cache_.erase(it);
    }
  }

  // Binds `params` to ?1, ?2, ...; `text_lifetime` is SQLITE_TRANSIENT (copy
  // the text) or SQLITE_STATIC (the caller keeps it until the next reset).
  // `first`: how many parameters come before these (several rows in one
  // statement).
  static void Bind(sqlite3_stmt* stmt, const SqlParams& params, sqlite3_destructor_type text_lifetime,
                   size_t first = 0) {
    for (size_t i = 0; i < params.size(); ++i) {
      int idx = static_cast<int>(first + i + 1);
      const SqlValue& v = params[i];
      if (std::holds_alternative<std::nullptr_t>(v)) {
        sqlite3_bind_null(stmt, idx);
      } else if (auto p = std::get_if<int64_t>(&v)) {
        sqlite3_bind_int64(stmt, idx, *p);
      } else if (auto p = std::get_if<double>(&v)) {
        sqlite3_bind_double(stmt, idx, *p);
      } else {
        const std::string& s = std::get<std::string>(v);
        sqlite3_bind_text(stmt, idx, s.data(), static_cast<int>(s.size()), text_lifetime);
      }
    }
  }

  static SqlValue Column(sqlite3_stmt* stmt, int i) {
    switch (sqlite3_column_type(stmt, i)) {
      case SQLITE_NULL: return nullptr;
      case SQLITE_INTEGER: return static_cast<int64_t>(sqlite3_column_int64(stmt, i));
      case SQLITE_FLOAT: return sqlite3_column_double(stmt, i);
      default: {
        const auto* text =
            reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
        return std::string(text ? text : "",
                           static_cast<size_t>(sqlite3_column_bytes(stmt, i)));
      }
    }
  }

  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
  std::shared_ptr<std::mutex> writers_;  // this file's writer queue
  std::unique_lock<std::mutex> turn_;    // held from BeginWrite to the end
  std::shared_ptr<ChangeWatch> changes_;  // this file's watch
  bool committing_ = false;               // set by the commit hook
};

}  // namespace

std::unique_ptr<SqlConnection> OpenSqlite(const std::string& path) {
  return std::make_unique<SqliteConnection>(path);
}

}  // namespace fremdrift
