// Counts that operators watch (docs/operations.md, "Metrics"): the mail
// outbox by state, background jobs by kind and state, recent failed
// sign-ins. Cheap aggregate reads for /metrics.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>

#include "storage/sql_connection.h"

namespace fremdrift {

struct ServiceCounts {
  // "queued" (never tried), "retrying" (tried and failed, to be tried
  // again), "sent".
  std::map<std::string, int64_t> outbox;
  // (kind, state) -> jobs.
  std::map<std::pair<std::string, std::string>, int64_t> jobs;
  // Failed sign-ins recorded at or after `since`.
  int64_t failed_sign_ins = 0;
};

// Reads the counts; failed sign-ins from `since` (epoch seconds) on.
ServiceCounts ReadServiceCounts(SqlConnection& conn, int64_t since);

}  // namespace fremdrift
