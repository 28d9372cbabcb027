// The admin that tests act as when they call the app layer directly,
// outside a request (approving people, setting organisation numbers).
#pragma once

#include "domain/user.h"

namespace fremdrift::testing {

// A user named "admin" with the admin role.
inline User Admin() {
  User admin;
  admin.name = "admin";
  admin.role = Role::kAdmin;
  return admin;
}

}  // namespace fremdrift::testing
