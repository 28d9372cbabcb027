// Error pages for people (the API answers errors in JSON instead).
#pragma once

#include "domain/failure.h"
#include "web/request_context.h"

namespace fremdrift {

// A full page in the user's language with the site's layout. A 401 on a
// page redirects to the sign-in page once it exists; here it explains.
Response HtmlErrorPage(RequestContext& ctx, const Failure& f);

// The seconds a client is asked to wait by HtmlBusyPage (Retry-After).
inline constexpr int kBusyRetryAfterSeconds = 5;

// A 503 page with Retry-After, for bounded work that is at its limit
// (PDF printing, app/pdf_print_queue.h); `detail` says what is busy.
Response HtmlBusyPage(RequestContext& ctx, const std::string& detail);

// A minimal page for failures before a request context exists.
Response PlainHtmlError(const Failure& f);

}  // namespace fremdrift
