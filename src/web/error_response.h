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
// message}]}}. "rule" is the stable code of the broken rule (only where the
// failure names one). `message` is the English technical text, or with a
// catalogue `t` the catalogue's text in its language (ApiCatalogue).
Response JsonError(const Failure& f, const Catalogue* t = nullptr);

// The catalogue an API error speaks when the request asks for a language,
// by ?lang= or an Accept-Language header starting with nb, nn, no or en;
// nullptr (the English technical text) otherwise.
const Catalogue* ApiCatalogue(RequestContext& ctx);

}  // namespace fremdrift
