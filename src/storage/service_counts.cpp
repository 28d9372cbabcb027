#include "storage/service_counts.h"

namespace fremdrift {

ServiceCounts ReadServiceCounts(SqlConnection& conn, int64_t since) {
  ServiceCounts c;
  c.outbox = {{"queued", 0}, {"retrying", 0}, {"sent", 0}};
  for (const auto& row : conn.Query(
           "SELECT CASE WHEN sent_at IS NOT NULL THEN 'sent' WHEN attempts = 0 THEN 'queued' "
           "ELSE 'retrying' END AS state, COUNT(*) FROM mail_outbox GROUP BY 1")) {
    c.outbox[row.Text(0)] = row.Int(1);
  }
  for (const auto& row : conn.Query("SELECT kind, state, COUNT(*) FROM jobs GROUP BY kind, state")) {
    c.jobs[{row.Text(0), row.Text(1)}] = row.Int(2);
  }
  c.failed_sign_ins =
      conn.Query("SELECT COUNT(*) FROM sign_in_failures WHERE at >= ?", {since}).at(0).Int(0);
  return c;
}

}  // namespace fremdrift
