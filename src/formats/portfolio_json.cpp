#include "formats/portfolio_json.h"

#include <set>

#include "formats/plan_json.h"

namespace fremdrift {
namespace {

using OJson = nlohmann::ordered_json;

const std::set<std::string> kPortfolioItemFields = {
    "key", "kind", "programme", "name", "description", "owner", "segment", "phase", "planned_start",
    "planned_end", "forecast_start", "forecast_end", "budget_mnok", "forecast_cost_mnok", "serves_items",
    "serves_indicators", "depends_on", "source"};

OJson ScheduleDateJson(const ScheduleDate& d) { return d.is_none() ? OJson(nullptr) : OJson(d.ToText()); }

OJson NumberJson(const std::optional<double>& v) { return v ? OJson(*v) : OJson(nullptr); }

OJson TextOrNull(const std::string& s) { return s.empty() ? OJson(nullptr) : OJson(s); }

std::vector<std::string> StringList(const nlohmann::json& v, const std::string& path,
                                    std::vector<FieldProblem>& problems) {
  std::vector<std::string> out;
  if (!v.is_array()) {
    problems.push_back({path, "must be an array of strings"});
    return out;
  }
  for (const auto& e : v) {
    if (!e.is_string()) {
      problems.push_back({path, "must be an array of strings"});
      return {};
    }
    out.push_back(e.get<std::string>());
  }
  return out;
}

}  // namespace

OJson PortfolioItemToJson(const PortfolioItem& p) {
  OJson items = OJson::array();
  for (const auto& r : p.serves_items) items.push_back({{"strategy", r.strategy}, {"item", r.item}});
  return {{"key", p.key},
          {"kind", std::string(PortfolioKindKey(p.kind))},
          {"programme", TextOrNull(p.programme)},
          {"name", p.name},
          {"description", p.description},
          {"owner", TextOrNull(p.owner)},
          {"segment", p.segment},
          {"phase", p.phase ? OJson(std::string(PhaseKey(*p.phase))) : OJson(nullptr)},
          {"planned_start", ScheduleDateJson(p.planned_start)},
          {"planned_end", ScheduleDateJson(p.planned_end)},
          {"forecast_start", ScheduleDateJson(p.forecast_start)},
          {"forecast_end", ScheduleDateJson(p.forecast_end)},
          {"budget_mnok", NumberJson(p.budget_mnok)},
          {"forecast_cost_mnok", NumberJson(p.forecast_cost_mnok)},
          {"serves_items", items},
          {"serves_indicators", p.serves_indicators},
          {"depends_on", p.depends_on},
          {"source", p.source}};
}

void ApplyPortfolioItemFields(const nlohmann::json& in, PortfolioItem& item, const std::string& path,
                              const std::vector<std::string>& allowed_extra,
                              std::vector<FieldProblem>& problems) {
  for (const auto& [k, v] : in.items()) {
    bool extra = std::find(allowed_extra.begin(), allowed_extra.end(), k) != allowed_extra.end();
    if (!kPortfolioItemFields.count(k) && !extra) problems.push_back({path + k, "is not a known field", "unknown_field", {}});
  }
  auto text = [&](const char* name, std::string& target, bool nullable) {
    if (!in.contains(name)) return;
    if (in[name].is_null() && nullable) {
      target.clear();
      return;
    }
    target = StringMember(in, name, path, true, problems);
  };
  text("key", item.key, false);
  text("name", item.name, false);
  text("description", item.description, true);
  text("owner", item.owner, true);
  text("segment", item.segment, true);
  text("programme", item.programme, true);
  text("source", item.source, true);
  if (in.contains("kind")) {
    std::string k = StringMember(in, "kind", path, true, problems);
    if (auto kind = PortfolioKindFromKey(k)) item.kind = *kind;
    else if (!k.empty()) problems.push_back({path + "kind", "must be project or programme"});
  }
  if (in.contains("phase")) {
    if (in["phase"].is_null()) {
      item.phase.reset();
    } else {
      std::string k = StringMember(in, "phase", path, true, problems);
      if (auto ph = PhaseFromKey(k)) item.phase = *ph;
      else if (!k.empty()) problems.push_back({path + "phase", "must be konsept, utvikling, tilpasning, innforing or i_bruk"});
    }
  }
  auto date = [&](const char* name, ScheduleDate& target) {
    if (!in.contains(name)) return;
    if (in[name].is_null()) {
      target = ScheduleDate::None();
      return;
    }
    if (!in[name].is_string()) {
      problems.push_back({path + name, "must be YYYY-MM-DD, \"undefined\" or null", "not_a_date_or_undefined", {}});
      return;
    }
    auto d = ScheduleDate::Parse(in[name].get<std::string>());
    if (!d || d->is_none()) problems.push_back({path + name, "must be YYYY-MM-DD, \"undefined\" or null", "not_a_date_or_undefined", {}});
    else target = *d;
  };
  date("planned_start", item.planned_start);
  date("planned_end", item.planned_end);
  date("forecast_start", item.forecast_start);
  date("forecast_end", item.forecast_end);
  auto number = [&](const char* name, std::optional<double>& target) {
    if (!in.contains(name)) return;
    if (in[name].is_null()) target.reset();
    else if (in[name].is_number()) target = in[name].get<double>();
    else problems.push_back({path + name, "must be a number (MNOK) or null"});
  };
  number("budget_mnok", item.budget_mnok);
  number("forecast_cost_mnok", item.forecast_cost_mnok);
  if (in.contains("serves_items")) {
    item.serves_items.clear();
    const auto& v = in["serves_items"];
    if (!v.is_array()) {
      problems.push_back({path + "serves_items", "must be an array of {\"strategy\", \"item\"}"});
    } else {
      for (size_t i = 0; i < v.size(); ++i) {
        std::string p = path + "serves_items[" + std::to_string(i) + "].";
        if (!v[i].is_object()) {
          problems.push_back({path + "serves_items[" + std::to_string(i) + "]", "must be {\"strategy\", \"item\"}"});
          continue;
        }
        item.serves_items.push_back({StringMember(v[i], "strategy", p, true, problems),
                                     StringMember(v[i], "item", p, true, problems)});
      }
    }
  }
  if (in.contains("serves_indicators")) {
    item.serves_indicators = StringList(in["serves_indicators"], path + "serves_indicators", problems);
  }
  if (in.contains("depends_on")) item.depends_on = StringList(in["depends_on"], path + "depends_on", problems);
}

OJson PortfolioAssessmentToJson(const PortfolioAssessment& a) {
  return {{"status", a.status},           {"status_explanation", a.status_explanation},
          {"risk", a.risk},               {"risk_description", a.risk_description},
          {"assessed_by", a.assessed_by}, {"source_ref", a.source_ref}};
}

void ApplyPortfolioAssessmentFields(const nlohmann::json& in, PortfolioAssessment& a, const std::string& path,
                                    std::vector<FieldProblem>& problems) {
  auto text = [&](const char* name, std::string& target) {
    if (in.contains(name)) target = StringMember(in, name, path, false, problems);
  };
  text("status", a.status);
  text("status_explanation", a.status_explanation);
  text("risk", a.risk);
  text("risk_description", a.risk_description);
  text("assessed_by", a.assessed_by);
  text("source_ref", a.source_ref);
  if (!IsPortfolioStatus(a.status)) {
    problems.push_back({path + "status", "must be not_assessed, not_started, on_track, at_risk, off_track, "
                                         "finished or discontinued"});
  }
  if (!IsRiskLevel(a.risk)) problems.push_back({path + "risk", "must be not_assessed, low, medium or high"});
}

}  // namespace fremdrift
