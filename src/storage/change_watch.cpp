#include "storage/change_watch.h"

#include <sqlite3.h>

#include <map>
#include <stdexcept>

namespace fremdrift {
namespace {

int64_t SteadyNanoseconds() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

}  // namespace

std::shared_ptr<ChangeWatch> ChangeWatch::OfSqliteFile(const std::string& path) {
  if (path.empty() || path == ":memory:") return nullptr;
  static std::mutex guard;
  static std::map<std::string, std::weak_ptr<ChangeWatch>> watches;
  std::lock_guard lock(guard);
  auto& slot = watches[path];
  auto watch = slot.lock();
  if (!watch) {
    watch = std::make_shared<ChangeWatch>(path);
    slot = watch;
  }
  return watch;
}

std::shared_ptr<ChangeWatch> ChangeWatch::OfDatabaseUrl(const std::string& url) {
  // The path as OpenConnection gives it to SQLite (storage/open_connection.cpp).
  if (url.rfind("sqlite:", 0) != 0) return nullptr;
  return OfSqliteFile(url.substr(7));
}

ChangeWatch::ChangeWatch(std::string path) : path_(std::move(path)) {}

ChangeWatch::~ChangeWatch() { sqlite3_close(db_); }

uint64_t ChangeWatch::Epoch() {
  const int64_t now = SteadyNanoseconds();
  if (now >= next_poll_ns_.load(std::memory_order_relaxed)) {
    std::unique_lock lock(poll_, std::try_to_lock);
    if (lock.owns_lock() && now >= next_poll_ns_.load(std::memory_order_relaxed)) {
      try {
        Poll();
      } catch (...) {
        // The database cannot be read now: assume it changed, so that
        // readers go to the database (and meet the error there).
        sqlite3_close(db_);
        db_ = nullptr;
        data_version_ = -1;
        NoteCommit();
      }
      next_poll_ns_.store(SteadyNanoseconds() +
                              std::chrono::duration_cast<std::chrono::nanoseconds>(kPollInterval).count(),
                          std::memory_order_relaxed);
    }
  }
  return epoch_.load(std::memory_order_acquire);
}

void ChangeWatch::Poll() {
  // The watch's connection never writes, so its data_version changes with
  // every commit of any other connection, in this process or another.
  if (!db_ && sqlite3_open_v2(path_.c_str(), &db_, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    throw std::runtime_error("cannot open " + path_);
  }
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, "PRAGMA data_version", -1, &stmt, nullptr) != SQLITE_OK) {
    throw std::runtime_error(sqlite3_errmsg(db_));
  }
  const bool row = sqlite3_step(stmt) == SQLITE_ROW;
  const int64_t version = row ? sqlite3_column_int64(stmt, 0) : -1;
  sqlite3_finalize(stmt);
  if (!row) throw std::runtime_error(sqlite3_errmsg(db_));
  // The first poll bumps too: a commit may have come before it.
  if (version != data_version_) {
    NoteCommit();
    data_version_ = version;
  }
}

}  // namespace fremdrift
