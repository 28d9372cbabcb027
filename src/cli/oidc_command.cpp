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

std::vector<std::string> CommaList(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

template <typename Settings>
std::string OnOff(const Settings& args, const std::string& name, const std::string& fallback) {
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
  std::cerr << CliLine("cli_oidc_key_written", {{"path", out}});
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

const std::vector<std::string>& OidcServeFlagNames() {
  static const std::vector<std::string> names{
      "password-sign-in", "oidc-issuer", "oidc-client-id", "oidc-client-auth", "oidc-client-key-file",
      "oidc-client-secret-file", "oidc-redirect-uri", "oidc-post-logout-redirect-uri", "oidc-scopes",
      "oidc-prompt", "oidc-acr-values", "oidc-subject-claim", "oidc-name-claim",
      "oidc-organisation-claims", "oidc-default-org", "oidc-subject-key-file", "oidc-api-audience",
      "oidc-discovery-refresh-seconds"};
  return names;
}

OidcSettings OidcSettingsFromFlags(const ServeSettings& args) {
  OidcSettings s;
  s.issuer = args.Flag("oidc-issuer").value_or("");
  if (s.issuer.empty()) {
    for (const auto& name : OidcServeFlagNames()) {
      if (name.rfind("oidc-", 0) == 0 && args.Has(name)) {
        throw Failure(FailureCode::kInvalid, "--" + name + " needs --oidc-issuer", name);
      }
    }
    return s;
  }
  if (s.issuer.rfind("https://", 0) != 0 && s.issuer.rfind("http://127.0.0.1", 0) != 0 &&
      s.issuer.rfind("http://localhost", 0) != 0) {
    throw Failure(FailureCode::kInvalid, "--oidc-issuer must be an https:// URL", "oidc-issuer");
  }
  s.client_id = args.Required("oidc-client-id");
  s.client_auth = args.Flag("oidc-client-auth").value_or(s.client_auth);
  if (s.client_auth != "private_key_jwt" && s.client_auth != "client_secret_basic") {
    throw Failure(FailureCode::kInvalid, "--oidc-client-auth must be private_key_jwt or client_secret_basic",
                  "oidc-client-auth");
  }
  if (s.client_auth == "private_key_jwt") {
    s.client_key_file = args.Required("oidc-client-key-file");
  } else {
    s.client_secret_file = args.Required("oidc-client-secret-file");
  }
  s.redirect_uri = args.Required("oidc-redirect-uri");
  s.post_logout_redirect_uri = args.Flag("oidc-post-logout-redirect-uri").value_or("");
  s.scopes = args.Flag("oidc-scopes").value_or(s.scopes);
  if ((" " + s.scopes + " ").find(" openid ") == std::string::npos) {
    throw Failure(FailureCode::kInvalid, "--oidc-scopes must include openid", "oidc-scopes");
  }
  s.prompt = args.Flag("oidc-prompt").value_or("");
  s.acr_values = args.Flag("oidc-acr-values").value_or("");
  s.subject_claim = args.Flag("oidc-subject-claim").value_or(s.subject_claim);
  s.name_claim = args.Flag("oidc-name-claim").value_or(s.name_claim);
  s.organisation_claims = CommaList(args.Flag("oidc-organisation-claims").value_or(""));
  s.default_organisation = args.Flag("oidc-default-org").value_or("");
  s.subject_key_file = args.Required("oidc-subject-key-file");
  s.api_audience = args.Flag("oidc-api-audience").value_or("");
  if (auto v = args.Flag("oidc-discovery-refresh-seconds")) {
    if (v->empty() || v->size() > 6 || v->find_first_not_of("0123456789") != std::string::npos ||
        std::stoll(*v) < 60) {
      throw Failure(FailureCode::kInvalid, "--oidc-discovery-refresh-seconds must be 60 or more",
                    "oidc-discovery-refresh-seconds");
    }
    s.discovery_refresh_seconds = std::stoll(*v);
  }
  return s;
}

void ApplyOidcFlags(const ServeSettings& args, ServerConfig& config) {
  config.password_sign_in = OnOff(args, "password-sign-in", "on") == "on";
  OidcSettings s = OidcSettingsFromFlags(args);
  if (!s.enabled()) {
    if (!config.password_sign_in) {
      throw Failure(FailureCode::kInvalid, "--password-sign-in off needs --oidc-issuer", "password-sign-in");
    }
    return;
  }
  try {
    config.oidc = std::make_shared<OidcProvider>(s);
  } catch (const std::runtime_error& e) {
    throw Failure(FailureCode::kInvalid, std::string("OpenID Connect: ") + e.what(), "oidc-issuer");
  }
}

int OidcCommand(const std::string& sub, const Args& args) {
  if (sub == "keygen") return Keygen(args);
  if (sub == "org") return Org(args);
  if (sub == "approve") return Approve(args);
  throw Failure(FailureCode::kInvalid, "fremdrift oidc keygen|org|approve", "command");
}

}  // namespace fremdrift
