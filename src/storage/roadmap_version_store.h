// Roadmap versions with their services, actions and measures in the
// database. A version is written whole: its content is replaced together
// with its header, under the optimistic version check.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/roadmap_version.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class RoadmapVersionStore {
 public:
  explicit RoadmapVersionStore(SqlConnection& conn) : conn_(conn) {}

  // Every version with its content, ordered by code (numerically, 22.2
  // before 22.10).
  std::vector<RoadmapVersion> List();
  std::optional<RoadmapVersion> FindByCode(const std::string& code);

  // Inserts a new version with its content; kConflict when the code is
  // taken. Returns the id.
  int64_t Insert(const RoadmapVersion& v);
  // Replaces the stored version `v.code` (header and content) if its
  // version is `v.version` (kConflict otherwise, kNotFound when gone);
  // bumps the version.
  void Replace(const RoadmapVersion& v);

 private:
  void WriteContent(int64_t version_id, const RoadmapVersion& v);
  std::vector<RoadmapVersion> Load(const std::string& where, const SqlParams& params);
  SqlConnection& conn_;
};

}  // namespace fremdrift
