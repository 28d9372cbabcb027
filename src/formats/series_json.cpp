#include "formats/series_json.h"

#include "formats/indicator_json.h"

namespace fremdrift {

using OJson = nlohmann::ordered_json;

OJson AchievementToJson(const Achievement& a) {
  auto opt = [](const std::optional<double>& v) { return v ? OJson(*v) : OJson(nullptr); };
  OJson dims = OJson::object();
  for (const auto& [k, v] : a.target.dimensions) dims[k] = v;
  return {{"status", std::string(AchievementStatusKey(a.status))},
          {"reason", std::string(AchievementReasonKey(a.reason))},
          {"explanation", a.Explanation()},
          {"target", {{"value", a.target.value}, {"by", a.target.by.ToIso()},
                      {"label", a.target.label}, {"dimensions", dims}}},
          {"actual", opt(a.actual)},
          {"actual_qualifier", std::string(QualifierKey(a.actual_qualifier))},
          {"actual_period", a.actual_period},
          {"expected", opt(a.expected)},
          {"start", opt(a.start)},
          {"start_period", a.start_period}};
}

OJson SeriesToJson(const SeriesDownload& d) {
  const SeriesQuery& q = d.query;
  OJson ind = IndicatorApiJson(d.indicator, d.series.dimensions);
  OJson j;
  j["indicator"] = ind;
  j["query"] = {{"from", q.from ? OJson(q.from->ToString()) : OJson(nullptr)},
                {"to", q.to ? OJson(q.to->ToString()) : OJson(nullptr)},
                {"by", q.by},
                {"period_type", q.period_type ? OJson(std::string(PeriodTypeKey(*q.period_type)))
                                              : OJson(nullptr)}};
  j["groups"] = d.series.groups;
  // Built member by member into reserved space: a long series is most of
  // the document, and initializer lists would copy every member twice.
  OJson values = OJson::array();
  auto& list = values.get_ref<OJson::array_t&>();
  list.reserve(d.series.values.size());
  for (const auto& v : d.series.values) {
    OJson o(OJson::value_t::object);
    auto& members = o.get_ref<OJson::object_t&>();
    members.reserve(8);
    members.emplace_back("period", v.period);
    members.emplace_back("group", v.group);
    members.emplace_back("value", v.value);
    members.emplace_back("n", v.n);
    members.emplace_back("combined", v.combined);
    members.emplace_back("provisional", v.provisional);
    members.emplace_back("qualifier", std::string(QualifierKey(v.qualifier)));
    members.emplace_back("note", ValueNote(d, v));
    list.push_back(std::move(o));
  }
  j["values"] = std::move(values);
  j["baseline"] = ind["baseline"];
  j["targets"] = ind["targets"];
  j["achievement"] = OJson::array();
  for (const auto& a : d.series.achievements) j["achievement"].push_back(AchievementToJson(a));
  return j;
}

std::string SeriesJson(const SeriesDownload& d) { return SeriesToJson(d).dump(); }

}  // namespace fremdrift
