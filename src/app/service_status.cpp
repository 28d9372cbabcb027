#include "app/service_status.h"

#include <exception>

#include "storage/migrations.h"

namespace fremdrift {

Readiness CheckReadiness(ConnectionPool& pool) {
  Readiness r;
  r.expected_version = AllMigrations().empty() ? 0 : AllMigrations().back().version;
  try {
    auto lease = pool.Acquire();
    r.schema_version = SchemaVersion(*lease);
    r.database = true;
    if (r.schema_version < r.expected_version) {
      r.problem = "migrations pending: the database is at version " + std::to_string(r.schema_version) +
                  ", this build needs " + std::to_string(r.expected_version);
    } else if (r.schema_version > r.expected_version) {
      r.problem = "the database (version " + std::to_string(r.schema_version) +
                  ") is newer than this build (" + std::to_string(r.expected_version) + ")";
    }
  } catch (const std::exception& e) {
    r.problem = std::string("database unreachable: ") + e.what();
  }
  return r;
}

ServiceCounts ReadServiceStatus(SqlConnection& conn, int64_t now) {
  return ReadServiceCounts(conn, now - 3600);
}

}  // namespace fremdrift
