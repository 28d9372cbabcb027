#include "app/user_service.h"
#include "formats/user_mail_json.h"
#include "render/url_for.h"
#include "web/api_admin.h"
#include "web/request_body.h"
#include "web/server.h"
#include "web/json_response.h"

namespace fremdrift {
namespace {

// A user as the API shows it: never the password or its hash.
Json UserApiJson(SqlConnection& conn, const User& u) {
  Json j{{"id", u.id}};
  j.update(UserToJson(u));
  j.update(UserMailSettingsToJson(u));
  j["has_password"] = HasPassword(conn, u.name);
  j["version"] = u.version;
  return j;
}

Response UserResponse(SqlConnection& conn, const User& u, int status = kHttpOk) {
  Response r = JsonResponse(UserApiJson(conn, u), status);
  r.headers.emplace_back("ETag", "\"" + std::to_string(u.version) + "\"");
  return r;
}

Response ListUsersRoute(RequestContext& ctx) {
  const User& actor = ctx.RequireUser();
  Json out = Json::array();
  for (const auto& u : ListUsers(ctx.db(), actor)) out.push_back(UserApiJson(ctx.db(), u));
  return JsonResponse(out);
}

Response GetUserRoute(RequestContext& ctx) {
  const User& actor = ctx.RequireUser();
  return UserResponse(ctx.db(), GetUser(ctx.db(), actor, ctx.Param("name")));
}

Response CreateUserRoute(RequestContext& ctx) {
  const User& actor = ctx.RequireUser();
  User user = CreateUser(ctx.db(), actor, JsonBody(ctx));
  Response r = UserResponse(ctx.db(), user, kHttpCreated);
  r.headers.emplace_back("Location", UrlFor(routes::kApiUser, user.name));
  return r;
}

Response UpdateUserRoute(RequestContext& ctx) {
  const User& actor = ctx.RequireUser();
  return UserResponse(ctx.db(), UpdateUser(ctx.db(), actor, ctx.Param("name"), JsonBody(ctx)));
}

Response DeleteUserRoute(RequestContext& ctx) {
  const User& actor = ctx.RequireUser();
  DeleteUser(ctx.db(), actor, ctx.Param("name"), ExpectedVersion(ctx));
  return Response::NoContent();
}

}  // namespace

void RegisterUserApiRoutes(Router& r) {
  r.Add("GET", routes::kApiUsers, ListUsersRoute);
  r.Add("GET", routes::kApiUser, GetUserRoute);
  r.Add("POST", routes::kApiUsers, CreateUserRoute);
  r.Add("PUT", routes::kApiUser, UpdateUserRoute);
  r.Add("DELETE", routes::kApiUser, DeleteUserRoute);
}

}  // namespace fremdrift
