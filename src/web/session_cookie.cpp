#include "web/session_cookie.h"

#include "app/api_token.h"
#include "domain/failure.h"

namespace fremdrift {
namespace {

// Compares without stopping at the first difference, so the time taken
// tells nothing about how much of a guess was right.
bool SessionCookieSameSecret(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

}  // namespace

std::string CookieHeader(const RequestContext& ctx, const std::string& name,
                         const std::string& value, int max_age) {
  std::string h = name + "=" + value + "; Path=/; HttpOnly; SameSite=Lax";
  if (max_age >= 0) h += "; Max-Age=" + std::to_string(max_age);
  if (ctx.IsSecure()) h += "; Secure";
  return h;
}

std::string FormCsrfToken(RequestContext& ctx, Response& response) {
  // A page with a visitor's token is that visitor's alone: no cache, ours
  // (public_page_memory.h) or a proxy's, may give it to another.
  response.headers.emplace_back("Cache-Control", "no-store");
  if (const ActiveSession* s = ctx.session()) return s->csrf_token;
  std::string token = ctx.Cookie(kPreSessionCsrfCookie);
  if (token.size() != GenerateToken().size()) {
    token = GenerateToken();
    response.headers.emplace_back("Set-Cookie", CookieHeader(ctx, kPreSessionCsrfCookie, token));
  }
  return token;
}

void CheckCsrf(RequestContext& ctx, bool api_path) {
  const std::string& m = ctx.method();
  if (m == "GET" || m == "HEAD" || m == "OPTIONS") return;
  if (!ctx.request().Header("Authorization").empty()) return;
  const bool has_session_cookie = !ctx.Cookie(kSessionCookie).empty();
  if (api_path && !has_session_cookie) return;
  std::string expected;
  if (const ActiveSession* s = ctx.session()) {
    expected = s->csrf_token;
  } else {
    expected = ctx.Cookie(kPreSessionCsrfCookie);
  }
  std::string sent = ctx.request().Header("X-CSRF-Token");
  if (sent.empty() && !api_path) sent = ctx.Form().Get("csrf_token");
  if (expected.empty() || sent.empty() || !SessionCookieSameSecret(expected, sent)) {
    throw Failure(FailureCode::kForbidden,
                  "the form's security token is missing or out of date; reload the page and try "
                  "again",
                  "csrf_token");
  }
}

}  // namespace fremdrift
