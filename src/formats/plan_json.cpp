#include "formats/plan_json.h"

#include <algorithm>

namespace fremdrift {
namespace {

const std::vector<std::string> kItemFields = {
    "key", "code", "level", "title", "description", "owners", "user_groups",
    "start", "end", "phase_from", "phase_to", "tentative", "links", "source", "rollup_weight"};

Json DateJson(const ScheduleDate& d) {
  if (d.is_none()) return nullptr;
  return d.ToText();
}

void Problem(std::vector<FieldProblem>& problems, const std::string& field,
             const std::string& message, const std::string& rule = "") {
  problems.push_back({field, message, rule, {}});
}

std::vector<std::string> StringArray(const nlohmann::json& v,
                                     const std::string& field,
                                     std::vector<FieldProblem>& problems) {
  std::vector<std::string> out;
  if (!v.is_array()) {
    Problem(problems, field, "must be an array of strings", "not_an_array");
    return out;
  }
  for (size_t i = 0; i < v.size(); ++i) {
    if (!v[i].is_string()) {
      Problem(problems, field + "[" + std::to_string(i) + "]", "must be a string", "not_a_string");
    } else {
      out.push_back(v[i].get<std::string>());
    }
  }
  return out;
}

std::optional<ScheduleDate> DateField(const nlohmann::json& v,
                                      const std::string& field,
                                      std::vector<FieldProblem>& problems) {
  if (v.is_null()) return ScheduleDate::None();
  if (v.is_string()) {
    auto s = v.get<std::string>();
    if (!s.empty()) {
      if (auto d = ScheduleDate::Parse(s)) return *d;
    }
  }
  Problem(problems, field, "must be a date YYYY-MM-DD, the word \"undefined\", or null", "not_a_date_or_undefined");
  return std::nullopt;
}

// A phase key; whether it is on the strategy's scale is checked with the
// scale (ValidatePlanItem).
std::optional<std::string> PhaseField(const nlohmann::json& v, const std::string& field,
                                      std::vector<FieldProblem>& problems, bool& is_null) {
  is_null = v.is_null();
  if (is_null) return std::nullopt;
  if (v.is_string() && !v.get<std::string>().empty()) return v.get<std::string>();
  Problem(problems, field, "must be a phase key of the strategy's phase scale, or null", "not_a_phase_of_scale");
  return std::nullopt;
}

}  // namespace

std::string StringMember(const nlohmann::json& obj, const std::string& name,
                         const std::string& path, bool required,
                         std::vector<FieldProblem>& problems) {
  auto it = obj.find(name);
  if (it == obj.end() || it->is_null()) {
    if (required) Problem(problems, path + name, "is required", "required");
    return "";
  }
  if (!it->is_string()) {
    Problem(problems, path + name, "must be a string", "not_a_string");
    return "";
  }
  return it->get<std::string>();
}

Json OrganisationToJson(const Organisation& o) {
  return {{"short_name", o.short_name}, {"name", o.name}, {"kind", o.kind},
          {"source", o.source}};
}

Json UserGroupToJson(const UserGroup& g) {
  return {{"key", g.key}, {"name", g.name}, {"source", g.source}};
}

Json StrategyToJson(const Strategy& s) {
  return {{"key", s.key},
          {"name", s.name},
          {"period_start", s.period_start},
          {"period_end", s.period_end},
          {"vision", s.vision},
          {"published", s.published},
          {"level_names", s.level_names},
          {"source", s.source},
          {"status_scale", s.status_scale},
          {"rollup_rule", s.rollup_rule},
          {"cadence", s.cadence},
          {"phase_scale", s.phase_scale}};
}

Json UserToJson(const User& u) {
  return {{"name", u.name}, {"organisation", u.organisation},
          {"role", std::string(RoleName(u.role))}};
}

Json PlanItemFieldsToJson(const PlanItem& p) {
  Json links = Json::array();
  for (const auto& l : p.links) links.push_back({{"title", l.title}, {"url", l.url}});
  Json j;
  j["key"] = p.key;
  j["code"] = p.code;
  j["level"] = p.level;
  j["title"] = p.title;
  j["description"] = p.description;
  j["owners"] = p.owners;
  j["user_groups"] = p.user_groups;
  j["start"] = DateJson(p.start);
  j["end"] = DateJson(p.end);
  j["phase_from"] = p.phases ? Json(p.phases->from) : Json(nullptr);
  j["phase_to"] = p.phases ? Json(p.phases->to) : Json(nullptr);
  j["tentative"] = p.tentative;
  j["links"] = links;
  j["source"] = p.source;
  j["rollup_weight"] = p.rollup_weight;
  return j;
}

void ApplyPlanItemFields(const nlohmann::json& in, PlanItem& item,
                         const std::string& path,
                         const std::vector<std::string>& allowed_extra,
                         std::vector<FieldProblem>& problems) {
  if (!in.is_object()) {
    Problem(problems, path.empty() ? "$" : path, "must be a JSON object", "not_an_object");
    return;
  }
  for (const auto& [name, value] : in.items()) {
    bool known =
        std::find(kItemFields.begin(), kItemFields.end(), name) != kItemFields.end() ||
        std::find(allowed_extra.begin(), allowed_extra.end(), name) != allowed_extra.end();
    if (!known) Problem(problems, path + name, "is not a known field", "unknown_field");
  }
  auto string_field = [&](const char* name, std::string& target) {
    if (!in.contains(name)) return;
    const auto& v = in[name];
    if (v.is_string()) {
      target = v.get<std::string>();
    } else if (v.is_null()) {
      target.clear();
    } else {
      Problem(problems, path + name, "must be a string", "not_a_string");
    }
  };
  string_field("key", item.key);
  string_field("code", item.code);
  string_field("title", item.title);
  string_field("description", item.description);
  string_field("source", item.source);
  if (in.contains("level")) {
    if (in["level"].is_number_integer()) {
      item.level = in["level"].get<int>();
    } else {
      Problem(problems, path + "level", "must be an integer", "not_a_whole_number");
    }
  }
  if (in.contains("owners")) item.owners = StringArray(in["owners"], path + "owners", problems);
  if (in.contains("user_groups")) {
    item.user_groups = StringArray(in["user_groups"], path + "user_groups", problems);
  }
  if (in.contains("start")) {
    if (auto d = DateField(in["start"], path + "start", problems)) item.start = *d;
  }
  if (in.contains("end")) {
    if (auto d = DateField(in["end"], path + "end", problems)) item.end = *d;
  }
  if (in.contains("phase_from") || in.contains("phase_to")) {
    bool from_null = !item.phases, to_null = !item.phases;
    std::optional<std::string> from = item.phases ? std::optional(item.phases->from) : std::nullopt;
    std::optional<std::string> to = item.phases ? std::optional(item.phases->to) : std::nullopt;
    size_t before = problems.size();
    if (in.contains("phase_from")) from = PhaseField(in["phase_from"], path + "phase_from", problems, from_null);
    if (in.contains("phase_to")) to = PhaseField(in["phase_to"], path + "phase_to", problems, to_null);
    if (problems.size() == before) {
      if (from_null && to_null) {
        item.phases.reset();
      } else if (from_null != to_null) {
        Problem(problems, path + (from_null ? "phase_from" : "phase_to"),
                "phase_from and phase_to must both be set or both be null");
      } else {
        item.phases = PhaseRange{*from, *to};
      }
    }
  }
  if (in.contains("rollup_weight")) {
    if (in["rollup_weight"].is_number() && in["rollup_weight"].get<double>() >= 0) {
      item.rollup_weight = in["rollup_weight"].get<double>();
    } else {
      Problem(problems, path + "rollup_weight", "must be a number, 0 or more");
    }
  }
  if (in.contains("tentative")) {
    if (in["tentative"].is_boolean()) {
      item.tentative = in["tentative"].get<bool>();
    } else {
      Problem(problems, path + "tentative", "must be true or false", "not_a_boolean");
    }
  }
  if (in.contains("links")) {
    const auto& v = in["links"];
    if (!v.is_array()) {
      Problem(problems, path + "links", "must be an array of {title, url}");
    } else {
      std::vector<Link> links;
      for (size_t i = 0; i < v.size(); ++i) {
        std::string p = path + "links[" + std::to_string(i) + "].";
        if (!v[i].is_object()) {
          Problem(problems, p.substr(0, p.size() - 1), "must be an object {title, url}");
          continue;
        }
        Link l{StringMember(v[i], "title", p, false, problems),
               StringMember(v[i], "url", p, true, problems)};
        if (!l.url.empty() && l.url.rfind("https://", 0) != 0 &&
            l.url.rfind("http://", 0) != 0) {
          Problem(problems, p + "url", "must start with http:// or https://", "not_a_link");
        }
        links.push_back(l);
      }
      item.links = links;
    }
  }
}

}  // namespace fremdrift
