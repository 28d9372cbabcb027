#include <sys/stat.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "app/jose.h"
#include "app/oidc_admin.h"
#include "cli/cli_output.h"
#include "cli/oidc_flags.h"
#include "domain/failure.h"
#include "storage/migrations.h"
#include "storage/sql_connection.h"

namespace fremdrift {
namespace {

// The command line acts as an admin named "cli".
User CliAdmin() {
  User u;
  u.name = "cli";
  u.role = Role::kAdmin;
  return u;
}

std::string OnOff(const Args& args, const std::string& name, const std::string& fallback) {
  std::string v = args.Flag(name).value_or(fallback);
  if (v != "on" && v != "off") throw Failure(FailureCode::kInvalid, "--" + name + " must be on or off", name);
  return v;
}

int Keygen(const Args& args) {
  args.AllowOnly({"out"});
  const std::string out = args.Required("out");
  struct stat st;
  if (stat(out.c_str(), &st) == 0) {
    throw Failure(FailureCode::kInvalid, out + " exists; remove it first or choose another --out", "out");
  }
  const std::string jwk = KeygenPrivateJwk();
  {
    mode_t old = umask(077);
    std::ofstream f(out);
    umask(old);
    if (!f) throw Failure(FailureCode::kInvalid, "cannot write " + out, "out");
    f << jwk << "\n";
  }
  chmod(out.c_str(), 0600);
  std::cerr << "Wrote the private key to " << out
            << " (keep it secret: --oidc-client-key-file). Register this public key with the provider:\n";
  std::cout << nlohmann::json{{"keys", {PublicJwk(jwk)}}}.dump(2) << "\n";
  return 0;
}

int Org(const Args& args) {
  args.AllowOnly({"db", "org", "number", "auto-approve"});
  auto conn = OpenConnection(args.DatabaseUrl());
  Migrate(*conn);
  const std::string auto_approve = OnOff(args, "auto-approve", "off");
  SetOrganisationNumber(*conn, CliAdmin(), args.Required("org"), args.Required("number"), auto_approve == "on");
  std::cout << CliLine(auto_approve == "on" ? "cli_org_number_auto" : "cli_org_number",
                       {{"org", args.Required("org")}, {"number", args.Required("number")}});
  return 0;
}

int Approve(const Args& args) {
  args.AllowOnly({"db", "name", "role"});
  auto role = RoleFromName(args.Required("role"));
  if (!role) throw Failure(FailureCode::kInvalid, "--role must be admin, editor or reader", "role");
  auto conn = OpenConnection(args.DatabaseUrl());
  Migrate(*conn);
  User u = ApproveUser(*conn, CliAdmin(), args.Required("name"), *role);
  std::cout << CliLine("cli_user_approved", {{"name", u.name}, {"role", CliRoleName(RoleName(u.role))}});
  return 0;
}

}  // namespace

int OidcCommand(const std::string& sub, const Args& args) {
  if (sub == "keygen") return Keygen(args);
  if (sub == "org") return Org(args);
  if (sub == "approve") return Approve(args);
  throw Failure(FailureCode::kInvalid, "fremdrift oidc keygen|org|approve", "command");
}

}  // namespace fremdrift
