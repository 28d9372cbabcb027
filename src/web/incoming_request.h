// One HTTP request as the server received it, before its body: method,
// target, headers and the peer's address. A plain value, independent of
// the HTTP library; RequestContext wraps it for handlers.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "web/request_target.h"

namespace fremdrift {

struct RequestCaller;

struct IncomingRequest {
  std::string method;  // as sent, e.g. "GET"
  std::string target;  // the request target as sent, e.g. "/a%20b?x=1"
  // Header fields in the order received; names as sent.
  std::vector<std::pair<std::string, std::string>> headers;
  std::string peer_address;  // the TCP peer's IP address
  // This request's id (access_log.h): in the access log, the response's
  // X-Request-Id header and error pages.
  std::string request_id;
  // The target as parsed and checked when the head was admitted
  // (RequestDispatcher::Admit), so that it is parsed once; null before.
  std::shared_ptr<const RequestTarget> parsed_target;
  // Who the request's credentials name, when a worker checked them before
  // the body was read (RequestDispatcher::Gate), so that the handler does
  // not ask the database again; null before (request_context.h).
  std::shared_ptr<const RequestCaller> caller;
  // When the server took the request up: its head was read, after the
  // connection's previous answer. Every write acknowledged before the
  // client sent it had committed by then, so reads asked of the database
  // since then are fresh enough for it (storage/recent_reads.h).
  std::chrono::steady_clock::time_point received_at = std::chrono::steady_clock::now();

  // The value of the first header `name` (compared without regard to
  // case), or `fallback` when there is none.
  std::string Header(std::string_view name, std::string_view fallback = "") const;
  bool HasHeader(std::string_view name) const;
  // How many header fields are called `name`.
  int HeaderCount(std::string_view name) const;
  // The value of cookie `name` from the Cookie headers, or "".
  std::string Cookie(std::string_view name) const;
};

}  // namespace fremdrift
