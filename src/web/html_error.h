// Error pages for people (the API answers errors in JSON instead).
#pragma once

#include "domain/failure.h"
#include "web/request_context.h"

namespace fremdrift {

// A full page in the user's language with the site's layout. A 401 on a
// page redirects to the sign-in page once it exists; here it explains.
Response HtmlErrorPage(RequestContext& ctx, const Failure& f);

// A minimal page for failures before a request context exists.
Response PlainHtmlError(const Failure& f);

}  // namespace fremdrift
