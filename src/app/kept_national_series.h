// Indicators' national series (ReadNationalSeries) kept in memory across
// requests, so that the monitor and the home page do not read and compute
// the series of every indicator they show while only one of them changed.
//
// A series is kept under a key that names everything it is made from:
// - the database's basis stamp (storage/kept_rows.h), random per database
//   and renewed by every insert or delete of indicators, so that series of
//   several databases in one process (tests) never meet (an id is never
//   used again within one database: AUTOINCREMENT on SQLite, a sequence
//   on PostgreSQL);
// - the indicator's id, `version` and `data_updated_at`: every save of the
//   indicator and every write of its measurements bumps the version
//   (MeasurementStore::MarkDataChanged), and that covers its aggregates,
//   dimension names and targets;
// - for a ratio, the id and version of its numerator and denominator;
// - the end period asked for and the achievement rule.
// The key is read from the database on every use (the indicator as the
// caller read it), and the series is read after it, so a kept series may be
// newer than its key, never older. Only connections outside a transaction
// use it (a write's own reads may be rolled back).
//
// One series per indicator, end period and rule: a newer key takes the
// older one's place, so many writes to one indicator never fill the memory
// (domain/kept_by_address.h).
#pragma once

#include <string>

#include "domain/kept_by_address.h"
#include "domain/series.h"

namespace fremdrift {

// Each kept under an address that names the indicator, end period and
// rule, and a key that names the state of the data (see above).
using KeptNationalSeries = KeptByAddress<std::string, IndicatorSeries>;

// The process-wide instance: 50,000 series at most (a database has far
// fewer; only a process that opens many databases gets there).
KeptNationalSeries& KeptNationalSeriesOfProcess();

}  // namespace fremdrift
