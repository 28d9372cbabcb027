// `fremdrift costs`: a year's cost-sharing table (docs/cost-sharing.md) as
// text or CSV on standard output, the same figures as /kostnadsdeling/YEAR.
#include <charconv>
#include <iostream>

#include "app/cost_sharing_service.h"
#include "cli/commands.h"
#include "domain/failure.h"
#include "formats/cost_table_csv.h"
#include "formats/cost_table_text.h"
#include "render/cost_table_labels_text.h"
#include "render/i18n.h"
#include "storage/migrations.h"
#include "web/server.h"

namespace fremdrift {

int CostsCommand(const Args& args) {
  args.AllowOnly({"db", "year", "format", "lang", "assets", "sep"});
  std::string year_text = args.Required("year");
  int year = 0;
  auto [end, ec] = std::from_chars(year_text.data(), year_text.data() + year_text.size(), year);
  if (ec != std::errc() || end != year_text.data() + year_text.size()) {
    throw Failure(FailureCode::kInvalid, "--year must be a year such as 2022", "year");
  }
  std::string format = args.Flag("format").value_or("table");
  if (format != "table" && format != "csv") {
    throw Failure(FailureCode::kInvalid, "--format must be table or csv", "format");
  }
  std::string lang = args.Flag("lang").value_or("nb");
  if (lang != "nb" && lang != "en") throw Failure(FailureCode::kInvalid, "--lang must be nb or en", "lang");
  std::string sep = args.Flag("sep").value_or("comma");
  if (sep != "comma" && sep != "semicolon") {
    throw Failure(FailureCode::kInvalid, "--sep must be comma or semicolon", "sep");
  }
  auto conn = OpenConnection(args.DatabaseUrl());
  Migrate(*conn);
  CostTable table = CostSharingTable(*conn, year);
  CostTableLabels labels =
      CostTableLabelsFor(CatalogueFor(args.Flag("assets").value_or(DefaultAssetsDir()), lang), year);
  if (format == "csv") {
    std::cout << CostTableCsv(table, labels, sep == "semicolon" ? CsvDialect::kSemicolon : CsvDialect::kComma);
  } else {
    std::cout << CostTableText(table, labels);
  }
  return 0;
}

}  // namespace fremdrift
