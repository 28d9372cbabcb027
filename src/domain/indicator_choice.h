// What a signed-in reader of /indikatorer chose in its filter form: words
// that must all occur in the indicator's code or name ("q"), and its
// visibility ("synlighet": "publisert" or "intern"; "" for both).
#pragma once

#include <string>

#include "domain/indicator.h"

namespace fremdrift {

struct IndicatorChoice {
  std::string words;
  std::string visibility;
};

// Throws Failure(kInvalid) naming "synlighet" when it is not "",
// "publisert" or "intern", and "q" when the words are over 200 bytes.
void CheckIndicatorChoice(const IndicatorChoice& choice);

// Words match ignoring case (also æ, ø, å), as in the decision log.
bool MatchesIndicatorChoice(const Indicator& indicator, const IndicatorChoice& choice);

}  // namespace fremdrift
