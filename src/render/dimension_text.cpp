#include "render/dimension_text.h"

#include "domain/dimension_labels.h"

namespace fremdrift {

std::string DimensionNameText(const Indicator& ind, const std::string& dimension, const Catalogue& t) {
  return DimensionNameWords(ind.dimension_labels, dimension, t.lang());
}

std::string DimensionValueText(const Indicator& ind, const std::string& dimension,
                               const std::string& value, const Catalogue& t) {
  return DimensionValueWords(ind.dimension_labels, dimension, value, t.lang());
}

std::string TargetGroupText(const Indicator& ind, const DimensionValues& dims, const Catalogue& t) {
  std::string out;
  for (const auto& [name, value] : dims) {
    out += (out.empty() ? "" : ", ") + DimensionValueText(ind, name, value, t);
  }
  return out;
}

}  // namespace fremdrift
