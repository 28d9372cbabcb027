#include "domain/user.h"

namespace fremdrift {

std::string_view RoleName(Role r) {
  switch (r) {
    case Role::kAdmin: return "admin";
    case Role::kEditor: return "editor";
    case Role::kReader: return "reader";
  }
  return "reader";
}

std::optional<Role> RoleFromName(std::string_view name) {
  if (name == "admin") return Role::kAdmin;
  if (name == "editor") return Role::kEditor;
  if (name == "reader") return Role::kReader;
  return std::nullopt;
}

}  // namespace fremdrift
