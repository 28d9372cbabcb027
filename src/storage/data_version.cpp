#include "storage/data_version.h"

namespace fremdrift {

// How far below the newest id a late commit is still seen.
constexpr int64_t kWindow = 10000;

std::string ReadDataVersion(SqlConnection& conn) {
  auto rows = conn.Query(
      "SELECT COALESCE(MAX(id), 0), COUNT(*) FROM audit_log "
      "WHERE id > (SELECT COALESCE(MAX(id), 0) FROM audit_log) - ?",
      {kWindow});
  return std::to_string(rows.at(0).Int(0)) + "." + std::to_string(rows.at(0).Int(1));
}

}  // namespace fremdrift
