#include "web/api_downloads.h"

#include "web/server.h"

#include <cstdio>
#include <functional>

#include "app/indicator_series.h"
#include "app/indicator_stamps.h"
#include "app/series_notes.h"
#include "app/visibility.h"
#include "domain/failure.h"
#include "formats/sdmx_csv.h"
#include "formats/series_csv.h"
#include "formats/series_json.h"
#include "formats/series_xlsx.h"
#include "render/i18n.h"
#include "render/series_about_text.h"
#include "web/api_indicators.h"
#include "web/series_cache.h"
#include "web/series_query.h"
#include "web/unchanged_reads.h"
#include "web/content_disposition.h"
#include "web/error_response.h"

namespace fremdrift {
namespace {

struct DownloadFormat {
  const routes::RouteSpec& route;
  const char* suffix;        // after the code in the path and the file name
  const char* content_type;
  std::function<std::string(const SeriesDownload&, const RequestContext&)> write;
};

CsvDialect DialectOf(const RequestContext& ctx) {
  auto sep = ctx.Query("sep").value_or("");
  if (sep.empty() || sep == "comma") return CsvDialect::kComma;
  if (sep == "semicolon") return CsvDialect::kSemicolon;
  throw Failure(FailureCode::kInvalid, "sep must be comma or semicolon", "sep");
}

const DownloadFormat kFormats[] = {
    {routes::kApiIndicatorSeriesCsv, "series.csv", "text/csv; charset=utf-8",
     [](const SeriesDownload& d, const RequestContext& ctx) { return SeriesCsv(d, DialectOf(ctx)); }},
    {routes::kApiIndicatorSeriesXlsx, "series.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
     [](const SeriesDownload& d, const RequestContext&) { return SeriesXlsx(d); }},
    {routes::kApiIndicatorSeriesJson, "series.json", "application/json; charset=utf-8",
     [](const SeriesDownload& d, const RequestContext&) { return SeriesJson(d); }},
    {routes::kApiIndicatorSeriesSdmxCsv, "series.sdmx.csv", "application/vnd.sdmx.data+csv;version=2.0.0",
     [](const SeriesDownload& d, const RequestContext&) { return SdmxCsv(d); }},
};

// "kj-kommune.csv" for series.csv: the code is already safe in a header.
std::string FileName(const std::string& code, const DownloadFormat& f) {
  std::string suffix = f.suffix;
  return code + suffix.substr(suffix.find('.'));
}

// The data version the download is made from. A ratio is computed from
// its numerator and denominator, whose imports do not bump its own version.
// The id is part of it: an indicator deleted and created again under the
// same code starts again at version 1.
std::optional<IndicatorStamp> StampOf(RequestContext& ctx, const std::string& code) {
  return ReadUnlessUnchanged<std::optional<IndicatorStamp>>(
      ctx, "indicator-stamp|" + code, [&] { return IndicatorStampOf(ctx.db(), code); });
}

std::string DataVersion(RequestContext& ctx, const IndicatorStamp& stamp) {
  std::string v = std::to_string(stamp.id) + "v" + std::to_string(stamp.version);
  if (stamp.kind == "ratio") {
    for (const auto& code : {stamp.numerator, stamp.denominator}) {
      auto part = StampOf(ctx, code);
      v += '.';
      v += part ? std::to_string(part->id) + "v" + std::to_string(part->version) : "0";
    }
  }
  return v;
}

std::string Etag(const std::string& body) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "\"%016zx\"", std::hash<std::string>{}(body));
  return buf;
}

Response DownloadsDownload(RequestContext& ctx, const DownloadFormat& f, bool attachment) {
  // A cache hit costs one small query, the indicator's stamp, and on
  // SQLite none while nothing was committed (web/unchanged_reads.h).
  const std::string& code = ctx.Param("code");
  auto stamp = StampOf(ctx, code);
  if (!stamp || !MaySeeIndicator(Viewer::Of(ctx.user()), stamp->published)) {
    throw Failure(FailureCode::kNotFound, "no indicator '" + code + "'", "code");
  }
  SeriesQuery q = SeriesQueryFromRequest(ctx);
  const std::string file_name = FileName(code, f);
  // The language of the labels and of the workbook's explanation: asked
  // for by ?lang= or Accept-Language (the monitor's links carry the page's
  // language), else bokmål.
  std::string lang = RequestedLanguage(ctx.request());
  if (lang.empty()) lang = "nb";
  // The database URL keeps servers over different databases in one
  // process (as in tests) apart.
  const std::string address = ctx.pool().url() + "|" + f.suffix + "|" + code + "|" + lang + "|" + ctx.uri();
  const std::string version = DataVersion(ctx, *stamp);
  auto entry = SeriesCache::Shared().Get(address, version);
  // Tried on an I/O thread: only an answer kept in memory goes out there.
  if (!entry && ctx.answering_inline()) throw RequestContext::NotInline{};
  if (!entry) {
    Indicator ind = VisibleIndicator(ctx, code);
    SeriesDownload d;
    d.series = ReadSeries(ctx.db(), ind, q, ctx.config().achievement);
    d.notes = ReadSeriesNotes(ctx.db(), ind, d.series, q);
    d.query = q;
    d.lang = lang;
    d.about = SeriesAbout(ind, d.series, q, CatalogueFor(ctx.config().assets_dir, lang));
    d.indicator = std::move(ind);
    auto body = std::make_shared<const std::string>(f.write(d, ctx));
    std::string etag = Etag(*body);
    entry = std::make_shared<const SeriesCache::Entry>(
        SeriesCache::Entry{std::move(body), std::move(etag), f.content_type});
    SeriesCache::Shared().Put(address, version, entry);
  }
  Response r{kHttpOk, entry->content_type, "", {}, nullptr};
  if (ctx.request().Header("If-None-Match") == entry->etag) r.status = kHttpNotModified;
  else r.shared_body = entry->body;
  r.headers.emplace_back("ETag", entry->etag);
  r.headers.emplace_back("Cache-Control", "no-cache");
  r.headers.emplace_back("Vary", "Accept-Language");
  if (attachment) {
    r.headers.emplace_back("Content-Disposition", ContentDisposition(file_name));
  }
  return r;
}

}  // namespace

Response ServeSeries(RequestContext& ctx, const std::string& suffix, bool attachment) {
  for (const auto& f : kFormats) {
    if (suffix == f.suffix) return DownloadsDownload(ctx, f, attachment);
  }
  throw Failure(FailureCode::kNotFound, "no download format " + suffix);
}

void RegisterDownloadRoutes(Router& router) {
  for (const auto& f : kFormats) {
    router.AddTriedInline(f.route, [&f](RequestContext& ctx) { return DownloadsDownload(ctx, f, true); });
  }
}

}  // namespace fremdrift
