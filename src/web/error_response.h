// The single place where failures become HTTP responses.
#pragma once

#include "domain/failure.h"
#include "render/i18n.h"
#include "web/request_context.h"

namespace fremdrift {

// The HTTP status for a failure code: kInvalid 400, kUnauthenticated 401,
// kForbidden 403, kNotFound 404, kConflict 409, kTooLarge 413,
// kTooManyRequests 429, else 500. Web code writes no status number of its
// own: it asks this file (tests/architecture/http_status_test.cpp).
int HttpStatus(FailureCode code);

// The refusals that no failure code names: the HTTP layer's own, a busy
// server, a sign-in provider that does not answer.
enum class HttpRefusal {
  kMethodNotAllowed,      // 405, with an Allow header
  kRequestTimeout,        // 408: a body that arrives too slowly
  kLengthRequired,        // 411: a body without Content-Length or chunks
  kHeaderFieldsTooLarge,  // 431
  kBadGateway,            // 502: the OpenID Provider did not answer
  kUnavailable,           // 503: busy or not ready, with Retry-After
};
int HttpStatus(HttpRefusal refusal);

// The status of a form shown again because `f` refused what was posted:
// 409 for a conflict (a stale version, a name in use), else 400. Logs the
// engine's words, as LogEngineDetail.
int FormStatus(const Failure& f);

// Writes the database engine's own words about `f` (Failure::
// engine_detail), if any, to stderr (the server's log), invalid UTF-8
// replaced: every way a failure reaches a client (JsonError, the error
// pages, FormStatus) calls it, so that an operator can tell which key
// clashed while the client sees a neutral message; so does the command
// line when a command fails.
void LogEngineDetail(const Failure& f);

// The status whose catalogue texts (error_<status>_title, _message) explain
// an error page of `status`: the status itself where it has its own, else
// 500.
int ErrorTextStatus(int status);

// {"error": {"code", "rule", "message", "field", "problems": [{field, rule,
// message}]}}. "rule" is the stable code of the broken rule, always present
// (render/problem_text.h FailureRule: "failed_<code>" when the failure
// names none). `message` is the English technical text, or with a
// catalogue `t` the catalogue's text in its language (ApiCatalogue).
Response JsonError(const Failure& f, const Catalogue* t = nullptr);

// The catalogue an API error speaks when the request asks for a language,
// by ?lang= or an Accept-Language header starting with nb, nn, no or en;
// nullptr (the English technical text) otherwise.
const Catalogue* ApiCatalogue(RequestContext& ctx);

// The language a request asks for before it has a context (the HTTP
// layer's own refusals): "nb" or "en" from ?lang= in the target or the
// Accept-Language header, else "".
std::string RequestedLanguage(const IncomingRequest& head);

}  // namespace fremdrift
