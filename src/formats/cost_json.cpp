#include "formats/cost_json.h"

#include <charconv>
#include <set>

#include "domain/cost_sharing_rules.h"
#include "formats/json_members.h"

namespace fremdrift {
namespace {

std::optional<std::string> NumberText(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<int64_t>());
  if (v.is_number_float()) {
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v.get<double>());
    if (res.ec != std::errc()) return std::nullopt;
    std::string text(buf, res.ptr);
    if (text.find('e') != std::string::npos) return std::nullopt;
    return text;
  }
  return std::nullopt;
}

int IntMember(const nlohmann::json& in, const char* name, const std::string& path, bool required,
              int fallback, std::vector<FieldProblem>& problems) {
  if (!in.contains(name) || in[name].is_null()) {
    if (required) problems.push_back({path + name, "is required", "required", {}});
    return fallback;
  }
  if (!in[name].is_number_integer()) {
    problems.push_back({path + name, "must be a whole number", "not_a_whole_number", {}});
    return fallback;
  }
  return in[name].get<int>();
}

// Exact shares as numbers into `exact`, and rounded as text into
// `display` (which also gets cost and change), for every group of `t`.
void FiguresJson(const CostTable& t, Mnok cost, const std::optional<Mnok>& change,
                 const std::map<std::string, Mnok>& shares, Json& exact, Json& display) {
  exact = Json::object();
  display = Json{{"cost", cost.RoundedText(1)},
                 {"change", change ? Json(change->RoundedText(1)) : Json(nullptr)},
                 {"shares", Json::object()}};
  for (const auto& g : t.groups) {
    auto it = shares.find(g.key);
    Mnok share = it == shares.end() ? Mnok() : it->second;
    exact[g.key] = Json::parse(share.ExactText());
    display["shares"][g.key] = share.RoundedText(1);
  }
}

}  // namespace

std::optional<Mnok> MnokFromJson(const nlohmann::json& v, int max_decimals) {
  auto text = NumberText(v);
  if (!text) return std::nullopt;
  return Mnok::Parse(*text, max_decimals);
}

Json MnokToJson(Mnok amount) { return Json::parse(amount.ExactText()); }

Json CostGroupToJson(const CostGroup& g) {
  return {{"key", g.key}, {"name", g.name}, {"sort_order", g.sort_order}, {"source", g.source}};
}

Json NationalSolutionToJson(const NationalSolution& s) {
  return {{"key", s.key},       {"name", s.name},  {"sort_order", s.sort_order},
          {"source", s.source}, {"notes", s.notes}};
}

Json SolutionYearToJson(const SolutionYear& r) {
  Json j;
  j["year"] = r.year;
  j["method"] = std::string(SharingMethodKey(r.method));
  if (r.method != SharingMethod::kOpening) j["change"] = MnokToJson(r.change);
  if (r.method == SharingMethod::kIncreaseOverBase) {
    j["base_year"] = r.base_year ? Json(*r.base_year) : Json(nullptr);
  }
  if (r.method == SharingMethod::kOpening) {
    j["opening_shares"] = Json::object();
    for (const auto& [g, a] : r.opening_shares) j["opening_shares"][g] = MnokToJson(a);
  } else {
    j["key"] = Json::object();
    for (const auto& [g, bp] : r.key) j["key"][g] = Json::parse(KeyPercentText(bp));
  }
  j["source"] = r.source;
  j["notes"] = r.notes;
  return j;
}

