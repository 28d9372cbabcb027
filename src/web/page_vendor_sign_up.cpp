#include "web/page_vendor_sign_up.h"

#include "app/password.h"
#include "app/vendor_invite.h"
#include "domain/failure.h"
#include "render/problem_text.h"
#include "render/url_for.h"
#include "storage/system_clock.h"
#include "web/error_response.h"
#include "web/form_data.h"
#include "web/page_frame.h"
#include "web/session_cookie.h"

namespace fremdrift {
namespace {

int64_t Now() { return SystemClock().NowUtcSeconds(); }

Response InvitePost(RequestContext& ctx) {
  const User& actor = ctx.RequireUser();
  const Catalogue& t = PageCatalogue(ctx);
  std::string organisation = ctx.Form().Get("organisation");
  mstch::map view{{"nav_health_apps", true}, {"organisation", organisation}};
  try {
    std::string token = CreateVendorInvite(ctx.db(), actor, organisation, Now());
    view["link"] = UrlFor(routes::kVendorSignUp, token);
    view["has_link"] = true;
    view["days"] = std::to_string(kInviteValidDays);
    return RenderPage(ctx, "vendor_invite", t.Text("hai_title"), std::move(view), "health_apps");
  } catch (const Failure& f) {
    if (f.code() != FailureCode::kInvalid) throw;
    view["has_link"] = false;
    view["error"] = FailureText(t, f);
    return RenderPage(ctx, "vendor_invite", t.Text("hai_title"), std::move(view), "health_apps",
                      HttpStatus(FailureCode::kInvalid));
  }
}

Response SignUpForm(RequestContext& ctx, const std::string& organisation, const std::string& name,
                    const std::string& error, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  Response placeholder;  // collects the pre-session cookie, if one is set
  std::string csrf = FormCsrfToken(ctx, placeholder);
  mstch::map view{{"nav_health_apps", true},
                  {"action", UrlFor(routes::kVendorSignUp, ctx.Param("token"))},
                  {"form_csrf", csrf},
                  {"organisation", organisation},
                  {"name", name},
                  {"password_hint", t.Format("hai_password_hint", {{"n", std::to_string(kMinPasswordLength)}})},
                  {"has_error", !error.empty()},
                  {"error", error}};
  Response r = RenderPage(ctx, "vendor_sign_up", t.Text("hai_sign_up_title"), std::move(view), "health_apps", status);
  for (auto& h : placeholder.headers) r.headers.push_back(std::move(h));
  return r;
}

Response SignUpGet(RequestContext& ctx) {
  return SignUpForm(ctx, VendorInviteOrganisation(ctx.db(), ctx.Param("token"), Now()), "", "", kHttpOk);
}

Response SignUpPost(RequestContext& ctx) {
  const std::string& token = ctx.Param("token");
  std::string organisation = VendorInviteOrganisation(ctx.db(), token, Now());
  std::string name = ctx.Form().Get("brukernavn");
  try {
    AcceptVendorInvite(ctx.db(), token, {{"name", name}, {"password", ctx.Form().Get("passord")}}, Now());
    return Response::Redirect(UrlWithQuery(UrlFor(routes::kSignIn), {{"neste", UrlFor(routes::kHealthAppWork)}}));
  } catch (const Failure& f) {
    if (f.code() != FailureCode::kInvalid && f.code() != FailureCode::kConflict) throw;
    const Catalogue& t = PageCatalogue(ctx);
    std::string text;
    for (const auto& p : f.problems()) text += (text.empty() ? "" : " ") + ProblemText(t, p);
    if (text.empty()) text = FailureText(t, f);
    return SignUpForm(ctx, organisation, name, text, FormStatus(f));
  }
}

}  // namespace

void RegisterVendorSignUpPages(Router& router) {
  router.Add("POST", routes::kHealthAppWorkInvitation, InvitePost);
  router.Add("GET", routes::kVendorSignUp, SignUpGet);
  router.AddOpenToAnonymous("POST", routes::kVendorSignUp, SignUpPost);
}

}  // namespace fremdrift
