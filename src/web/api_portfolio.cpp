#include "web/api_portfolio.h"

#include "app/organisation_reads.h"
#include "app/portfolio_service.h"
#include "domain/failure.h"
#include "render/url_for.h"
#include "web/request_body.h"
#include "domain/portfolio_assessment.h"
#include "formats/portfolio_json.h"
#include "web/api_roadmap_versions.h"
#include "web/json_response.h"

namespace fremdrift {
namespace {

using OJson = nlohmann::ordered_json;

OJson PortfolioAssessmentJson(const PeriodAssessment& pa) {
  OJson j{{"id", pa.assessment.id}, {"strategy", pa.strategy}, {"period", pa.period},
          {"period_state", pa.period_state}};
  j.update(PortfolioAssessmentToJson(pa.assessment));
  j["assessed_at"] = pa.assessment.assessed_at;
  j["version"] = pa.assessment.version;
  return j;
}

OJson EntryJson(const PortfolioEntry& e, const std::vector<PortfolioEntry>& all) {
  OJson j{{"id", e.item.id}};
  j.update(PortfolioItemToJson(e.item));
  OJson projects = OJson::array();
  for (const auto& other : all) {
    if (other.item.programme == e.item.key) projects.push_back(other.item.key);
  }
  j["projects"] = projects;
  j["status"] = e.status();
  j["status_explanation"] = e.current ? e.current->assessment.status_explanation : "";
  j["risk"] = e.risk();
  j["risk_description"] = e.current ? e.current->assessment.risk_description : "";
  j["assessed_in"] = e.current ? OJson{{"strategy", e.current->strategy}, {"period", e.current->period}}
                               : OJson(nullptr);
  j["delayed"] = IsDelayed(e.item);
  j["version"] = e.item.version;
  return j;
}

OJson EntryJson(SqlConnection& conn, const std::string& key, const Viewer& viewer) {
  auto all = ListPortfolio(conn, viewer);
  for (const auto& e : all) {
    if (e.item.key == key) {
      OJson j = EntryJson(e, all);
      j["history"] = OJson::array();
      for (const auto& a : PortfolioHistory(conn, e.item.id, viewer)) j["history"].push_back(PortfolioAssessmentJson(a));
      return j;
    }
  }
  throw Failure(FailureCode::kNotFound, "no portfolio item '" + key + "'", "key");
}

void CheckWord(const std::optional<std::string>& value, const char* field, bool ok, const std::string& expected) {
  if (value && !ok) throw Failure(FailureCode::kInvalid, std::string(field) + " must be " + expected, field);
}

Response ApiListPortfolioItems(RequestContext& ctx) {
  auto status = ctx.Query("status");
  auto kind = ctx.Query("kind");
  auto owner = ctx.Query("owner");
  auto risk = ctx.Query("risk");
  CheckWord(status, "status", status && IsPortfolioStatus(*status),
            "not_assessed, not_started, on_track, at_risk, off_track, finished or discontinued");
  CheckWord(risk, "risk", risk && IsRiskLevel(*risk), "not_assessed, low, medium or high");
  CheckWord(kind, "kind", kind && PortfolioKindFromKey(*kind).has_value(), "project or programme");
  // An owner that names no organisation is refused, so a typo is not
  // mistaken for "no items".
  if (owner && !FindOrganisation(ctx.db(), *owner)) {
    throw Failure(FailureCode::kInvalid, "owner: no organisation with short name '" + *owner + "'", "owner");
  }
  auto all = ListPortfolio(ctx.db(), Viewer::Of(ctx.user()));
  OJson out = OJson::array();
  for (const auto& e : all) {
    if (status && e.status() != *status) continue;
    if (risk && e.risk() != *risk) continue;
    if (kind && PortfolioKindKey(e.item.kind) != *kind) continue;
    if (owner && e.item.owner != *owner) continue;
    out.push_back(EntryJson(e, all));
  }
  return JsonResponse(out);
}

Response ApiGetPortfolioItem(RequestContext& ctx) {
  OJson j = EntryJson(ctx.db(), ctx.Param("key"), Viewer::Of(ctx.user()));
  Response r = JsonResponse(j);
  r.headers.emplace_back("ETag", std::string(1, '"').append(std::to_string(j["version"].get<int64_t>())).append(1, '"'));
  return r;
}

Response ApiCreatePortfolioItem(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  PortfolioItem item = CreatePortfolioItem(ctx.db(), user, JsonBody(ctx));
  Response r = JsonResponse(EntryJson(ctx.db(), item.key, Viewer::Of(user)), kHttpCreated);
  r.headers.emplace_back("Location", UrlFor(routes::kApiPortfolioItem, item.key));
  return r;
}

Response ApiUpdatePortfolioItem(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  PortfolioItem item = UpdatePortfolioItem(ctx.db(), user, ctx.Param("key"), JsonBody(ctx));
  return JsonResponse(EntryJson(ctx.db(), item.key, Viewer::Of(user)));
}

Response ApiDeletePortfolioItem(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  std::string text = ctx.Query("version").value_or(ctx.request().Header("If-Match"));
  if (text.size() >= 2 && text.front() == '"' && text.back() == '"') text = text.substr(1, text.size() - 2);
  if (text.empty() || text.size() > 15 || text.find_first_not_of("0123456789") != std::string::npos) {
    throw Failure(FailureCode::kInvalid, "version is required (?version=N or If-Match) and must be a number",
                  "version");
  }
  DeletePortfolioItem(ctx.db(), user, ctx.Param("key"), std::stoll(text));
  return Response::NoContent();
}

Response ApiListPortfolioAssessments(RequestContext& ctx) {
  Viewer viewer = Viewer::Of(ctx.user());
  auto entry = FindPortfolioEntry(ctx.db(), ctx.Param("key"), viewer);
  OJson out = OJson::array();
  for (const auto& a : PortfolioHistory(ctx.db(), entry.item.id, viewer)) out.push_back(PortfolioAssessmentJson(a));
  return JsonResponse(out);
}

Response ApiPutPortfolioAssessment(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  auto a = SavePortfolioAssessment(ctx.db(), user, ctx.Param("key"), ctx.Query("strategy").value_or(""),
                                   ctx.Param("period"), JsonBody(ctx));
  return JsonResponse(PortfolioAssessmentJson(a));
}

Response ApiPortfolioSummary(RequestContext& ctx) {
  auto s = SummarisePortfolio(ListPortfolio(ctx.db(), Viewer::Of(ctx.user())));
  auto pairs = [](const std::vector<std::pair<std::string, int>>& list, const char* name) {
    OJson out = OJson::array();
    for (const auto& [k, n] : list) out.push_back({{name, k.empty() ? OJson(nullptr) : OJson(k)}, {"count", n}});
    return out;
  };
  OJson delays = OJson::array();
  for (const auto& d : s.delays) {
    delays.push_back({{"phase", std::string(PhaseKey(d.phase))}, {"items", d.items}, {"with_dates", d.with_dates},
                      {"delayed", d.delayed}, {"share", d.share ? OJson(*d.share) : OJson(nullptr)}});
  }
  OJson j{{"items", s.items},
          {"programmes", s.programmes},
          {"projects", s.projects},
          {"by_status", pairs(s.by_status, "status")},
          {"by_risk", pairs(s.by_risk, "risk")},
          {"by_segment", pairs(s.by_segment, "segment")},
          {"delays", delays}};
  return JsonResponse(j);
}

}  // namespace

void RegisterPortfolioRoutes(Router& r) {
  r.Add("GET", routes::kApiPortfolio, ApiPortfolioSummary);
  r.Add("GET", routes::kApiPortfolioItems, ApiListPortfolioItems);
  r.Add("POST", routes::kApiPortfolioItems, ApiCreatePortfolioItem);
  r.Add("GET", routes::kApiPortfolioItem, ApiGetPortfolioItem);
  r.Add("PUT", routes::kApiPortfolioItem, ApiUpdatePortfolioItem);
  r.Add("DELETE", routes::kApiPortfolioItem, ApiDeletePortfolioItem);
  r.Add("GET", routes::kApiPortfolioItemAssessments, ApiListPortfolioAssessments);
  r.Add("PUT", routes::kApiPortfolioItemAssessment, ApiPutPortfolioAssessment);
  RegisterRoadmapVersionRoutes(r);
}

}  // namespace fremdrift
