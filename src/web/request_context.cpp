#include "web/request_context.h"

#include <algorithm>

#include "app/api_token.h"
#include "app/oidc_sign_in.h"
#include "web/forwarded_for.h"
#include "web/request_target.h"
#include "web/server.h"
#include "web/session_cookie.h"
#include "domain/failure.h"

namespace fremdrift {

Response Response::Json(const std::string& body, int status) {
  return {status, "application/json; charset=utf-8", body, {}};
}

Response Response::NoContent() { return {kHttpNoContent, "", "", {}}; }

Response Response::Html(const std::string& body, int status) {
  return {status, "text/html; charset=utf-8", body, {}};
}

Response Response::Redirect(const std::string& location, int status) {
  Response r{status, "text/plain; charset=utf-8", "", {}};
  r.headers.emplace_back("Location", location);
  return r;
}

RequestContext::RequestContext(IncomingRequest request, std::string body, ConnectionPool& pool,
                               const ServerConfig& config)
    : request_(std::move(request)), body_(std::move(body)), pool_(pool), config_(config) {
  method_ = request_.method;
  // Parsed once, when the head was admitted; parsed here for a request
  // made otherwise (as tests make them).
  RequestTarget target = request_.parsed_target ? *request_.parsed_target
                                                : ParseRequestTarget(request_.target, request_.Header("Host"));
  path_ = std::move(target.path);
  query_ = std::move(target.query_params);
  uri_ = std::move(target.origin_form);
  if (auto q = Query("lang"); q && (*q == "nb" || *q == "en")) {
    lang_ = *q;
    lang_from_query_ = true;
  } else if (request_.Cookie("lang") == "en") {
    lang_ = "en";
  }
}

int64_t RequestContext::IdParam(const std::string& name) const {
  const std::string& text = Param(name);
  int64_t id = 0;
  for (char c : text) {
    if (c < '0' || c > '9' || id > 100000000000000LL) {
      throw Failure(FailureCode::kNotFound, "'" + text + "' is not an id", name);
    }
    id = id * 10 + (c - '0');
  }
  if (text.empty() || id == 0) throw Failure(FailureCode::kNotFound, "'" + text + "' is not an id", name);
  return id;
}

std::optional<std::string> RequestContext::Query(const std::string& name) const {
  for (const auto& [k, v] : query_) {
    if (k == name) return v;
  }
  return std::nullopt;
}

SqlConnection& RequestContext::db() {
  if (!lease_ && answering_inline_) {
    auto idle = pool_.TryAcquireIdle();
    if (!idle) throw NotInline{};
    lease_.emplace(std::move(*idle));
  }
  if (!lease_) lease_.emplace(pool_.Acquire());
  if (method_ != "GET" && method_ != "HEAD" && !only_reads_) return **lease_;
  if (!query_memo_) {
    query_memo_.emplace(**lease_, &pool_.recent_reads(), std::max(request_.received_at, read_from_));
  }
  return *query_memo_;
}

void RequestContext::ReadFromNow() {
  read_from_ = std::chrono::steady_clock::now();
  if (query_memo_) query_memo_->ReadNoEarlierThan(read_from_);
}

bool RequestContext::Wrote() const {
  // A GET or HEAD reaches the database only through the memo (db()).
  if (method_ != "GET" && method_ != "HEAD" && !only_reads_) return lease_.has_value();
  return query_memo_ && query_memo_->wrote();
}

RoundReads& RequestContext::round_reads() {
  if (!round_reads_) round_reads_ = std::make_unique<RoundReads>(db());
  return *round_reads_;
}

const std::optional<User>& RequestContext::user() {
  if (!user_resolved_ && request_.caller) {
    // Checked by the gate before the body was read.
    user_resolved_ = true;
    user_ = request_.caller->user;
    session_ = request_.caller->session;
  }
  if (!user_resolved_) {
    user_resolved_ = true;
    const std::string auth = request_.Header("Authorization");
    const std::string prefix = "Bearer ";
    if (!auth.empty()) {
      if (auth.rfind(prefix, 0) != 0) {
        throw Failure(FailureCode::kUnauthenticated,
                      "the Authorization header must be 'Bearer <token>'", "Authorization");
      }
      const std::string token = auth.substr(prefix.size());
      // A JWT (three dot-separated parts) is an access token from one of
      // the OpenID Connect providers, the one its issuer names
      // (docs/sign-in.md); anything else is one of our API tokens.
      if (config_.oidc && std::count(token.begin(), token.end(), '.') == 2) {
        user_ = UserFromProviderToken(db(), *config_.oidc, token, EpochSeconds());
      } else {
        user_ = AuthenticateToken(db(), token);
      }
      if (!user_) {
        throw Failure(FailureCode::kUnauthenticated, "unknown API token", "Authorization");
      }
    } else if (std::string token = Cookie(kSessionCookie); !token.empty()) {
      session_ = ResumeSession(db(), token, EpochSeconds(), config_.session);
      if (session_) user_ = session_->user;
    }
  }
  return user_;
}

std::shared_ptr<const RequestCaller> RequestContext::Caller() {
  (void)user();
  return std::make_shared<const RequestCaller>(RequestCaller{user_, session_});
}

const ActiveSession* RequestContext::session() {
  (void)user();
  return session_ ? &*session_ : nullptr;
}

std::string RequestContext::Cookie(const std::string& name) const {
  return request_.Cookie(name);
}

const FormData& RequestContext::Form() {
  if (!form_) form_ = FormData::Parse(request_.Header("Content-Type"), body_);
  return *form_;
}

bool RequestContext::IsSecure() const {
  return config_.trust_proxy && request_.Header("X-Forwarded-Proto") == "https";
}

std::string RequestContext::ClientAddress() const {
  if (config_.trust_proxy) {
    std::string last = LastForwardedHop(request_.Header("X-Forwarded-For"));
    if (!last.empty()) return last;
  }
  return request_.peer_address;
}

const User& RequestContext::RequireUser() {
  if (!user()) {
    throw Failure(FailureCode::kUnauthenticated,
                  "this request changes data: send Authorization: Bearer <token>",
                  "Authorization");
  }
  return *user_;
}

}  // namespace fremdrift
