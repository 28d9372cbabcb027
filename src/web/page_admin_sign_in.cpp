// The sign-in page of the admin area (docs/sign-in.md, "Approving people"):
// who waits for approval after signing in through HelseID or ID-porten,
// with a form per person to approve them with a role, and each
// organisation's number (which the provider's claims name) with whether
// its people are approved at their first sign-in.
#include "app/oidc_admin.h"
#include "domain/failure.h"
#include "domain/user_rules.h"
#include "render/form_view.h"
#include "render/problem_text.h"
#include "render/url_for.h"
#include "web/error_response.h"
#include "web/admin_form.h"
#include "web/form_problems.h"
#include "web/page_admin.h"
#include "web/page_frame.h"

namespace fremdrift {
namespace {

constexpr Role kAdminSignInRoles[] = {Role::kReader, Role::kEditor, Role::kAdmin};

std::string ApproveUrl(const std::string& name) {
  return UrlFor(routes::kAdminSignInUserApprove, name);
}

std::string OrganisationUrl(const std::string& short_name) {
  return UrlFor(routes::kAdminSignInOrganisation, short_name);
}

mstch::array RoleOptions(const Catalogue& t) {
  mstch::array out;
  for (Role r : kAdminSignInRoles) {
    out.push_back(mstch::map{{"value", std::string(RoleName(r))},
                             {"label", t.Text("admin_role_" + std::string(RoleName(r)))},
                             {"selected", r == Role::kReader}});
  }
  return out;
}

// The page; `approved` names the person just approved, `error` what
// refused an approval.
Response AdminSignInSignInPage(RequestContext& ctx, const User& admin, const std::string& error, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  mstch::array pending;
  int index = 0;
  for (const auto& p : ListPendingUsers(ctx.db(), admin)) {
    pending.push_back(mstch::map{{"name", p.name},
                                 {"organisation", p.organisation},
                                 {"role_id", "role-" + std::to_string(index++)},
                                 {"role_label", t.Format("admin_sign_in_role_for", {{"name", p.name}})},
                                 {"roles", RoleOptions(t)},
                                 {"action", ApproveUrl(p.name)}});
  }
  mstch::array organisations;
  for (const auto& o : ListOrganisationSignIns(ctx.db(), admin)) {
    organisations.push_back(mstch::map{
        {"short_name", o.short_name},
        {"name", o.name},
        {"org_number", o.org_number.empty() ? t.Text("admin_sign_in_no_number") : o.org_number},
        {"auto_approve", t.Text(o.auto_approve ? "admin_user_yes" : "admin_user_no")},
        {"edit_url", OrganisationUrl(o.short_name)}});
  }
  const auto approved = ctx.Query("godkjent");
  mstch::map view{
      {"breadcrumbs", AdminBreadcrumbs(t, {{UrlFor(routes::kAdminSignIn), t.Text("admin_sign_in_title")}})},
      {"pending", pending},
      {"has_pending", !pending.empty()},
      {"organisations", organisations},
      {"approved", approved.has_value()},
      {"approved_text", t.Format("admin_sign_in_approved", {{"name", approved.value_or("")}})},
      {"has_general_error", !error.empty()},
      {"general_error", error},
  };
  return RenderPage(ctx, "admin_sign_in", t.Text("admin_sign_in_title"), std::move(view), "admin",
                    status);
}

Response SignInGet(RequestContext& ctx) {
  const User& admin = RequireAdminPage(ctx);
  return AdminSignInSignInPage(ctx, admin, "", kHttpOk);
}

Response AdminSignInApprovePost(RequestContext& ctx) {
  const User& admin = RequireAdminPage(ctx);
  const std::string name = ctx.Param("name");
  const auto role = RoleFromName(ctx.Form().Get("role"));
  try {
    if (!role) {
      throw Failure::Invalid({"role", "choose reader, editor or admin", "role_unknown"});
    }
    ApproveUser(ctx.db(), admin, name, *role);
    return Response::Redirect(UrlWithQuery(UrlFor(routes::kAdminSignIn), {{"godkjent", name}}));
  } catch (const Failure& f) {
    if (f.code() != FailureCode::kInvalid && f.code() != FailureCode::kConflict &&
        f.code() != FailureCode::kNotFound) {
      throw;
    }
    return AdminSignInSignInPage(ctx, admin, FailureText(PageCatalogue(ctx), f), HttpStatus(f.code()));
  }
}

// The organisation's form: its number and auto-approval.
Response OrganisationPage(RequestContext& ctx, const OrganisationSignIn& org,
                          const std::string& number, bool auto_approve,
                          const AdminFormState& state, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  const std::string url = OrganisationUrl(org.short_name);
  const std::string title = t.Format("admin_sign_in_org_title", {{"name", org.short_name}});
  FormField number_field =
      AdminFormField(t, "admin_sign_in_field_", "org_number", number, state.problems);
  number_field.hint = t.Text("admin_sign_in_org_number_hint");
  number_field.autocomplete = "off";
  FormField auto_field = AdminFormField(t, "admin_sign_in_field_", "auto_approve",
                                        auto_approve ? "yes" : "no", state.problems,
                                        FormField::Kind::kSelect);
  auto_field.hint = t.Text("admin_sign_in_auto_approve_hint");
  auto_field.options = {{"no", t.Text("admin_user_no")}, {"yes", t.Text("admin_user_yes")}};
  mstch::map view{
      {"breadcrumbs", AdminBreadcrumbs(t, {{UrlFor(routes::kAdminSignIn), t.Text("admin_sign_in_title")},
                                           {url, org.short_name}})},
      {"edit_title", title},
      {"organisation_name", org.name},
      {"saved", ctx.Query("lagret").has_value()},
      {"form", FormView({number_field, auto_field})},
      {"action", url},
      {"cancel_url", UrlFor(routes::kAdminSignIn)},
      {"has_general_error", !state.problems.general.empty()},
      {"general_error", state.problems.general},
  };
  return RenderPage(ctx, "admin_sign_in_organisation", title, std::move(view), "admin", status);
}

Response OrganisationGet(RequestContext& ctx) {
  const User& admin = RequireAdminPage(ctx);
  OrganisationSignIn org = GetOrganisationSignIn(ctx.db(), admin, ctx.Param("short"));
  return OrganisationPage(ctx, org, org.org_number, org.auto_approve, {}, kHttpOk);
}

Response OrganisationPost(RequestContext& ctx) {
  const User& admin = RequireAdminPage(ctx);
  OrganisationSignIn org = GetOrganisationSignIn(ctx.db(), admin, ctx.Param("short"));
  // Typed as people write it: "983 544 622" is the number 983544622.
  std::string number;
  for (char c : ctx.Form().Get("org_number")) {
    if (c != ' ') number += c;
  }
  const std::string auto_text = ctx.Form().Get("auto_approve");
  const bool auto_approve = auto_text == "yes";
  try {
    if (auto_text != "yes" && auto_text != "no") {
      throw Failure::Invalid({"auto_approve", "choose yes or no", "choice_unknown"});
    }
    if (auto_approve && number.empty()) {
      throw Failure::Invalid({"auto_approve", "auto-approval needs an organisation number",
                              "auto_approve_needs_number"});
    }
    SetOrganisationNumber(ctx.db(), admin, org.short_name, number, auto_approve);
    return Response::Redirect(OrganisationUrl(org.short_name) + "?lagret=1");
  } catch (const Failure& f) {
    if (f.code() != FailureCode::kInvalid && f.code() != FailureCode::kConflict) throw;
    AdminFormState state;
    const Catalogue& t = PageCatalogue(ctx);
    if (f.code() == FailureCode::kConflict) {
      state.problems.by_field["org_number"] = FailureText(t, f);
    } else {
      state.problems = ProblemsForForm(f, {"org_number", "auto_approve"}, t);
    }
    return OrganisationPage(ctx, org, ctx.Form().Get("org_number"), auto_approve, state,
                            HttpStatus(f.code()));
  }
}

}  // namespace

void RegisterAdminSignInPages(Router& router) {
  router.Add("GET", routes::kAdminSignIn, SignInGet);
  router.Add("POST", routes::kAdminSignInUserApprove, AdminSignInApprovePost);
  router.Add("GET", routes::kAdminSignInOrganisation, OrganisationGet);
  router.Add("POST", routes::kAdminSignInOrganisation, OrganisationPost);
}

}  // namespace fremdrift
