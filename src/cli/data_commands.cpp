#include <iostream>

#include "app/bundle.h"
#include "cli/cli_output.h"
#include "cli/commands.h"
#include "domain/failure.h"
#include "formats/bundle_files.h"
#include "storage/connection_pool.h"
#include "storage/migrations.h"

namespace fremdrift {

int MigrateCommand(const Args& args) {
  args.AllowOnly({"db"});
  auto conn = OpenConnection(args.DatabaseUrl());
  int applied = Migrate(*conn);
  std::cout << CliLine("cli_migrated", {{"count", std::to_string(applied)},
                                         {"version", std::to_string(SchemaVersion(*conn))}});
  return 0;
}

int ImportCommand(const Args& args) {
  args.AllowOnly({"db", "dry-run"});
  if (args.positional().size() != 1) {
    throw Failure(FailureCode::kInvalid, "import needs one PATH (a .json file or a folder)", "PATH");
  }
  auto files = ReadBundleFiles(args.positional()[0]);
  auto conn = OpenConnection(args.DatabaseUrl());
  Migrate(*conn);
  bool dry_run = args.Flag("dry-run").has_value();
  auto summary = ImportBundle(*conn, files, "cli", dry_run);
  std::cout << CliLine(dry_run ? "cli_checked" : "cli_imported", {{"path", args.positional()[0]}})
            << CliSummaryText(summary);
  return 0;
}

int ExportCommand(const Args& args) {
  args.AllowOnly({"db"});
  auto conn = OpenConnection(args.DatabaseUrl());
  Migrate(*conn);
  std::cout << ExportBundle(*conn);
  return 0;
}

}  // namespace fremdrift
