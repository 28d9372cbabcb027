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
// Not thread-safe, as any connection; lives no longer than the connection
// it wraps.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "storage/sql_connection.h"

namespace fremdrift {

class RequestQueryMemo : public SqlConnection {
 public:
  // Results larger than this are not kept.
  static constexpr size_t kMaxRows = 1000;

  explicit RequestQueryMemo(SqlConnection& inner) : inner_(inner) {}

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

  // How many queries were answered from memory (for tests).
  size_t answered_from_memory() const { return answered_from_memory_; }
  // How many of the request's reads of kept tables were answered from what
  // an earlier request read (storage/kept_tables.h; for tests).
  size_t answered_from_kept_tables() const { return answered_from_kept_tables_; }

 private:
  // A read of kept tables only, not yet asked in this request.
  std::vector<SqlRow> KeptTableRead(const std::string& key, std::string_view sql, const SqlParams& params);

  // Forgets all the request's answers: a write, script or transaction.
  void Forget();

  SqlConnection& inner_;
  std::map<std::string, std::vector<SqlRow>> kept_;  // by KeyOf(sql, params)
  std::map<std::string, std::shared_ptr<const void>> converted_;  // by `as` and KeyOf(sql, params)
  size_t answered_from_memory_ = 0;
  size_t answered_from_kept_tables_ = 0;
};

}  // namespace fremdrift
