// Reads of tables that are seldom written, kept in memory across requests.
//
// Every page reads the strategies, their reporting periods, the
// organisations, the scales, the committees' meetings and cases, and the
// user an API token names; they change a few times a day. On PostgreSQL,
// where each statement is a round trip to a backend process, these reads
// were most of a page's statements (docs/architecture.md, "Kept tables").
//
// A statement that reads only the kept tables (ReadsOnlyKeptTables) is kept
// with its result under the database's tables stamp: a random value in
// round_basis that a trigger on each kept table renews with every insert,
// update or delete, whoever writes it (migration 37). A reader reads the
// stamp first and the rows after it, so a kept result may be newer than its
// stamp, never older; several server processes on one database never serve
// one another's stale rows.
//
// RequestQueryMemo (a GET's connection) uses this; it reads the stamp once
// per request (storage/data_stamps.h). Nothing in a transaction is kept or answered from here.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/kept_by_address.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// The tables whose reads are kept: each has the triggers of migration 37.
const std::vector<std::string_view>& KeptTableNames();

// Whether `sql` is a SELECT that reads no table but kept ones, and nothing
// that changes without a write (no clock, no random value, no sequence).
// Conservative: a statement it cannot read for sure is not kept.
bool ReadsOnlyKeptTables(std::string_view sql);

// Results of kept-table reads, each under its statement and parameters
// and the tables stamp it was read after (domain/kept_by_address.h). Rows
// of several databases (tests) may meet here: their stamps are random, so
// they never match.
using KeptTableReads = KeptByAddress<int64_t, std::vector<SqlRow>>;

// Results kept at most: statements differ by their parameters (a token, a
// strategy's id), so this bounds memory, not the use of a normal database.
inline constexpr size_t kMaxKeptTableReads = 20000;
// Results with more rows than this are not kept.
inline constexpr size_t kMaxKeptTableReadRows = 1000;

// The process-wide instance.
KeptTableReads& KeptTableResults();

}  // namespace fremdrift
