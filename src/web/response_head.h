// The status line and header fields of a response, as sent: the one place
// that adds the security headers every response carries, and the default
// Cache-Control: no-store.
#pragma once

#include <string>

#include "web/request_context.h"

namespace fremdrift {

// The head of `response` with Content-Length `content_length` and a
// Connection header (close unless `keep_alive`). Header values lose any CR
// or LF, so that no handler can split a response.
std::string ResponseHead(const Response& response, size_t content_length, bool keep_alive);

// Whether a response with `status` has no body (1xx, 204, 304).
bool StatusHasNoBody(int status);

}  // namespace fremdrift
