#include "formats/phase_scale_json.h"

#include <set>

#include "formats/plan_json.h"
#include "formats/unknown_fields.h"

namespace fremdrift {

nlohmann::ordered_json PhaseScaleToJson(const PhaseScale& scale) {
  nlohmann::ordered_json phases = nlohmann::ordered_json::array();
  for (const auto& p : scale.phases) {
    phases.push_back({{"key", p.key}, {"name_nb", p.name_nb}, {"name_en", p.name_en}});
  }
  return {{"key", scale.key},
          {"name_nb", scale.name_nb},
          {"name_en", scale.name_en},
          {"source", scale.source},
          {"phases", phases}};
}

PhaseScale PhaseScaleFromJson(const nlohmann::json& in, const std::string& path,
                              std::vector<FieldProblem>& problems) {
  PhaseScale s;
  if (!in.is_object()) {
    problems.push_back({path.empty() ? "$" : path, "must be a JSON object", "not_an_object", {}});
    return s;
  }
  UnknownFields(in, path, {"key", "name_nb", "name_en", "source", "phases"}, problems);
  s.key = StringMember(in, "key", path, true, problems);
  s.name_nb = StringMember(in, "name_nb", path, true, problems);
  s.name_en = StringMember(in, "name_en", path, false, problems);
  s.source = StringMember(in, "source", path, false, problems);
  size_t before = problems.size();
  auto it = in.find("phases");
  if (it == in.end() || !it->is_array()) {
    problems.push_back({path + "phases", "is required: an array of {key, name_nb, name_en}, first phase first",
                        "not_an_array", {}});
  } else {
    for (size_t i = 0; i < it->size(); ++i) {
      std::string p = path + "phases[" + std::to_string(i) + "].";
      const auto& ph = (*it)[i];
      if (!ph.is_object()) {
        problems.push_back({p.substr(0, p.size() - 1), "must be an object {key, name_nb, name_en}",
                            "not_an_object", {}});
        continue;
      }
      UnknownFields(ph, p, {"key", "name_nb", "name_en"}, problems);
      s.phases.push_back({StringMember(ph, "key", p, true, problems), StringMember(ph, "name_nb", p, true, problems),
                          StringMember(ph, "name_en", p, false, problems)});
    }
  }
  if (problems.size() == before) {
    for (auto& p : PhaseScaleProblems(s)) {
      // Required members already reported above are not reported twice.
      if (p.rule == "required" && p.field != "phases") continue;
      if (p.field == "key" && s.key.empty()) continue;
      p.field = path + p.field;
      problems.push_back(std::move(p));
    }
  }
  return s;
}

}  // namespace fremdrift
