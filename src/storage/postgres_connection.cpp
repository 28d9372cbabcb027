#include "storage/postgres_connection.h"

#include <libpq-fe.h>

#include <charconv>
#include <cmath>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/failure.h"
#include "storage/copy_binary.h"
#include "storage/engine_error.h"
#include "storage/placeholder_rewrite.h"
#include "storage/transient_failure.h"

namespace fremdrift {
namespace {

// Type OIDs of the built-in types (fixed in pg_type.dat for every version).
constexpr Oid kBoolOid = 16;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;
constexpr Oid kFloat4Oid = 700;
constexpr Oid kFloat8Oid = 701;
constexpr Oid kNumericOid = 1700;

// Seconds to wait for the server when the URL does not say.
constexpr const char* kDefaultConnectTimeout = "10";

struct ResultDeleter {
  void operator()(PGresult* res) const { PQclear(res); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

void IgnoreNotice(void*, const char*) {}

std::string TrimEnd(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
    text.pop_back();
  }
  return text;
}

void ReplaceAll(std::string& text, const std::string& what,
                std::string_view with) {
  if (what.empty()) return;
  for (size_t at = text.find(what); at != std::string::npos;
       at = text.find(what, at + with.size())) {
    text.replace(at, what.size(), with);
  }
}

// `message` with the password of `url` blanked out, in both its raw
// (percent-encoded) and its decoded spelling, so errors can be logged.
std::string WithoutPassword(std::string message, const std::string& url) {
  size_t start = url.find("://");
  if (start != std::string::npos) {
    start += 3;
    size_t at = url.find('@', start);
    size_t slash = url.find('/', start);
    if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
      size_t colon = url.find(':', start);
      if (colon != std::string::npos && colon < at) {
        ReplaceAll(message, url.substr(colon + 1, at - colon - 1), "***");
      }
    }
  }
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(url.c_str(), &error);
  if (error) PQfreemem(error);
  if (options) {
    for (PQconninfoOption* o = options; o->keyword; ++o) {
      if (std::string_view(o->keyword) == "password" && o->val) {
        ReplaceAll(message, o->val, "***");
      }
    }
    PQconninfoFree(options);
  }
  return message;
}

int64_t ParseInt(std::string_view text) {
  int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) {
    throw Failure(FailureCode::kInternal,
                  "PostgreSQL returned a malformed integer: " +
                      std::string(text));
  }
  return value;
}

double ParseReal(std::string_view text) {
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) {
    throw Failure(FailureCode::kInternal,
                  "PostgreSQL returned a malformed number: " +
                      std::string(text));
  }
  return value;
}

// NUMERIC without a fraction or exponent that fits in 64 bits becomes an
// integer, the rest a double. SUM() of a BIGINT column is NUMERIC on
// PostgreSQL but an integer on SQLite; this keeps SqlRow::Int working.
SqlValue ParseNumeric(std::string_view text) {
  int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec == std::errc() && end == text.data() + text.size()) return value;
  return ParseReal(text);
}

SqlValue ColumnValue(const PGresult* res, int row, int col) {
  if (PQgetisnull(res, row, col)) return nullptr;
  std::string_view text(PQgetvalue(res, row, col),
                        static_cast<size_t>(PQgetlength(res, row, col)));
  switch (PQftype(res, col)) {
    case kInt2Oid:
    case kInt4Oid:
    case kInt8Oid: return ParseInt(text);
    case kFloat4Oid:
    case kFloat8Oid: return ParseReal(text);
    case kNumericOid: return ParseNumeric(text);
    case kBoolOid: return int64_t{text == "t" ? 1 : 0};
    default: return std::string(text);
  }
}

std::string RealText(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, end);
}

// Parameters in libpq's text format. `values` points into `texts` and into
// the caller's params, so both must outlive the call that uses it.
struct TextParams {
  std::vector<std::string> texts;
  std::vector<const char*> values;
};

TextParams ToText(const SqlParams& params) {
  TextParams out;
  out.texts.resize(params.size());
  out.values.resize(params.size(), nullptr);
  for (size_t i = 0; i < params.size(); ++i) {
    const SqlValue& v = params[i];
    if (auto p = std::get_if<int64_t>(&v)) {
      out.texts[i] = std::to_string(*p);
      out.values[i] = out.texts[i].c_str();
    } else if (auto p = std::get_if<double>(&v)) {
      out.texts[i] = RealText(*p);
      out.values[i] = out.texts[i].c_str();
    } else if (auto p = std::get_if<std::string>(&v)) {
      if (p->find('\0') != std::string::npos) {
        throw Failure(FailureCode::kInvalid,
                      "text must not contain a NUL character");
      }
      out.values[i] = p->c_str();
    }
  }
  return out;
}

