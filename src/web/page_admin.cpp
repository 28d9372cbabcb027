#include "web/page_admin.h"

#include "domain/failure.h"
#include "domain/user_rules.h"
#include "render/url_for.h"
#include "web/page_frame.h"

namespace fremdrift {
namespace {

Response AdminHome(RequestContext& ctx) {
  RequireAdminPage(ctx);
  const Catalogue& t = PageCatalogue(ctx);
  mstch::map view{
      {"breadcrumbs", mstch::array{mstch::map{{"url", UrlFor(routes::kHome)}, {"text", t.Text("nav_home")}},
                                   mstch::map{{"url", UrlFor(routes::kAdmin)},
                                              {"text", t.Text("admin_title")},
                                              {"current", true}}}},
      {"organisations_url", UrlFor(routes::kAdminOrganisations)},
      {"users_url", UrlFor(routes::kAdminUsers)},
      {"sign_in_url", UrlFor(routes::kAdminSignIn)},
  };
  return RenderPage(ctx, "admin", t.Text("admin_title"), std::move(view), "admin");
}

}  // namespace

const User& RequireAdminPage(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  if (!MayAdminister(user)) {
    throw Failure(FailureCode::kForbidden,
                  "Only administrators may manage organisations and users.",
                  "role", "admin_forbidden", {});
  }
  return user;
}

void RegisterAdminPageRoutes(Router& router) {
  router.Add("GET", routes::kAdmin, AdminHome);
  RegisterAdminOrganisationPages(router);
  RegisterAdminUserPages(router);
  RegisterAdminSignInPages(router);
}

}  // namespace fremdrift
