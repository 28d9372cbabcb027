#include <unistd.h>

#include <fstream>
#include <iostream>

#include "app/measurement_import.h"
#include "cli/cli_output.h"
#include "cli/commands.h"
#include "domain/failure.h"
#include "storage/migrations.h"

namespace fremdrift {
namespace {

// Draws "[=====>    ] 45 %" on stderr, rewriting one line.
void DrawProgress(int64_t done, int64_t total) {
  constexpr int kWidth = 40;
  int percent = total > 0 ? static_cast<int>(done * 100 / total) : 0;
  int filled = percent * kWidth / 100;
  std::string bar(static_cast<size_t>(filled), '=');
  if (filled < kWidth) bar += '>';
  bar.resize(kWidth, ' ');
  std::cerr << "\r[" << bar << "] " << percent << " %" << std::flush;
}

}  // namespace

int MeasurementsImportCommand(const Args& args) {
  args.AllowOnly({"db", "dry-run", "skip-invalid", "format"});
  if (args.positional().size() != 1) {
    throw Failure(FailureCode::kInvalid, "measurements import needs one FILE (.csv or .json)", "FILE");
  }
  const std::string path = args.positional()[0];
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Failure(FailureCode::kNotFound, "cannot open " + path, "FILE");
  std::string format = args.Flag("format").value_or(
      path.size() > 5 && path.substr(path.size() - 5) == ".json" ? "json" : "csv");
  if (format != "csv" && format != "json") {
    throw Failure(FailureCode::kInvalid, "--format must be csv or json", "format");
  }
  in.seekg(0, std::ios::end);
  int64_t total = static_cast<int64_t>(in.tellg());
  in.seekg(0);

  MeasurementImportOptions options;
  options.dry_run = args.Has("dry-run");
  options.skip_invalid = args.Has("skip-invalid");
  options.actor = "cli";
  bool tty = isatty(STDERR_FILENO);
  if (tty) options.progress = [total](int64_t bytes) { DrawProgress(bytes, total); };

  auto conn = OpenConnection(args.DatabaseUrl());
  Migrate(*conn);
  ImportSummary summary = ImportMeasurements(
      *conn, in, format == "json" ? MeasurementFormat::kJson : MeasurementFormat::kCsv, options);
  if (tty) {
    DrawProgress(total, total);
    std::cerr << "\n";
  }
  std::cout << CliSummaryText(summary);
  return summary.status == ImportStatus::kError ? 1 : 0;
}

}  // namespace fremdrift
