#include <iostream>
#include <nlohmann/json.hpp>

#include "app/api_token.h"
#include "app/sign_in.h"
#include "app/user_service.h"
#include "cli/cli_output.h"
#include "cli/commands.h"
#include "domain/failure.h"
#include "domain/user_rules.h"
#include "storage/migrations.h"

namespace fremdrift {

int UserAddCommand(const Args& args) {
  args.AllowOnly({"db", "name", "org", "role", "email", "lang", "reporting-contact"});
  User user;
  user.name = args.Required("name");
  user.organisation = args.Required("org");
  std::string role = args.Required("role");
  auto r = RoleFromName(role);
  if (!r) throw Failure(FailureCode::kInvalid, "--role must be admin, editor or reader", "role");
  user.role = *r;
  user.email = args.Flag("email").value_or("");
  if (auto p = EmailAddressProblem(user.email); !p.empty()) {
    throw Failure(FailureCode::kInvalid, "--email " + p, "email");
  }
  user.language = args.Flag("lang").value_or("nb");
  if (user.language != "nb" && user.language != "en") {
    throw Failure(FailureCode::kInvalid, "--lang must be nb or en", "lang");
  }
  std::string contact = args.Flag("reporting-contact").value_or("no");
  if (contact != "yes" && contact != "no") {
    throw Failure(FailureCode::kInvalid, "--reporting-contact must be yes or no",
                  "reporting-contact");
  }
  user.reporting_contact = contact == "yes";
  if (user.reporting_contact && user.email.empty()) {
    throw Failure(FailureCode::kInvalid, "a reporting contact needs --email", "email");
  }
  auto conn = OpenConnection(args.DatabaseUrl());
  Migrate(*conn);
  // The operator at the command line acts as an administrator; the audit
  // log names them "cli".
  User operator_user;
  operator_user.name = "cli";
  operator_user.role = Role::kAdmin;
  nlohmann::json body{{"name", user.name},
                      {"organisation", user.organisation},
                      {"role", role},
                      {"language", user.language},
                      {"reporting_contact", user.reporting_contact}};
  if (!user.email.empty()) body["email"] = user.email;
  CreateUser(*conn, operator_user, body);
  std::cout << CliLine("cli_user_created",
                       {{"name", user.name}, {"role", CliRoleName(role)}, {"organisation", user.organisation}});
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
  std::cout << CliLine("cli_password_set", {{"name", name}});
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
