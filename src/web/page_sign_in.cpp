#include "web/page_sign_in.h"

#include "app/sign_in.h"
#include "domain/failure.h"
#include "render/form_view.h"
#include "render/url_for.h"
#include "web/error_response.h"
#include "web/page_frame.h"
#include "web/page_oidc.h"
#include "web/server.h"
#include "web/session_cookie.h"

namespace fremdrift {
namespace {

Response SignInForm(RequestContext& ctx, const std::string& name, const std::string& next,
                    const std::string& message, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  FormField user;
  user.name = "brukernavn";
  user.label = t.Text("account_user_name");
  user.value = name;
  user.required = true;
  user.autocomplete = "username";
  FormField password;
  password.name = "passord";
  password.label = t.Text("account_password");
  password.kind = FormField::Kind::kPassword;
  password.required = true;
  password.autocomplete = "current-password";
  Response placeholder;  // collects the pre-session cookie, if one is set
  std::string csrf = FormCsrfToken(ctx, placeholder);
  // One button per OpenID Connect provider, in the configured order; the
  // first is the primary one.
  mstch::array providers;
  if (ctx.config().oidc) {
    for (const auto& provider : ctx.config().oidc->all()) {
      providers.push_back(mstch::map{
          {"url", UrlWithQuery(OidcStartPath(provider->settings().id), {{"neste", SafeNextPath(next)}})},
          {"label", OidcButtonText(ctx, provider->settings())},
          {"variant", std::string(providers.empty() ? "primary" : "secondary")}});
    }
  }
  mstch::map view{{"form", FormView({user, password})},
                  {"form_csrf", csrf},
                  {"next", SafeNextPath(next)},
                  {"has_message", !message.empty()},
                  {"message", message},
                  {"message_kind", std::string("error")},
                  {"password_sign_in", ctx.config().password_sign_in},
                  {"oidc_providers", std::move(providers)}};
  Response r = RenderPage(ctx, "sign_in", t.Text("account_sign_in_title"), std::move(view), "", status);
  for (auto& h : placeholder.headers) r.headers.push_back(std::move(h));
  return r;
}

Response SignInSignInPage(RequestContext& ctx) {
  std::string next = ctx.Query("neste").value_or("/");
  if (ctx.session()) return Response::Redirect(SafeNextPath(next));
  return SignInForm(ctx, "", next, "", kHttpOk);
}

Response SignInPost(RequestContext& ctx) {
  const FormData& form = ctx.Form();
  const std::string name = form.Get("brukernavn");
  const std::string next = form.Get("neste");
  const Catalogue& t = PageCatalogue(ctx);
  if (!ctx.config().password_sign_in) {
    return SignInForm(ctx, "", next, t.Text("oidc_password_off"), HttpStatus(FailureCode::kForbidden));
  }
  try {
    NewSession s = SignIn(ctx.db(), name, form.Get("passord"), ctx.ClientAddress(), EpochSeconds(),
                          ctx.config().session);
    Response r = Response::Redirect(SafeNextPath(next));
    r.headers.emplace_back("Set-Cookie", CookieHeader(ctx, kSessionCookie, s.token));
    return r;
  } catch (const Failure& f) {
    if (f.code() == FailureCode::kUnauthenticated) {
      return SignInForm(ctx, name, next, t.Text("account_wrong_password"),
                        HttpStatus(FailureCode::kUnauthenticated));
    }
    if (f.code() == FailureCode::kTooManyRequests) {
      return SignInForm(ctx, name, next, t.Text("account_too_many"), HttpStatus(FailureCode::kTooManyRequests));
    }
    throw;
  }
}

Response SignOutPost(RequestContext& ctx) {
  // Where to go next depends on how the session signed in: ask first.
  const std::string after = AfterSignOutUrl(ctx);
  SignOut(ctx.db(), ctx.Cookie(kSessionCookie));
  Response r = Response::Redirect(after);
  r.headers.emplace_back("Set-Cookie", CookieHeader(ctx, kSessionCookie, "", 0));
  return r;
}

}  // namespace

std::string SafeNextPath(const std::string& next) {
  if (next.empty() || next[0] != '/' || (next.size() > 1 && (next[1] == '/' || next[1] == '\\'))) {
    return "/";
  }
  for (char c : next) {
    if (static_cast<unsigned char>(c) < 0x20) return "/";
  }
  return next;
}

void RegisterSignInRoutes(Router& router) {
  router.Add("GET", routes::kSignIn, SignInSignInPage);
  router.AddOpenToAnonymous("POST", routes::kSignIn, SignInPost);
  router.AddOpenToAnonymous("POST", routes::kSignOut, SignOutPost);
  RegisterOidcRoutes(router);
}

}  // namespace fremdrift
