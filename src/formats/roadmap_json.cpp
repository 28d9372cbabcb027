#include "formats/roadmap_json.h"

#include <set>

#include "formats/json_members.h"
#include "formats/plan_json.h"

namespace fremdrift {
namespace {

using OJson = nlohmann::ordered_json;

RoadmapTime TimeMember(const nlohmann::json& in, const char* name, const std::string& path,
                       std::vector<FieldProblem>& problems) {
  if (!in.contains(name) || in[name].is_null()) return RoadmapTime();
  if (in[name].is_string()) {
    if (auto t = RoadmapTime::Parse(in[name].get<std::string>())) return *t;
  }
  problems.push_back({path + name, "must be a year (\"2023\"), a date (YYYY-MM-DD) or null"});
  return RoadmapTime();
}

OJson TimeJson(const RoadmapTime& t) { return t.is_set() ? OJson(t.ToText()) : OJson(nullptr); }

template <typename Fn>
void EachObject(const nlohmann::json& in, const char* name, const std::string& path,
                std::vector<FieldProblem>& problems, Fn fn) {
  if (!in.contains(name)) return;
  const auto& list = in[name];
  if (!list.is_array()) {
    problems.push_back({path + name, "must be an array", "not_an_array", {}});
    return;
  }
  for (size_t i = 0; i < list.size(); ++i) {
    std::string p = path + name + "[" + std::to_string(i) + "]";
    if (!list[i].is_object()) {
      problems.push_back({p, "must be an object", "not_an_object", {}});
      continue;
    }
    fn(list[i], p + ".");
  }
}

}  // namespace

OJson RoadmapActionToJson(const RoadmapAction& a) {
  return {{"key", a.key},
          {"actor_group", a.actor_group},
          {"actor", a.actor},
          {"organisation", a.organisation.empty() ? OJson(nullptr) : OJson(a.organisation)},
          {"what", a.what},
          {"start", TimeJson(a.start)},
          {"end", TimeJson(a.end)},
          {"source", a.source}};
}

OJson RoadmapVersionToJson(const RoadmapVersion& v) {
  OJson services = OJson::array();
  for (const auto& s : v.services) {
    OJson actions = OJson::array();
    for (const auto& a : s.actions) actions.push_back(RoadmapActionToJson(a));
    OJson measures = OJson::array();
    for (const auto& m : s.measures) measures.push_back({{"year", m.year}, {"text", m.text}, {"source", m.source}});
    services.push_back({{"key", s.key},
                        {"title", s.title},
                        {"target", s.target},
                        {"note", s.note},
                        {"source", s.source},
                        {"actions", actions},
                        {"measures", measures}});
  }
  return {{"code", v.code},
          {"title", v.title},
          {"date", v.date ? OJson(v.date->ToIso()) : OJson(nullptr)},
          {"status", std::string(RoadmapStatusKey(v.status))},
          {"based_on", v.based_on.empty() ? OJson(nullptr) : OJson(v.based_on)},
          {"note", v.note},
          {"source", v.source},
          {"services", services}};
}

RoadmapVersion RoadmapVersionFromJson(const nlohmann::json& in, const std::string& path,
                                      const std::vector<std::string>& allowed_extra,
                                      std::vector<FieldProblem>& problems) {
  RoadmapVersion v;
  CheckKnown(in, path, {"code", "title", "date", "status", "based_on", "note", "source", "services"},
             {allowed_extra.begin(), allowed_extra.end()}, problems);
  v.code = StringMember(in, "code", path, true, problems);
  v.title = StringMember(in, "title", path, false, problems);
  v.based_on = StringMember(in, "based_on", path, false, problems);
  v.note = StringMember(in, "note", path, false, problems);
  v.source = StringMember(in, "source", path, false, problems);
  if (in.contains("date") && !in["date"].is_null()) {
    auto d = in["date"].is_string() ? Date::Parse(in["date"].get<std::string>()) : std::nullopt;
    if (d) v.date = d;
    else problems.push_back({path + "date", "must be YYYY-MM-DD or null", "not_a_date", {}});
  }
  std::string status = StringMember(in, "status", path, false, problems);
  if (!status.empty()) {
    if (auto st = RoadmapStatusFromKey(status)) v.status = *st;
    else problems.push_back({path + "status", "must be draft or published"});
  }
  EachObject(in, "services", path, problems, [&](const nlohmann::json& s, const std::string& sp) {
    CheckKnown(s, sp, {"key", "title", "target", "note", "source", "actions", "measures"}, {}, problems);
    RoadmapService svc;
    svc.key = StringMember(s, "key", sp, true, problems);
    svc.title = StringMember(s, "title", sp, true, problems);
    svc.target = StringMember(s, "target", sp, false, problems);
    svc.note = StringMember(s, "note", sp, false, problems);
    svc.source = StringMember(s, "source", sp, false, problems);
    EachObject(s, "actions", sp, problems, [&](const nlohmann::json& a, const std::string& ap) {
      CheckKnown(a, ap, {"key", "actor_group", "actor", "organisation", "what", "start", "end", "source"}, {},
                 problems);
      RoadmapAction act;
      act.key = StringMember(a, "key", ap, true, problems);
      act.actor_group = StringMember(a, "actor_group", ap, false, problems);
      act.actor = StringMember(a, "actor", ap, false, problems);
      act.organisation = StringMember(a, "organisation", ap, false, problems);
      act.what = StringMember(a, "what", ap, true, problems);
      act.start = TimeMember(a, "start", ap, problems);
      act.end = TimeMember(a, "end", ap, problems);
      act.source = StringMember(a, "source", ap, false, problems);
      svc.actions.push_back(std::move(act));
    });
    EachObject(s, "measures", sp, problems, [&](const nlohmann::json& m, const std::string& mp) {
      CheckKnown(m, mp, {"year", "text", "source"}, {}, problems);
      RoadmapMeasure measure;
      if (m.contains("year") && m["year"].is_number_integer()) measure.year = m["year"].get<int>();
      else problems.push_back({mp + "year", "must be a year such as 2023", "not_a_year", {}});
      measure.text = StringMember(m, "text", mp, true, problems);
      measure.source = StringMember(m, "source", mp, false, problems);
      svc.measures.push_back(std::move(measure));
    });
    v.services.push_back(std::move(svc));
  });
  return v;
}

OJson RoadmapDiffToJson(const RoadmapDiff& d) {
  OJson services = OJson::array();
  for (const auto& s : d.services) {
    OJson changes = OJson::array();
    for (const auto& c : s.changes) {
      OJson j{{"kind", std::string(ActionChangeKindKey(c.kind))}, {"key", c.key}};
      j["before"] = c.before ? RoadmapActionToJson(*c.before) : OJson(nullptr);
      j["after"] = c.after ? RoadmapActionToJson(*c.after) : OJson(nullptr);
      j["shift"] = c.shift ? OJson{{"amount", c.shift->amount}, {"unit", c.shift->unit}, {"of", c.shifted}}
                           : OJson(nullptr);
      j["text_changed"] = c.text_changed;
      changes.push_back(j);
    }
    services.push_back({{"key", s.key},
                        {"title", s.title},
                        {"state", std::string(ServiceStateKey(s.state))},
                        {"target_changed", s.target_changed},
                        {"target_before", s.target_before},
                        {"target_after", s.target_after},
                        {"changes", changes}});
  }
  return {{"from", d.from}, {"to", d.to}, {"services", services}};
}

}  // namespace fremdrift
