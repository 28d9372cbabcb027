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
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "storage/sql_connection.h"

namespace fremdrift {

// The tables whose reads are kept: each has the triggers of migration 37.
const std::vector<std::string_view>& KeptTableNames();

// Whether `sql` is a SELECT that reads no table but kept ones, and nothing
// that changes without a write (no clock, no random value, no sequence).
// Conservative: a statement it cannot read for sure is not kept.
bool ReadsOnlyKeptTables(std::string_view sql);

// Results of kept-table reads, each under the stamp it was read after.
// Thread-safe; one per process (KeptTableResults()). Rows of several
// databases (tests) may meet here: their stamps are random, so they never
// match.
class KeptTableReads {
 public:
  // Results kept at most: past this, all are dropped. Statements differ by
  // their parameters (a token, a strategy's id), so this bounds memory,
  // not the use of a normal database.
  static constexpr size_t kMaxEntries = 20000;
  // Results with more rows than this are not kept.
  static constexpr size_t kMaxRows = 1000;

  // The result kept for `key` under exactly `stamp`, or nullptr.
  std::shared_ptr<const std::vector<SqlRow>> Find(const std::string& key, int64_t stamp);
  // Keeps `rows`, read after `stamp` was read, under `key`.
  void Keep(const std::string& key, int64_t stamp, std::vector<SqlRow> rows);

 private:
  struct Entry {
    int64_t stamp = 0;
    std::shared_ptr<const std::vector<SqlRow>> rows;
  };
  std::mutex mutex_;
  std::unordered_map<std::string, Entry> by_key_;
};

KeptTableReads& KeptTableResults();

}  // namespace fremdrift
