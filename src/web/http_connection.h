// One client connection of the event-driven server (Boost.Beast on
// Boost.Asio). It reads requests strictly, one at a time, with a deadline
// for each phase: the header must arrive in full within
// ConnectionLimits::header_seconds, a body must keep a minimum rate, a
// response must be taken within write_seconds. It never blocks a thread:
// all I/O is asynchronous on the connection's strand, and the handler runs
// on the worker pool while the connection waits for it.
//
// Request framing is refused with 400 and a closed connection when it is
// ambiguous (Content-Length with Transfer-Encoding, duplicate or bad
// Content-Length, a transfer coding other than "chunked"), so that a body
// can never be read as another request. A POST, PUT or PATCH without a
// length gets 411 at once. Whenever a body is left unread, the connection
// closes after the response (with a short lingering read, so that the
// client sees the response rather than a reset).
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/thread_pool.hpp>

#include "domain/failure.h"
#include "web/access_log.h"
#include "web/incoming_request.h"
#include "web/request_context.h"
#include "web/server_metrics.h"

namespace fremdrift {

struct ConnectionLimits {
  int header_seconds = 5;          // for the whole header, idle time included
  size_t max_header_bytes = 16 * 1024;
  int body_grace_seconds = 5;      // before the minimum rate applies
  size_t min_body_bytes_per_second = 4096;
  int write_seconds = 60;
  int linger_seconds = 2;          // reading and dropping an unread body
};

// Shared by all of a server's connections, for a graceful stop: how many
// requests have been read (their header in full) and not yet answered,
// and whether the server is stopping, so that answers close their
// connection rather than wait for another request.
struct ConnectionTracker {
  std::atomic<int> in_flight{0};
  std::atomic<bool> draining{false};
  AccessLog* access_log = nullptr;  // every answer is written here when set
  ServerMetrics* metrics = nullptr;  // and counted here
};

// What the server does with requests; the connection calls it. Admit runs
// on the I/O thread and must not block; Gate and Handle run on a worker.
class RequestDispatcher {
 public:
  struct Admission {
    // When set, the answer, sent without reading the body.
    std::optional<Response> answer;
    // Whether `answer` is one kept in memory (counted as answered inline).
    bool answered_inline = false;
    size_t body_limit = 0;
    // Whether Gate must pass before the body is read.
    bool gate = false;
    // The target as parsed, for the request's context (IncomingRequest).
    std::shared_ptr<const RequestTarget> target;
  };

  virtual ~RequestDispatcher() = default;
  // Decides, from the head alone, how to go on. `content_length` is the
  // declared length, or nullopt for a chunked body.
  virtual Admission Admit(const IncomingRequest& head, std::optional<uint64_t> content_length) = 0;
  // A response that refuses the request before its body is read, or
  // nullopt to go on (e.g. the caller is not signed in). On going on it may
  // note who the credentials name in `head.caller`, for Handle.
  virtual std::optional<Response> Gate(IncomingRequest& head) = 0;
  // The response to a whole request without a body, answered on the I/O
  // thread when that costs no wait (a series kept in memory); nullopt
  // hands it to a worker. Never throws.
  virtual std::optional<Response> AnswerInline(const IncomingRequest& head) {
    (void)head;
    return std::nullopt;
  }
  // The response to a whole request. Never throws.
  virtual Response Handle(IncomingRequest head, std::string body) = 0;
  // The response for `failure` found by the HTTP layer itself (before a
  // request context exists), JSON or HTML by the target's path, in the
  // language `head` asks for (as much of the head as was read).
  virtual Response Refuse(const IncomingRequest& head, const Failure& failure) = 0;
};

// Starts serving `socket` until the client leaves or a deadline passes.
// `dispatcher`, `workers`, `limits` and `tracker` must outlive every
// connection.
// The worker pools that run handlers: writes (POST, PUT, PATCH, DELETE)
// on their own, so that writers queued for SQLite's one write lock never
// hold every worker while reads wait behind them.
struct WorkerPools {
  boost::asio::thread_pool& reads;
  boost::asio::thread_pool& writes;
};

// A socket bound to one I/O thread's io_context by its concrete executor
// type: the type-erased default costs a virtual call and an allocation on
// every operation of every request.
using ConnectionSocket =
    boost::asio::basic_stream_socket<boost::asio::ip::tcp, boost::asio::io_context::executor_type>;

void ServeConnection(ConnectionSocket socket, RequestDispatcher& dispatcher,
                     WorkerPools workers, const ConnectionLimits& limits,
                     ConnectionTracker& tracker);

}  // namespace fremdrift
