// Matching a breakdown ("dimension") value as a person types it to the
// values an indicator already has, so that "Sykehjem", " sykehjem " and
// "SYKEHJEM" name the stored "sykehjem" rather than start a second series.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/failure.h"

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

// The choice a form offers besides the existing values and none ("").
inline constexpr std::string_view kNewDimensionValueChoice = "+ny";

// The value of one dimension a measurement form gives, where the person
// chose `chosen` from "" (none), the `existing` values and
// kNewDimensionValueChoice, and typed `typed` in the field beside it. A new
// value needs that explicit choice, so that a duplicate series cannot
// appear by accident: "new" without a typed value adds the problem
// "dimension_new_value_missing", and a typed value without "new" (or a
// chosen value that is not among `existing`) "dimension_new_value_unchosen",
// both under "dimensions" with `name_params` (the dimension's name as
// {name}, {name.nb}, {name.en}). A new value that spells an existing one
// differently gives the existing one.
std::string ChosenDimensionValue(std::string_view chosen, std::string_view typed,
                                 const std::vector<std::string>& existing,
                                 const MessageParams& name_params, std::vector<FieldProblem>& problems);

}  // namespace fremdrift
