// The access log's lines (web/access_log.h): each one JSON object that a
// log reader can parse whatever a client sent, and none lost when the
// server stops.
#include <gtest/gtest.h>

#include <chrono>
#include <mutex>
#include <streambuf>
#include <sstream>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "web/access_log.h"

namespace fremdrift {
namespace {

using nlohmann::json;

AccessLogEntry LogEntry(std::string method, std::string route, std::string user) {
  return {"2026-12-06T01:02:03Z", "0123456789abcdef", std::move(method), std::move(route), 200, 12.3456,
          std::move(user)};
}

TEST(AccessLogLine, IsOneJsonObjectWithEveryField) {
  const json line = json::parse(AccessLogLine(LogEntry("GET", "/api/v1/items/{id}", "kari")));
  EXPECT_EQ(line["time"], "2026-12-06T01:02:03Z");
  EXPECT_EQ(line["request_id"], "0123456789abcdef");
  EXPECT_EQ(line["method"], "GET");
  EXPECT_EQ(line["route"], "/api/v1/items/{id}");
  EXPECT_EQ(line["status"], 200);
  EXPECT_DOUBLE_EQ(line["duration_ms"].get<double>(), 12.345);
  EXPECT_EQ(line["user"], "kari");
}

TEST(AccessLogLine, NoRouteAndThePublicAreNull) {
  const json line = json::parse(AccessLogLine(LogEntry("GET", "", "")));
  EXPECT_TRUE(line["route"].is_null());
  EXPECT_TRUE(line["user"].is_null());
}

TEST(AccessLogLine, QuotesControlCharactersAndBadUtf8StayInsideTheirString) {
  const std::string user = "Ola \"Nordmann\" \\ Æ\tø\n";
  const std::string line = AccessLogLine(LogEntry("GE\"T\x01\xff", "", user));
  EXPECT_EQ(line.find('\n'), std::string::npos);
  const json parsed = json::parse(line);
  EXPECT_EQ(parsed["user"], user);
  EXPECT_EQ(parsed["method"], "GE\"T\x01\xEF\xBF\xBD");  // the bad byte becomes U+FFFD
  EXPECT_EQ(parsed.size(), 7u);
}

std::vector<std::string> LinesOf(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

TEST(AccessLog, WritesEveryLineOnceInOrderByTheTimeItIsDestroyed) {
  std::ostringstream out;
  {
    AccessLog log(out);
    // Enough to pass kFlushBytes several times.
    for (int i = 0; i < 3000; ++i) log.Write(LogEntry("GET", "/r" + std::to_string(i), ""));
  }
  const auto lines = LinesOf(out.str());
  ASSERT_EQ(lines.size(), 3000u);
  for (int i = 0; i < 3000; ++i) EXPECT_EQ(json::parse(lines[i])["route"], "/r" + std::to_string(i));
}

// A stream buffer that the test may read while the log's thread writes.
class LockedText : public std::streambuf {
 public:
  std::string Text() {
    std::lock_guard<std::mutex> lock(mutex_);
    return text_;
  }

 protected:
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    std::lock_guard<std::mutex> lock(mutex_);
    text_.append(s, static_cast<size_t>(n));
    return n;
  }
  int_type overflow(int_type c) override {
    if (c == traits_type::eof()) return traits_type::not_eof(c);
    std::lock_guard<std::mutex> lock(mutex_);
    text_ += traits_type::to_char_type(c);
    return c;
  }

 private:
  std::mutex mutex_;
  std::string text_;
};

TEST(AccessLog, AQuietServersLineIsWrittenSoonWithoutAnotherRequest) {
  LockedText text;
  std::ostream out(&text);
  AccessLog log(out);
  log.Write(LogEntry("GET", "/healthz", ""));
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (text.Text().empty() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_EQ(LinesOf(text.Text()).size(), 1u);
}

}  // namespace
}  // namespace fremdrift
