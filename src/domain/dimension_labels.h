// The label catalogue of an indicator's breakdowns ("dimensions"): for each
// dimension its name in bokmål and English, and for each of its values
// (stored as a key such as "hjemmebaserte-tjenester") the words people read
// ("Hjemmebaserte tjenester" / "Home-based services") and their order.
// Pages, charts, tables and downloads show these labels; keys appear only
// in the API and in URLs (docs/indicators.md, "Labels of breakdowns").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/failure.h"

namespace fremdrift {

// One value of a dimension: its stored key and its labels. An empty `en`
// reads as `nb`.
struct DimensionValueLabel {
  std::string key;
  std::string nb;
  std::string en;
  bool operator==(const DimensionValueLabel&) const = default;
};

// One dimension's labels: its own name in both languages (either may be
// empty: the name is then shown from its key) and its values in the order
// they are shown.
struct DimensionLabels {
  std::string dimension;
  std::string nb;
  std::string en;
  std::vector<DimensionValueLabel> values;
  bool operator==(const DimensionLabels&) const = default;
};

// The labels of `dimension` in `catalogue`, or nullptr.
const DimensionLabels* FindDimensionLabels(const std::vector<DimensionLabels>& catalogue,
                                           std::string_view dimension);

// The label of `dimension` in `lang` ("nb" or "en"; English falls back to
// bokmål), or "" when the catalogue has none.
std::string DimensionNameLabel(const std::vector<DimensionLabels>& catalogue,
                               std::string_view dimension, std::string_view lang);

// The label of `value` of `dimension` in `lang` (English falls back to
// bokmål), or "" when the catalogue has none.
std::string DimensionValueLabelText(const std::vector<DimensionLabels>& catalogue,
                                    std::string_view dimension, std::string_view value,
                                    std::string_view lang);

// A key made readable for when the catalogue has no label: '-' and '_'
// become spaces and the first letter a capital ("ikke-svart" reads "Ikke
// svart").
std::string DimensionKeyWords(std::string_view key);

// The name of `dimension` in `lang`: its label, else DimensionKeyWords.
std::string DimensionNameWords(const std::vector<DimensionLabels>& catalogue,
                               std::string_view dimension, std::string_view lang);

// The label of `value` of `dimension` in `lang`, else DimensionKeyWords.
std::string DimensionValueWords(const std::vector<DimensionLabels>& catalogue,
                                std::string_view dimension, std::string_view value,
                                std::string_view lang);

// `values` of `dimension` in the catalogue's order; values the catalogue
// does not list follow in their own (sorted) order. The empty value (no
// breakdown) stays first.
std::vector<std::string> OrderedDimensionValues(const std::vector<DimensionLabels>& catalogue,
                                                std::string_view dimension,
                                                std::vector<std::string> values);

// What is wrong with a catalogue, each problem under
// "dimension_labels[i]..." with a rule: a dimension or value key that is
// empty ("dimension_label_key_missing"), named twice
// ("dimension_label_duplicate" with {key}; two keys that differ only in
// case or spaces count as one), a value without its bokmål label
// ("dimension_label_nb_missing" with {key}), and text fields that break
// the text rules (domain/text_field_rules.h).
std::vector<FieldProblem> ValidateDimensionLabels(const std::vector<DimensionLabels>& catalogue);

}  // namespace fremdrift
