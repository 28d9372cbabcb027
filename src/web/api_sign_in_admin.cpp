// The API for OpenID Connect sign-in administration (admins only; see
// app/oidc_admin.h and docs/sign-in.md):
//   GET  /api/v1/sign-in/pending-users
//   POST /api/v1/sign-in/pending-users/{name}/approve     {"role": "editor"}
//   GET  /api/v1/sign-in/organisations
//   GET  /api/v1/sign-in/organisations/{short_name}
//   PUT  /api/v1/sign-in/organisations/{short_name}      {"org_number": "983544622", "auto_approve": false}
#include "app/oidc_admin.h"
#include "domain/failure.h"
#include "render/url_for.h"
#include "web/api_admin.h"
#include "web/request_body.h"
#include "web/server.h"
#include "web/json_response.h"

namespace fremdrift {
namespace {

Json SignInJson(const OrganisationSignIn& o) {
  return Json{{"short_name", o.short_name},
              {"name", o.name},
              {"org_number", o.org_number.empty() ? Json(nullptr) : Json(o.org_number)},
              {"auto_approve", o.auto_approve}};
}

Response PendingUsersRoute(RequestContext& ctx) {
  const User& actor = ctx.RequireUser();
  Json out = Json::array();
  for (const auto& p : ListPendingUsers(ctx.db(), actor)) {
    out.push_back(Json{{"name", p.name}, {"organisation", p.organisation}});
  }
  return JsonResponse(out);
}

Response ApproveRoute(RequestContext& ctx) {
  const User& actor = ctx.RequireUser();
  const Json body = JsonBody(ctx);
  std::optional<Role> role;
  if (body.is_object() && body.contains("role") && body["role"].is_string()) {
    role = RoleFromName(body["role"].get<std::string>());
  }
  if (!role) throw Failure::Invalid({"role", "must be admin, editor or reader", "role_unknown"});
  User user = ApproveUser(ctx.db(), actor, ctx.Param("name"), *role);
  return JsonResponse(Json{{"name", user.name},
                             {"organisation", user.organisation},
                             {"role", RoleName(user.role)},
                             {"pending", false},
                             {"version", user.version}}
                            );
}

Response OrganisationsRoute(RequestContext& ctx) {
  const User& actor = ctx.RequireUser();
  Json out = Json::array();
  for (const auto& o : ListOrganisationSignIns(ctx.db(), actor)) out.push_back(SignInJson(o));
  return JsonResponse(out);
}

Response OrganisationRoute(RequestContext& ctx) {
  const User& actor = ctx.RequireUser();
  return JsonResponse(SignInJson(GetOrganisationSignIn(ctx.db(), actor, ctx.Param("short_name"))));
}

Response PutOrganisationRoute(RequestContext& ctx) {
  const User& actor = ctx.RequireUser();
  const std::string short_name = ctx.Param("short_name");
  GetOrganisationSignIn(ctx.db(), actor, short_name);  // 403 or 404 before the body's problems
  const Json body = JsonBody(ctx);
  std::vector<FieldProblem> problems;
  std::string number;
  bool auto_approve = false;
  if (!body.is_object()) throw Failure::Invalid({"", "the body must be a JSON object", "not_an_object"});
  if (body.contains("org_number") && body["org_number"].is_string()) {
    number = body["org_number"].get<std::string>();
  } else if (body.contains("org_number") && !body["org_number"].is_null()) {
    problems.push_back({"org_number", "must be a string of nine digits or null", "org_number_digits"});
  }
  if (body.contains("auto_approve") && body["auto_approve"].is_boolean()) {
    auto_approve = body["auto_approve"].get<bool>();
  } else if (body.contains("auto_approve")) {
    problems.push_back({"auto_approve", "must be true or false", "choice_unknown"});
  }
  if (problems.empty() && auto_approve && number.empty()) {
    problems.push_back({"auto_approve", "auto-approval needs an organisation number",
                        "auto_approve_needs_number"});
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
  SetOrganisationNumber(ctx.db(), actor, short_name, number, auto_approve);
  return JsonResponse(SignInJson(GetOrganisationSignIn(ctx.db(), actor, short_name)));
}

}  // namespace

void RegisterSignInAdminApiRoutes(Router& r) {
  r.Add("GET", routes::kApiSignInPendingUsers, PendingUsersRoute);
  r.Add("POST", routes::kApiSignInPendingUserApprove, ApproveRoute);
  r.Add("GET", routes::kApiSignInOrganisations, OrganisationsRoute);
  r.Add("GET", routes::kApiSignInOrganisation, OrganisationRoute);
  r.Add("PUT", routes::kApiSignInOrganisation, PutOrganisationRoute);
}

}  // namespace fremdrift