// Appends `v` to a row of COPY's text format: \N for NULL, and a
// backslash before the characters that format gives a meaning.
void AppendCopyText(std::string& out, const SqlValue& v) {
  if (std::holds_alternative<std::nullptr_t>(v)) {
    out += "\\N";
  } else if (auto p = std::get_if<int64_t>(&v)) {
    char buffer[24];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, *p);
    out.append(buffer, end);
  } else if (auto p = std::get_if<double>(&v)) {
    out += RealText(*p);
  } else {
    const std::string& text = std::get<std::string>(v);
    for (char c : text) {
      switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\0':
          throw Failure(FailureCode::kInvalid, "text must not contain a NUL character");
        default: out += c;
      }
    }
  }
}

bool Succeeded(const PGresult* res) {
  if (!res) return false;
  ExecStatusType status = PQresultStatus(res);
  return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK ||
         status == PGRES_EMPTY_QUERY;
}

// True when the server refused a prepared statement because the tables it
// reads changed shape since it was prepared (e.g. SELECT * after ALTER).
bool IsStalePlan(const PGresult* res) {
  const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
  const char* text = PQresultErrorMessage(res);
  return state && std::string_view(state) == "0A000" &&
         std::string_view(text).find("cached plan") != std::string_view::npos;
}

class PostgresConnection : public SqlConnection {
 public:
  explicit PostgresConnection(const std::string& url) : url_(url) {
    const char* keys[] = {"connect_timeout", "fallback_application_name",
                          "dbname", nullptr};
    const char* values[] = {kDefaultConnectTimeout, "fremdrift", url.c_str(),
                            nullptr};
    // dbname comes last so that settings in the URL win over the defaults.
    conn_ = PQconnectdbParams(keys, values, /*expand_dbname=*/1);
    if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
      std::string message =
          conn_ ? TrimEnd(PQerrorMessage(conn_)) : "out of memory";
      PQfinish(conn_);
      throw Failure(FailureCode::kInternal,
                    "cannot connect to PostgreSQL: " +
                        WithoutPassword(message, url_));
    }
    try {
      ConfigureSession();
    } catch (...) {
      PQfinish(conn_);
      throw;
    }
  }

  ~PostgresConnection() override { PQfinish(conn_); }

  SqlDialect dialect() const override { return SqlDialect::kPostgres; }

  std::vector<SqlRow> Query(std::string_view sql,
                            const SqlParams& params) override {
    Result res = Run(sql, params);
    int rows = PQntuples(res.get());
    int cols = PQnfields(res.get());
    std::vector<SqlRow> out;
    out.reserve(static_cast<size_t>(rows));
    for (int r = 0; r < rows; ++r) {
      std::vector<SqlValue> values;
      values.reserve(static_cast<size_t>(cols));
      for (int c = 0; c < cols; ++c) {
        values.push_back(ColumnValue(res.get(), r, c));
      }
      out.emplace_back(std::move(values));
    }
    return out;
  }

  int64_t Execute(std::string_view sql, const SqlParams& params) override {
    Result res = Run(sql, params);
    std::string_view count = PQcmdTuples(res.get());
    return count.empty() ? 0 : ParseInt(count);
  }

  void ExecuteScript(std::string_view sql) override {
    Reconnect();
    std::string text(sql);
    Result res(PQexec(conn_, text.c_str()));
    NoteTransactionState();
    if (!Succeeded(res.get())) Fail(res.get(), "");
  }

  int64_t CopyRows(std::string_view table, const std::vector<std::string>& columns,
                   const std::function<bool(SqlParams& row)>& next_row) override {
    StartCopyRows(table, columns, next_row);
    return AwaitCopy();
  }

  // COPY ... FROM STDIN, sent in blocks of about 64 KiB; the server's
  // outcome is read by AwaitCopy. In the binary format (storage/
  // copy_binary.h) when every column's type allows, else in text.
  void StartCopyRows(std::string_view table, const std::vector<std::string>& columns,
                     const std::function<bool(SqlParams& row)>& next_row) override {
    Reconnect();
    const std::vector<uint32_t> types = BinaryCopyTypes(table, columns);
    const bool binary = !types.empty();
    std::string sql = "COPY " + std::string(table) + " (";
    for (size_t i = 0; i < columns.size(); ++i) sql += (i ? ", " : "") + columns[i];
    sql += binary ? ") FROM STDIN (FORMAT binary)" : ") FROM STDIN";
    {
      Result res(PQexec(conn_, sql.c_str()));
      NoteTransactionState();
      if (PQresultStatus(res.get()) != PGRES_COPY_IN) Fail(res.get(), " in: " + sql);
    }
    constexpr size_t kBlock = 64 << 10;
    std::string block;
    block.reserve(kBlock + 1024);
    SqlParams row;
    int64_t written = 0;
    try {
      while (next_row(row)) {
        if (row.size() != columns.size()) {
          throw Failure(FailureCode::kInternal, "CopyRows: a row has " + std::to_string(row.size()) +
                                                    " values for " + std::to_string(columns.size()) +
                                                    " columns of " + std::string(table));
        }
        if (binary) {
          if (written == 0) AppendCopyBinaryHeader(block);
          AppendCopyBinaryRow(block, row, types, columns);
        } else {
          for (size_t i = 0; i < row.size(); ++i) {
            if (i) block += '\t';
            AppendCopyText(block, row[i]);
          }
          block += '\n';
        }
        ++written;
        if (block.size() >= kBlock) {
          PutCopyData(block);
          block.clear();
        }
      }
      if (binary) {
        if (written == 0) AppendCopyBinaryHeader(block);
        AppendCopyBinaryTrailer(block);
      }
      PutCopyData(block);
    } catch (...) {
      // Ends the COPY with an error, so the server drops what it was sent.
      if (PQputCopyEnd(conn_, "CopyRows stopped by the client") == 1) DrainResults();
      NoteTransactionState();
      throw;
    }
    if (PQputCopyEnd(conn_, nullptr) != 1) {
      throw Failure(FailureCode::kInternal, "COPY failed: " + TrimEnd(PQerrorMessage(conn_)));
    }
    copy_pending_ = true;
    copy_rows_ = written;
  }

  int64_t AwaitCopy() override {
    if (!copy_pending_) throw Failure(FailureCode::kInternal, "AwaitCopy without a COPY started");
    copy_pending_ = false;
    Result res(PQgetResult(conn_));
    DrainResults();
    NoteTransactionState();
    if (!Succeeded(res.get())) Fail(res.get(), "");
    return copy_rows_;
  }

  void SchemaChanged() override { column_types_.clear(); }

  void BeginWrite() override { ExecuteScript("BEGIN"); }
  bool InTransaction() const override { return copy_pending_ || PQtransactionStatus(conn_) != PQTRANS_IDLE; }

  // A transaction in which a statement failed is aborted on PostgreSQL, and
  // the server answers COMMIT with ROLLBACK; that must not pass as success.
  void Commit() override {
    if (copy_pending_) throw Failure(FailureCode::kInternal, "COMMIT before the started COPY was awaited");
    Result res = EndTransaction("COMMIT");
    if (std::string_view(PQcmdStatus(res.get())) == "ROLLBACK") {
      throw Failure(FailureCode::kInternal,
                    "transaction rolled back: an earlier statement failed");
    }
  }

  // On a lost connection there is nothing left to undo: the server drops
  // the transaction itself.
  void Rollback() override {
    if (copy_pending_) {  // its outcome goes with the transaction
      copy_pending_ = false;
      DrainResults();
    }
    if (PQstatus(conn_) != CONNECTION_OK) {
      in_transaction_ = false;
      return;
    }
    EndTransaction("ROLLBACK");
  }

 private:
  // The type OIDs of `columns` of `table` for a binary COPY, read from the
  // catalogue once per table; empty when one of them has a type that
  // storage/copy_binary.h does not write (or is not found).
  std::vector<uint32_t> BinaryCopyTypes(std::string_view table, const std::vector<std::string>& columns) {
    auto known = column_types_.find(std::string(table));
    if (known == column_types_.end()) {
      std::unordered_map<std::string, uint32_t> types;
      for (const auto& r : Query("SELECT a.attname, CAST(a.atttypid AS BIGINT) FROM pg_attribute a "
                                 "WHERE a.attrelid = CAST(? AS regclass) AND a.attnum > 0 AND NOT a.attisdropped",
                                 {std::string(table)})) {
        types.emplace(r.Text(0), static_cast<uint32_t>(r.Int(1)));
      }
      known = column_types_.emplace(std::string(table), std::move(types)).first;
    }
    std::vector<uint32_t> out;
    for (const auto& column : columns) {
      auto it = known->second.find(column);
      if (it == known->second.end() || !IsCopyBinaryType(it->second)) return {};
      out.push_back(it->second);
    }
    return out;
  }

  void ConfigureSession() {
    PQsetNoticeProcessor(conn_, IgnoreNotice, nullptr);
    if (PQsetClientEncoding(conn_, "UTF8") != 0) {
      throw Failure(FailureCode::kInternal,
                    "cannot set client_encoding to UTF8: " +
                        TrimEnd(PQerrorMessage(conn_)));
    }
    Result res(PQexec(conn_, "SET TIME ZONE 'UTC'"));
    if (!Succeeded(res.get())) Fail(res.get(), "");
  }

  void PutCopyData(const std::string& block) {
    if (block.empty()) return;
    if (PQputCopyData(conn_, block.data(), static_cast<int>(block.size())) != 1) {
      throw Failure(FailureCode::kInternal, "COPY failed: " + TrimEnd(PQerrorMessage(conn_)));
    }
  }

  // Reads and drops the results still waiting after a COPY.
  void DrainResults() {
    while (PGresult* extra = PQgetResult(conn_)) PQclear(extra);
  }

  // Reconnects after a lost connection, unless a transaction was open on
  // it: its work is gone, which the caller must hear about.
  void Reconnect() {
    if (copy_pending_) {
      throw Failure(FailureCode::kInternal, "a statement was sent before the started COPY was awaited");
    }
    if (PQstatus(conn_) == CONNECTION_OK) return;
    if (in_transaction_) {
      throw Failure(FailureCode::kInternal,
                    "lost the connection to PostgreSQL in a transaction");
    }
    PQreset(conn_);
    if (PQstatus(conn_) != CONNECTION_OK) {
      throw Failure(FailureCode::kInternal,
                    "cannot connect to PostgreSQL: " +
                        WithoutPassword(TrimEnd(PQerrorMessage(conn_)), url_));
    }
    statements_.clear();  // prepared statements died with the session
    ConfigureSession();
  }

  void NoteTransactionState() {
    if (PQstatus(conn_) == CONNECTION_OK) {
      in_transaction_ = PQtransactionStatus(conn_) != PQTRANS_IDLE;
    }
  }

  Result EndTransaction(const char* command) {
    Result res(PQexec(conn_, command));
    in_transaction_ = false;
    NoteTransactionState();
    if (!Succeeded(res.get())) Fail(res.get(), "");
    return res;
  }

  // Runs one statement through the per-connection prepared-statement cache.
  Result Run(std::string_view sql, const SqlParams& params) {
    Reconnect();
    TextParams text = ToText(params);
    bool retry_allowed = !in_transaction_;
    for (;;) {
      const std::string& name = Prepared(sql);
      Result res(PQexecPrepared(conn_, name.c_str(),
                                static_cast<int>(text.values.size()),
                                text.values.data(), nullptr, nullptr,
                                /*resultFormat=*/0));
      NoteTransactionState();
      if (Succeeded(res.get())) return res;
      if (IsStalePlan(res.get())) {
        statements_.erase(std::string(sql));  // prepare afresh next time
        if (retry_allowed) {
          retry_allowed = false;
          continue;
        }
      }
      Fail(res.get(), "");
    }
  }

  // The server-side name of `sql`, preparing it on first use.
  const std::string& Prepared(std::string_view sql) {
    std::string key(sql);
    auto it = statements_.find(key);
    if (it != statements_.end()) return it->second;
    if (statements_.size() >= kMaxCachedStatements) {
      // Not transactional: it holds even if the transaction rolls back.
      Result res(PQexec(conn_, "DEALLOCATE ALL"));
      NoteTransactionState();
      if (Succeeded(res.get())) statements_.clear();
    }
    std::string name = "fremdrift_" + std::to_string(++statements_prepared_);
    std::string text = RewritePlaceholders(sql);
    Result res(PQprepare(conn_, name.c_str(), text.c_str(), 0, nullptr));
    NoteTransactionState();
    if (!Succeeded(res.get())) Fail(res.get(), " in: " + key);
    return statements_.emplace(std::move(key), std::move(name)).first->second;
  }

  // Throws the server's error: a deadlock or serialization failure is
  // transient, SQLSTATE class 23 (integrity constraint violation) a
  // conflict, anything else internal.
  [[noreturn]] void Fail(const PGresult* res, const std::string& context) {
    const char* state =
        res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
    const char* primary =
        res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    std::string message;
    if (primary) {
      message = primary;
    } else if (res && *PQresultErrorMessage(res)) {
      message = TrimEnd(PQresultErrorMessage(res));
    } else {
      message = TrimEnd(PQerrorMessage(conn_));
    }
    if (state && (std::string_view(state) == "40P01" || std::string_view(state) == "40001")) {
      throw TransientFailure(message + context);
    }
    bool conflict = state && std::string_view(state).substr(0, 2) == "23";
    throw EngineFailure(conflict, message + context);
  }

  std::string url_;
  PGconn* conn_ = nullptr;
  bool in_transaction_ = false;
  std::unordered_map<std::string, std::string> statements_;  // SQL -> name
  // A COPY sent whose outcome AwaitCopy has yet to read, and its rows.
  bool copy_pending_ = false;
  int64_t copy_rows_ = 0;
  // Table -> column -> type OID, for binary COPY (BinaryCopyTypes).
  std::unordered_map<std::string, std::unordered_map<std::string, uint32_t>> column_types_;
  uint64_t statements_prepared_ = 0;
};

}  // namespace

std::unique_ptr<SqlConnection> OpenPostgres(const std::string& url) {
  return std::make_unique<PostgresConnection>(url);
}

}  // namespace fremdrift
