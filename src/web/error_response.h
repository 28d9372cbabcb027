// The single place where failures become HTTP responses.
#pragma once

#include "domain/failure.h"
#include "render/i18n.h"
#include "web/request_context.h"

namespace fremdrift {

// The HTTP status for a failure code: kInvalid 400, kUnauthenticated 401,
// kForbidden 403, kNotFound 404, kConflict 409, kTooLarge 413, else 500.
int HttpStatus(FailureCode code);

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
