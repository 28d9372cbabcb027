// The access log: one JSON line per answered request, for operators
// (docs/security.md, "Logs"). It names the route by its pattern
// ("/api/v1/items/{id}"), never the target as sent, so query strings,
// tokens and passwords never reach it; the user by name; the request id
// that the response carries in X-Request-Id and error pages show.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <ostream>
#include <string>
#include <thread>

namespace fremdrift {

struct AccessLogEntry {
  std::string time;        // UTC, e.g. "2026-12-05T01:02:03Z"
  std::string request_id;
  std::string method;
  std::string route;       // the matched route's pattern, "" when none
  int status = 0;
  double duration_ms = 0;  // from the whole header to the answer
  std::string user;        // "" for the public
};

// The entry as one line of JSON (no line break).
std::string AccessLogLine(const AccessLogEntry& entry);

// A fresh request id: 16 random hexadecimal digits.
std::string NewRequestId();

// The current time as AccessLogEntry::time wants it.
std::string AccessLogTimeNow();

// Writes lines to a stream shared by all connections. Thread-safe.
// Lines are gathered and written together, by a thread of the log's own
// within kFlushInterval, or at once when kFlushBytes have gathered, so that
// a busy server does not make a system call for every request; all is
// written when the log is destroyed (the server stops).
class AccessLog {
 public:
  static constexpr std::chrono::milliseconds kFlushInterval{100};
  static constexpr size_t kFlushBytes = 64 * 1024;

  explicit AccessLog(std::ostream& out);
  ~AccessLog();
  AccessLog(const AccessLog&) = delete;
  AccessLog& operator=(const AccessLog&) = delete;

  void Write(const AccessLogEntry& entry);

 private:
  // Writes what has gathered; `lock` holds mutex_ and is released while
  // writing (flush_ keeps the writes in order).
  void Flush(std::unique_lock<std::mutex>& lock);

  std::ostream& out_;
  std::mutex mutex_;  // pending_, stopping_
  std::string pending_;
  bool stopping_ = false;
  std::condition_variable wake_;
  std::mutex flush_;  // one writer to out_ at a time
  std::thread flusher_;
};

}  // namespace fremdrift
