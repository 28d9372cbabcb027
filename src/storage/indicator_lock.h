// Holding one indicator for the rest of a write transaction, so that the
// writers of its measurements, dimensions and aggregates take turns and
// each reads what the one before it committed (docs/architecture.md,
// "Storage").
//
// Call it before the first such write. On SQLite the write transaction
// holds the whole database already (BEGIN IMMEDIATE) and this does
// nothing; on PostgreSQL it locks the indicator's row FOR NO KEY UPDATE,
// which rows that merely refer to the indicator do not wait for.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/indicator_rules.h"
#include "storage/sql_connection.h"

namespace fremdrift {

void LockIndicatorForDataChange(SqlConnection& conn, int64_t indicator_id);

// Like LockIndicatorForDataChange, but never waits: false when another
// transaction holds the indicator (PostgreSQL, FOR NO KEY UPDATE SKIP
// LOCKED). For a writer that already holds other indicators and would
// risk a deadlock by waiting.
bool TryLockIndicatorForDataChange(SqlConnection& conn, int64_t indicator_id);

// What names the state of an indicator's data: bumped and set by every
// write of its measurements.
struct IndicatorDataStamp {
  int64_t version = 0;
  std::string data_updated_at;
};

// An indicator held by HoldIndicatorForDataChange, as its writer found it.
struct HeldIndicator {
  MeasuredIndicator indicator;
  IndicatorDataStamp before;
  // Whether its spelling index is complete for its version
  // (storage/dimension_spelling_store.h), read with the lock.
  bool spellings_current = false;
};

// LockIndicatorForDataChange for the indicator with code `code`, and what
// a single measurement's write needs of it, in one statement; nullopt when
// there is no such indicator. For a write that names its indicator by
// code: the indicator is read after the lock is taken, so nothing read
// here can change before the transaction ends.
std::optional<HeldIndicator> HoldIndicatorForDataChange(SqlConnection& conn, const std::string& code);

// For the write that held `held`, once its transaction has committed,
// when it changed nothing of the indicator but its data (measurements,
// aggregates, spellings, a new dimension) and took its stamp to `after`,
// leaving it with the dimensions `dimension_names`: the indicator and its
// dimension names this process keeps (storage/kept_rows.h) move on to
// `after`, so that the next reader need not read them again. The other
// processes on the database read them again, as after any write.
void KeepHeldIndicatorAfterDataWrite(const HeldIndicator& held, const IndicatorDataStamp& after,
                                     const std::vector<std::string>& dimension_names);

}  // namespace fremdrift
