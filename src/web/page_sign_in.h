// Signing in and out in the browser: GET/POST /logg-inn and POST /logg-ut.
// A successful sign-in sets the session cookie (web/session_cookie.h) and
// returns to the page given as ?neste= (only a path on this site).
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterSignInRoutes(Router& router);

// `next` when it is a path on this site ("/..." but not "//..."), else "/".
std::string SafeNextPath(const std::string& next);

}  // namespace fremdrift