void SolutionYearFromJson(const nlohmann::json& in, SolutionYear& out, const std::string& path,
                          const std::vector<std::string>& allowed_extra,
                          std::vector<FieldProblem>& problems) {
  CheckKnown(in, path,
             {"year", "method", "change", "base_year", "key", "opening_shares", "source", "notes"},
             {allowed_extra.begin(), allowed_extra.end()}, problems);
  out.year = IntMember(in, "year", path, true, 0, problems);
  std::string method = StringMember(in, "method", path, true, problems);
  if (auto m = ParseSharingMethod(method)) {
    out.method = *m;
  } else if (!method.empty()) {
    problems.push_back({path + "method", "must be opening, growth or increase_over_base"});
  }
  out.change = Mnok();
  if (in.contains("change") && !in["change"].is_null()) {
    if (auto c = MnokFromJson(in["change"])) {
      out.change = *c;
    } else {
      problems.push_back({path + "change", "must be an amount in MNOK with at most three decimals"});
    }
  } else if (out.method != SharingMethod::kOpening && !method.empty()) {
    problems.push_back({path + "change", "is required (the change from last year's cost, MNOK)"});
  }
  out.base_year.reset();
  if (in.contains("base_year") && !in["base_year"].is_null()) {
    out.base_year = IntMember(in, "base_year", path, false, 0, problems);
  }
  out.key.clear();
  if (in.contains("key")) {
    if (!in["key"].is_object()) {
      problems.push_back({path + "key", "must be an object: group key -> percent"});
    } else {
      for (const auto& [g, v] : in["key"].items()) {
        auto text = NumberText(v);
        auto bp = text ? ParseKeyPercent(*text) : std::nullopt;
        if (!bp) {
          problems.push_back({path + "key." + g, "must be a percent from 0 to 100 with at most two decimals"});
        } else {
          out.key[g] = *bp;
        }
      }
    }
  }
  out.opening_shares.clear();
  if (in.contains("opening_shares")) {
    if (!in["opening_shares"].is_object()) {
      problems.push_back({path + "opening_shares", "must be an object: group key -> MNOK"});
    } else {
      for (const auto& [g, v] : in["opening_shares"].items()) {
        if (auto a = MnokFromJson(v)) {
          out.opening_shares[g] = *a;
        } else {
          problems.push_back({path + "opening_shares." + g,
                              "must be an amount in MNOK with at most three decimals"});
        }
      }
    }
  }
  out.source = StringMember(in, "source", path, false, problems);
  out.notes = StringMember(in, "notes", path, false, problems);
}

CostGroup CostGroupFromJson(const nlohmann::json& in, const std::string& path,
                            std::vector<FieldProblem>& problems) {
  CheckKnown(in, path, {"key", "name", "sort_order", "source"}, {}, problems);
  CostGroup g;
  g.key = StringMember(in, "key", path, true, problems);
  g.name = StringMember(in, "name", path, true, problems);
  g.sort_order = IntMember(in, "sort_order", path, false, 0, problems);
  g.source = StringMember(in, "source", path, false, problems);
  return g;
}

void NationalSolutionFromJson(const nlohmann::json& in, NationalSolution& out,
                              const std::string& path, const std::vector<std::string>& allowed_extra,
                              std::vector<FieldProblem>& problems) {
  CheckKnown(in, path, {"key", "name", "sort_order", "source", "notes"},
             {allowed_extra.begin(), allowed_extra.end()}, problems);
  if (in.contains("key")) out.key = StringMember(in, "key", path, true, problems);
  if (in.contains("name")) out.name = StringMember(in, "name", path, true, problems);
  if (in.contains("sort_order")) out.sort_order = IntMember(in, "sort_order", path, false, 0, problems);
  if (in.contains("source")) out.source = StringMember(in, "source", path, false, problems);
  if (in.contains("notes")) out.notes = StringMember(in, "notes", path, false, problems);
}

Json CostTableToJson(const CostTable& t) {
  Json j;
  j["year"] = t.year;
  j["groups"] = Json::array();
  for (const auto& g : t.groups) j["groups"].push_back({{"key", g.key}, {"name", g.name}});
  j["rows"] = Json::array();
  for (const auto& row : t.rows) {
    Json r;
    r["solution"] = row.solution;
    r["name"] = row.name;
    r["method"] = std::string(SharingMethodKey(row.method));
    r["base_year"] = row.base_year ? Json(*row.base_year) : Json(nullptr);
    r["cost"] = MnokToJson(row.cost);
    r["change"] = row.change ? MnokToJson(*row.change) : Json(nullptr);
    r["key"] = Json::object();
    for (const auto& [g, bp] : row.key) r["key"][g] = Json::parse(KeyPercentText(bp));
    Json shares, display;
    FiguresJson(t, row.cost, row.change, row.shares, shares, display);
    r["shares"] = shares;
    r["display"] = display;
    r["source"] = row.source;
    r["notes"] = row.notes;
    j["rows"].push_back(r);
  }
  Json totals;
  totals["cost"] = MnokToJson(t.total_cost);
  totals["change"] = t.total_change ? MnokToJson(*t.total_change) : Json(nullptr);
  Json shares, display;
  FiguresJson(t, t.total_cost, t.total_change, t.group_totals, shares, display);
  totals["shares"] = shares;
  totals["display"] = display;
  j["totals"] = totals;
  j["rounding"] =
      "Figures are exact; display figures are rounded half away from zero to one decimal, and a "
      "displayed total is the rounded exact total, not the sum of the rounded parts.";
  return j;
}

}  // namespace fremdrift
