// The subcommands of `fremdrift`. Each returns the process exit code and
// throws Failure for errors that main() prints.
#pragma once

#include "cli/args.h"

namespace fremdrift {

int ServeCommand(const Args& args);    // serve --db URL --port N --bind ADDR
int MigrateCommand(const Args& args);  // migrate --db URL
int ImportCommand(const Args& args);   // import --db URL PATH
int ExportCommand(const Args& args);   // export --db URL  (to stdout)
int UserAddCommand(const Args& args);  // user add --db URL --name --org --role
int TokenCreateCommand(const Args& args);  // token create --db URL --name
// user password --db URL --name NAME  (the password on standard input)
int UserPasswordCommand(const Args& args);
// measurements import --db URL FILE [--dry-run] [--skip-invalid] [--format csv|json]
int MeasurementsImportCommand(const Args& args);
// report --db URL --period CODE [--strategy KEY] --format html|md|pdf --out FILE [--lang nb|en]
int ReportCommand(const Args& args);
// costs --db URL --year YEAR [--format table|csv] [--lang nb|en] [--sep comma|semicolon]
int CostsCommand(const Args& args);
int BackupCommand(const Args& args);   // backup --db URL --out FILE
int RestoreCommand(const Args& args);  // restore --db URL FILE

// round --db URL --period CODE [--strategy KEY] --deadline YYYY-MM-DDTHH:MM
//       [--reminders 14,3] [--levels 3,4] [--no-weekly]
int RoundCommand(const Args& args);

}  // namespace fremdrift
