#include "formats/indicator_json.h"

#include <set>

#include "domain/period.h"
#include "formats/plan_json.h"

namespace fremdrift {
namespace {

using OJson = nlohmann::ordered_json;

const std::set<std::string> kIndicatorFields = {
    "code", "name", "description", "unit", "unit_label", "direction", "source", "period_type",
    "published", "serves", "kind", "numerator", "denominator", "factor", "parent", "part_number",
    "distribution_dimension", "baseline", "targets", "data_note", "figures_pending",
    "source_ref", "responsible_organisation", "dimension_labels", "data_updated_at"};

OJson DimensionsJson(const DimensionValues& d) {
  OJson j = OJson::object();
  for (const auto& [k, v] : d) j[k] = v;
  return j;
}

bool BoolMember(const nlohmann::json& in, const char* name, const std::string& path,
                bool required, std::vector<FieldProblem>& problems) {
  auto it = in.find(name);
  if (it == in.end() || it->is_null()) {
    if (required) problems.push_back({path + name, "is required (true or false)"});
    return false;
  }
  if (!it->is_boolean()) {
    problems.push_back({path + name, "must be true or false", "not_a_boolean", {}});
    return false;
  }
  return it->get<bool>();
}

DimensionValues DimensionsFrom(const nlohmann::json& v, const std::string& field,
                               std::vector<FieldProblem>& problems) {
  DimensionValues d;
  if (v.is_null()) return d;
  if (!v.is_object()) {
    problems.push_back({field, "must be an object of dimension names to values"});
    return d;
  }
  for (const auto& [k, val] : v.items()) {
    if (!val.is_string() || val.get<std::string>().empty()) {
      problems.push_back({field + "." + k, "must be a non-empty string"});
    } else {
      d[k] = val.get<std::string>();
    }
  }
  return d;
}

std::vector<DimensionLabels> DimensionLabelsFrom(const nlohmann::json& v, const std::string& field,
                                                 std::vector<FieldProblem>& problems) {
  std::vector<DimensionLabels> out;
  if (v.is_null()) return out;
  if (!v.is_array()) {
    problems.push_back({field, "must be an array of {dimension, nb, en, values}", "not_an_array", {}});
    return out;
  }
  for (size_t i = 0; i < v.size(); ++i) {
    std::string p = field + "[" + std::to_string(i) + "].";
    if (!v[i].is_object()) {
      problems.push_back({p.substr(0, p.size() - 1), "must be an object", "not_an_object", {}});
      continue;
    }
    DimensionLabels d{StringMember(v[i], "dimension", p, true, problems),
                      StringMember(v[i], "nb", p, false, problems),
                      StringMember(v[i], "en", p, false, problems),
                      {}};
    if (auto vs = v[i].find("values"); vs != v[i].end() && !vs->is_null()) {
      if (!vs->is_array()) {
        problems.push_back({p + "values", "must be an array of {key, nb, en}", "not_an_array", {}});
      } else {
        for (size_t k = 0; k < vs->size(); ++k) {
          std::string vp = p + "values[" + std::to_string(k) + "].";
          if (!(*vs)[k].is_object()) {
            problems.push_back({vp.substr(0, vp.size() - 1), "must be an object", "not_an_object", {}});
            continue;
          }
          d.values.push_back({StringMember((*vs)[k], "key", vp, true, problems),
                              StringMember((*vs)[k], "nb", vp, true, problems),
                              StringMember((*vs)[k], "en", vp, false, problems)});
        }
      }
    }
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace

OJson DimensionLabelsToJson(const std::vector<DimensionLabels>& labels) {
  OJson j = OJson::array();
  for (const auto& d : labels) {
    OJson values = OJson::array();
    for (const auto& v : d.values) values.push_back({{"key", v.key}, {"nb", v.nb}, {"en", v.en}});
    j.push_back({{"dimension", d.dimension}, {"nb", d.nb}, {"en", d.en}, {"values", values}});
  }
  return j;
}

OJson IndicatorToJson(const Indicator& i) {
  OJson j;
  j["code"] = i.code;
  j["name"] = i.name;
  j["description"] = i.description;
  j["unit"] = i.unit;
  j["unit_label"] = i.unit_label;
  j["direction"] = std::string(DirectionKey(i.direction));
  j["source"] = i.source;
  j["period_type"] = i.period_type;
  j["published"] = i.published;
  j["serves"] = OJson::array();
  for (const auto& s : i.serves) j["serves"].push_back({{"strategy", s.strategy}, {"item", s.item}});
  j["kind"] = std::string(IndicatorKindKey(i.kind));
  j["numerator"] = i.numerator;
  j["denominator"] = i.denominator;
  j["factor"] = i.factor;
  j["parent"] = i.parent;
  j["part_number"] = i.part_number;
  j["distribution_dimension"] = i.distribution_dimension;
  if (i.baseline) {
    j["baseline"] = {{"value", i.baseline->value}, {"period", i.baseline->period},
                     {"note", i.baseline->note}};
  } else {
    j["baseline"] = nullptr;
  }
  j["targets"] = OJson::array();
  for (const auto& t : i.targets) {
    j["targets"].push_back({{"value", t.value}, {"by", t.by.ToIso()}, {"label", t.label},
                            {"dimensions", DimensionsJson(t.dimensions)}});
  }
  j["data_note"] = i.data_note;
  j["figures_pending"] = i.figures_pending;
  j["source_ref"] = i.source_ref;
  // Written only when set, so that bundles without rounds stay as they were.
  if (!i.responsible_organisation.empty()) j["responsible_organisation"] = i.responsible_organisation;
  // Likewise written only when there are labels.
  if (!i.dimension_labels.empty()) j["dimension_labels"] = DimensionLabelsToJson(i.dimension_labels);
  // A date as a source gives it, or null for not known (so that an import
  // of the export keeps it so). Fremdrift's own time of a change (a UTC
  // time) is left out: an import writes the figures anew, at its own time.
  if (i.data_updated_at.empty()) j["data_updated_at"] = nullptr;
  else if (i.data_updated_at.size() <= 10) j["data_updated_at"] = i.data_updated_at;
  return j;
}

OJson IndicatorApiJson(const Indicator& i, const std::vector<std::string>& dimensions) {
  // The id first, then the bundle's fields moved over in their order (an
  // ordered_json's update() looks up and copies each, which a list of a
  // thousand indicators paid for a thousand times).
  OJson fields = IndicatorToJson(i);
  OJson j = OJson::object();
  auto& members = j.get_ref<OJson::object_t&>();
  members.reserve(fields.size() + 5);
  members.emplace_back("id", i.id);
  for (auto& [key, value] : fields.get_ref<OJson::object_t&>()) members.emplace_back(key, std::move(value));
  j["dimensions"] = dimensions;
  j["dimension_labels"] = DimensionLabelsToJson(i.dimension_labels);
  j["data_updated_at"] = i.data_updated_at.empty() ? OJson(nullptr) : OJson(i.data_updated_at);
  j["responsible_organisation"] = i.responsible_organisation.empty() ? OJson(nullptr) : OJson(i.responsible_organisation);
  j["version"] = i.version;
  return j;
}

OJson MeasurementToJson(const Measurement& m) {
  OJson j;
  j["indicator"] = m.indicator;
  j["period"] = m.period;
  j["value"] = m.value ? OJson(*m.value) : OJson(nullptr);
  j["dimensions"] = DimensionsJson(m.dimensions);
  j["status"] = m.provisional ? "provisional" : "final";
  j["qualifier"] = std::string(QualifierKey(m.qualifier));
  j["note"] = m.note;
  j["source_ref"] = m.source_ref;
  return j;
}

Indicator IndicatorFromJson(const nlohmann::json& in, const std::string& path,
                            std::vector<FieldProblem>& problems) {
  Indicator i;
  if (!in.is_object()) {
    problems.push_back({path.empty() ? "$" : path.substr(0, path.size() - 1), "must be an object", "not_an_object", {}});
    return i;
  }
  for (const auto& [k, v] : in.items()) {
    if (!kIndicatorFields.count(k)) problems.push_back({path + k, "is not a known field", "unknown_field", {}});
  }
  i.code = StringMember(in, "code", path, true, problems);
  if (!i.code.empty() && !IsValidIndicatorCode(i.code)) {
    problems.push_back({path + "code", "may hold only letters, digits, '.', '_' and '-' (at most 64)"});
  }
  i.name = StringMember(in, "name", path, true, problems);
  i.description = StringMember(in, "description", path, false, problems);
  i.unit = StringMember(in, "unit", path, true, problems);
  if (!i.unit.empty() && !IsKnownUnit(i.unit)) {
    problems.push_back({path + "unit", "'" + i.unit + "' is not a known unit (see docs/bundle-format.md)"});
  }
  i.unit_label = StringMember(in, "unit_label", path, false, problems);
  std::string dir = StringMember(in, "direction", path, true, problems);
  if (auto d = DirectionFromKey(dir)) i.direction = *d;
  else if (!dir.empty()) problems.push_back({path + "direction", "must be higher_is_better, lower_is_better or none"});
  i.source = StringMember(in, "source", path, false, problems);
  i.period_type = StringMember(in, "period_type", path, true, problems);
  if (!i.period_type.empty() && !PeriodTypeFromKey(i.period_type)) {
    problems.push_back({path + "period_type", "must be year, tertial, quarter, month, week or date"});
  }
  i.published = BoolMember(in, "published", path, true, problems);
  if (auto s = in.find("serves"); s != in.end() && !s->is_null()) {
    if (!s->is_array()) {
      problems.push_back({path + "serves", "must be an array of {strategy, item}"});
    } else {
      for (size_t k = 0; k < s->size(); ++k) {
        std::string p = path + "serves[" + std::to_string(k) + "].";
        if (!(*s)[k].is_object()) {
          problems.push_back({p.substr(0, p.size() - 1), "must be an object {strategy, item}"});
          continue;
        }
        i.serves.push_back({StringMember((*s)[k], "strategy", p, true, problems),
                            StringMember((*s)[k], "item", p, true, problems)});
      }
    }
  }
  std::string kind = StringMember(in, "kind", path, false, problems);
  if (!kind.empty()) {
    if (auto k = IndicatorKindFromKey(kind)) i.kind = *k;
    else problems.push_back({path + "kind", "must be simple, ratio, composite or distribution"});
  }
  i.numerator = StringMember(in, "numerator", path, i.kind == IndicatorKind::kRatio, problems);
  i.denominator = StringMember(in, "denominator", path, i.kind == IndicatorKind::kRatio, problems);
  if (auto f = in.find("factor"); f != in.end() && !f->is_null()) {
    if (f->is_number()) i.factor = f->get<double>();
    else problems.push_back({path + "factor", "must be a number", "not_a_number", {}});
  }
  i.parent = StringMember(in, "parent", path, false, problems);
  if (auto n = in.find("part_number"); n != in.end() && !n->is_null()) {
    if (n->is_number_integer()) i.part_number = n->get<int>();
    else problems.push_back({path + "part_number", "must be an integer", "not_a_whole_number", {}});
  }
  i.distribution_dimension = StringMember(in, "distribution_dimension", path,
                                          i.kind == IndicatorKind::kDistribution, problems);
  if (auto b = in.find("baseline"); b != in.end() && !b->is_null()) {
    std::string p = path + "baseline.";
    if (!b->is_object() || !b->contains("value") || !(*b)["value"].is_number()) {
      problems.push_back({path + "baseline", "must be {value (a number), period, note}"});
    } else {
      Baseline base{(*b)["value"].get<double>(), StringMember(*b, "period", p, true, problems),
                    StringMember(*b, "note", p, false, problems)};
      if (!base.period.empty() && !Period::Parse(base.period)) {
        problems.push_back({p + "period", "'" + base.period + "' is not a period", "not_a_period", {{"period", base.period}}});
      }
      i.baseline = base;
    }
  }
  if (auto ts = in.find("targets"); ts != in.end() && !ts->is_null()) {
    if (!ts->is_array()) {
      problems.push_back({path + "targets", "must be an array", "not_an_array", {}});
    } else {
      for (size_t k = 0; k < ts->size(); ++k) {
        const auto& t = (*ts)[k];
        std::string p = path + "targets[" + std::to_string(k) + "].";
        if (!t.is_object() || !t.contains("value") || !t["value"].is_number()) {
          problems.push_back({p + "value", "is required and must be a number"});
          continue;
        }
        Target target;
        target.value = t["value"].get<double>();
        std::string by = StringMember(t, "by", p, true, problems);
        if (auto d = Date::Parse(by)) target.by = *d;
        else if (!by.empty()) problems.push_back({p + "by", "must be a date YYYY-MM-DD", "not_a_date", {}});
        target.label = StringMember(t, "label", p, false, problems);
        if (t.contains("dimensions")) target.dimensions = DimensionsFrom(t["dimensions"], p + "dimensions", problems);
        i.targets.push_back(target);
      }
    }
  }
  i.data_note = StringMember(in, "data_note", path, false, problems);
  i.figures_pending = BoolMember(in, "figures_pending", path, false, problems);
  i.source_ref = StringMember(in, "source_ref", path, false, problems);
  // null or "" for none.
  if (auto r = in.find("responsible_organisation"); r != in.end() && !r->is_null()) {
    i.responsible_organisation = StringMember(in, "responsible_organisation", path, false, problems);
  }
  if (auto d = in.find("data_updated_at"); d != in.end() && !d->is_null()) {
    i.data_updated_at = StringMember(in, "data_updated_at", path, false, problems);
    if (!i.data_updated_at.empty() && !IsValidDataUpdatedAt(i.data_updated_at)) {
      problems.push_back({path + "data_updated_at", "must be a year, a month, a date or a UTC time",
                          "not_a_date", {}});
    }
  }
  if (auto l = in.find("dimension_labels"); l != in.end()) {
    i.dimension_labels = DimensionLabelsFrom(*l, path + "dimension_labels", problems);
  }
  return i;
}

}  // namespace fremdrift
