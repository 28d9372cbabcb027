// Answers to reads that the requests of one process asked the database a
// moment ago, shared with the requests that ask the same again.
//
// Under load, a request waits in the workers' queue before it runs, and
// the requests around it ask the same statements (the data stamps, the
// plan items' versions, the indicator directory): on PostgreSQL each one
// a round trip and work for a backend. An answer asked of the database
// after a request arrived is as fresh as the request needs: every write
// acknowledged to any client before the request arrived had committed
// before the answer was asked, on any server process of the database. So
// a request may take the answer another request got, if that answer was
// asked after this request arrived, instead of asking again.
//
// Within a request, each later read must see the database no earlier than
// the one before it (a kept value is never older than the stamp read
// before it, storage/kept_rows.h). A statement sees the database as of
// some moment between its asking and its answer, so after taking an
// answer a request takes only answers asked after that one was answered
// (RequestQueryMemo keeps that bound).
//
// Without a queue nothing is shared: each answer was asked before the
// next request arrived. Thread-safe; one per ConnectionPool, so that
// databases never meet here.
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "storage/sql_connection.h"

namespace fremdrift {

class RecentReads {
 public:
  using Clock = std::chrono::steady_clock;

  // One answer of the database: when it was asked (before the statement
  // was sent) and when it came back.
  struct Answer {
    Clock::time_point asked;
    Clock::time_point answered;
    std::shared_ptr<const std::vector<SqlRow>> rows;
  };

  // Answers kept for each statement at most, and how long an answer is
  // kept after a newer one of its statement came: a request waits in the
  // queue for some milliseconds, not seconds.
  static constexpr size_t kAnswersPerStatement = 16;
  static constexpr std::chrono::milliseconds kKeptFor{500};
  // Every this many answers kept, those asked more than kKeptFor before
  // the newest are forgotten, of every statement: statements whose
  // parameters name a version are asked once and never again.
  static constexpr size_t kSweepEvery = 256;
  // Statements (with their parameters) kept at most; past this, those
  // with no answer of the last kKeptFor are forgotten, and if that is not
  // enough, all.
  static constexpr size_t kMaxStatements = 2048;

  // The earliest-asked answer to `key` that was asked at or after
  // `not_before`, or nullopt. The earliest, so that the request's next
  // read may still take an answer of a moment ago.
  std::optional<Answer> Find(const std::string& key, Clock::time_point not_before) const;

  // Keeps `answer` to `key` for the requests that arrived before it was
  // asked.
  void Keep(const std::string& key, Answer answer);

  // Statements with an answer kept (for tests).
  size_t statements() const;

 private:
  // The answers of one statement, earliest asked first.
  using Answers = std::vector<Answer>;

  // Forgets the answers asked more than kKeptFor before `now`.
  void ForgetAskedBefore(Clock::time_point now);

  mutable std::mutex mutex_;
  std::map<std::string, Answers, std::less<>> answers_;
  size_t kept_since_sweep_ = 0;
};

}  // namespace fremdrift
