// A small in-process cache of rendered series responses. Safe with several
// server processes on one database: every entry is kept with the
// indicator's version, read from the database on each request (on SQLite
// only after a commit: web/unchanged_reads.h), and the version changes
// with every import or measurement — so a stale entry is never served.
// One entry per address: a newer version replaces the older one, so that
// many writes to one indicator never fill the cache with answers that can
// no longer be served (the soak's memory grew by a quarter in ten minutes
// when every version had an entry of its own).
// Entries are immutable and shared: a hit copies a pointer, not the body.
#pragma once

#include <list>
#include <mutex>
#include <memory>
#include <string>
#include <unordered_map>

namespace fremdrift {

class SeriesCache {
 public:
  explicit SeriesCache(size_t capacity = 512) : capacity_(capacity) {}

  struct Entry {
    std::shared_ptr<const std::string> body;
    std::string etag;
    std::string content_type;
  };

  // The entry kept for `address` when it was made at `version`, or nullptr.
  std::shared_ptr<const Entry> Get(const std::string& address, const std::string& version);
  // Keeps `entry`, made at `version`, for `address`, in place of any older.
  void Put(const std::string& address, const std::string& version, std::shared_ptr<const Entry> entry);

  size_t size();

  static SeriesCache& Shared();  // the process-wide instance

 private:
  struct Slot {
    std::string version;
    std::shared_ptr<const Entry> entry;
    std::list<std::string>::iterator at;
  };
  size_t capacity_;
  std::mutex mutex_;
  std::list<std::string> order_;  // most recent first
  std::unordered_map<std::string, Slot> map_;
};

}  // namespace fremdrift
