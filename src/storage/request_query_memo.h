// A connection for one read-only request (GET or HEAD) that answers a
// query it has answered before in the same request from memory, rather
// than asking the database again. A page is made of parts that each read
// what they need, and several parts read the same things (a strategy, its
// periods, an indicator by its code): on PostgreSQL, where each statement
// is a round trip, the signed-in monitor asked 33 and now asks 25
// (docs/architecture.md).
//
// What it answers from memory is what the database said earlier in the
// same request: no older than the request itself. Only outside a
// transaction (a write's own reads may be rolled back), only results of at
// most kMaxRows rows (an export's large reads are not copied), and any
// write, script or transaction forgets everything kept, so a request that
// writes after all reads what it wrote. Only a SELECT is a read: a
// statement that writes and gives rows back (`RETURNING`) is a write.
//
// A read of only the seldom-written tables (storage/kept_tables.h) is also
// answered from what an earlier request read, while the tables stamp, read
// once per request, is the same.
//
// Any other read may take what the database answered another request of
// the process, when that was asked after this request arrived
// (storage/recent_reads.h): as fresh as the request needs. Each read is
// then no older than the one before it: after an answer, the request takes
// only answers asked after it came back, and after a write of its own,
// only answers asked after the write.
//
// Not thread-safe, as any connection; lives no longer than the connection
// it wraps.
#pragma once

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "storage/recent_reads.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class RequestQueryMemo : public SqlConnection {
 public:
  // Results larger than this are not kept.
  static constexpr size_t kMaxRows = 1000;

  explicit RequestQueryMemo(SqlConnection& inner) : inner_(inner) {}
  // Shares answers with the other requests through `recent` (null: none),
  // for a request that arrived at `arrived`.
  RequestQueryMemo(SqlConnection& inner, RecentReads* recent, RecentReads::Clock::time_point arrived)
      : inner_(inner), recent_(recent), not_before_(arrived) {}

  SqlDialect dialect() const override { return inner_.dialect(); }
  std::vector<SqlRow> Query(std::string_view sql, const SqlParams& params) override;
  std::shared_ptr<const void> QueryConverted(std::string_view as, std::string_view sql, const SqlParams& params,
                                             const RowsConverter& convert) override;
  bool RemembersConvertedReads() const override { return true; }
  int64_t Execute(std::string_view sql, const SqlParams& params) override;
  void ExecuteScript(std::string_view sql) override;
  int64_t CopyRows(std::string_view table, const std::vector<std::string>& columns,
                   const std::function<bool(SqlParams& row)>& next_row) override;
  void StartCopyRows(std::string_view table, const std::vector<std::string>& columns,
                     const std::function<bool(SqlParams& row)>& next_row) override;
  int64_t AwaitCopy() override;
  void BeginWrite() override;
  void Commit() override;
  void Rollback() override;
  bool InTransaction() const override { return inner_.InTransaction(); }
  void SchemaChanged() override;

  // Later reads take no answer from recent_ asked before `moment`.
  void ReadNoEarlierThan(RecentReads::Clock::time_point moment) { not_before_ = std::max(not_before_, moment); }

  // Whether the request wrote, began a transaction, or asked anything
  // but a plain read (a lock): its answer is then its own.
  bool wrote() const { return wrote_; }

  // How many queries were answered from memory (for tests).
  size_t answered_from_memory() const { return answered_from_memory_; }
  // How many of the request's reads of kept tables were answered from what
  // an earlier request read (storage/kept_tables.h; for tests).
  size_t answered_from_kept_tables() const { return answered_from_kept_tables_; }
  // How many reads took what the database answered another request
  // (storage/recent_reads.h; for tests).
  size_t answered_from_recent_reads() const { return answered_from_recent_reads_; }

 private:
  // A read of kept tables only, not yet asked in this request.
  std::vector<SqlRow> KeptTableRead(const std::string& key, std::string_view sql, const SqlParams& params);

  // A read the request has not asked before: from recent_ when an answer
  // there is fresh enough, else from the database.
  std::vector<SqlRow> Ask(const std::string& key, std::string_view sql, const SqlParams& params);

  // Forgets all the request's answers: a write, script or transaction.
  void Forget();
  // Ends a write of the request, whether it went through or threw: later
  // reads take only answers asked after it, so they see it.
  struct WroteOnExit {
    RequestQueryMemo& memo;
    ~WroteOnExit() {
      memo.not_before_ = RecentReads::Clock::now();
      memo.wrote_ = true;
    }
  };

  SqlConnection& inner_;
  std::map<std::string, std::vector<SqlRow>> kept_;  // by KeyOf(sql, params)
  std::map<std::string, std::shared_ptr<const void>> converted_;  // by `as` and KeyOf(sql, params)
  size_t answered_from_memory_ = 0;
  size_t answered_from_kept_tables_ = 0;
  size_t answered_from_recent_reads_ = 0;
  RecentReads* recent_ = nullptr;
  bool wrote_ = false;
  // The earliest asking of an answer from recent_ this request may take.
  RecentReads::Clock::time_point not_before_ = RecentReads::Clock::now();
};

}  // namespace fremdrift
