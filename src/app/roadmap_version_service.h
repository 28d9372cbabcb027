// Roadmap versions on behalf of a user: reading them (drafts too: the
// roadmap is discussed in public committee papers before it is published,
// and every page and answer says a draft is a draft), starting a new version as a copy of the last
// one, replacing a draft's content, publishing it, and comparing two
// versions. Only admins change the roadmap; every change is validated,
// written with its audit entry in one transaction, and refused whole on
// any failure. A published version is frozen (kConflict).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/roadmap_diff.h"
#include "domain/roadmap_version.h"
#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

std::vector<RoadmapVersion> ListRoadmapVersions(SqlConnection& conn);

// Throws kNotFound.
RoadmapVersion FindRoadmapVersion(SqlConnection& conn, const std::string& code);

// Creates draft `body.code` as a copy of version `body.from` or, when not
// given, of the last version (by code); an empty version when there is
// none. `title`, `date` and `note` may be given.
RoadmapVersion CreateRoadmapVersion(SqlConnection& conn, const User& actor, const nlohmann::json& body);

// Replaces the draft `code` with `body` (the whole version as
// RoadmapVersionToJson gives it, plus `version`). Setting status
// "published" publishes it; after that it is frozen.
RoadmapVersion ReplaceRoadmapVersion(SqlConnection& conn, const User& actor, const std::string& code,
                                     const nlohmann::json& body);

// The changes from version `from` to version `to` (CompareRoadmapVersions).
RoadmapDiff CompareVersions(SqlConnection& conn, const std::string& from, const std::string& to);

}  // namespace fremdrift
