#include "formats/measurement_json.h"

#include "formats/indicator_json.h"
#include "formats/plan_json.h"

namespace fremdrift {
namespace {

const std::set<std::string> kMeasurementFields = {"indicator", "period", "value", "dimensions",
                                       "status",    "note",   "source_ref", "qualifier"};

}  // namespace

Measurement MeasurementFromJson(const nlohmann::json& in, const std::set<std::string>& extras,
                                std::vector<FieldProblem>& problems) {
  Measurement m;
  if (!in.is_object()) {
    problems.push_back({"$", "must be a JSON object", "not_an_object", {}});
    return m;
  }
  for (const auto& [k, v] : in.items()) {
    if (!kMeasurementFields.count(k) && !extras.count(k)) problems.push_back({k, "is not a known field", "unknown_field", {}});
  }
  m.indicator = StringMember(in, "indicator", "", true, problems);
  m.period = StringMember(in, "period", "", true, problems);
  if (auto v = in.find("value"); v != in.end() && !v->is_null()) {
    if (v->is_number()) m.value = v->get<double>();
    else problems.push_back({"value", "must be a number, or null when data is missing", "not_a_number_or_null", {}});
  }
  if (auto d = in.find("dimensions"); d != in.end() && !d->is_null()) {
    if (!d->is_object()) {
      problems.push_back({"dimensions", "must be an object of dimension names to values"});
    } else {
      for (const auto& [name, value] : d->items()) {
        if (!value.is_string() || value.get<std::string>().empty()) {
          problems.push_back({"dimensions." + name, "must be a non-empty string"});
        } else {
          m.dimensions[name] = value.get<std::string>();
        }
      }
    }
  }
  std::string status = StringMember(in, "status", "", false, problems);
  if (status == "provisional") m.provisional = true;
  else if (!status.empty() && status != "final") problems.push_back({"status", "must be final or provisional"});
  std::string qualifier = StringMember(in, "qualifier", "", false, problems);
  if (auto q = ParseQualifier(qualifier)) m.qualifier = *q;
  else problems.push_back({"qualifier", "must be exact, about, under or over"});
  m.note = StringMember(in, "note", "", false, problems);
  m.source_ref = StringMember(in, "source_ref", "", false, problems);
  return m;
}

nlohmann::ordered_json MeasurementApiJson(const Measurement& m, int64_t version) {
  nlohmann::ordered_json j = MeasurementToJson(m);
  j["version"] = version;
  return j;
}

}  // namespace fremdrift
