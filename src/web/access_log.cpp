#include "web/access_log.h"

#include <cstdint>
#include <random>

#include <nlohmann/json.hpp>

#include "domain/clock.h"
#include "storage/system_clock.h"

namespace fremdrift {

namespace {

// `text` as a JSON string. Written for every request, so the common case
// (printable ASCII without quotes or backslashes) is copied as it is; any
// other text goes through nlohmann's dump, which escapes it and replaces
// bytes that are not UTF-8 (method and names may come from clients).
void AppendJsonString(std::string& out, const std::string& text) {
  bool plain = true;
  for (unsigned char c : text) {
    if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
      plain = false;
      break;
    }
  }
  if (!plain) {
    out += nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  out += '"';
  out += text;
  out += '"';
}

void AppendJsonStringOrNull(std::string& out, const std::string& text) {
  if (text.empty()) out += "null";
  else AppendJsonString(out, text);
}

}  // namespace

std::string AccessLogLine(const AccessLogEntry& e) {
  std::string out;
  out.reserve(160 + e.user.size() + e.route.size());
  out += "{\"time\":";
  AppendJsonString(out, e.time);
  out += ",\"request_id\":";
  AppendJsonString(out, e.request_id);
  out += ",\"method\":";
  AppendJsonString(out, e.method);
  out += ",\"route\":";
  AppendJsonStringOrNull(out, e.route);
  out += ",\"status\":";
  out += std::to_string(e.status);
  // Milliseconds to three decimals, as JSON writes a number.
  out += ",\"duration_ms\":";
  const double ms = static_cast<double>(static_cast<int64_t>(e.duration_ms * 1000)) / 1000;
  out += nlohmann::json(ms).dump();
  out += ",\"user\":";
  AppendJsonStringOrNull(out, e.user);
  out += '}';
  return out;
}

std::string NewRequestId() {
  thread_local std::mt19937_64 random{std::random_device{}()};
  // By hand: snprintf was a noticeable part of an answer kept in memory.
  static constexpr char kHex[] = "0123456789abcdef";
  uint64_t bits = random();
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, bits >>= 4) out[static_cast<size_t>(i)] = kHex[bits & 15];
  return out;
}

std::string AccessLogTimeNow() {
  // Formatted once a second per thread, not for every request.
  thread_local int64_t second = -1;
  thread_local std::string text;
  const int64_t now = SystemClock().NowUtcSeconds();
  if (now != second) {
    second = now;
    text = UtcTimestampOf(now);
  }
  return text;
}

AccessLog::AccessLog(std::ostream& out) : out_(out) {
  flusher_ = std::thread([this] {
    std::unique_lock<std::mutex> lock(mutex_);
    while (!stopping_) {
      wake_.wait_for(lock, kFlushInterval);
      Flush(lock);
    }
  });
}

AccessLog::~AccessLog() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  flusher_.join();
  std::unique_lock<std::mutex> lock(mutex_);
  Flush(lock);
}

void AccessLog::Write(const AccessLogEntry& entry) {
  std::string line = AccessLogLine(entry);
  line += '\n';
  std::unique_lock<std::mutex> lock(mutex_);
  pending_ += line;
  if (pending_.size() >= kFlushBytes) Flush(lock);
}

void AccessLog::Flush(std::unique_lock<std::mutex>& lock) {
  if (pending_.empty()) return;
  std::string lines;
  lines.swap(pending_);
  {
    // Taken before mutex_ is let go, so that gathered lines are written in
    // the order they were gathered; let go before mutex_ is taken again.
    std::lock_guard<std::mutex> writing(flush_);
    lock.unlock();
    out_ << lines << std::flush;
  }
  lock.lock();
}

}  // namespace fremdrift
