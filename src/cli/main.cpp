// `fremdrift`: the command line of Fremdrift. See cli/cli_help.h or --help.
#include <iostream>
#include <string>

#include "cli/cli_help.h"
#include "cli/cli_language.h"
#include "cli/commands.h"
#include "cli/oidc_flags.h"
#include "domain/failure.h"
#include "web/build_info.h"
#include "web/error_response.h"

namespace fremdrift {
namespace {

bool AsksForHelp(const std::string& arg) { return arg == "--help" || arg == "-h"; }

}  // namespace
}  // namespace fremdrift

int main(int argc, char** argv) {
  using namespace fremdrift;
  std::string cmd = argc > 1 ? argv[1] : "";
  std::string sub = argc > 2 ? argv[2] : "";
  try {
    if (cmd.empty() || AsksForHelp(cmd) || cmd == "help") {
      std::cout << UsageText();
      return cmd.empty() ? 2 : 0;
    }
    // `fremdrift serve --help`, `fremdrift user add -h`: that command's usage.
    for (int i = 2; i < argc; ++i) {
      if (!AsksForHelp(argv[i])) continue;
      bool sub_is_word = !sub.empty() && sub[0] != '-';
      auto one = CommandUsageText(sub_is_word ? cmd + " " + sub : cmd);
      if (!one) one = CommandUsageText(cmd);
      std::cout << one.value_or(UsageText());
      return 0;
    }
    if (cmd == "--version" || cmd == "version") {
      std::cout << "fremdrift " << FremdriftVersion() << "\n";
      return 0;
    }
    if (cmd == "serve") return ServeCommand(Args(argc, argv, 2));
    if (cmd == "migrate") return MigrateCommand(Args(argc, argv, 2));
    if (cmd == "import") return ImportCommand(Args(argc, argv, 2));
    if (cmd == "export") return ExportCommand(Args(argc, argv, 2));
    if (cmd == "user" && sub == "add") return UserAddCommand(Args(argc, argv, 3));
    if (cmd == "user" && sub == "password") return UserPasswordCommand(Args(argc, argv, 3));
    if (cmd == "token" && sub == "create") return TokenCreateCommand(Args(argc, argv, 3));
    if (cmd == "measurements" && sub == "import") return MeasurementsImportCommand(Args(argc, argv, 3));
    if (cmd == "report") return ReportCommand(Args(argc, argv, 2));
    if (cmd == "costs") return CostsCommand(Args(argc, argv, 2));
    if (cmd == "round") return RoundCommand(Args(argc, argv, 2));
    if (cmd == "backup") return BackupCommand(Args(argc, argv, 2));
    if (cmd == "restore") return RestoreCommand(Args(argc, argv, 2));
    if (cmd == "oidc") return OidcCommand(sub, Args(argc, argv, 3));
    bool sub_is_word = !sub.empty() && sub[0] != '-';
    std::string command = cmd + (sub_is_word ? " " + sub : "");
    std::cerr << CliFailureText(Failure(FailureCode::kInvalid, "Unknown command '" + command + "'.", "",
                                        "cli_unknown_command", {{"command", command}}))
              << "\n" << UsageText();
    return 2;
  } catch (const Failure& f) {
    // The database's own words too: the command line is for operators.
    LogEngineDetail(f);
    std::cerr << CliFailureText(f);
    return f.code() == FailureCode::kInvalid ? 2 : 1;
  } catch (const std::exception& e) {
    std::cerr << "fremdrift: " << e.what() << "\n";
    return 1;
  }
}
