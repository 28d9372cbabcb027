// The JSON form of a phase scale (domain/phase_scale.h), shared by the API
// and the bundle's section "phase_scales" (docs/bundle-format.md):
// {key, name_nb, name_en, source, phases: [{key, name_nb, name_en}]}.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "domain/failure.h"
#include "domain/phase_scale.h"

namespace fremdrift {

nlohmann::ordered_json PhaseScaleToJson(const PhaseScale& scale);

// Reads a scale; a missing or wrongly typed member, an unknown field or a
// broken rule (PhaseScaleProblems) adds a problem whose field is `path` +
// the member's path.
PhaseScale PhaseScaleFromJson(const nlohmann::json& in, const std::string& path,
                              std::vector<FieldProblem>& problems);

}  // namespace fremdrift
