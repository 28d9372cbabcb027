#include "formats/benefit_json.h"

#include <set>

#include "formats/json_text_field.h"

namespace fremdrift {

nlohmann::ordered_json BenefitToJson(const Benefit& b) {
  nlohmann::ordered_json j;
  j["key"] = b.key;
  j["description"] = b.description;
  j["kind"] = std::string(BenefitKindKey(b.kind));
  j["owner"] = b.owner;
  j["items"] = b.items;
  j["indicator"] = b.indicator.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(b.indicator);
  j["baseline"] = b.baseline;
  j["target"] = b.target;
  j["by"] = b.by ? nlohmann::ordered_json(b.by->ToIso()) : nlohmann::ordered_json(nullptr);
  j["state"] = std::string(BenefitStateKey(b.state));
  j["comment"] = b.comment;
  j["version"] = b.version;
  return j;
}

Benefit BenefitFromJson(const nlohmann::json& in, const std::string& path, std::vector<FieldProblem>& problems) {
  static const std::set<std::string> kFields = {"key",    "description", "kind", "owner",   "items",  "indicator",
                                                "baseline", "target",    "by",   "state",   "comment", "version"};
  Benefit b;
  const std::string p = path.empty() ? "" : path + ".";
  if (!in.is_object()) {
    problems.push_back({path.empty() ? "$" : path, "must be an object"});
    return b;
  }
  for (const auto& [k, v] : in.items()) {
    if (!kFields.count(k)) problems.push_back({p + k, "is not a known field"});
  }
  auto text = [&](const char* name) { return OptionalTextField(in, name, p, problems); };
  b.key = text("key");
  b.description = text("description");
  std::string kind = text("kind");
  if (auto k = ParseBenefitKind(kind.empty() ? "other" : kind)) b.kind = *k;
  else problems.push_back({p + "kind", "must be quality, time, cost or other", "not_a_choice",
                           {{"value", kind}, {"choices", "quality, time, cost, other"}}});
  b.owner = text("owner");
  if (auto it = in.find("items"); it != in.end() && !it->is_null()) {
    if (!it->is_array()) {
      problems.push_back({p + "items", "must be an array of \"<strategy>/<item>\""});
    } else {
      for (size_t i = 0; i < it->size(); ++i) {
        if ((*it)[i].is_string()) b.items.push_back((*it)[i].get<std::string>());
        else problems.push_back({p + "items[" + std::to_string(i) + "]", "must be a string"});
      }
    }
  }
  b.indicator = text("indicator");
  b.baseline = text("baseline");
  b.target = text("target");
  std::string by = text("by");
  if (!by.empty()) {
    b.by = Date::Parse(by);
    if (!b.by) problems.push_back({p + "by", "must be a date, YYYY-MM-DD", "not_a_date", {}});
  }
  std::string state = text("state");
  if (auto s = ParseBenefitState(state.empty() ? "planned" : state)) b.state = *s;
  else problems.push_back({p + "state", "must be planned, realising, realised or not_realised", "not_a_choice",
                           {{"value", state}, {"choices", "planned, realising, realised, not_realised"}}});
  b.comment = text("comment");
  for (auto problem : BenefitProblems(b)) {
    if (problem.field.rfind("items[", 0) == 0 && problems.size() && problems.back().field == p + problem.field) continue;
    problem.field = p + problem.field;
    problems.push_back(std::move(problem));
  }
  return b;
}

}  // namespace fremdrift
