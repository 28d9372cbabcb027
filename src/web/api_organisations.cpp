#include "app/organisation_service.h"
#include "app/organisation_reads.h"
#include "domain/failure.h"
#include "render/url_for.h"
#include "web/api_admin.h"
#include "web/request_body.h"
#include "web/server.h"
#include "web/json_response.h"

namespace fremdrift {
namespace {

Response WithETag(Response r, int64_t version) {
  r.headers.emplace_back("ETag", "\"" + std::to_string(version) + "\"");
  return r;
}

Response GetOrganisation(RequestContext& ctx) {
  auto org = FindOrganisation(ctx.db(), ctx.Param("short_name"));
  if (!org) {
    throw Failure(FailureCode::kNotFound,
                  "no organisation with short name '" + ctx.Param("short_name") + "'",
                  "short_name");
  }
  return WithETag(JsonResponse(OrganisationApiJson(*org)), org->version);
}

Response CreateOrganisationRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  Organisation org = CreateOrganisation(ctx.db(), user, JsonBody(ctx));
  Response r = WithETag(JsonResponse(OrganisationApiJson(org), kHttpCreated), org.version);
  r.headers.emplace_back("Location", UrlFor(routes::kApiOrganisation, org.short_name));
  return r;
}

Response UpdateOrganisationRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  Organisation org =
      UpdateOrganisation(ctx.db(), user, ctx.Param("short_name"), JsonBody(ctx));
  return WithETag(JsonResponse(OrganisationApiJson(org)), org.version);
}

Response DeleteOrganisationRoute(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  DeleteOrganisation(ctx.db(), user, ctx.Param("short_name"), ExpectedVersion(ctx));
  return Response::NoContent();
}

}  // namespace

Json OrganisationApiJson(const Organisation& org) {
  Json j{{"id", org.id}};
  j.update(OrganisationToJson(org));
  j["version"] = org.version;
  return j;
}

void RegisterOrganisationApiRoutes(Router& r) {
  r.Add("GET", routes::kApiOrganisation, GetOrganisation);
  r.Add("POST", routes::kApiOrganisations, CreateOrganisationRoute);
  r.Add("PUT", routes::kApiOrganisation, UpdateOrganisationRoute);
  r.Add("DELETE", routes::kApiOrganisation, DeleteOrganisationRoute);
}

}  // namespace fremdrift
