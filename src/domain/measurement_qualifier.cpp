#include "domain/measurement_qualifier.h"

#include <string>

namespace fremdrift {

std::string_view QualifierKey(Qualifier q) {
  switch (q) {
    case Qualifier::kExact: return "exact";
    case Qualifier::kAbout: return "about";
    case Qualifier::kUnder: return "under";
    case Qualifier::kOver: return "over";
  }
  return "exact";
}

std::optional<Qualifier> ParseQualifier(std::string_view key) {
  if (key.empty() || key == "exact") return Qualifier::kExact;
  if (key == "about") return Qualifier::kAbout;
  if (key == "under") return Qualifier::kUnder;
  if (key == "over") return Qualifier::kOver;
  return std::nullopt;
}

std::optional<Qualifier> ParseQualifierWord(std::string_view word) {
  while (!word.empty() && (word.front() == ' ' || word.front() == '\t')) word.remove_prefix(1);
  while (!word.empty() && (word.back() == ' ' || word.back() == '\t')) word.remove_suffix(1);
  std::string lower(word);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (lower == "eksakt") return Qualifier::kExact;
  if (lower == "om lag") return Qualifier::kAbout;
  return ParseQualifier(lower);
}

bool MayBeLower(Qualifier q) { return q == Qualifier::kAbout || q == Qualifier::kUnder; }

bool MayBeHigher(Qualifier q) { return q == Qualifier::kAbout || q == Qualifier::kOver; }

Qualifier QualifierFromSides(bool may_be_lower, bool may_be_higher) {
  if (may_be_lower && may_be_higher) return Qualifier::kAbout;
  if (may_be_lower) return Qualifier::kUnder;
  if (may_be_higher) return Qualifier::kOver;
  return Qualifier::kExact;
}

Qualifier CombineQualifiers(Qualifier a, Qualifier b) {
  return QualifierFromSides(MayBeLower(a) || MayBeLower(b), MayBeHigher(a) || MayBeHigher(b));
}

Qualifier QuotientQualifier(Qualifier numerator, Qualifier denominator) {
  return QualifierFromSides(MayBeLower(numerator) || MayBeHigher(denominator),
                            MayBeHigher(numerator) || MayBeLower(denominator));
}

}  // namespace fremdrift
