#include "web/http_connection.h"

#include "web/access_log.h"

#include <array>
#include <chrono>
#include <limits>
#include <utility>

#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <strings.h>

#include "web/error_response.h"
#include "web/response_head.h"

namespace fremdrift {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using Clock = std::chrono::steady_clock;

bool IsHttpParseError(const beast::error_code& ec) {
  return ec.category() == http::make_error_code(http::error::bad_target).category();
}

bool IsAllDigits(const std::string& s) {
  if (s.empty() || s.size() > 19) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string HttpConnectionTrimmed(std::string s) {
  s.erase(0, s.find_first_not_of(" \t"));
  s.erase(s.find_last_not_of(" \t") + 1);
  return s;
}

class HttpConnection : public std::enable_shared_from_this<HttpConnection> {
 public:
  HttpConnection(ConnectionSocket socket, RequestDispatcher& dispatcher,
                 WorkerPools workers, const ConnectionLimits& limits, ConnectionTracker& tracker)
      : stream_(std::move(socket)),
        dispatcher_(dispatcher),
        workers_(workers),
        limits_(limits),
        tracker_(tracker) {
    beast::error_code ec;
    auto peer = stream_.socket().remote_endpoint(ec);
    if (!ec) peer_address_ = peer.address().to_string();
  }

  ~HttpConnection() { EndRequest(); }

  void Start() { ReadHeader(); }

 private:
  void ReadHeader() {
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(limits_.max_header_bytes));
    // The body's limit is set once the header is known (a limit set now
    // would refuse a large Content-Length before we can answer it). Not
    // boost::none: Beast 1.74 compares a length with it as "greater".
    parser_->body_limit(std::numeric_limits<std::uint64_t>::max());
    stream_.expires_after(std::chrono::seconds(limits_.header_seconds));
    http::async_read_header(stream_, buffer_, *parser_,
                            [self = shared_from_this()](beast::error_code ec, size_t) {
                              self->OnHeader(ec);
                            });
  }

  void OnHeader(beast::error_code ec) {
    if (ec) {
      if (ec == http::error::header_limit) {
        Response r = dispatcher_.Refuse(
            IncomingRequest{}, Failure(FailureCode::kInvalid, "the request's header is too large", "header",
                                       "request_header_too_large", {}));
        r.status = HttpStatus(HttpRefusal::kHeaderFieldsTooLarge);
        return Send(std::move(r), false);
      }
      if (IsHttpParseError(ec) && ec != http::error::end_of_stream &&
          ec != http::error::partial_message) {
        return RefuseFraming("the request is malformed (" + ec.message() + ")", false);
      }
      // The client left, or its header did not arrive in time.
      return Close();
    }
    BeginRequest();
    const auto& message = parser_->get();
    head_ = IncomingRequest{};
    head_.method = std::string(message.method_string());
    head_.request_id = request_id_ = NewRequestId();
    method_ = head_.method;
    started_ = Clock::now();
    head_.received_at = started_;
    head_.target = std::string(message.target());
    head_.peer_address = peer_address_;
    head_only_ = head_.method == "HEAD";
    for (const auto& field : message) {
      head_.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    }
    if (message.version() != 11 && message.version() != 10) {
      return RefuseFraming("only HTTP/1.0 and HTTP/1.1 are served");
    }

    // Framing: exactly one way to tell where the body ends, or none.
    const int lengths = head_.HeaderCount("Content-Length");
    const int codings = head_.HeaderCount("Transfer-Encoding");
    if (lengths > 0 && codings > 0) {
      return RefuseFraming("the request has both Content-Length and Transfer-Encoding");
    }
    if (lengths > 1) return RefuseFraming("the request has more than one Content-Length");
    std::optional<uint64_t> content_length;
    if (lengths == 1) {
      std::string text = HttpConnectionTrimmed(head_.Header("Content-Length"));
      if (!IsAllDigits(text)) return RefuseFraming("the request's Content-Length is not a number");
      content_length = std::stoull(text);
    }
    if (codings > 1 || (codings == 1 && strcasecmp(HttpConnectionTrimmed(head_.Header("Transfer-Encoding")).c_str(),
                                                   "chunked") != 0)) {
      return RefuseFraming("the only transfer coding served is a single \"chunked\"");
    }
    const bool chunked = codings == 1;
    has_body_ = chunked || (content_length && *content_length > 0);
    if (!chunked && !content_length &&
        (head_.method == "POST" || head_.method == "PUT" || head_.method == "PATCH")) {
      Response r = dispatcher_.Refuse(
          head_, Failure(FailureCode::kInvalid,
                         "a " + head_.method + " request needs a Content-Length or a chunked body",
                         "Content-Length", "length_required", {}));
      r.status = HttpStatus(HttpRefusal::kLengthRequired);
      return Send(std::move(r), false);
    }
    keep_alive_ = parser_->keep_alive();

    RequestDispatcher::Admission admission = dispatcher_.Admit(head_, chunked ? std::nullopt : content_length);
    if (admission.answer) {
      if (admission.answered_inline && tracker_.metrics) tracker_.metrics->CountAnsweredInline();
      return Send(std::move(*admission.answer), keep_alive_ && !has_body_);
    }
    if (content_length && *content_length > admission.body_limit) {
      Response r = dispatcher_.Refuse(head_, BodyTooLarge(admission.body_limit));
      return Send(std::move(r), false);
    }
    body_limit_ = admission.body_limit;
    head_.parsed_target = std::move(admission.target);
    if (!admission.gate) return ReadBody();
    net::post(workers_.writes, [self = shared_from_this(), head = head_]() mutable {
      std::optional<Response> refusal = self->dispatcher_.Gate(head);
      net::post(self->stream_.get_executor(),
                [self, refusal = std::move(refusal), caller = std::move(head.caller)]() mutable {
                  if (refusal) return self->Send(std::move(*refusal), self->keep_alive_ && !self->has_body_);
                  self->head_.caller = std::move(caller);
                  self->ReadBody();
                });
    });
  }

  // Answers 400 and closes: the request's framing cannot be trusted.
  // `head_read` when head_ holds this request's head (else it may be the
  // previous request's, and only the parser's target is used).
  void RefuseFraming(const std::string& why, bool head_read = true) {
    IncomingRequest head;
    if (head_read) {
      head = head_;
    } else if (parser_ && parser_->is_header_done()) {
      head.target = std::string(parser_->get().target());
    }
    Send(dispatcher_.Refuse(head, Failure(FailureCode::kInvalid, why, "request", "request_malformed", {})), false);
  }

  // The refusal of a body over `limit` bytes (413).
  static Failure BodyTooLarge(size_t limit) {
    return Failure(FailureCode::kTooLarge, "the request body is larger than " + std::to_string(limit) + " bytes",
                   "", "body_too_large", {{"max", std::to_string(limit)}});
  }

  void ReadBody() {
    parser_->body_limit(body_limit_);
    if (parser_->is_done()) return Handle();
    if (strcasecmp(head_.Header("Expect").c_str(), "100-continue") == 0) {
      static const std::string kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
      stream_.expires_after(std::chrono::seconds(limits_.write_seconds));
      net::async_write(stream_, net::buffer(kContinue),
                       [self = shared_from_this()](beast::error_code ec, size_t) {
                         if (ec) return self->Close();
                         self->body_started_ = Clock::now();
                         self->body_bytes_ = 0;
                         self->ReadBodyPart();
                       });
      return;
    }
    body_started_ = Clock::now();
    body_bytes_ = 0;
    ReadBodyPart();
  }

  void ReadBodyPart() {
    stream_.expires_after(std::chrono::seconds(limits_.body_grace_seconds));
    http::async_read_some(stream_, buffer_, *parser_,
                          [self = shared_from_this()](beast::error_code ec, size_t n) {
                            self->OnBodyPart(ec, n);
                          });
  }

  void OnBodyPart(beast::error_code ec, size_t n) {
    if (ec == http::error::body_limit) {
      return Send(dispatcher_.Refuse(head_, BodyTooLarge(body_limit_)), false);
    }
    if (ec && IsHttpParseError(ec) && ec != http::error::end_of_stream &&
        ec != http::error::partial_message) {
      return RefuseFraming("the request body is malformed (" + ec.message() + ")");
    }
    if (ec) return Close();
    body_bytes_ += n;
    if (parser_->is_done()) return Handle();
    const double seconds = std::chrono::duration<double>(Clock::now() - body_started_).count();
    if (seconds > limits_.body_grace_seconds &&
        static_cast<double>(body_bytes_) < seconds * static_cast<double>(limits_.min_body_bytes_per_second)) {
      Response r = dispatcher_.Refuse(
          head_, Failure(FailureCode::kInvalid, "the request body arrives too slowly", "body", "body_too_slow", {}));
      r.status = HttpStatus(HttpRefusal::kRequestTimeout);
      return Send(std::move(r), false);
    }
    ReadBodyPart();
  }

  void Handle() {
    std::string body = std::move(parser_->get().body());
    has_body_ = false;  // read in full: the connection may be kept
    stream_.expires_never();
    // Answers kept in memory go out from here: handing them to a worker
    // and back would cost more than making them.
    if (body.empty()) {
      if (auto answer = dispatcher_.AnswerInline(head_)) {
        if (tracker_.metrics) tracker_.metrics->CountAnsweredInline();
        return Send(std::move(*answer), keep_alive_);
      }
    }
    const bool write = method_ == "POST" || method_ == "PUT" || method_ == "PATCH" || method_ == "DELETE";
    net::post(write ? workers_.writes : workers_.reads, [self = shared_from_this(), head = std::move(head_),
                         body = std::move(body)]() mutable {
      Response response = self->dispatcher_.Handle(std::move(head), std::move(body));
      net::post(self->stream_.get_executor(),
                [self, response = std::move(response)]() mutable {
                  self->Send(std::move(response), self->keep_alive_);
                });
    });
  }

  void Send(Response response, bool keep_alive) {
    out_ = std::move(response);
    // A stopping server answers what it has read, then closes.
    keep_ = keep_alive && !tracker_.draining;
    // Refusals before a whole header (too large, malformed) get an id too.
    if (request_id_.empty()) {
      request_id_ = NewRequestId();
      started_ = Clock::now();
    }
    out_.headers.emplace_back("X-Request-Id", request_id_);
    const double seconds = std::chrono::duration<double>(Clock::now() - started_).count();
    if (tracker_.access_log) {
      tracker_.access_log->Write({AccessLogTimeNow(), request_id_, method_, out_.route_pattern, out_.status,
                                  seconds * 1000, out_.user_name});
    }
    if (tracker_.metrics) tracker_.metrics->Observe(method_, out_.route_pattern, out_.status, seconds);
    request_id_.clear();
    method_.clear();
    const bool no_body = StatusHasNoBody(out_.status);
    const std::string& body = out_.Body();
    out_head_ = ResponseHead(out_, no_body ? 0 : body.size(), keep_);
    std::array<net::const_buffer, 2> buffers{
        net::buffer(out_head_),
        (no_body || head_only_) ? net::const_buffer() : net::buffer(body)};
    head_only_ = false;
    stream_.expires_after(std::chrono::seconds(limits_.write_seconds));
    net::async_write(stream_, buffers, [self = shared_from_this()](beast::error_code ec, size_t) {
      self->out_ = Response{};
      self->EndRequest();
      if (ec) return self->Close();
      if (!self->keep_) return self->LingerAndClose();
      self->ReadHeader();
    });
  }

  // Stops sending, then reads and drops what the client still sends for a
  // short while, so that it reads our response before the connection
  // goes: closing with unread data would reset it.
  void LingerAndClose() {
    beast::error_code ec;
    stream_.socket().shutdown(net::ip::tcp::socket::shutdown_send, ec);
    if (ec) return Close();
    drain_ = std::make_unique<std::array<char, 16384>>();
    stream_.expires_after(std::chrono::seconds(limits_.linger_seconds));
    Drain();
  }

  void Drain() {
    stream_.async_read_some(net::buffer(*drain_),
                            [self = shared_from_this()](beast::error_code ec, size_t) {
                              if (ec) return self->Close();
                              self->Drain();
                            });
  }

  // A request counts as in flight from its whole header until its answer
  // is written (or the connection ends); a graceful stop waits for it.
  void BeginRequest() {
    if (!counted_) {
      counted_ = true;
      ++tracker_.in_flight;
    }
  }
  void EndRequest() {
    if (counted_) {
      counted_ = false;
      --tracker_.in_flight;
    }
  }

  void Close() {
    EndRequest();
    beast::error_code ec;
    stream_.socket().shutdown(net::ip::tcp::socket::shutdown_both, ec);
    stream_.close();
  }

  beast::basic_stream<net::ip::tcp, net::io_context::executor_type, beast::unlimited_rate_policy> stream_;
  beast::flat_buffer buffer_;
  RequestDispatcher& dispatcher_;
  WorkerPools workers_;
  const ConnectionLimits& limits_;
  ConnectionTracker& tracker_;
  bool counted_ = false;
  // The request being answered, for X-Request-Id and the access log.
  std::string request_id_;
  std::string method_;
  Clock::time_point started_;
  std::string peer_address_;

  std::optional<http::request_parser<http::string_body>> parser_;
  IncomingRequest head_;
  bool has_body_ = false;
  bool keep_alive_ = false;
  size_t body_limit_ = 0;
  Clock::time_point body_started_;
  uint64_t body_bytes_ = 0;

  Response out_;
  std::string out_head_;
  bool keep_ = false;
  bool head_only_ = false;
  std::unique_ptr<std::array<char, 16384>> drain_;
};

}  // namespace

void ServeConnection(ConnectionSocket socket, RequestDispatcher& dispatcher,
                     WorkerPools workers, const ConnectionLimits& limits,
                     ConnectionTracker& tracker) {
  std::make_shared<HttpConnection>(std::move(socket), dispatcher, workers, limits, tracker)->Start();
}

}  // namespace fremdrift
