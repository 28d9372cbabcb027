#include "storage/database_backup.h"

#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <thread>
#include <vector>

#include "domain/failure.h"

extern char** environ;

namespace fremdrift {
namespace {

constexpr int kBackupBusyTimeoutMs = 10000;

bool IsSqliteUrl(const std::string& url) { return url.rfind("sqlite:", 0) == 0; }

bool IsPostgresUrl(const std::string& url) {
  return url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0;
}

void RequireKnownUrl(const std::string& url) {
  if (IsSqliteUrl(url) || IsPostgresUrl(url)) return;
  throw Failure(FailureCode::kInvalid,
                "database URL must start with sqlite: or postgresql:// (got '" + url + "')", "db");
}

// The temporary name a file is written under before it is renamed.
std::string Partial(const std::string& out) { return out + ".partial"; }

void Publish(const std::string& partial, const std::string& out) {
  if (std::rename(partial.c_str(), out.c_str()) != 0) {
    std::remove(partial.c_str());
    throw Failure(FailureCode::kInternal,
                  "cannot write " + out + ": " + std::strerror(errno));
  }
}

// One SQLite handle, closed on destruction.
class SqliteHandle {
 public:
  SqliteHandle(const std::string& path, int flags) {
    int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
      std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
      sqlite3_close(db_);
      throw Failure(FailureCode::kInternal, "cannot open SQLite database " + path + ": " + msg);
    }
    sqlite3_busy_timeout(db_, kBackupBusyTimeoutMs);
  }
  ~SqliteHandle() { sqlite3_close(db_); }
  SqliteHandle(const SqliteHandle&) = delete;
  SqliteHandle& operator=(const SqliteHandle&) = delete;
  sqlite3* get() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

// Copies database `from` into `to` with the online backup API, all pages
// in one step (one read transaction on `from`, so one consistent
// snapshot), trying again while either is busy.
void CopySqlite(sqlite3* from, sqlite3* to, const std::string& what) {
  sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
  if (!backup) {
    throw Failure(FailureCode::kInternal, what + ": " + sqlite3_errmsg(to));
  }
  int rc;
  for (int waited_ms = 0;; waited_ms += 10) {
    rc = sqlite3_backup_step(backup, -1);
    if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || waited_ms >= kBackupBusyTimeoutMs) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE) {
    throw Failure(FailureCode::kInternal, what + ": " + sqlite3_errstr(rc));
  }
}

void BackupSqlite(const std::string& path, const std::string& out) {
  const std::string partial = Partial(out);
  std::remove(partial.c_str());
  {
    SqliteHandle from(path, SQLITE_OPEN_READWRITE);  // the WAL index needs write access
    SqliteHandle to(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    try {
      CopySqlite(from.get(), to.get(), "cannot back up " + path);
    } catch (...) {
      std::remove(partial.c_str());
      throw;
    }
    // The copy keeps the source's WAL mode; a backup is one self-contained
    // file, so it goes back to a rollback journal.
    sqlite3_exec(to.get(), "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
  }
  Publish(partial, out);
}

void RestoreSqlite(const std::string& path, const std::string& in) {
  SqliteHandle from(in, SQLITE_OPEN_READONLY);
  SqliteHandle to(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  CopySqlite(from.get(), to.get(), "cannot restore " + in + " into " + path);
}

// Runs `argv` (found on the PATH) and waits for it; throws naming `what`
// when it cannot start or does not exit with 0. Its messages go to our
// standard error.
void Run(const std::vector<std::string>& argv, const std::string& what) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid;
  int rc = posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ);
  if (rc != 0) {
    throw Failure(FailureCode::kInternal, what + ": cannot run " + argv[0] + " (" +
                                              std::strerror(rc) +
                                              "); install postgresql-client");
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    throw Failure(FailureCode::kInternal, what + ": " + argv[0] + " failed (see its message above)");
  }
}

void BackupPostgres(const std::string& url, const std::string& out) {
  const std::string partial = Partial(out);
  try {
    Run({"pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file=" + partial,
         "--dbname=" + url},
        "cannot back up the PostgreSQL database");
  } catch (...) {
    std::remove(partial.c_str());
    throw;
  }
  Publish(partial, out);
}

void RestorePostgres(const std::string& url, const std::string& in) {
  Run({"pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges",
       "--single-transaction", "--exit-on-error", "--dbname=" + url, in},
      "cannot restore " + in);
}

}  // namespace

std::string BackupFileEngine(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  char head[16] = {};
  f.read(head, sizeof head);
  if (f.gcount() >= 16 && std::memcmp(head, "SQLite format 3", 16) == 0) return "sqlite";
  if (f.gcount() >= 5 && std::memcmp(head, "PGDMP", 5) == 0) return "postgresql";
  return "";
}

void BackupDatabase(const std::string& url, const std::string& out) {
  RequireKnownUrl(url);
  if (IsSqliteUrl(url)) return BackupSqlite(url.substr(7), out);
  BackupPostgres(url, out);
}

void RestoreDatabase(const std::string& url, const std::string& in) {
  RequireKnownUrl(url);
  const std::string engine = BackupFileEngine(in);
  const std::string wanted = IsSqliteUrl(url) ? "sqlite" : "postgresql";
  if (engine.empty()) {
    throw Failure(FailureCode::kInvalid, in + " is not a backup made by fremdrift backup", "FILE");
  }
  if (engine != wanted) {
    throw Failure(FailureCode::kInvalid,
                  in + " is a backup of a " + engine + " database; restore it into one of those",
                  "FILE");
  }
  if (IsSqliteUrl(url)) return RestoreSqlite(url.substr(7), in);
  RestorePostgres(url, in);
}

}  // namespace fremdrift
