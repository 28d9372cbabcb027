// `fremdrift report`: a reporting period's status report as a file, the
// same document that /rapport/{period} serves (docs/reporting.md).
#include <fstream>
#include <iostream>

#include "app/numbered_pdf.h"
#include "app/reporting_service.h"
#include "app/status_report.h"
#include "cli/cli_output.h"
#include "cli/commands.h"
#include "domain/failure.h"
#include "render/i18n.h"
#include "render/report_document.h"
#include "render/report_markdown.h"
#include "storage/connection_pool.h"
#include "storage/migrations.h"
#include "storage/system_clock.h"
#include "web/server.h"

namespace fremdrift {
namespace {

// --format, else the extension of --out (.html/.htm, .md, .pdf).
std::string ReportFormat(const Args& args, const std::string& out) {
  if (auto f = args.Flag("format")) {
    if (*f == "html" || *f == "md" || *f == "pdf") return *f;
    throw Failure(FailureCode::kInvalid, "--format must be html, md or pdf", "format");
  }
  auto ends = [&](const std::string& ext) {
    return out.size() > ext.size() && out.compare(out.size() - ext.size(), ext.size(), ext) == 0;
  };
  if (ends(".html") || ends(".htm")) return "html";
  if (ends(".md")) return "md";
  if (ends(".pdf")) return "pdf";
  throw Failure(FailureCode::kInvalid, "--format is required (html, md or pdf) when --out does not end in one",
                "format");
}

}  // namespace

int ReportCommand(const Args& args) {
  args.AllowOnly({"db", "period", "strategy", "format", "out", "lang", "assets"});
  std::string code = args.Required("period");
  std::string out = args.Required("out");
  std::string format = ReportFormat(args, out);
  std::string lang = args.Flag("lang").value_or("nb");
  if (lang != "nb" && lang != "en") throw Failure(FailureCode::kInvalid, "--lang must be nb or en", "lang");
  if (format == "pdf" && out == "-") {
    throw Failure(FailureCode::kInvalid, "--out - (standard output) is for html and md; give a file for pdf", "out");
  }
  std::string assets = args.Flag("assets").value_or(DefaultAssetsDir());

  auto conn = OpenConnection(args.DatabaseUrl());
  Migrate(*conn);
  // The command line has the whole database: it sees every period, like a
  // signed-in user.
  auto [strategy, period] = FindPeriod(*conn, args.Flag("strategy").value_or(""), code, Viewer::Internal());
  StatusReport report = LoadStatusReport(*conn, strategy, period, Viewer::Internal(), SystemClock().TodayUtc());
  const Catalogue& t = CatalogueFor(assets, lang);

  std::string body;
  if (format == "md") {
    body = ReportMarkdown(report, t) + "\n";
  } else {
    if (format == "pdf") {
      body = PrintHtmlToPdfWithPageNumbers(
          [&](const PageNumbers& pages) { return ReportDocumentHtml(report, t, assets, pages); });
    } else {
      body = ReportDocumentHtml(report, t, assets);
    }
  }
  if (out == "-") {
    std::cout << body;
    return 0;
  }
  std::ofstream file(out, std::ios::binary | std::ios::trunc);
  file << body;
  file.close();
  if (!file) throw Failure(FailureCode::kInvalid, "cannot write " + out, "out");
  std::cout << CliLine("cli_report_written", {{"period", period.code},
                                               {"strategy", strategy.key},
                                               {"format", format},
                                               {"bytes", std::to_string(body.size())},
                                               {"path", out}});
  return 0;
}

}  // namespace fremdrift
