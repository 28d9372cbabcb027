#include "storage/data_version.h"

namespace fremdrift {

// How far below the newest id a late commit is still seen.
constexpr int64_t kWindow = 10000;

std::string ReadDataVersion(SqlConnection& conn) {
  if (conn.dialect() == SqlDialect::kSqlite) {
    // One writer at a time: an id is taken and committed under the write
    // lock, so no entry can commit below the newest one, and the newest id
    // alone names the state. A seek to the end of the table, not a count
    // (this runs for every anonymous page, on the I/O thread).
    auto rows = conn.Query("SELECT COALESCE(MAX(id), 0) FROM audit_log");
    return std::to_string(rows.at(0).Int(0)) + ".s";
  }
  auto rows = conn.Query(
      "SELECT COALESCE(MAX(id), 0), COUNT(*) FROM audit_log "
      "WHERE id > (SELECT COALESCE(MAX(id), 0) FROM audit_log) - ?",
      {kWindow});
  return std::to_string(rows.at(0).Int(0)) + "." + std::to_string(rows.at(0).Int(1));
}

}  // namespace fremdrift
