#include <iostream>

#include "cli/cli_output.h"
#include "cli/commands.h"
#include "domain/failure.h"
#include "storage/database_backup.h"
#include "storage/migrations.h"
#include "storage/sql_connection.h"

namespace fremdrift {

int BackupCommand(const Args& args) {
  args.AllowOnly({"db", "out"});
  if (!args.positional().empty()) {
    throw Failure(FailureCode::kInvalid, "backup takes no PATH; name the file with --out FILE", "out");
  }
  const std::string out = args.Required("out");
  BackupDatabase(args.DatabaseUrl(), out);
  std::cout << CliLine("cli_backed_up", {{"path", out}});
  return 0;
}

int RestoreCommand(const Args& args) {
  args.AllowOnly({"db"});
  if (args.positional().size() != 1) {
    throw Failure(FailureCode::kInvalid, "restore needs one FILE (made by fremdrift backup)", "FILE");
  }
  const std::string url = args.DatabaseUrl();
  const std::string in = args.positional()[0];
  RestoreDatabase(url, in);
  // A backup of an older release is brought up to this one's schema.
  auto conn = OpenConnection(url);
  int applied = Migrate(*conn);
  std::cout << CliLine("cli_restored", {{"path", in},
                                         {"version", std::to_string(SchemaVersion(*conn))},
                                         {"count", std::to_string(applied)}});
  return 0;
}

}  // namespace fremdrift
