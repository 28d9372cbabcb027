// The access log: one JSON line per answered request, for operators
// (docs/security.md, "Logs"). It names the route by its pattern
// ("/api/v1/items/{id}"), never the target as sent, so query strings,
// tokens and passwords never reach it; the user by name; the request id
// that the response carries in X-Request-Id and error pages show.
#pragma once

#include <mutex>
#include <ostream>
#include <string>

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
class AccessLog {
 public:
  explicit AccessLog(std::ostream& out) : out_(out) {}
  void Write(const AccessLogEntry& entry);

 private:
  std::mutex mutex_;
  std::ostream& out_;
};

}  // namespace fremdrift
