#include "domain/indicator_choice.h"

#include <sstream>

#include "domain/case_filter.h"
#include "domain/failure.h"

namespace fremdrift {

void CheckIndicatorChoice(const IndicatorChoice& c) {
  if (!c.visibility.empty() && c.visibility != "publisert" && c.visibility != "intern") {
    throw Failure(FailureCode::kInvalid, "synlighet must be publisert or intern", "synlighet");
  }
  if (c.words.size() > 200) throw Failure(FailureCode::kInvalid, "q is longer than 200 bytes", "q");
}

bool MatchesIndicatorChoice(const Indicator& ind, const IndicatorChoice& c) {
  if (c.visibility == "publisert" && !ind.published) return false;
  if (c.visibility == "intern" && ind.published) return false;
  std::string text = FoldCase(ind.code + " " + ind.name);
  std::istringstream words(FoldCase(c.words));
  for (std::string w; words >> w;) {
    if (text.find(w) == std::string::npos) return false;
  }
  return true;
}

}  // namespace fremdrift
