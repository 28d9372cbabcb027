// The words people read for an indicator's breakdowns: a dimension's name
// and its values from the indicator's label catalogue
// (domain/dimension_labels.h) in the reader's language, and where the
// catalogue has no label, the stored key made readable
// ("hjemmebaserte-tjenester" reads "Hjemmebaserte tjenester").
#pragma once

#include <string>

#include "domain/indicator.h"
#include "render/i18n.h"

namespace fremdrift {

// The name of `dimension` ("Tjeneste"); "" for "".
std::string DimensionNameText(const Indicator& indicator, const std::string& dimension, const Catalogue& t);

// The label of `value` of `dimension` ("Sykehjem"); "" for "".
std::string DimensionValueText(const Indicator& indicator, const std::string& dimension,
                               const std::string& value, const Catalogue& t);

// The language (for the lang attribute) that DimensionNameText and
// DimensionValueText give their words in: the reader's when the catalogue
// has the label in it, else bokmål (the label or the key made readable).
// `value` "" asks for the dimension's name.
std::string DimensionTextLanguage(const Indicator& indicator, const std::string& dimension,
                                  const std::string& value, const Catalogue& t);

// The group a target applies to in words ("Sykehjem", "Helse Nord,
// Sykehjem"), "" for the indicator as a whole.
std::string TargetGroupText(const Indicator& indicator, const DimensionValues& dims, const Catalogue& t);

}  // namespace fremdrift
