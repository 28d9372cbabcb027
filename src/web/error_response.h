// The single place where failures become HTTP responses.
#pragma once

#include "domain/failure.h"
#include "web/request_context.h"

namespace fremdrift {

// The HTTP status for a failure code: kInvalid 400, kUnauthenticated 401,
// kForbidden 403, kNotFound 404, kConflict 409, kTooLarge 413, else 500.
int HttpStatus(FailureCode code);

// {"error": {"code", "message", "field", "problems": [{field, message}]}}
Response JsonError(const Failure& f);

}  // namespace fremdrift
