// How exactly a measured value is known. The sources often give a figure
// only approximately or as a bound: "om lag 27 %", "under 2 %", "over 200".
// A measurement stores the stated figure and its qualifier; exact is the
// default. Documented for users in docs/indicators.md, "Approximate figures".
#pragma once

#include <optional>
#include <string_view>

namespace fremdrift {

enum class Qualifier {
  kExact,  // the value as measured
  kAbout,  // "om lag", "~", "tilnærmet": the true value is near it, either side
  kUnder,  // "under": the true value is below it (an upper bound)
  kOver,   // "over": the true value is above it (a lower bound)
};

// "exact", "about", "under", "over": the key in storage, API and files.
std::string_view QualifierKey(Qualifier q);

// The qualifier with that key; "" is exact. nullopt for any other text.
std::optional<Qualifier> ParseQualifier(std::string_view key);

// The qualifier a person or a file writes: the key, or the Norwegian word
// ("eksakt", "om lag", "under", "over"), without regard to ASCII case and
// surrounding spaces; "" is exact. nullopt for any other text.
std::optional<Qualifier> ParseQualifierWord(std::string_view word);

// Whether the true value may lie below (above) the stated one.
bool MayBeLower(Qualifier q);
bool MayBeHigher(Qualifier q);

// The qualifier whose uncertainty lies on the given sides: neither is
// exact, both is about.
Qualifier QualifierFromSides(bool may_be_lower, bool may_be_higher);

// The qualifier of a sum or a mean of values with qualifiers `a` and `b`:
// the sides on which either may be off. Under plus exact is under; under
// plus over is about.
Qualifier CombineQualifiers(Qualifier a, Qualifier b);

// The qualifier of a quotient whose numerator has `numerator` and whose
// denominator has `denominator`: a denominator that may be lower makes the
// quotient possibly higher, and the other way round.
Qualifier QuotientQualifier(Qualifier numerator, Qualifier denominator);

}  // namespace fremdrift
