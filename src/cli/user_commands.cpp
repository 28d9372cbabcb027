#include <iostream>
#include <nlohmann/json.hpp>

#include "app/api_token.h"
#include "app/sign_in.h"
#include "cli/commands.h"
#include "domain/failure.h"
#include "storage/audit_log.h"
#include "storage/migrations.h"
#include "storage/user_store.h"

namespace fremdrift {

int UserAddCommand(const Args& args) {
  args.AllowOnly({"db", "name", "org", "role"});
  User user;
  user.name = args.Required("name");
  user.organisation = args.Required("org");
  std::string role = args.Required("role");
  auto r = RoleFromName(role);
  if (!r) throw Failure(FailureCode::kInvalid, "--role must be admin, editor or reader", "role");
  user.role = *r;
  auto conn = OpenConnection(args.DatabaseUrl());
  Migrate(*conn);
  WriteTransaction tx(*conn);
  int64_t id = UserStore(*conn).Create(user);
  AuditLog(*conn).Append({0, "", "cli", "user", std::to_string(id), "create", "",
                          nlohmann::json{{"name", user.name},
                                         {"organisation", user.organisation},
                                         {"role", role}}.dump()});
  tx.Commit();
  std::cout << "Created user " << user.name << " (" << role << ", " << user.organisation << ").\n";
  return 0;
}

int UserPasswordCommand(const Args& args) {
  args.AllowOnly({"db", "name"});
  std::string name = args.Required("name");
  std::string password;
  if (!std::getline(std::cin, password)) {
    throw Failure(FailureCode::kInvalid, "give the password on standard input", "password");
  }
  if (!password.empty() && password.back() == '\r') password.pop_back();
  auto conn = OpenConnection(args.DatabaseUrl());
  Migrate(*conn);
  SetPassword(*conn, name, password, "cli");
  std::cout << "Set the password of " << name << ".\n";
  return 0;
}

int TokenCreateCommand(const Args& args) {
  args.AllowOnly({"db", "name"});
  auto conn = OpenConnection(args.DatabaseUrl());
  Migrate(*conn);
  std::string token = CreateToken(*conn, args.Required("name"));
  // The only time the token is shown: it is stored as a hash.
  std::cout << token << "\n";
  return 0;
}

}  // namespace fremdrift
