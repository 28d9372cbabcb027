#include "domain/agenda_case.h"

#include <algorithm>
#include <cctype>

namespace fremdrift {
namespace {

bool IsCaseSlug(std::string_view s) {
  if (s.empty() || s.size() > 100) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
  });
}

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "strategy/rest" with both parts non-empty and no further slash.
bool IsPair(std::string_view s) {
  auto slash = s.find('/');
  return slash != std::string_view::npos && slash > 0 && slash + 1 < s.size() &&
         s.find('/', slash + 1) == std::string_view::npos && s.size() <= 200;
}

}  // namespace

std::string_view CaseStatusKey(CaseStatus s) {
  switch (s) {
    case CaseStatus::kPlanned: return "planned";
    case CaseStatus::kHandled: return "handled";
    case CaseStatus::kPostponed: return "postponed";
    case CaseStatus::kWithdrawn: return "withdrawn";
  }
  return "planned";
}

std::optional<CaseStatus> CaseStatusFromKey(std::string_view key) {
  for (auto s : {CaseStatus::kPlanned, CaseStatus::kHandled, CaseStatus::kPostponed,
                 CaseStatus::kWithdrawn}) {
    if (CaseStatusKey(s) == key) return s;
  }
  return std::nullopt;
}

std::string CaseNumberLabel(int number, int year) {
  int yy = ((year % 100) + 100) % 100;
  return std::to_string(number) + "/" + (yy < 10 ? "0" : "") + std::to_string(yy);
}

int NextCaseNumber(int last_given) { return std::max(last_given, 0) + 1; }

const std::vector<std::string>& CaseLinkKinds() {
  static const std::vector<std::string> kKinds = {"plan_item",       "indicator",        "portfolio_item",
                                                  "roadmap_version", "reporting_period", "report",
                                                  "cost_sharing",    "app_catalogue",    "health_app"};
  return kKinds;
}

std::string CaseLinkProblem(const CaseLink& link) {
  const auto& kinds = CaseLinkKinds();
  if (std::find(kinds.begin(), kinds.end(), link.kind) == kinds.end()) {
    return "kind must be one of plan_item, indicator, portfolio_item, roadmap_version, "
           "reporting_period, report, cost_sharing, app_catalogue, health_app";
  }
  const std::string& r = link.reference;
  if (link.kind == "plan_item" || link.kind == "reporting_period" || link.kind == "report") {
    return IsPair(r) ? "" : "reference must be STRATEGY/" +
                                std::string(link.kind == "plan_item" ? "ITEM" : "PERIOD") +
                                ", e.g. nes-2023-2030/" + (link.kind == "plan_item" ? "4A" : "2023-Q1");
  }
  if (link.kind == "indicator") {
    bool ok = !r.empty() && r.size() <= 100 && std::all_of(r.begin(), r.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
    });
    return ok ? "" : "reference must be an indicator code";
  }
  if (link.kind == "app_catalogue") return IsCaseSlug(r) ? "" : "reference must be an app catalogue key";
  if (link.kind == "health_app") return IsCaseSlug(r) ? "" : "reference must be a health app key";
  if (link.kind == "portfolio_item") return IsCaseSlug(r) ? "" : "reference must be a portfolio item key";
  if (link.kind == "roadmap_version") {
    auto dot = r.find('.');
    bool ok = dot != std::string::npos && IsDigits(r.substr(0, dot)) && IsDigits(r.substr(dot + 1)) &&
              r.size() <= 10;
    return ok ? "" : "reference must be a roadmap version such as 22.2";
  }
  // cost_sharing
  return r.size() == 4 && IsDigits(r) ? "" : "reference must be a year such as 2023";
}

}  // namespace fremdrift
