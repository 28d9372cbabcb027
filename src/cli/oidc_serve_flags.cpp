// The OpenID Connect flags of `fremdrift serve` (cli/oidc_flags.h,
// docs/sign-in.md): which flags there are, given the provider ids, and the
// settings of each provider they describe.
#include <algorithm>
#include <cstdlib>
#include <sstream>

#include "app/oidc_providers.h"
#include "cli/config_file.h"
#include "cli/oidc_flags.h"
#include "domain/failure.h"
#include "web/page_oidc.h"

namespace fremdrift {
namespace {

// The settings each provider has: --oidc-<setting> for the provider of the
// plain flags, --oidc-<id>-<setting> for the one with id <id>.
const std::vector<std::string>& ProviderSettingNames() {
  static const std::vector<std::string> names{
      "issuer", "client-id", "client-auth", "client-key-file", "client-secret-file", "redirect-uri",
      "post-logout-redirect-uri", "scopes", "prompt", "acr-values", "subject-claim", "name-claim",
      "organisation-claims", "default-org", "api-audience", "display-name-nb", "display-name-en"};
  return names;
}

// The flags every provider shares, and those of the server.
const std::vector<std::string>& SharedFlagNames() {
  static const std::vector<std::string> names{"password-sign-in", "oidc-providers", "oidc-subject-key-file",
                                              "oidc-discovery-refresh-seconds"};
  return names;
}

// The flag of setting `setting` of provider `id`.
std::string FlagOf(const std::string& id, const std::string& setting) {
  return id.empty() ? "oidc-" + setting : "oidc-" + id + "-" + setting;
}

std::vector<std::string> CommaList(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    item.erase(0, item.find_first_not_of(" \t"));
    item.erase(item.find_last_not_of(" \t") + 1);
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

// The value of `oidc-providers` before the settings are read as a whole
// (it decides which flags there are), from the same sources in the same
// order as ServeSettings.
std::string ProvidersValue(const Args& command_line) {
  if (auto v = command_line.Flag("oidc-providers")) return *v;
  if (const char* v = std::getenv("FREMDRIFT_OIDC_PROVIDERS"); v && *v) return v;
  if (auto path = command_line.Flag("config")) return ConfigFileValue(*path, "oidc_providers").value_or("");
  return "";
}

// Whether `id` can name a provider: lower-case letters and digits, a
// letter first, at most 32, and not a word of the sign-in's own paths.
bool IsProviderId(const std::string& id) {
  if (id.empty() || id.size() > 32 || id[0] < 'a' || id[0] > 'z' || id == "svar") return false;
  return std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); });
}

bool IsHttpsOrLoopback(const std::string& url) {
  return url.rfind("https://", 0) == 0 || url.rfind("http://127.0.0.1", 0) == 0 ||
         url.rfind("http://localhost", 0) == 0;
}

bool EndsWith(const std::string& text, const std::string& tail) {
  return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

// The provider ids of --oidc-providers, checked.
std::vector<std::string> ProviderIds(const ServeSettings& args) {
  std::vector<std::string> ids;
  for (const auto& id : CommaList(args.Flag("oidc-providers").value_or(""))) {
    if (!IsProviderId(id)) args.Invalid("oidc-providers", "settings_oidc_provider_id", {{"id", id}});
    if (std::find(ids.begin(), ids.end(), id) != ids.end()) {
      args.Invalid("oidc-providers", "settings_oidc_provider_twice", {{"id", id}});
    }
    ids.push_back(id);
  }
  return ids;
}

}  // namespace

std::vector<std::string> OidcServeFlagNames(const Args& command_line) {
  std::vector<std::string> names = SharedFlagNames();
  std::vector<std::string> ids{""};
  for (const auto& id : CommaList(ProvidersValue(command_line))) {
    // A wrong id is refused with its reason once the settings are read.
    if (IsProviderId(id)) ids.push_back(id);
  }
  for (const auto& id : ids) {
    for (const auto& setting : ProviderSettingNames()) {
      std::string flag = FlagOf(id, setting);
      if (std::find(names.begin(), names.end(), flag) == names.end()) names.push_back(flag);
    }
  }
  return names;
}

