// Whether the data of a SQLite database may have changed, told without a
// query, so that answers kept in memory (a series, a public page) cost no
// read of the database while nothing changes (docs/operations.md, "HTTP
// caching").
//
// The watch of a file holds an epoch, a number that grows:
// - at once when a commit of a connection of this process has ended
//   (SqliteConnection notes each commit after it returns, so a client
//   acknowledged for a write never reads an older epoch's answer);
// - within kPollInterval when another process (the command line's import
//   or restore while the server runs) has committed: the first reader
//   after the interval asks SQLite's `PRAGMA data_version` on the watch's
//   own connection.
// Equal epochs mean nothing was committed in between; a different epoch
// may also come from a commit that changed nothing a reader keeps.
// PostgreSQL has no watch: several servers write to one database, and each
// answer there reads the database's version.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

struct sqlite3;

namespace fremdrift {

class ChangeWatch {
 public:
  // How late another process's commit may be seen.
  static constexpr std::chrono::milliseconds kPollInterval{100};

  // The one watch of the SQLite file at `path` in this process; nullptr
  // for an in-memory database.
  static std::shared_ptr<ChangeWatch> OfSqliteFile(const std::string& path);
  // The watch of the database at `url` (as OpenConnection takes it);
  // nullptr for PostgreSQL and in-memory SQLite.
  static std::shared_ptr<ChangeWatch> OfDatabaseUrl(const std::string& url);

  explicit ChangeWatch(std::string path);
  ~ChangeWatch();

  // The epoch now. Cheap: an atomic read, and once per interval one small
  // query by whichever reader comes first (the others do not wait).
  uint64_t Epoch();

  // A commit of this process has ended.
  void NoteCommit() { epoch_.fetch_add(1, std::memory_order_acq_rel); }

 private:
  void Poll();

  const std::string path_;
  std::atomic<uint64_t> epoch_{1};
  std::atomic<int64_t> next_poll_ns_{0};  // steady clock
  std::mutex poll_;                       // held by the one reader polling
  // The watch's own read-only connection, opened by the first poll (not
  // a SqliteConnection, which would hold the watch in turn).
  sqlite3* db_ = nullptr;
  int64_t data_version_ = -1;  // as db_ last saw it
};

}  // namespace fremdrift
