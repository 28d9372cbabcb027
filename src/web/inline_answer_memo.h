// Answers given on an I/O thread from memory (RouteDispatcher::AnswerInline),
// remembered by the exact request that got them: the same target and the
// same header fields, in the same order, byte for byte. A request that
// repeats one of them while nothing was committed to the database, on the
// same Oslo day, gets the remembered answer without its target being
// parsed, its route matched or its handler run. A client that asks for the
// same address again and again (a dashboard, a load balancer's probe, a
// benchmark) sends the same bytes every time.
//
// Why this is safe: the answers kept this way (a series or a public page
// kept in memory) are made from the request, the database and the Oslo
// date alone. The request is the key; the database is watched by its
// change epoch (storage/change_watch.h: a commit of this process bumps it
// before its client is answered, another process's within
// ChangeWatch::kPollInterval); the day ends an answer at Oslo midnight.
// Only anonymous GETs without a body are remembered, never one asking for
// a fresh answer (`Cache-Control`/`Pragma: no-cache`), and only a 200 or
// 304 that sets no cookie.
//
// Each thread remembers its own answers (no lock between the I/O threads),
// at most kMaxAnswers of them and kMaxBytes of bodies; a new epoch or day
// forgets them all. A database without a watch (PostgreSQL, where other
// servers write too, and in-memory SQLite) remembers nothing.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "web/incoming_request.h"
#include "web/request_context.h"

namespace fremdrift {

class InlineAnswerMemo {
 public:
  static constexpr size_t kMaxAnswers = 512;
  static constexpr size_t kMaxBytes = 32u << 20;

  // When an answer is about to be made: the database's change epoch and
  // the end of the Oslo day (seconds since 1970 UTC), both read before the
  // answer is made, so that a commit or midnight while it is being made
  // leaves it remembered for no later request.
  struct Moment {
    uint64_t epoch = 0;
    int64_t day_ends = 0;
  };

  // For the database at `database_url` (as ConnectionPool::url gives it);
  // `now` gives seconds since 1970 UTC.
  explicit InlineAnswerMemo(std::string database_url, std::function<int64_t()> now);

  // The answer remembered for exactly `head`, or nullopt.
  std::optional<Response> Recall(const IncomingRequest& head);

  // The moment to pass to Keep, or nullopt when nothing can be remembered
  // (the database has no watch).
  std::optional<Moment> Now();

  // Remembers `answer` to `head`, made after `moment`, when the request
  // and the answer are of the kinds described above.
  void Keep(const IncomingRequest& head, const Moment& moment, const Response& answer);

 private:
  struct PerThread;
  PerThread& Mine();
  std::optional<Moment> NowFor(PerThread& t);

  const uint64_t id_;  // tells this memo's per-thread state from others'
  const std::string database_url_;
  const std::function<int64_t()> now_;
};

}  // namespace fremdrift
