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

#include "storage/sql_connection.h"

namespace fremdrift {

void LockIndicatorForDataChange(SqlConnection& conn, int64_t indicator_id);

// Like LockIndicatorForDataChange, but never waits: false when another
// transaction holds the indicator (PostgreSQL, FOR NO KEY UPDATE SKIP
// LOCKED). For a writer that already holds other indicators and would
// risk a deadlock by waiting.
bool TryLockIndicatorForDataChange(SqlConnection& conn, int64_t indicator_id);

}  // namespace fremdrift
