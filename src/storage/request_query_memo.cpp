#include "storage/request_query_memo.h"

#include <algorithm>
#include <cstring>

#include "storage/data_stamps.h"
#include "storage/kept_tables.h"

namespace fremdrift {
namespace {

// The SQL and the parameters, each parameter tagged with its type and
// length so that no two different lists give the same key.
std::string KeyOf(std::string_view sql, const SqlParams& params) {
  std::string key(sql);
  for (const SqlValue& v : params) {
    key += '\0';
    key += static_cast<char>('0' + v.index());
    if (const auto* i = std::get_if<int64_t>(&v)) {
      key += std::to_string(*i);
    } else if (const auto* d = std::get_if<double>(&v)) {
      char bytes[sizeof(double)];
      std::memcpy(bytes, d, sizeof bytes);
      key.append(bytes, sizeof bytes);
    } else if (const auto* s = std::get_if<std::string>(&v)) {
      key += std::to_string(s->size());
      key += ':';
      key += *s;
    }
  }
  return key;
}

// Whether `sql` holds `word`, compared without regard to case.
bool Mentions(std::string_view sql, std::string_view word) {
  auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c); };
  return std::search(sql.begin(), sql.end(), word.begin(), word.end(),
                     [&](char a, char b) { return lower(a) == b; }) != sql.end();
}

// Whether `sql` only reads: a SELECT. Anything else that gives rows back
// (an INSERT, UPDATE or DELETE with RETURNING, a WITH that may hold one)
// is a write, answered by the database and never from memory; so is a
// SELECT of an advisory lock (storage/job_store.h), which acts.
bool OnlyReads(std::string_view sql) {
  size_t i = sql.find_first_not_of(" \t\r\n");
  if (i == std::string_view::npos || sql.size() - i < 7) return false;
  for (size_t k = 0; k < 6; ++k) {
    if ((sql[i + k] | 0x20) != "select"[k]) return false;
  }
  const char next = sql[i + 6];
  if (next != ' ' && next != '\t' && next != '\r' && next != '\n' && next != '(') return false;
  return !Mentions(sql, "advisory");
}

}  // namespace

std::vector<SqlRow> RequestQueryMemo::Query(std::string_view sql, const SqlParams& params) {
  if (inner_.InTransaction()) return inner_.Query(sql, params);
  if (!OnlyReads(sql)) {
    Forget();
    WroteOnExit wrote(*this);
    return inner_.Query(sql, params);
  }
  std::string key = KeyOf(sql, params);
  if (auto it = kept_.find(key); it != kept_.end()) {
    ++answered_from_memory_;
    return it->second;
  }
  std::vector<SqlRow> rows = ReadsOnlyKeptTables(sql) ? KeptTableRead(key, sql, params) : Ask(key, sql, params);
  if (rows.size() <= kMaxRows) kept_.emplace(std::move(key), rows);
  return rows;
}

std::vector<SqlRow> RequestQueryMemo::Ask(const std::string& key, std::string_view sql, const SqlParams& params) {
  using Clock = RecentReads::Clock;
  if (recent_ == nullptr) return inner_.Query(sql, params);
  if (auto answer = recent_->Find(key, not_before_)) {
    ++answered_from_recent_reads_;
    not_before_ = std::max(not_before_, answer->answered);
    return *answer->rows;
  }
  const Clock::time_point asked = Clock::now();
  std::vector<SqlRow> rows = inner_.Query(sql, params);
  const Clock::time_point answered = Clock::now();
  not_before_ = std::max(not_before_, answered);
  if (rows.size() <= kMaxRows) {
    recent_->Keep(key, {asked, answered, std::make_shared<const std::vector<SqlRow>>(rows)});
  }
  return rows;
}

std::vector<SqlRow> RequestQueryMemo::KeptTableRead(const std::string& key, std::string_view sql,
                                                    const SqlParams& params) {
  // The stamp first (asked once per request: this memo keeps it), the
  // rows after it: what is kept under a stamp is never older than it.
  const int64_t stamp = ReadDataStamps(*this).tables;
  if (auto kept = KeptTableResults().Find(key, stamp)) {
    ++answered_from_kept_tables_;
    return *kept;
  }
  std::vector<SqlRow> rows = Ask(key, sql, params);
  if (rows.size() <= kMaxKeptTableReadRows) {
    KeptTableResults().Keep(key, stamp, std::make_shared<const std::vector<SqlRow>>(rows));
  }
  return rows;
}

std::shared_ptr<const void> RequestQueryMemo::QueryConverted(std::string_view as, std::string_view sql,
                                                             const SqlParams& params, const RowsConverter& convert) {
  if (inner_.InTransaction() || !OnlyReads(sql)) return convert(Query(sql, params));
  std::string key = std::string(as) + '\0' + KeyOf(sql, params);
  if (auto it = converted_.find(key); it != converted_.end()) {
    ++answered_from_memory_;
    return it->second;
  }
  std::shared_ptr<const void> value = convert(Query(sql, params));
  converted_.emplace(std::move(key), value);
  return value;
}

void RequestQueryMemo::Forget() {
  kept_.clear();
  converted_.clear();
}

int64_t RequestQueryMemo::Execute(std::string_view sql, const SqlParams& params) {
  Forget();
  WroteOnExit wrote(*this);
  return inner_.Execute(sql, params);
}

void RequestQueryMemo::ExecuteScript(std::string_view sql) {
  Forget();
  WroteOnExit wrote(*this);
  inner_.ExecuteScript(sql);
}

int64_t RequestQueryMemo::CopyRows(std::string_view table, const std::vector<std::string>& columns,
                                   const std::function<bool(SqlParams& row)>& next_row) {
  Forget();
  WroteOnExit wrote(*this);
  return inner_.CopyRows(table, columns, next_row);
}

void RequestQueryMemo::StartCopyRows(std::string_view table, const std::vector<std::string>& columns,
                                     const std::function<bool(SqlParams& row)>& next_row) {
  Forget();
  inner_.StartCopyRows(table, columns, next_row);
}

int64_t RequestQueryMemo::AwaitCopy() {
  WroteOnExit wrote(*this);
  return inner_.AwaitCopy();
}

void RequestQueryMemo::BeginWrite() {
  Forget();
  wrote_ = true;
  inner_.BeginWrite();
}

void RequestQueryMemo::Commit() {
  Forget();
  WroteOnExit wrote(*this);
  inner_.Commit();
}

void RequestQueryMemo::Rollback() {
  Forget();
  WroteOnExit wrote(*this);
  inner_.Rollback();
}

void RequestQueryMemo::SchemaChanged() {
  Forget();
  inner_.SchemaChanged();
}

}  // namespace fremdrift
