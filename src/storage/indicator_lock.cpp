#include "storage/indicator_lock.h"

namespace fremdrift {

void LockIndicatorForDataChange(SqlConnection& conn, int64_t indicator_id) {
  if (conn.dialect() != SqlDialect::kPostgres) return;
  conn.Query("SELECT id FROM indicators WHERE id = ? FOR NO KEY UPDATE", {indicator_id});
}

bool TryLockIndicatorForDataChange(SqlConnection& conn, int64_t indicator_id) {
  if (conn.dialect() != SqlDialect::kPostgres) return true;
  return !conn.Query("SELECT id FROM indicators WHERE id = ? FOR NO KEY UPDATE SKIP LOCKED",
                     {indicator_id})
              .empty();
}

}  // namespace fremdrift