OidcSettings OidcSettingsFromFlags(const ServeSettings& args, const std::string& id) {
  auto flag = [&](const std::string& setting) { return FlagOf(id, setting); };
  OidcSettings s;
  s.id = id;
  s.issuer = args.Flag(flag("issuer")).value_or("");
  if (id.empty() && s.issuer.empty()) {
    for (const auto& setting : ProviderSettingNames()) {
      if (args.Has(flag(setting))) {
        args.Invalid(flag(setting), "settings_oidc_needs_issuer", {{"issuer", args.NameOf(flag("issuer"))}});
      }
    }
    return s;
  }
  if (s.issuer.empty()) args.Invalid(flag("issuer"), "settings_required");
  if (!IsHttpsOrLoopback(s.issuer)) args.Invalid(flag("issuer"), "settings_oidc_https");
  s.display_name_nb = args.Flag(flag("display-name-nb")).value_or("");
  s.display_name_en = args.Flag(flag("display-name-en")).value_or("");
  s.client_id = args.Required(flag("client-id"));
  s.client_auth = args.Flag(flag("client-auth")).value_or(s.client_auth);
  if (s.client_auth != "private_key_jwt" && s.client_auth != "client_secret_basic") {
    args.Invalid(flag("client-auth"), "settings_oidc_client_auth");
  }
  if (s.client_auth == "private_key_jwt") {
    s.client_key_file = args.Required(flag("client-key-file"));
  } else {
    s.client_secret_file = args.Required(flag("client-secret-file"));
  }
  s.redirect_uri = args.Required(flag("redirect-uri"));
  // The answer of a provider with an id comes to its own path, which the
  // registered redirect URI must name.
  const std::string callback = OidcCallbackPath(id);
  if (!id.empty() && !EndsWith(s.redirect_uri, callback)) {
    args.Invalid(flag("redirect-uri"), "settings_oidc_redirect_path", {{"path", callback}});
  }
  s.post_logout_redirect_uri = args.Flag(flag("post-logout-redirect-uri")).value_or("");
  s.scopes = args.Flag(flag("scopes")).value_or(s.scopes);
  if ((" " + s.scopes + " ").find(" openid ") == std::string::npos) {
    args.Invalid(flag("scopes"), "settings_oidc_scopes");
  }
  s.prompt = args.Flag(flag("prompt")).value_or("");
  s.acr_values = args.Flag(flag("acr-values")).value_or("");
  s.subject_claim = args.Flag(flag("subject-claim")).value_or(s.subject_claim);
  s.name_claim = args.Flag(flag("name-claim")).value_or(s.name_claim);
  s.organisation_claims = CommaList(args.Flag(flag("organisation-claims")).value_or(""));
  s.default_organisation = args.Flag(flag("default-org")).value_or("");
  s.api_audience = args.Flag(flag("api-audience")).value_or("");
  // What every provider shares.
  s.subject_key_file = args.Required("oidc-subject-key-file");
  s.discovery_refresh_seconds =
      args.WholeNumber("oidc-discovery-refresh-seconds", 60, 999999, s.discovery_refresh_seconds);
  return s;
}

void ApplyOidcFlags(const ServeSettings& args, ServerConfig& config) {
  const std::string password = args.Flag("password-sign-in").value_or("on");
  if (password != "on" && password != "off") args.Invalid("password-sign-in", "settings_oidc_on_off");
  config.password_sign_in = password == "on";

  std::vector<OidcSettings> wanted;
  if (OidcSettings plain = OidcSettingsFromFlags(args); plain.enabled()) wanted.push_back(plain);
  for (const auto& id : ProviderIds(args)) wanted.push_back(OidcSettingsFromFlags(args, id));
  if (wanted.empty()) {
    for (const auto& shared : {"oidc-subject-key-file", "oidc-discovery-refresh-seconds"}) {
      if (args.Has(shared)) args.Invalid(shared, "settings_oidc_needs_provider");
    }
    if (!config.password_sign_in) args.Invalid("password-sign-in", "settings_oidc_needs_provider");
    return;
  }
  auto providers = std::make_shared<OidcProviders>();
  for (const auto& s : wanted) {
    const std::string issuer_flag = FlagOf(s.id, "issuer");
    try {
      providers->Add(std::make_shared<OidcProvider>(s));
    } catch (const std::runtime_error& e) {
      args.Invalid(issuer_flag, "settings_oidc_provider_failed", {{"reason", e.what()}});
    }
  }
  config.oidc = providers;
}

}  // namespace fremdrift
