#include "web/access_log.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <random>

#include <nlohmann/json.hpp>

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

std::string AccessLogTimeNow() {
  auto now = std::chrono::system_clock::now();
  std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char out[32];
  std::snprintf(out, sizeof out, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(ms));
  return out;
}

void AccessLog::Write(const AccessLogEntry& entry) {
  std::string line = AccessLogLine(entry);
  line += '\n';
  std::lock_guard<std::mutex> lock(mutex_);
  out_ << line << std::flush;
}

}  // namespace fremdrift
