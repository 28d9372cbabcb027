// A phase range in words, e.g. "Utvikling og begrenset utprøving →
// Tilpasning og utvidet utprøving → Innføring": every phase of the range in
// order, so that a reader needs neither colours nor the scale to follow it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/phase.h"

namespace fremdrift {

// The names of the phases in `range`, first to last, in `lang`.
std::vector<std::string> PhaseNames(const PhaseRange& range, const std::string& lang);

// The names joined by " → "; "" when there is no range.
std::string PhaseRangeText(const std::optional<PhaseRange>& range, const std::string& lang);

}  // namespace fremdrift
