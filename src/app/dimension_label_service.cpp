#include "app/dimension_label_service.h"

#include <algorithm>

#include "app/indicator_service.h"
#include "domain/failure.h"
#include "formats/indicator_json.h"
#include "storage/indicator_store.h"
#include "storage/measurement_row_store.h"

namespace fremdrift {

Indicator LabelledIndicator(SqlConnection& conn, const std::string& code) {
  auto ind = IndicatorStore(conn).FindByCode(code);
  if (!ind) throw Failure(FailureCode::kNotFound, "no indicator '" + code + "'", "code");
  return *ind;
}

std::vector<DimensionChoice> DimensionChoices(SqlConnection& conn, const Indicator& ind) {
  std::vector<DimensionChoice> out;
  std::vector<std::string> names = IndicatorStore(conn).Dimensions(ind.id);
  const size_t used = names.size();  // positions 1..used hold measurement values
  for (const auto& d : ind.dimension_labels) {
    if (std::find(names.begin(), names.end(), d.dimension) == names.end()) names.push_back(d.dimension);
  }
  MeasurementRowStore rows(conn);
  for (size_t i = 0; i < names.size(); ++i) {
    DimensionChoice c{names[i], "", "", {}};
    if (const DimensionLabels* d = FindDimensionLabels(ind.dimension_labels, names[i])) {
      c.nb = d->nb;
      c.en = d->en;
      c.values = d->values;
    }
    if (i < used) {
      for (const auto& v : rows.DimensionValues(ind.id, static_cast<int>(i + 1))) {
        bool known = std::any_of(c.values.begin(), c.values.end(),
                                 [&](const DimensionValueLabel& l) { return l.key == v; });
        if (!known) c.values.push_back({v, "", ""});
      }
    }
    out.push_back(std::move(c));
  }
  return out;
}

Indicator SaveDimensionLabels(SqlConnection& conn, const User& actor, const std::string& code,
                              int64_t version, const std::vector<DimensionLabels>& labels) {
  nlohmann::json body{{"version", version},
                      {"dimension_labels", nlohmann::json::parse(DimensionLabelsToJson(labels).dump())}};
  return UpdateIndicator(conn, actor, code, body);
}

}  // namespace fremdrift
