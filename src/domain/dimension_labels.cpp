#include "domain/dimension_labels.h"

#include <algorithm>
#include <set>

#include "domain/dimension_value.h"
#include "domain/text_field_rules.h"

namespace fremdrift {

const DimensionLabels* FindDimensionLabels(const std::vector<DimensionLabels>& catalogue,
                                           std::string_view dimension) {
  for (const auto& d : catalogue) {
    if (d.dimension == dimension) return &d;
  }
  return nullptr;
}

namespace {

const std::string& InLanguage(const std::string& nb, const std::string& en, std::string_view lang) {
  return lang == "en" && !en.empty() ? en : nb;
}

}  // namespace

std::string DimensionNameLabel(const std::vector<DimensionLabels>& catalogue,
                               std::string_view dimension, std::string_view lang) {
  const DimensionLabels* d = FindDimensionLabels(catalogue, dimension);
  return d ? InLanguage(d->nb, d->en, lang) : std::string();
}

std::string DimensionValueLabelText(const std::vector<DimensionLabels>& catalogue,
                                    std::string_view dimension, std::string_view value,
                                    std::string_view lang) {
  const DimensionLabels* d = FindDimensionLabels(catalogue, dimension);
  if (!d) return "";
  for (const auto& v : d->values) {
    if (v.key == value) return InLanguage(v.nb, v.en, lang);
  }
  return "";
}

std::string DimensionKeyWords(std::string_view key) {
  std::string text(key);
  for (char& c : text) {
    if (c == '-' || c == '_') c = ' ';
  }
  if (text.empty()) return text;
  auto c = static_cast<unsigned char>(text[0]);
  if (c >= 'a' && c <= 'z') {
    text[0] = static_cast<char>(c - 'a' + 'A');
  } else if (c == 0xC3 && text.size() > 1) {
    // æ ø å (and the other Latin-1 small letters) are 0x20 above their capitals.
    auto next = static_cast<unsigned char>(text[1]);
    if (next >= 0xA0 && next <= 0xBE && next != 0xB7) text[1] = static_cast<char>(next - 0x20);
  }
  return text;
}

std::string DimensionNameWords(const std::vector<DimensionLabels>& catalogue,
                               std::string_view dimension, std::string_view lang) {
  std::string label = DimensionNameLabel(catalogue, dimension, lang);
  return label.empty() ? DimensionKeyWords(dimension) : label;
}

std::string DimensionValueWords(const std::vector<DimensionLabels>& catalogue,
                                std::string_view dimension, std::string_view value,
                                std::string_view lang) {
  std::string label = DimensionValueLabelText(catalogue, dimension, value, lang);
  return label.empty() ? DimensionKeyWords(value) : label;
}

std::vector<std::string> OrderedDimensionValues(const std::vector<DimensionLabels>& catalogue,
                                                std::string_view dimension,
                                                std::vector<std::string> values) {
  const DimensionLabels* d = FindDimensionLabels(catalogue, dimension);
  auto rank = [&](const std::string& v) -> size_t {
    if (v.empty()) return 0;
    if (d) {
      for (size_t i = 0; i < d->values.size(); ++i) {
        if (d->values[i].key == v) return i + 1;
      }
    }
    return static_cast<size_t>(-1);
  };
  std::stable_sort(values.begin(), values.end(), [&](const std::string& a, const std::string& b) {
    size_t ra = rank(a), rb = rank(b);
    return ra != rb ? ra < rb : a < b;
  });
  return values;
}

std::vector<FieldProblem> ValidateDimensionLabels(const std::vector<DimensionLabels>& catalogue) {
  std::vector<FieldProblem> problems;
  std::set<std::string> dimensions;
  for (size_t i = 0; i < catalogue.size(); ++i) {
    const DimensionLabels& d = catalogue[i];
    std::string path = "dimension_labels[" + std::to_string(i) + "]";
    if (d.dimension.empty()) {
      problems.push_back({path + ".dimension", "the dimension's key is required",
                          "dimension_label_key_missing", {}});
    } else if (!dimensions.insert(d.dimension).second) {
      problems.push_back({path + ".dimension", "dimension '" + d.dimension + "' is listed twice",
                          "dimension_label_duplicate", {{"key", d.dimension}}});
    }
    CheckTextField(problems, path + ".dimension", d.dimension, TextShape::kLine, kMaxKeyChars);
    CheckTextField(problems, path + ".nb", d.nb, TextShape::kLine, kMaxNameChars);
    CheckTextField(problems, path + ".en", d.en, TextShape::kLine, kMaxNameChars);
    std::set<std::string> keys;
    for (size_t k = 0; k < d.values.size(); ++k) {
      const DimensionValueLabel& v = d.values[k];
      std::string vpath = path + ".values[" + std::to_string(k) + "]";
      if (v.key.empty()) {
        problems.push_back({vpath + ".key", "the value's key is required", "dimension_label_key_missing", {}});
        continue;
      }
      if (!keys.insert(DimensionValueMatchKey(v.key)).second) {
        problems.push_back({vpath + ".key", "value '" + v.key + "' is listed twice (or in another spelling)",
                            "dimension_label_duplicate", {{"key", v.key}}});
      }
      if (v.nb.empty()) {
        problems.push_back({vpath + ".nb", "value '" + v.key + "' needs a label in bokmål",
                            "dimension_label_nb_missing", {{"key", v.key}}});
      }
      CheckTextField(problems, vpath + ".key", v.key, TextShape::kLine, kMaxNameChars);
      CheckTextField(problems, vpath + ".nb", v.nb, TextShape::kLine, kMaxNameChars);
      CheckTextField(problems, vpath + ".en", v.en, TextShape::kLine, kMaxNameChars);
    }
  }
  return problems;
}

}  // namespace fremdrift
