// A small in-process cache of rendered series responses. Safe with several
// server processes on one database: every key includes the indicator's
// version, read from the database on each request (on SQLite only after a
// commit: web/unchanged_reads.h), and the version changes with every
// import — so a stale entry is never served, only left to age out.
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

  // The entry under `key`, or nullptr.
  std::shared_ptr<const Entry> Get(const std::string& key);
  void Put(const std::string& key, std::shared_ptr<const Entry> entry);

  static SeriesCache& Shared();  // the process-wide instance

 private:
  size_t capacity_;
  std::mutex mutex_;
  std::list<std::string> order_;  // most recent first
  std::unordered_map<std::string, std::pair<std::shared_ptr<const Entry>, std::list<std::string>::iterator>>
      map_;
};

}  // namespace fremdrift
