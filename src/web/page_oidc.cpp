#include "web/page_oidc.h"

#include "app/oidc_sign_in.h"
#include "domain/failure.h"
#include "render/url_for.h"
#include "web/error_response.h"
#include "web/page_frame.h"
#include "web/page_sign_in.h"
#include "web/server.h"
#include "web/session_cookie.h"

namespace fremdrift {
namespace {

// The name of the settings id among the routes' captures.
constexpr const char* kProviderParam = "provider";

Response OidcMessagePage(RequestContext& ctx, const std::string& key, const std::string& kind, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  mstch::map view{{"message", t.Text(key)}, {"message_kind", kind}};
  return RenderPage(ctx, "sign_in_oidc_message", t.Text("oidc_title"), std::move(view), "", status);
}

// The provider a route names: the one of the plain --oidc-* flags for
// /logg-inn/oidc[/svar], else the one whose id the path has; nullptr for
// none.
OidcProvider* RouteProvider(RequestContext& ctx) {
  if (!ctx.config().oidc) return nullptr;
  auto it = ctx.params.find(kProviderParam);
  const std::string id = it == ctx.params.end() ? "" : it->second;
  if (it != ctx.params.end() && id.empty()) return nullptr;
  return ctx.config().oidc->Find(id);
}

Response OidcStartPage(RequestContext& ctx) {
  OidcProvider* provider = RouteProvider(ctx);
  if (!provider) {
    return OidcMessagePage(ctx, "oidc_not_configured", "error", HttpStatus(FailureCode::kNotFound));
  }
  const std::string next = SafeNextPath(ctx.Query("neste").value_or("/"));
  OidcStart start;
  try {
    start = StartOidcSignIn(ctx.db(), *provider, next, EpochSeconds());
  } catch (const std::runtime_error&) {
    return OidcMessagePage(ctx, "oidc_provider_unavailable", "error", HttpStatus(HttpRefusal::kBadGateway));
  }
  Response r = Response::Redirect(start.authorization_url);
  r.headers.emplace_back("Set-Cookie", CookieHeader(ctx, kOidcStateCookie, start.state,
                                                    static_cast<int>(kOidcLoginSeconds)));
  return r;
}

Response OidcCallbackPage(RequestContext& ctx) {
  OidcProvider* provider = RouteProvider(ctx);
  if (!provider) {
    return OidcMessagePage(ctx, "oidc_not_configured", "error", HttpStatus(FailureCode::kNotFound));
  }
  const std::string clear_state = CookieHeader(ctx, kOidcStateCookie, "", 0);
  if (ctx.Query("error")) {
    Response r =
        OidcMessagePage(ctx, "oidc_refused_by_provider", "error", HttpStatus(FailureCode::kUnauthenticated));
    r.headers.emplace_back("Set-Cookie", clear_state);
    return r;
  }
  OidcOutcome outcome;
  try {
    OidcAnswer answer{ctx.Query("state").value_or(""), ctx.Cookie(kOidcStateCookie),
                      ctx.Query("code").value_or(""), ctx.Query("iss").value_or("")};
    outcome = FinishOidcSignIn(ctx.db(), *provider, answer, ctx.ClientAddress(), EpochSeconds(),
                               ctx.config().session);
  } catch (const Failure& f) {
    const bool unknown_org = f.code() == FailureCode::kForbidden;
    Response r = OidcMessagePage(ctx, unknown_org ? "oidc_unknown_organisation" : "oidc_failed", "error",
                                 HttpStatus(unknown_org ? FailureCode::kForbidden : FailureCode::kUnauthenticated));
    r.headers.emplace_back("Set-Cookie", clear_state);
    return r;
  }
  if (outcome.pending) {
    Response r = OidcMessagePage(ctx, "oidc_pending", "info", HttpStatus(FailureCode::kForbidden));
    r.headers.emplace_back("Set-Cookie", clear_state);
    return r;
  }
  // A new session id at every sign-in: the browser's earlier session, if
  // any, ends.
  SignOut(ctx.db(), ctx.Cookie(kSessionCookie));
  Response r = Response::Redirect(SafeNextPath(outcome.return_to));
  r.headers.emplace_back("Set-Cookie", CookieHeader(ctx, kSessionCookie, outcome.session->token));
  r.headers.emplace_back("Set-Cookie", clear_state);
  return r;
}

}  // namespace

std::string OidcStartPath(const std::string& id) {
  return id.empty() ? UrlFor(routes::kOidcSignIn) : UrlFor(routes::kOidcProviderSignIn, id);
}

std::string OidcCallbackPath(const std::string& id) {
  return id.empty() ? UrlFor(routes::kOidcAnswer) : UrlFor(routes::kOidcProviderAnswer, id);
}

std::string OidcButtonText(RequestContext& ctx, const OidcSettings& provider) {
  const Catalogue& t = PageCatalogue(ctx);
  const bool english = t.lang() == "en";
  std::string name = english ? provider.display_name_en : provider.display_name_nb;
  if (name.empty()) name = english ? provider.display_name_nb : provider.display_name_en;
  if (name.empty()) return t.Text("oidc_sign_in");
  return t.Format("oidc_sign_in_with", {{"provider", name}});
}

std::string AfterSignOutUrl(RequestContext& ctx) {
  if (!ctx.config().oidc) return "/";
  try {
    OidcProvider* provider = SessionProvider(ctx.db(), *ctx.config().oidc, ctx.Cookie(kSessionCookie));
    if (!provider) return "/";
    std::string url = OidcSignOutUrl(*provider);
    return url.empty() ? "/" : url;
  } catch (const std::exception&) {
    return "/";
  }
}

void RegisterOidcRoutes(Router& router) {
  router.Add("GET", routes::kOidcSignIn, OidcStartPage);
  router.Add("GET", routes::kOidcAnswer, OidcCallbackPage);
  router.Add("GET", routes::kOidcProviderSignIn, OidcStartPage);
  router.Add("GET", routes::kOidcProviderAnswer, OidcCallbackPage);
}

}  // namespace fremdrift
