#include "web/api_cost_sharing.h"

#include <charconv>

#include "app/cost_sharing_service.h"
#include "domain/failure.h"
#include "formats/cost_json.h"
#include "formats/cost_table_csv.h"
#include "formats/cost_table_xlsx.h"
#include "render/cost_table_labels_text.h"
#include "render/url_for.h"
#include "web/request_body.h"
#include "web/page_frame.h"
#include "web/year_param.h"
#include "web/content_disposition.h"
#include "web/json_response.h"

namespace fremdrift {
namespace {

Json GroupJson(const CostGroup& g) {
  Json j = CostGroupToJson(g);
  j["version"] = g.version;
  return j;
}

Json SolutionJson(const NationalSolution& s) {
  Json j = NationalSolutionToJson(s);
  j["version"] = s.version;
  return j;
}

Json YearJson(const SolutionYear& r) {
  Json j;
  j["solution"] = r.solution;
  j.update(SolutionYearToJson(r));
  j["version"] = r.version;
  return j;
}

Response Overview(RequestContext& ctx) {
  Json out;
  out["years"] = Json::array();
  for (int y : CostSharingYears(ctx.db())) {
    out["years"].push_back({{"year", y}, {"url", UrlFor(routes::kApiCostSharingYear, y)}});
  }
  out["groups"] = Json::array();
  for (const auto& g : CostGroups(ctx.db())) out["groups"].push_back(GroupJson(g));
  out["solutions"] = Json::array();
  for (const auto& s : NationalSolutions(ctx.db())) out["solutions"].push_back(SolutionJson(s));
  return JsonResponse(out);
}

Response Table(RequestContext& ctx) {
  return JsonResponse(CostTableToJson(CostSharingTable(ctx.db(), YearParam(ctx, "year"))));
}

Response CostSharingDownload(RequestContext& ctx, bool xlsx) {
  int year = YearParam(ctx, "year");
  CostTable table = CostSharingTable(ctx.db(), year);
  CostTableLabels labels = CostTableLabelsFor(PageCatalogue(ctx), year);
  Response r;
  std::string file = "kostnadsdeling-" + std::to_string(year);
  if (xlsx) {
    r.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    r.body = CostTableXlsx(table, labels);
    file += ".xlsx";
  } else {
    auto sep = ctx.Query("sep").value_or("comma");
    if (sep != "comma" && sep != "semicolon") {
      throw Failure(FailureCode::kInvalid, "sep must be comma or semicolon", "sep");
    }
    r.content_type = "text/csv; charset=utf-8";
    r.body = CostTableCsv(table, labels, sep == "semicolon" ? CsvDialect::kSemicolon : CsvDialect::kComma);
    file += ".csv";
  }
  r.headers.emplace_back("Content-Disposition", ContentDisposition(file));
  return r;
}

Response Solutions(RequestContext& ctx) {
  Json out = Json::array();
  for (const auto& s : NationalSolutions(ctx.db())) out.push_back(SolutionJson(s));
  return JsonResponse(out);
}

Response Solution(RequestContext& ctx) {
  auto s = FindNationalSolution(ctx.db(), ctx.Param("key"));
  if (!s) throw Failure(FailureCode::kNotFound, "no national solution '" + ctx.Param("key") + "'", "key");
  Json out = SolutionJson(*s);
  out["years"] = Json::array();
  for (const auto& r : SolutionYears(ctx.db(), s->key)) out["years"].push_back(YearJson(r));
  return JsonResponse(out);
}

Response PutSolution(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  bool existed = FindNationalSolution(ctx.db(), ctx.Param("key")).has_value();
  auto s = SaveNationalSolution(ctx.db(), user, ctx.Param("key"), JsonBody(ctx));
  return JsonResponse(SolutionJson(s), existed ? kHttpOk : kHttpCreated);
}

Response GetYear(RequestContext& ctx) {
  auto r = FindSolutionYear(ctx.db(), ctx.Param("key"), YearParam(ctx, "year"));
  if (!r) {
    throw Failure(FailureCode::kNotFound,
                  "no cost record for " + ctx.Param("key") + " in " + ctx.Param("year"), "year");
  }
  return JsonResponse(YearJson(*r));
}

Response PutYear(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  int year = YearParam(ctx, "year");
  bool existed = FindSolutionYear(ctx.db(), ctx.Param("key"), year).has_value();
  auto r = SaveSolutionYear(ctx.db(), user, ctx.Param("key"), year, JsonBody(ctx));
  return JsonResponse(YearJson(r), existed ? kHttpOk : kHttpCreated);
}

Response DeleteYear(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  int year = YearParam(ctx, "year");
  auto v = ctx.Query("version");
  int64_t version = 0;
  if (!v || std::from_chars(v->data(), v->data() + v->size(), version).ec != std::errc()) {
    throw Failure(FailureCode::kInvalid, "version is required: the version you read", "version");
  }
  DeleteSolutionYear(ctx.db(), user, ctx.Param("key"), year, version);
  return Response::NoContent();
}

Response Groups(RequestContext& ctx) {
  Json out = Json::array();
  for (const auto& g : CostGroups(ctx.db())) out.push_back(GroupJson(g));
  return JsonResponse(out);
}

Response PutGroup(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  bool existed = FindCostGroup(ctx.db(), ctx.Param("key")).has_value();
  auto g = SaveCostGroup(ctx.db(), user, ctx.Param("key"), JsonBody(ctx));
  return JsonResponse(GroupJson(g), existed ? kHttpOk : kHttpCreated);
}

}  // namespace

void RegisterCostSharingRoutes(Router& r) {
  r.Add("GET", routes::kApiCostSharing, Overview);
  r.Add("GET", routes::kApiCostSharingYear, Table);
  r.Add("GET", routes::kApiCostSharingYearTableCsv, [](RequestContext& c) { return CostSharingDownload(c, false); });
  r.Add("GET", routes::kApiCostSharingYearTableXlsx, [](RequestContext& c) { return CostSharingDownload(c, true); });
  r.Add("GET", routes::kApiCostSharingGroups, Groups);
  r.Add("PUT", routes::kApiCostSharingGroup, PutGroup);
  r.Add("GET", routes::kApiCostSharingSolutions, Solutions);
  r.Add("GET", routes::kApiCostSharingSolution, Solution);
  r.Add("PUT", routes::kApiCostSharingSolution, PutSolution);
  r.Add("GET", routes::kApiCostSharingSolutionYear, GetYear);
  r.Add("PUT", routes::kApiCostSharingSolutionYear, PutYear);
  r.Add("DELETE", routes::kApiCostSharingSolutionYear, DeleteYear);
}

}  // namespace fremdrift
