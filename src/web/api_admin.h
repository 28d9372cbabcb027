// The API for managing organisations and users (admins only; see
// app/organisation_service.h and app/user_service.h):
//   GET    /api/v1/organisations/{short_name}   (public, like the list)
//   POST   /api/v1/organisations
//   PUT    /api/v1/organisations/{short_name}
//   DELETE /api/v1/organisations/{short_name}?version=N
//   GET    /api/v1/users                         (admins)
//   GET    /api/v1/users/{name}                  (admins, or the user)
//   POST   /api/v1/users
//   PUT    /api/v1/users/{name}
//   DELETE /api/v1/users/{name}?version=N
// A user's JSON never holds a password or its hash, only has_password.
#pragma once

#include "domain/organisation.h"
#include "formats/plan_json.h"
#include "web/router.h"

namespace fremdrift {

// An organisation as the API shows it: id, the bundle fields, version.
Json OrganisationApiJson(const Organisation& org);

void RegisterOrganisationApiRoutes(Router& router);
void RegisterUserApiRoutes(Router& router);
// Approving people and organisation numbers for OpenID Connect sign-in
// (web/api_sign_in_admin.cpp).
void RegisterSignInAdminApiRoutes(Router& router);

inline void RegisterAdminApiRoutes(Router& router) {
  RegisterOrganisationApiRoutes(router);
  RegisterUserApiRoutes(router);
  RegisterSignInAdminApiRoutes(router);
}

}  // namespace fremdrift
