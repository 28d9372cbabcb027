// `fremdrift`: the command line of Fremdrift. See UsageText() or --help.
#include <iostream>
#include <string>

#include "cli/cli_language.h"
#include "cli/commands.h"
#include "cli/oidc_flags.h"
#include "domain/failure.h"
#include "web/build_info.h"

namespace fremdrift {

const char* UsageText() {
  return R"(Usage: fremdrift COMMAND [OPTIONS]

Commands:
  serve   --db URL [--port 8080] [--bind 127.0.0.1] [--assets DIR]
          [--achievement-tolerance 0.1] [--session-idle-minutes 60]
          [--trust-proxy no|yes]
          [--smtp smtp://HOST:PORT | smtp+starttls://HOST:PORT --mail-from ADDRESS
           [--smtp-user USER --smtp-password-file FILE]] [--public-url URL]
          [--mail-retry-seconds 30] [--mail-retry-max-seconds 3600]
          [--mail-schedule-seconds 60]
          [--threads 16] [--io-threads 2] [--header-timeout 5] [--body-grace 5]
          [--min-body-rate 4096] [--request-timeout 60] [--max-body-mib 8]
          [--max-import-mib 256] [--max-anonymous-kib 64] [--shutdown-timeout 20]
          [--access-log yes|no] [--metrics-token-file FILE] [--config FILE]
          [--oidc-issuer URL --oidc-client-id ID --oidc-redirect-uri URL
           --oidc-subject-key-file FILE (--oidc-client-key-file FILE |
           --oidc-client-auth client_secret_basic --oidc-client-secret-file FILE)
           ... (docs/sign-in.md)] [--oidc-providers ID,ID
           --oidc-ID-issuer URL ... (the same settings per provider)]
          [--password-sign-in on|off]
          Run the web server and the API, and send the reporting round's
          mail (without --smtp it is written to the log). Every option can
          also be a key of the --config file (max_body_mib = 8) or an
          environment variable (FREMDRIFT_MAX_BODY_MIB=8); flags win.
  migrate --db URL
          Apply pending database migrations (serve does this too).
  import  --db URL PATH [--dry-run]
          Import a bundle: a .json file or a folder of them (data/demo).
          --dry-run checks it all and prints what an import would create
          and update, and writes nothing.
  export  --db URL
          Write the whole dataset as a bundle to standard output.
  user add --db URL --name NAME --org SHORTNAME --role admin|editor|reader
          [--email ADDRESS] [--lang nb|en] [--reporting-contact no|yes]
          Create a user; a reporting contact gets the round's mail.
  user password --db URL --name NAME
          Set a user's password for signing in to the web pages, read from
          the first line of standard input (at least 10 characters). Ends
          the user's sessions.
  token create --db URL --name NAME
          Create an API token for a user and print it (shown only once).
  measurements import --db URL FILE [--dry-run] [--skip-invalid] [--format csv|json]
          Import measurements from CSV or JSON in one transaction and print
          the import summary. Without --skip-invalid one bad row means
          nothing is written.
  report  --db URL --period CODE [--strategy KEY] --format html|md|pdf
          --out FILE [--lang nb|en] [--assets DIR]
          Write a reporting period's status report (as /rapport/CODE shows
          it). PDF needs Chromium (apt-get install chromium). --out - writes
          html or md to standard output.
  round   --db URL --period CODE [--strategy KEY] --deadline YYYY-MM-DDTHH:MM
          [--reminders 14,3] [--levels 3,4] [--no-weekly]
          Open a reporting round on an open period: its deadline (Norwegian
          time), reminder days and the strategy's reporting levels.
  costs   --db URL --year YEAR [--format table|csv] [--lang nb|en]
          [--sep comma|semicolon]
          Print a year's cost sharing of the national solutions (as
          /kostnadsdeling/YEAR shows it): cost, change and each group's share.
  backup  --db URL --out FILE
          Write a consistent snapshot of the whole database to FILE while
          the server runs (SQLite: online backup API; PostgreSQL: pg_dump).
  restore --db URL FILE
          Replace the database's content with backup FILE (stop the server
          first).
  oidc keygen --out FILE
          Make the client's key pair for OpenID Connect sign-in: the private
          JWK goes to FILE (mode 0600), the public JWK set to standard output
          to register with HelseID or ID-porten (docs/sign-in.md).
  oidc org --db URL --org SHORT --number ORGNR [--auto-approve on|off]
          Give an organisation its organisation number, which the
          provider's claims name, and whether its people are approved at
          their first sign-in.
  oidc approve --db URL --name NAME --role admin|editor|reader
          Approve a user who signed in through the provider and waits.

fremdrift --version prints the version.

URL is sqlite:PATH or postgresql://USER@HOST:PORT/DB. Without --db,
$FREMDRIFT_DB is used, else sqlite:var/fremdrift.db.
)";
}

}  // namespace fremdrift

int main(int argc, char** argv) {
  using namespace fremdrift;
  std::string cmd = argc > 1 ? argv[1] : "";
  std::string sub = argc > 2 ? argv[2] : "";
  try {
    if (cmd.empty() || cmd == "--help" || cmd == "-h" || cmd == "help") {
      std::cout << UsageText();
      return cmd.empty() ? 2 : 0;
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
    std::cerr << CliFailureText(f);
    return f.code() == FailureCode::kInvalid ? 2 : 1;
  } catch (const std::exception& e) {
    std::cerr << "fremdrift: " << e.what() << "\n";
    return 1;
  }
}
