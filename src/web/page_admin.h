// The admin pages (admins only; others get the 403 page, and a reader who
// is not signed in is sent to the sign-in page):
//   /admin                                        links to what follows
//   /admin/organisasjoner                         list + create (GET, POST)
//   /admin/organisasjoner/{short}/rediger         edit (GET, POST) + history
//   /admin/organisasjoner/{short}/slett           delete (POST, with a confirm box)
//   /admin/brukere                                list + create (GET, POST)
//   /admin/brukere/{name}/rediger                 edit role, organisation, password
//   /admin/brukere/{name}/slett                   delete (POST, with a confirm box)
// Every form posts the same fields as the API and goes through the same
// use cases (app/organisation_service.h, app/user_service.h).
#pragma once

#include "domain/user.h"
#include "web/request_context.h"
#include "web/router.h"

namespace fremdrift {

void RegisterAdminPageRoutes(Router& router);

// The signed-in admin; throws kUnauthenticated (the sign-in redirect) or
// kForbidden with the catalogue's explanation.
const User& RequireAdminPage(RequestContext& ctx);

void RegisterAdminOrganisationPages(Router& router);  // page_admin_organisations.cpp
void RegisterAdminUserPages(Router& router);          // page_admin_users.cpp
void RegisterAdminSignInPages(Router& router);        // page_admin_sign_in.cpp

}  // namespace fremdrift
