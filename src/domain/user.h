// A person or system that signs in or calls the API, always belonging to
// one organisation.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fremdrift {

// admin: may change everything; editor: may change items owned by their
// own organisation; reader: may read unpublished strategies.
enum class Role { kReader, kEditor, kAdmin };

std::string_view RoleName(Role r);
std::optional<Role> RoleFromName(std::string_view name);

struct User {
  int64_t id = 0;
  std::string name;
  std::string organisation;  // short name
  Role role = Role::kReader;
  int64_t version = 1;  // bumped by every change (optimistic concurrency)
};

}  // namespace fremdrift
