// /indikatorer/last-opp: uploading a file of measurements in the browser
// (web/page_indicators.h). The file goes through the same import as the
// API and the command line (app/measurement_import.h) and the page shows
// the same summary.
#include <sstream>

#include "app/measurement_import.h"
#include "domain/failure.h"
#include "domain/indicator_rules.h"
#include "render/form_view.h"
#include "render/problem_text.h"
#include "render/url_for.h"
#include "web/error_response.h"
#include "web/import_summary_view.h"
#include "web/object_history.h"
#include "web/page_frame.h"
#include "web/page_indicators.h"

namespace fremdrift {
namespace {

struct UploadState {
  bool dry_run = false;
  bool skip_invalid = false;
  std::string file_error;
  std::optional<ImportSummary> summary;
};

Response UploadPage(RequestContext& ctx, const UploadState& s, int status) {
  const User& user = ctx.RequireUser();
  const Catalogue& t = PageCatalogue(ctx);
  if (!MayEditIndicators(user)) {
    throw Failure(FailureCode::kForbidden,
                  "Only editors and administrators may change indicators and measurements.",
                  "", "indform_forbidden", {});
  }
  FormField file;
  file.name = "fil";
  file.label = t.Text("indform_upload_file");
  file.kind = FormField::Kind::kFile;
  file.required = true;
  file.hint = t.Text("indform_upload_file_hint");
  file.error = s.file_error;
  FormField options;
  options.name = "valg";
  options.label = t.Text("indform_upload_options");
  options.kind = FormField::Kind::kCheckboxes;
  options.options = {{"dry_run", t.Text("indform_upload_dry_run")},
                     {"skip_invalid", t.Text("indform_upload_skip_invalid")}};
  if (s.dry_run) options.selected.push_back("dry_run");
  if (s.skip_invalid) options.selected.push_back("skip_invalid");
  mstch::map view{
      {"action", UrlFor(routes::kMeasurementUpload)},
      {"form", FormView({file, options})},
      {"has_summary", s.summary.has_value()},
      {"nav_indicators", true},
      {"breadcrumbs", mstch::array{mstch::map{{"url", UrlFor(routes::kHome)}, {"text", t.Text("nav_home")}},
                                   mstch::map{{"url", UrlFor(routes::kIndicators)},
                                              {"text", t.Text("indform_list_title")}}}},
  };
  if (s.summary) view["summary"] = ImportSummaryView(*s.summary, t);
  view.merge(ObjectHistory(ctx, "measurements", ""));
  return RenderPage(ctx, "measurement_upload", t.Text("indform_upload_title"), std::move(view), "", status);
}

Response UploadForm(RequestContext& ctx) { return UploadPage(ctx, {}, kHttpOk); }

// JSON when the file says so by name or type; CSV otherwise.
MeasurementFormat MeasurementUploadFormatOf(const UploadedFile& f) {
  auto ends_with = [&](const char* suffix) {
    std::string s = suffix;
    return f.filename.size() >= s.size() && f.filename.compare(f.filename.size() - s.size(), s.size(), s) == 0;
  };
  if (ends_with(".json") || f.content_type.find("json") != std::string::npos) return MeasurementFormat::kJson;
  return MeasurementFormat::kCsv;
}

Response UploadPost(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  const Catalogue& t = PageCatalogue(ctx);
  if (!MayEditIndicators(user)) {
    throw Failure(FailureCode::kForbidden,
                  "Only editors and administrators may change indicators and measurements.",
                  "", "indform_forbidden", {});
  }
  const FormData& form = ctx.Form();
  UploadState s;
  for (const auto& v : form.GetAll("valg")) {
    if (v == "dry_run") s.dry_run = true;
    if (v == "skip_invalid") s.skip_invalid = true;
  }
  const UploadedFile* file = form.File("fil");
  if (!file || (file->filename.empty() && file->content.empty())) {
    s.file_error = t.Text("indform_upload_no_file");
    return UploadPage(ctx, s, HttpStatus(FailureCode::kInvalid));
  }
  MeasurementImportOptions options;
  options.dry_run = s.dry_run;
  options.skip_invalid = s.skip_invalid;
  options.actor = user.name;
  std::istringstream in(file->content);
  try {
    s.summary = ImportMeasurements(ctx.db(), in, MeasurementUploadFormatOf(*file), options);
  } catch (const Failure& f) {
    if (f.code() != FailureCode::kInvalid) throw;
    s.file_error = FailureText(t, f);
    return UploadPage(ctx, s, HttpStatus(FailureCode::kInvalid));
  }
  return UploadPage(ctx, s,
                    s.summary->status == ImportStatus::kError ? HttpStatus(FailureCode::kConflict) : kHttpOk);
}

}  // namespace

void RegisterMeasurementUploadRoutes(Router& router) {
  router.Add("GET", routes::kMeasurementUpload, UploadForm);
  router.Add("POST", routes::kMeasurementUpload, UploadPost);
}

}  // namespace fremdrift
