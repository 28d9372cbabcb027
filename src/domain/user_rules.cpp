#include "domain/user_rules.h"

#include "domain/record_key.h"

namespace fremdrift {

bool MayAdminister(const User& actor) { return actor.role == Role::kAdmin; }

std::vector<FieldProblem> ValidateUserName(const std::string& name) {
  if (auto p = RecordKeyProblem(name, kMaxUserNameBytes, false); !p.empty()) {
    return {{"name", p}};
  }
  return {};
}

std::string SelfChangeProblem(const User& actor, const User& target, std::optional<Role> new_role) {
  if (actor.name != target.name) return "";
  if (!new_role) {
    return "you cannot delete your own account; another admin must do it";
  }
  if (target.role == Role::kAdmin && *new_role != Role::kAdmin) {
    return "you cannot take the admin role from your own account; another admin must do it, "
           "so that someone who can manage users always remains";
  }
  return "";
}

std::string EmailAddressProblem(const std::string& email) {
  if (email.empty()) return "";
  if (email.size() > 254) return "must be at most 254 characters";
  for (unsigned char c : email) {
    if (c <= ' ' || c == 127 || std::string_view("<>,;\"\\()[]:").find(static_cast<char>(c)) !=
                                       std::string_view::npos) {
      return "must be an e-mail address such as name@example.no, without spaces";
    }
  }
  auto at = email.find('@');
  if (at == std::string::npos || at == 0 || email.find('@', at + 1) != std::string::npos ||
      email.find('.', at) == std::string::npos || email.back() == '.' || email.back() == '@') {
    return "must be an e-mail address such as name@example.no";
  }
  return "";
}

}  // namespace fremdrift
