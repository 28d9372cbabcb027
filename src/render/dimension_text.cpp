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

std::string DimensionTextLanguage(const Indicator& ind, const std::string& dimension,
                                  const std::string& value, const Catalogue& t) {
  if (t.lang() == "nb") return "nb";
  // A label missing in the reader's language falls back to bokmål.
  auto words = [&](std::string_view lang) {
    return value.empty() ? DimensionNameWords(ind.dimension_labels, dimension, lang)
                         : DimensionValueWords(ind.dimension_labels, dimension, value, lang);
  };
  return words(t.lang()) != words("nb") ? t.lang() : "nb";
}

std::string TargetGroupText(const Indicator& ind, const DimensionValues& dims, const Catalogue& t) {
  std::string out;
  for (const auto& [name, value] : dims) {
    out += (out.empty() ? "" : ", ") + DimensionValueText(ind, name, value, t);
  }
  return out;
}

}  // namespace fremdrift
