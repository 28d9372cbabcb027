#include "cli/cli_help.h"

#include <utility>

#include "cli/cli_language.h"

namespace fremdrift {
namespace {

// Each command and the catalogue key of its entry, in the order shown.
const std::pair<const char*, const char*> kCommands[] = {
    {"serve", "cli_help_serve"},
    {"migrate", "cli_help_migrate"},
    {"import", "cli_help_import"},
    {"export", "cli_help_export"},
    {"user add", "cli_help_user_add"},
    {"user password", "cli_help_user_password"},
    {"token create", "cli_help_token_create"},
    {"measurements import", "cli_help_measurements_import"},
    {"report", "cli_help_report"},
    {"round", "cli_help_round"},
    {"costs", "cli_help_costs"},
    {"backup", "cli_help_backup"},
    {"restore", "cli_help_restore"},
    {"oidc keygen", "cli_help_oidc_keygen"},
    {"oidc org", "cli_help_oidc_org"},
    {"oidc approve", "cli_help_oidc_approve"},
};

// An entry indented under "Commands:".
std::string Indented(const std::string& text) {
  std::string out = "  ";
  for (char c : text) {
    out += c;
    if (c == '\n') out += "  ";
  }
  return out + "\n";
}

}  // namespace

std::string UsageText() {
  const Catalogue& t = CliCatalogue();
  std::string out = t.Text("cli_help_usage") + "\n\n" + t.Text("cli_help_commands") + "\n";
  for (const auto& [command, key] : kCommands) out += Indented(t.Text(key));
  return out + "\n" + t.Text("cli_help_footer") + "\n";
}

std::optional<std::string> CommandUsageText(const std::string& command) {
  const Catalogue& t = CliCatalogue();
  for (const auto& [name, key] : kCommands) {
    if (command == name) return t.Text("cli_help_usage") + "\n\n" + Indented(t.Text(key));
  }
  return std::nullopt;
}

}  // namespace fremdrift
