#include "render/qualified_value_text.h"

#include "render/monitor_value_text.h"

namespace fremdrift {

std::string QualifierWords(Qualifier q, const Catalogue& t) {
  if (q == Qualifier::kExact) return "";
  return t.Text("qualifier_words_" + std::string(QualifierKey(q)));
}

std::string QualifiedValueText(double value, Qualifier q, const Indicator& indicator,
                               const Catalogue& t) {
  std::string words = QualifierWords(q, t);
  std::string text = ValueText(value, indicator, t);
  return words.empty() ? text : words + " " + text;
}

}  // namespace fremdrift
