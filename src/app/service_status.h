// The state of the service for operators: readiness (database reachable,
// migrations current) for /readyz, and the counts /metrics reports
// (docs/operations.md).
#pragma once

#include <cstdint>
#include <string>

#include "storage/connection_pool.h"
#include "storage/service_counts.h"

namespace fremdrift {

struct Readiness {
  bool database = false;     // a connection answered
  int schema_version = 0;    // the database's
  int expected_version = 0;  // this build's latest migration
  std::string problem;       // why not ready, for operators ("" when ready)
  bool ready() const { return database && schema_version == expected_version; }
};

// Never throws: a failure to reach the database is a Readiness with
// `database` false and the error in `problem`.
Readiness CheckReadiness(ConnectionPool& pool);

// The counts of service_counts.h; failed sign-ins of the last hour
// before `now` (epoch seconds).
ServiceCounts ReadServiceStatus(SqlConnection& conn, int64_t now);

}  // namespace fremdrift
