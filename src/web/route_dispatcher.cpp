#include "web/route_dispatcher.h"

#include <algorithm>
#include <iostream>

#include "app/oidc_sign_in.h"
#include "app/sign_in.h"
#include "domain/failure.h"
#include "render/url_for.h"
#include "web/error_response.h"
#include "web/exact_request.h"
#include "web/html_error.h"
#include "web/public_page_cache.h"
#include "web/public_page_memory.h"
#include "web/request_target.h"
#include "web/server.h"
#include "web/session_cookie.h"

namespace fremdrift {
namespace {

bool IsApiPath(std::string_view path) {
  return path.rfind("/api/", 0) == 0 || path == routes::kHealthz.pattern;
}

std::string_view PathOf(std::string_view target) { return target.substr(0, target.find('?')); }

bool IsWrite(const std::string& method) {
  return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

bool EndsWith(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

std::string Joined(const std::vector<std::string>& methods) {
  std::string out;
  for (const auto& m : methods) out += (out.empty() ? "" : ", ") + m;
  return out;
}

// The methods `path` answers, HEAD and OPTIONS included; empty when no
// route has the path.
std::vector<std::string> AllowedMethods(const Router& router, const std::string& path) {
  std::map<std::string, std::string> params;
  std::vector<std::string> found;
  router.Match("OPTIONS", path, params, found);
  if (found.empty()) return found;
  if (std::find(found.begin(), found.end(), "GET") != found.end()) found.push_back("HEAD");
  found.push_back("OPTIONS");
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

// The refusal of `method` on a path that answers only `allowed` (405).
Failure MethodNotAllowed(const std::string& method, const std::vector<std::string>& allowed) {
  return Failure(FailureCode::kInvalid, "method " + method + " is not allowed here; use " + Joined(allowed), "",
                 "method_not_allowed", {{"method", method}, {"allowed", Joined(allowed)}});
}

}  // namespace

RouteDispatcher::RouteDispatcher(const Router& router, ConnectionPool& pool, const ServerConfig& config)
    : router_(router),
      pool_(pool),
      config_(config),
      memo_(pool.url(), EpochSeconds),
      // Half the read workers may wait for an identical answer being made.
      shared_(static_cast<size_t>(std::max(1, config.threads / 2))) {}

RequestDispatcher::Admission RouteDispatcher::Admit(const IncomingRequest& head,
                                                    std::optional<uint64_t> content_length) {
  (void)content_length;
  Admission a;
  // The same request as one answered from memory, with nothing changed
  // since: its answer again, before its target is even parsed.
  if (std::optional<Response> again = memo_.Recall(head)) {
    a.answer = std::move(again);
    a.answered_inline = true;
    return a;
  }
  const std::string& method = head.method;
  if (method == "OPTIONS" && head.target == "*") {
    Response r = Response::NoContent();
    r.headers.emplace_back("Allow", "DELETE, GET, HEAD, OPTIONS, POST, PUT");
    a.answer = std::move(r);
    return a;
  }
  std::shared_ptr<const RequestTarget> parsed;
  try {
    parsed = std::make_shared<const RequestTarget>(ParseRequestTarget(head.target, head.Header("Host")));
  } catch (const Failure& f) {
    a.answer = Refuse(head, f);
    return a;
  }
  const RequestTarget& target = *parsed;
  if (method == "OPTIONS" || method == "TRACE" || method == "CONNECT") {
    std::vector<std::string> allowed = AllowedMethods(router_, target.path);
    if (allowed.empty()) {
      a.answer = Refuse(head, Failure(FailureCode::kNotFound, "no page or resource at " + target.path));
    } else if (method == "OPTIONS") {
      Response r = Response::NoContent();
      r.headers.emplace_back("Allow", Joined(allowed));
      a.answer = std::move(r);
    } else {
      Response r = Refuse(head, MethodNotAllowed(method, allowed));
      r.status = HttpStatus(HttpRefusal::kMethodNotAllowed);
      r.headers.emplace_back("Allow", Joined(allowed));
      a.answer = std::move(r);
    }
    return a;
  }
  const bool credentials = head.HasHeader("Authorization") || !head.Cookie(kSessionCookie).empty();
  a.body_limit = EndsWith(target.path, ":import") ? config_.max_import_bytes : config_.max_body_bytes;
  if (!credentials) a.body_limit = std::min(a.body_limit, config_.max_anonymous_body_bytes);
  a.gate = IsWrite(method);
  a.target = std::move(parsed);
  return a;
}

std::optional<Response> RouteDispatcher::Gate(IncomingRequest& head) {
  try {
    RequestContext ctx(head, "", pool_, config_);
    // The credentials are read as a GET reads: the user from memory while
    // the tables stamp is the same (storage/kept_tables.h).
    ctx.OnlyReads();
    const Match match = MatchRoute(ctx);
    // Unknown paths and methods get their 404 or 405 now.
    if (!match.route) return Dispatch(ctx, match);
    if (match.route->open_to_anonymous) return std::nullopt;
    try {
      ctx.RequireUser();
      head.caller = ctx.Caller();
      return std::nullopt;
    } catch (const Failure& f) {
      return ErrorFor(ctx, f);
    }
  } catch (const Failure& f) {
    return Refuse(head, f);
  } catch (const std::exception& e) {
    std::cerr << "fremdrift: internal error on " << head.method << " " << PathOf(head.target)
              << ": " << e.what() << "\n";
    return Refuse(head, Failure(FailureCode::kInternal, "internal error"));
  }
}

Response RouteDispatcher::Handle(IncomingRequest head, std::string body) {
  // What a refusal needs of the head, which the context takes.
  IncomingRequest refused;
  refused.target = head.target;
  refused.headers.emplace_back("Accept-Language", head.Header("Accept-Language"));
  const std::string method = head.method;
  try {
    // An identical request's answer begun after this one arrived, or this
    // one's answer for the identical requests behind it
    // (shared_answers.h).
    std::optional<SharedAnswers::Making> making;
    if (IsBodilessRead(head)) {
      std::string key;
      ExactRequestFromPeerKey(head, key);
      SharedAnswers::Taken taken = shared_.Take(std::move(key), head.received_at);
      if (taken.answer) {
        if (config_.metrics) config_.metrics->CountAnswerShared();
        return std::move(*taken.answer);
      }
      making.emplace(std::move(*taken.making));
    }
    RequestContext ctx(std::move(head), std::move(body), pool_, config_);
    // What the answer reads, it reads from now on, so that it may serve
    // every identical request that arrived before it was begun.
    if (making) ctx.ReadFromNow();
    Response r = Dispatch(ctx, MatchRoute(ctx));
    AddSignOutOrigins(r);
    if (making && !ctx.Wrote()) making->Share(r);
    return r;
  } catch (const Failure& f) {
    return Refuse(refused, f);
  } catch (const std::exception& e) {
    std::cerr << "fremdrift: internal error on " << method << " " << PathOf(refused.target) << ": "
              << e.what() << "\n";
    return Refuse(refused, Failure(FailureCode::kInternal, "internal error"));
  }
}

void RouteDispatcher::AddSignOutOrigins(Response& r) const {
  // Signing out goes on to the OpenID Connect provider the session
  // signed in with (docs/sign-in.md): the pages' forms may lead to any
  // of them (web/response_head.cpp).
  if (config_.oidc) {
    for (const auto& provider : config_.oidc->all()) {
      r.headers.emplace_back("Fremdrift-Form-Action-Origin", OidcSignOutOrigin(*provider));
    }
  }
}

std::optional<Response> RouteDispatcher::AnswerInline(const IncomingRequest& head) {
  // Only anonymous GETs of routes that keep their answers in memory: a
  // user would cost a session read, a write must go to a worker.
  if (head.method != "GET" || head.HasHeader("Authorization") || !head.Cookie(kSessionCookie).empty()) {
    return std::nullopt;
  }
  try {
    Match match;
    std::map<std::string, std::string> params;
    match.route = router_.Match(head.method, std::string(PathOf(head.target)), params, match.allowed);
    if (!match.route || !(match.route->tried_inline || MayBePublicPage(PathOf(head.target)))) return std::nullopt;
    // Read before the answer is made (inline_answer_memo.h).
    const std::optional<InlineAnswerMemo::Moment> moment = memo_.Now();
    RequestContext ctx(head, "", pool_, config_);
    ctx.params = std::move(params);
    ctx.AnswerInline();
    // The answer is kept under the moment: made of no older reads.
    ctx.ReadFromNow();
    Response r = Dispatch(ctx, match);
    AddSignOutOrigins(r);
    if (moment) memo_.Keep(head, *moment, r);
    return r;
  } catch (const RequestContext::NotInline&) {
    return std::nullopt;
  } catch (...) {
    // Anything else (a malformed target, a failed read) is the worker's
    // to answer, with its one mapping of failures.
    return std::nullopt;
  }
}

Response RouteDispatcher::Refuse(const IncomingRequest& head, const Failure& failure) {
  if (!IsApiPath(PathOf(head.target))) return PlainHtmlError(failure);
  const Catalogue* t = nullptr;
  if (std::string lang = RequestedLanguage(head); !lang.empty()) {
    try {
      t = &CatalogueFor(config_.assets_dir, lang);
    } catch (const Failure&) {
      // No catalogue installed: the English technical text must do.
    }
  }
  return JsonError(failure, t);
}

RouteDispatcher::Match RouteDispatcher::MatchRoute(RequestContext& ctx) const {
  Match match;
  match.route = router_.Match(ctx.method(), ctx.path(), ctx.params, match.allowed);
  return match;
}

Response RouteDispatcher::Dispatch(RequestContext& ctx, const Match& match) {
  const fremdrift::Route* route = match.route;
  Response r;
  try {
    CheckCsrf(ctx, IsApiPath(ctx.path()));
    // Anonymous public pages: ETag from the data's version, 304 without
    // making the page when it is unchanged (public_page_cache.h).
    // The same page made for an earlier anonymous visitor is kept in
    // memory for its Host, language and target, with its tag
    // (public_page_memory.h).
    std::optional<std::string> tag = route ? PublicPageTag(ctx) : std::nullopt;
    std::string kept_as;
    std::optional<Response> kept;
    if (tag) {
      kept_as = ctx.pool().url() + "|" + ctx.request().Header("Host") + "|" + ctx.lang() + "|" + ctx.uri();
      if (!AsksForAFreshAnswer(ctx.request())) kept = PublicPageMemory::Shared().Get(kept_as, *tag);
    }
    if (tag && IfNoneMatchNames(ctx.request().Header("If-None-Match"), *tag)) {
      r = NotModified(*tag);
    } else if (kept) {
      r = std::move(*kept);
    } else {
      // On an I/O thread only what is kept goes out (AnswerInline).
      if (ctx.answering_inline() && !(route && route->tried_inline)) throw RequestContext::NotInline{};
      r = Route(ctx, match);
      if (tag && MarkCacheable(r, *tag)) PublicPageMemory::Shared().Put(kept_as, *tag, r);
    }
  } catch (const Failure& f) {
    r = ErrorFor(ctx, f);
  }
  if (route) r.route_pattern = route->pattern;
  try {
    if (ctx.user()) r.user_name = ctx.user()->name;
  } catch (const Failure&) {
    // An unknown token or session: nobody in particular.
  }
  return r;
}

Response RouteDispatcher::ErrorFor(RequestContext& ctx, const Failure& f) {
  if (IsApiPath(ctx.path())) return JsonError(f, ApiCatalogue(ctx));
  // A reader who must sign in to see a page is sent to the sign-in
  // page, which brings them back here afterwards.
  if (f.code() == FailureCode::kUnauthenticated && (ctx.method() == "GET" || ctx.method() == "HEAD") &&
      ctx.request().Header("Authorization").empty()) {
    return Response::Redirect(UrlWithQuery(UrlFor(routes::kSignIn), {{"neste", ctx.uri()}}));
  }
  return HtmlErrorPage(ctx, f);
}

Response RouteDispatcher::Route(RequestContext& ctx, const Match& match) {
  if (match.route) return match.route->handler(ctx);
  if (match.allowed.empty()) throw Failure(FailureCode::kNotFound, "no page or resource at " + ctx.path());
  const std::vector<std::string> allowed = AllowedMethods(router_, ctx.path());
  Failure f = MethodNotAllowed(ctx.method(), allowed);
  Response r = IsApiPath(ctx.path()) ? JsonError(f, ApiCatalogue(ctx)) : HtmlErrorPage(ctx, f);
  r.status = HttpStatus(HttpRefusal::kMethodNotAllowed);
  r.headers.emplace_back("Allow", Joined(allowed));
  return r;
}

}  // namespace fremdrift
