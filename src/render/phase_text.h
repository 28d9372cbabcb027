// A phase range in words, e.g. "Utvikling og begrenset utprøving →
// Tilpasning og utvidet utprøving → Innføring": every phase of the range in
// order on the item's scale, so that a reader needs neither colours nor the
// scale to follow it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/phase_scale.h"

namespace fremdrift {

// The names of the phases in `range` on `scale`, first to last, in `lang`;
// the two ends by name (or key) when the range is not on the scale.
std::vector<std::string> PhaseNames(const PhaseRange& range, const PhaseScale& scale, const std::string& lang);

// The names joined by " → "; "" when there is no range.
std::string PhaseRangeText(const std::optional<PhaseRange>& range, const PhaseScale& scale,
                           const std::string& lang);

}  // namespace fremdrift
