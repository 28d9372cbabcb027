// JSON form of a roadmap version with its services, actions and measures,
// shared by the API and the bundle (docs/portfolio.md, docs/bundle-format.md
// "roadmap_versions"), and of the comparison of two versions.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "domain/failure.h"
#include "domain/roadmap_diff.h"
#include "domain/roadmap_version.h"

namespace fremdrift {

// code, title, date, status, based_on, note, source, services (each: key,
// title, target, note, source, actions, measures). Without id and version.
nlohmann::ordered_json RoadmapVersionToJson(const RoadmapVersion& v);

// Reads a whole version; every problem is added with its path. Fields not
// in the form and not in `allowed_extra` are reported as unknown.
RoadmapVersion RoadmapVersionFromJson(const nlohmann::json& in, const std::string& path,
                                      const std::vector<std::string>& allowed_extra,
                                      std::vector<FieldProblem>& problems);

nlohmann::ordered_json RoadmapActionToJson(const RoadmapAction& a);
nlohmann::ordered_json RoadmapDiffToJson(const RoadmapDiff& d);

}  // namespace fremdrift
