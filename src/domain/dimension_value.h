// Matching a breakdown ("dimension") value as a person types it to the
// values an indicator already has, so that "Sykehjem", " sykehjem " and
// "SYKEHJEM" name the stored "sykehjem" rather than start a second series.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fremdrift {

// The form two spellings of one value share: trimmed, runs of spaces
// (also U+00A0 and U+202F) and tabs made one space, and letters in lower
// case (ASCII, and Æ Ø Å É Ä Ö Ü). "Hjemme-baserte  Tjenester" gives
// "hjemme-baserte tjenester".
std::string DimensionValueMatchKey(std::string_view value);

// The value of `existing` that `typed` spells differently (same match
// key), or nullopt when `typed` is new. An exact match is preferred.
std::optional<std::string> ExistingDimensionValue(std::string_view typed,
                                                  const std::vector<std::string>& existing);

// `typed` trimmed and with runs of spaces made one: how a new value is
// stored.
std::string TidyDimensionValue(std::string_view typed);

}  // namespace fremdrift
