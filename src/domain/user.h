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
  // Mail about reporting rounds (docs/reporting.md, "Mail"). A reporting
  // contact of an organisation gets its round mails at `email` ("" gets
  // none) in `language` ("nb" or "en"), reminders and digests unless they
  // opted out.
  std::string email;
  std::string language = "nb";
  bool reporting_contact = false;
  bool reminders_opt_out = false;
};

}  // namespace fremdrift
