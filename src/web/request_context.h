// What a handler gets for one request and what it gives back.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "app/round_reads.h"
#include "app/sign_in.h"
#include "domain/user.h"
#include "storage/connection_pool.h"
#include "storage/request_query_memo.h"
#include "web/form_data.h"
#include "web/http_status.h"
#include "web/incoming_request.h"

namespace fremdrift {

struct ServerConfig;

struct Response {
  int status = kHttpOk;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  // When set, sent instead of `body`: a body shared with a cache, so that
  // serving it copies nothing.
  std::shared_ptr<const std::string> shared_body;
  // For the access log only, never sent: the matched route's pattern and
  // the user who asked ("" for none).
  std::string route_pattern;
  std::string user_name;

  // The bytes to send: `shared_body` if set, else `body`.
  const std::string& Body() const { return shared_body ? *shared_body : body; }

  static Response Json(const std::string& body, int status = kHttpOk);
  static Response Html(const std::string& body, int status = kHttpOk);
  // 204, as a DELETE answers.
  static Response NoContent();
  static Response Redirect(const std::string& location, int status = kHttpSeeOther);
};

// Who a request's credentials name (RequestContext::user).
struct RequestCaller {
  std::optional<User> user;
  std::optional<ActiveSession> session;
};

class RequestContext {
 public:
  // Throws Failure(kInvalid, field "uri") for a malformed request target
  // (request_target.h).
  RequestContext(IncomingRequest request, std::string body, ConnectionPool& pool,
                 const ServerConfig& config);

  const IncomingRequest& request() const { return request_; }
  // The request target in origin form, e.g. "/a?b=c" (as sent).
  const std::string& uri() const { return uri_; }
  const std::string& method() const { return method_; }
  const std::string& path() const { return path_; }
  const std::string& body() const { return body_; }
  const ServerConfig& config() const { return config_; }

  // Path parameters captured by the route, e.g. {id}.
  std::map<std::string, std::string> params;
  const std::string& Param(const std::string& name) const { return params.at(name); }
  // A path parameter as a positive id; throws kNotFound if it is not one.
  int64_t IdParam(const std::string& name) const;

  // The first value of a query parameter, or nullopt.
  std::optional<std::string> Query(const std::string& name) const;
  const std::vector<std::pair<std::string, std::string>>& QueryParams() const {
    return query_;
  }

  // A database connection leased for the rest of the request. While
  // answering inline, only a connection kept idle: none throws NotInline.
  // For a GET or HEAD it answers the request's repeated queries from
  // memory (storage/request_query_memo.h).
  SqlConnection& db();
  // The request's later reads take no answer the database gave another
  // request before now (storage/recent_reads.h). For an answer kept under
  // a moment read outside the database (a change epoch,
  // storage/change_watch.h), which must be made of what the database held
  // at that moment or later.
  void ReadFromNow();
  // Marks a context that only reads, whatever the request's method (the
  // sign-in gate of a write, RouteDispatcher::Gate): db() then answers
  // through the memo, as for a GET.
  void OnlyReads() { only_reads_ = true; }
  // Whether the request wrote to the database, or asked it anything but a
  // plain read (storage/request_query_memo.h): its answer is its own.
  bool Wrote() const;

  // Thrown by a request tried on the I/O thread that needs a worker after
  // all (no idle connection, or an answer that is not in memory); the
  // request then goes to a worker. Not a std::exception, so that no
  // handler's catch-all takes it.
  struct NotInline {};
  // Marks the request as tried on an I/O thread, which must not block:
  // handlers that support it answer only what they keep in memory and
  // throw NotInline for the rest (RouteDispatcher::AnswerInline).
  void AnswerInline() { answering_inline_ = true; }
  bool answering_inline() const { return answering_inline_; }
  // The reporting round's reads shared by the parts of this request (the
  // page and its header), made on first use (app/round_reads.h).
  RoundReads& round_reads();
  // The pool itself, for work that outlives the request (import jobs).
  ConnectionPool& pool() { return pool_; }

  // The user named by the Authorization: Bearer token or, without that
  // header, by the session cookie; nullopt for neither. Throws
  // kUnauthenticated for a token that is sent but unknown (an unknown or
  // expired session cookie just means nobody is signed in).
  const std::optional<User>& user();
  // The browser session the user came with, or nullptr (API tokens,
  // anonymous readers).
  const ActiveSession* session();
  // The user, or throws kUnauthenticated when there is none.
  const User& RequireUser();
  // Who the credentials name, as user() and session() found them.
  std::shared_ptr<const RequestCaller> Caller();

  // The value of cookie `name`, or "".
  std::string Cookie(const std::string& name) const;
  // The fields of a posted HTML form (parsed once).
  const FormData& Form();
  // Whether the browser reached us over TLS: only known behind a proxy we
  // are told to trust (ServerConfig::trust_proxy) that says so.
  bool IsSecure() const;
  // The client's address: the peer, or the first X-Forwarded-For hop
  // behind a trusted proxy.
  std::string ClientAddress() const;

  // The interface language: "nb" (default) or "en", from ?lang= or the
  // "lang" cookie.
  const std::string& lang() const { return lang_; }
  bool lang_from_query() const { return lang_from_query_; }

 private:
  IncomingRequest request_;
  std::string body_;
  std::string uri_;
  ConnectionPool& pool_;
  const ServerConfig& config_;
  std::string method_;
  std::string path_;
  std::vector<std::pair<std::string, std::string>> query_;
  std::optional<ConnectionPool::Lease> lease_;
  // For a GET or HEAD: the lease's connection, answering repeated queries
  // of this request from memory (storage/request_query_memo.h).
  std::optional<RequestQueryMemo> query_memo_;
  // ReadFromNow's moment, for a memo made after it.
  std::chrono::steady_clock::time_point read_from_{};
  bool answering_inline_ = false;
  bool only_reads_ = false;
  std::unique_ptr<RoundReads> round_reads_;
  bool user_resolved_ = false;
  std::optional<User> user_;
  std::optional<ActiveSession> session_;
  std::optional<FormData> form_;
  std::string lang_ = "nb";
  bool lang_from_query_ = false;
};

}  // namespace fremdrift
