// The cookies of browser sign-in: the session's secret and, before a
// session exists, the token that the sign-in form must send back (a
// double-submit token against cross-site form posts).
#pragma once

#include <string>

#include "web/request_context.h"

namespace fremdrift {

inline constexpr const char* kSessionCookie = "fremdrift_session";
inline constexpr const char* kPreSessionCsrfCookie = "fremdrift_csrf";

// A Set-Cookie value for `name`=`value`: HttpOnly, SameSite=Lax, Path=/,
// Secure when the browser reached us over TLS. `max_age` < 0 leaves it a
// browser-session cookie; 0 deletes it.
std::string CookieHeader(const RequestContext& ctx, const std::string& name,
                         const std::string& value, int max_age = -1);

// The CSRF token the forms of this page must carry: the session's, or
// the pre-session token (set as a cookie on `response` when the browser
// has none yet).
std::string FormCsrfToken(RequestContext& ctx, Response& response);

// Refuses (Failure kForbidden, field "csrf_token") a state-changing request
// that rides on browser credentials without the matching CSRF token, sent
// as the form field csrf_token or the X-CSRF-Token header. Requests with an
// Authorization header carry no ambient credentials and pass; so do API
// requests with no session cookie (they are refused as unauthenticated).
void CheckCsrf(RequestContext& ctx, bool api_path);

}  // namespace fremdrift
