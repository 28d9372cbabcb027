#include "web/access_log.h"

#include <cstdio>
#include <random>

#include <nlohmann/json.hpp>

#include "domain/clock.h"
#include "storage/system_clock.h"

namespace fremdrift {

std::string AccessLogLine(const AccessLogEntry& e) {
  nlohmann::ordered_json j;
  j["time"] = e.time;
  j["request_id"] = e.request_id;
  j["method"] = e.method;
  j["route"] = e.route.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(e.route);
  j["status"] = e.status;
  j["duration_ms"] = static_cast<double>(static_cast<int64_t>(e.duration_ms * 1000)) / 1000;
  j["user"] = e.user.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(e.user);
  // Method and names come from clients: dump() escapes them, and
  // replaces bytes that are not UTF-8 rather than failing.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string NewRequestId() {
  thread_local std::mt19937_64 random{std::random_device{}()};
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(random()));
  return out;
}

std::string AccessLogTimeNow() { return UtcTimestampOf(SystemClock().NowUtcSeconds()); }

void AccessLog::Write(const AccessLogEntry& entry) {
  std::string line = AccessLogLine(entry);
  line += '\n';
  std::lock_guard<std::mutex> lock(mutex_);
  out_ << line << std::flush;
}

}  // namespace fremdrift
