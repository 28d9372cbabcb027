// Answers that worker threads make, given also to the identical requests
// that arrived before the answer was begun.
//
// Under load a request waits in the workers' queue for some tens of
// milliseconds, and identical requests (the same method, target and header
// fields, web/exact_request.h: the same user, language and conditions,
// from the same client address) queue up behind each other: the public monitor linked from the news,
// one person's browser tabs, a dashboard's clients. An answer begun after
// a request arrived is as fresh as that request needs: every write
// acknowledged to any client before the request arrived had committed
// before the answer read anything (the same argument as
// storage/recent_reads.h, for a whole answer). So such a request takes
// that answer, kept or still being made, instead of making it again, and
// the queue drains faster.
//
// Only answers that are their request's alone to give are shared: of a
// GET or HEAD without a body, a 200 or 304 that sets no cookie, by a
// handler that wrote nothing to the database (web/route_dispatcher.cpp).
// Without a queue nothing is shared: each answer was begun before the
// next request arrived.
//
// Thread-safe; one per RouteDispatcher, whose one database the answers
// come from.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "web/request_context.h"

namespace fremdrift {

class SharedAnswers {
 public:
  using Clock = std::chrono::steady_clock;

  // How long an answer is kept after it was begun: a request waits in
  // the queue for milliseconds, not seconds. Half a second.
  static constexpr std::chrono::milliseconds kKeptFor = std::chrono::milliseconds{std::chrono::seconds{1}} / 2;
  // Requests kept at most; past this, those begun more than kKeptFor ago
  // are forgotten, and if that is not enough, all.
  static constexpr size_t kMaxRequests = 1024;
  // Bodies kept at most, in all; larger answers are not kept (an export).
  static constexpr size_t kMaxBytes = 32u << 20;
  static constexpr size_t kMaxBodyBytes = kMaxBytes / 8;
  // Every this many answers kept, those begun more than kKeptFor before
  // are forgotten: no request that arrives later takes them.
  static constexpr size_t kSweepEvery = 256;
  // The longest a request waits for an identical one's answer being made
  // before it makes its own.
  static constexpr std::chrono::seconds kLongestWait{10};

  // At most `max_waiting` requests wait at once for answers being made;
  // the others make their own. A waiting request holds its worker, so
  // this leaves workers for other requests while a slow answer (a PDF)
  // is made for many.
  explicit SharedAnswers(size_t max_waiting) : max_waiting_(max_waiting) {}

 private:
  struct Pending;

 public:
  // The answer a request is making for the identical requests that
  // arrived before it began. Move-only; an answer never shared (the
  // handler threw, or wrote) lets the requests waiting for it make their
  // own.
  class Making {
   public:
    Making(Making&& other) noexcept;
    Making& operator=(Making&&) = delete;
    ~Making();
    // Gives `answer` to the requests waiting for it and keeps it for
    // those to come, if it may be shared (web/exact_request.h). Its body
    // goes behind a shared pointer first, so that no copy copies it.
    void Share(Response& answer);

   private:
    friend class SharedAnswers;
    Making(SharedAnswers* owner, std::string key, std::shared_ptr<Pending> pending);
    SharedAnswers* owner_;
    std::string key_;
    std::shared_ptr<Pending> pending_;
  };

  // Either an answer to give, or the answer to make.
  struct Taken {
    std::optional<Response> answer;
    std::optional<Making> making;
  };

  // For the request `key` (web/exact_request.h) that arrived at `arrived`:
  // an answer to it begun at or after `arrived`, kept or (waited for)
  // being made; else the Making of its own answer, begun now.
  Taken Take(std::string key, Clock::time_point arrived);

  // Requests with an answer kept, and their bodies' bytes (for tests).
  size_t requests() const;
  size_t bytes() const;

 private:
  struct Kept {
    Clock::time_point begun;
    Response answer;  // its body shared
  };
  struct Pending {
    Clock::time_point begun;
    bool done = false;
    std::optional<Response> answer;  // when done and shared
  };

  // Ends `pending`, with `answer` to share or nullptr.
  void Finish(const std::string& key, const std::shared_ptr<Pending>& pending, const Response* answer);
  // Keeps `answer` to `key` unless a later-begun answer is kept already.
  void KeepLocked(const std::string& key, Clock::time_point begun, const Response& answer);
  // Forgets the answers begun before `before`.
  void ForgetBegunBefore(Clock::time_point before);

  mutable std::mutex mutex_;
  std::condition_variable finished_;
  std::unordered_map<std::string, Kept> kept_;
  // The latest-begun answer being made to each request.
  std::unordered_map<std::string, std::shared_ptr<Pending>> pending_;
  const size_t max_waiting_;
  size_t waiting_ = 0;
  size_t bytes_ = 0;  // of the bodies kept
  size_t kept_since_sweep_ = 0;
};

}  // namespace fremdrift
