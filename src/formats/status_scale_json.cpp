#include "formats/status_scale_json.h"

#include <set>

#include "formats/plan_json.h"
#include "formats/unknown_fields.h"

namespace fremdrift {
namespace {

StatusLevel LevelFromJson(const nlohmann::json& in, const std::string& p, std::vector<FieldProblem>& problems) {
  UnknownFields(in, p, {"key", "name_nb", "name_en", "colour", "shape"}, problems);
  StatusLevel l{StringMember(in, "key", p, true, problems), StringMember(in, "name_nb", p, true, problems),
                StringMember(in, "name_en", p, true, problems), StringMember(in, "colour", p, true, problems)};
  std::string shape = StringMember(in, "shape", p, true, problems);
  if (auto s = StatusShapeFromKey(shape)) {
    l.shape = *s;
  } else if (!shape.empty()) {
    problems.push_back({p + "shape", "must be circle, diamond, triangle, triangle_down or square", "not_a_shape", {}});
  }
  return l;
}

}  // namespace

nlohmann::ordered_json StatusScaleToJson(const StatusScaleRecord& record) {
  nlohmann::ordered_json levels = nlohmann::ordered_json::array();
  for (const auto& l : record.levels) {
    levels.push_back({{"key", l.key},
                      {"name_nb", l.name_nb},
                      {"name_en", l.name_en},
                      {"colour", l.colour},
                      {"shape", std::string(StatusShapeKey(l.shape))}});
  }
  return {{"key", record.key},
          {"name_nb", record.name_nb},
          {"name_en", record.name_en},
          {"source", record.source},
          {"good_end", record.good_end == GoodEnd::kFirst ? "first" : "last"},
          {"levels", levels}};
}

StatusScaleRecord StatusScaleFromJson(const nlohmann::json& in, const std::string& path,
                                      std::vector<FieldProblem>& problems) {
  StatusScaleRecord r;
  if (!in.is_object()) {
    problems.push_back({path.empty() ? "$" : path, "must be a JSON object", "not_an_object", {}});
    return r;
  }
  UnknownFields(in, path, {"key", "name_nb", "name_en", "source", "good_end", "levels"}, problems);
  r.key = StringMember(in, "key", path, true, problems);
  r.name_nb = StringMember(in, "name_nb", path, true, problems);
  r.name_en = StringMember(in, "name_en", path, false, problems);
  r.source = StringMember(in, "source", path, false, problems);
  std::string good_end = in.contains("good_end") ? StringMember(in, "good_end", path, false, problems) : "first";
  if (good_end == "last") {
    r.good_end = GoodEnd::kLast;
  } else if (good_end != "first") {
    problems.push_back({path + "good_end", "must be first or last", "not_a_good_end", {}});
  }
  size_t before = problems.size();
  auto it = in.find("levels");
  if (it == in.end() || !it->is_array()) {
    problems.push_back({path + "levels",
                        "is required: an array of {key, name_nb, name_en, colour, shape}, in the source's order",
                        "not_an_array", {}});
  } else {
    for (size_t i = 0; i < it->size(); ++i) {
      std::string p = path + "levels[" + std::to_string(i) + "].";
      if (!(*it)[i].is_object()) {
        problems.push_back({p.substr(0, p.size() - 1), "must be an object {key, name_nb, name_en, colour, shape}",
                            "not_an_object", {}});
        continue;
      }
      r.levels.push_back(LevelFromJson((*it)[i], p, problems));
    }
  }
  if (problems.size() == before) {
    for (auto& p : StatusScaleProblems(r)) {
      // Required members already reported above are not reported twice.
      if (p.rule == "required" && p.field != "levels" && p.field.find("].key") == std::string::npos) continue;
      if (p.field == "key" && r.key.empty()) continue;
      p.field = path + p.field;
      problems.push_back(std::move(p));
    }
  }
  return r;
}

}  // namespace fremdrift
