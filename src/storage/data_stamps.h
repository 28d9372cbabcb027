// The database's two stamps, read in one statement: a GET request that
// needs both asks once (RequestQueryMemo keeps the answer for the rest of
// the request).
// - `basis`: renewed by every change of what indicators and plan items are
//   built from (storage/kept_rows.h, migrations 16, 33 to 35);
// - `tables`: renewed by every write of a kept table
//   (storage/kept_tables.h, migration 37).
// Both are random per database, so that a process that opens several
// databases (the tests) never takes one's stamp for another's.
#pragma once

#include <cstdint>

#include "storage/sql_connection.h"

namespace fremdrift {

struct DataStamps {
  int64_t basis = 0;
  int64_t tables = 0;
};

DataStamps ReadDataStamps(SqlConnection& conn);

}  // namespace fremdrift
