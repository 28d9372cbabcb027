#include "app/measurement_import.h"

#include <algorithm>
#include <optional>
#include <map>
#include <set>
#include <span>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "domain/failure.h"
#include "domain/measurement.h"
#include "domain/dimension_value.h"
#include "domain/measurement_column.h"
#include "domain/period.h"
#include "domain/text_field_rules.h"
#include "domain/typed_input.h"
#include "formats/json_input.h"
#include "formats/csv_reader.h"
#include "formats/decimal.h"
#include "storage/aggregate_deltas.h"
#include "storage/audit_log.h"
#include "storage/indicator_lock.h"
#include "storage/indicator_store.h"
#include "storage/measurement_row_store.h"
#include "storage/measurement_store.h"
#include "storage/retry_transaction.h"

namespace fremdrift {
namespace {

// How often (in rows) the progress callback is called.
constexpr int64_t kProgressEvery = 50000;

// One input row, whatever the format, before checking.
struct RawRow {
  int64_t line = 0;
  std::string indicator;
  std::string period;
  std::string value;  // text as given; "" when absent
  bool value_is_number = false;
  double number = 0;
  std::string status;
  std::string qualifier;  // "" is exact
  std::string note;
  std::string source_ref;
  std::vector<std::pair<std::string, std::string>> dimensions;  // name, value
};

// Thrown to start an import again with more indicators locked first.
struct LockOrderRestart {};

// The first text of `row` that breaks the rules of text fields
// (domain/text_field_rules.h): checked before anything quotes the row.
std::optional<FieldProblem> RowTextProblem(const RawRow& row) {
  std::vector<FieldProblem> p;
  CheckTextField(p, "indicator", row.indicator, TextShape::kLine, kMaxKeyChars);
  CheckTextField(p, "period", row.period, TextShape::kLine, kMaxKeyChars);
  CheckTextField(p, "value", row.value, TextShape::kLine, kMaxKeyChars);
  CheckTextField(p, "status", row.status, TextShape::kLine, kMaxKeyChars);
  CheckTextField(p, "qualifier", row.qualifier, TextShape::kLine, kMaxKeyChars);
  CheckTextField(p, "note", row.note, TextShape::kMultiLine, kMaxLongTextChars);
  CheckTextField(p, "source_ref", row.source_ref, TextShape::kLine, kMaxNameChars);
  for (const auto& [name, value] : row.dimensions) {
    CheckTextField(p, "dimension", name, TextShape::kLine, kMaxKeyChars);
    CheckTextField(p, p.empty() ? name : "dimension", value, TextShape::kLine, kMaxNameChars);
  }
  if (p.empty()) return std::nullopt;
  return p.front();
}

// Checks rows and writes the valid ones, counting into the summary.
class RowWriter {
 public:
  // Without `keep_aggregates` (a dry run), the aggregates are left alone.
  // `lock_first`: indicators to lock, in this order, before anything else
  // (see LockFor); nullptr for a writer that waits for every lock, as the
  // bundle import's, which is run again whole should PostgreSQL break a
  // deadlock (ImportBundle).
  RowWriter(SqlConnection& conn, ImportSummary& summary, bool keep_aggregates,
            std::vector<int64_t>* lock_first = nullptr)
      : conn_(conn),
        indicators_(conn),
        measurements_(conn),
        summary_(summary),
        keep_aggregates_(keep_aggregates),
        lock_first_(lock_first) {
    if (!lock_first_) return;
    for (int64_t id : *lock_first_) {
      LockIndicatorForDataChange(conn_, id);
      locked_.insert(id);
    }
  }

  void set_decimal_comma(bool on) { decimal_comma_ = on; }

  void Write(const RawRow& row) {
    if (auto bad = RowTextProblem(row)) return Conflict(row, *bad);
    Cached* ind = Lookup(row);
    if (!ind) {
      if (row.indicator.empty()) Conflict(row, {"indicator", "is empty", "required", {}});
      else Conflict(row, {"indicator", "unknown indicator '" + row.indicator + "'", "unknown_indicator",
                          {{"indicator", row.indicator}}});
    }
    // Rows come grouped by period too: the last one is read once.
    if (row.period != last_period_typed_ || last_period_.empty()) {
      auto period = Period::Parse(row.period);
      if (!period) {
        return Conflict(row, {"period",
                              "'" + row.period + "' is not a period (2022, 2022-Q1, 2022-T1, 2022-01, "
                              "2022-W05 or 2022-01-31)",
                              "not_a_period",
                              {{"period", row.period}}});
      }
      last_period_typed_ = row.period;
      last_period_ = period->ToString();
    }
    StoredMeasurement m;
    m.period = last_period_;
    if (row.value_is_number) {
      m.value = row.number;
    } else if (!row.value.empty()) {
      // As the file's notation has it, else as a person types it
      // ("1 234,5", "35 %", "−2"; domain/typed_input.h).
      m.value = ParseDecimal(row.value, decimal_comma_);
      if (!m.value) m.value = ParseTypedPercent(row.value);
      if (!m.value) {
        return Conflict(row, {"value", "'" + row.value + "' is not a number", "not_a_typed_number",
                              {{"value", row.value}}});
      }
    } else if (row.note.empty()) {
      return Conflict(row, {"value", "is empty; give a number, or a note saying why data is missing",
                            "value_or_note_required", {}});
    }
    if (row.status == "provisional" || row.status == "foreløpig") {
      m.provisional = true;
    } else if (!(row.status.empty() || row.status == "final" || row.status == "endelig")) {
      return Conflict(row, {"status", "'" + row.status + "' is not final or provisional",
                            "not_final_or_provisional", {{"status", row.status}}});
    }
    if (auto q = ParseQualifierWord(row.qualifier)) {
      m.qualifier = *q;
    } else {
      return Conflict(row, {"qualifier", "'" + row.qualifier + "' is not exact, about, under or over",
                            "not_a_qualifier", {{"qualifier", row.qualifier}}});
    }
    m.note = row.note;
    m.source_ref = row.source_ref;
    if (!ind) return;  // reported by Lookup; the rest of the row was checked
    for (const auto& [name, value] : row.dimensions) {
      if (value.empty()) continue;
      int pos;
      try {
        pos = Position(*ind, name);
      } catch (const Failure& f) {
        return Conflict(row, {name, f.what(), f.rule(), f.params()});
      }
      m.dims[static_cast<size_t>(pos - 1)] = KnownDimensionValue(ind->id, pos, value);
    }
    pending_.emplace_back(ind->id, std::move(m));
    // Also when this row's checks had to await the rows being written (a
    // new indicator or dimension): the database would otherwise be idle
    // while the rest of the batch is read.
    if (pending_.size() >= batch_rows_) {
      Flush();
      batch_rows_ = std::min(kBatchRows, batch_rows_ * 2);
    } else if (std::exchange(settled_, false)) {
      // The database has only the rows read so far to store: the next
      // batches are small at first, so that it gets more to do before it
      // runs out.
      Flush();
      batch_rows_ = kFirstBatchRows;
    }
  }

  // Starts writing the rows waiting in the batch, all at once as if they
  // were all new (as in a first import). The database stores them while
  // the next batch is read and checked (SqlConnection::StartCopyRows):
  // their outcome is awaited before the connection is used again
  // (AwaitWritten). The rows written before are counted into the summary
  // and the aggregates only once this batch is on its way, so that the
  // database does not wait for that either.
  void Flush() {
    // Worked out while the database may still be storing the last batch.
    const std::vector<std::string> new_values = measurements_.ValuesWithoutCode(pending_);
    std::vector<std::pair<int64_t, StoredMeasurement>> copied = AwaitWritten();
    if (aggregates_.groups() >= kMaxAggregateGroups) aggregates_.ApplyAllBut(conn_, last_indicator_);
    if (!pending_.empty()) {
      measurements_.StartInsertNew(pending_, new_values);
      writing_.swap(pending_);
      pending_.clear();
    }
    CountCopied(copied);
  }

  // Awaits the rows being written. If they were all new, returns them for
  // CountCopied; if any of them was not new after all, none was written,
  // and they are upserted and counted here.
  std::vector<std::pair<int64_t, StoredMeasurement>> AwaitWritten() {
    std::vector<std::pair<int64_t, StoredMeasurement>> copied;
    if (writing_.empty()) return copied;
    last_indicator_ = writing_.back().first;
    if (measurements_.FinishInsertNew()) {
      copied.swap(writing_);
      return copied;
    }
    std::span<const std::pair<int64_t, StoredMeasurement>> all(writing_);
    for (size_t from = 0; from < all.size(); from += kUpsertRows) {
      auto part = all.subspan(from, std::min(kUpsertRows, all.size() - from));
      auto outcomes = measurements_.UpsertBatch(part);
      for (size_t i = 0; i < part.size(); ++i) {
        const auto& [id, m] = part[i];
        switch (outcomes[i]) {
          case UpsertOutcome::kInserted:
            ++summary_.imported;
            changed_.insert(id);
            if (keep_aggregates_) aggregates_.Added(id, m);
            break;
          case UpsertOutcome::kUpdated:
            ++summary_.updated;
            changed_.insert(id);
            if (keep_aggregates_) aggregates_.Changed(id, m.period);
            break;
          case UpsertOutcome::kUnchanged: ++summary_.ignored; break;
        }
      }
    }
    writing_.clear();
    return copied;
  }

  // Awaits the rows being written and counts them, so that the connection
  // can be used for something else.
  void Settle() {
    if (writing_.empty()) return;
    CountCopied(AwaitWritten());
    settled_ = true;
  }

  // Counts rows that AwaitWritten found written as new.
  void CountCopied(const std::vector<std::pair<int64_t, StoredMeasurement>>& copied) {
    summary_.imported += static_cast<int64_t>(copied.size());
    for (const auto& [id, m] : copied) changed_.insert(id);
    if (keep_aggregates_) {
      for (const auto& [id, m] : copied) aggregates_.Added(id, m);
    }
  }

  // Writes the last rows and brings the aggregates of the indicators the
  // import touched up to date. Indicators whose figures changed (a row
  // added or a value changed) get a new version, which caches key on, and
  // "last updated" now; rows that were there already change neither.
  void Finish() {
    Flush();
    CountCopied(AwaitWritten());
    if (!keep_aggregates_) return;
    aggregates_.Apply(conn_);
    for (int64_t id : changed_) measurements_.MarkDataChanged(id);
  }

  const std::set<std::string>& touched_codes() const { return touched_codes_; }

  // Reports a row that could not even be read into its columns.
  void Reject(int64_t line, const std::string& column, const std::string& reason,
              const std::string& rule = "", MessageParams params = {}) {
    summary_.AddConflict(line, column, reason, rule, std::move(params));
  }

 private:
  struct KnownValues {
    std::unordered_set<std::string> exact;
    std::unordered_map<std::string, std::string> by_match_key;  // the first value with that key
    void Add(std::string value) {
      by_match_key.emplace(DimensionValueMatchKey(value), value);
      exact.insert(std::move(value));
    }
  };
  struct Cached {
    int64_t id;
    std::vector<std::pair<std::string, int>> positions;  // dimension name, position
  };

  // The dimension's position, looked up (or added) once per import.
  int Position(Cached& ind, const std::string& name) {
    for (const auto& [known, pos] : ind.positions) {
      if (known == name) return pos;
    }
    Settle();  // before the connection is used again
    int pos = indicators_.DimensionPosition(ind.id, name);
    ind.positions.emplace_back(name, pos);
    return pos;
  }

  // `typed` as the indicator already spells it in dimension `pos` (stored
  // or earlier in this import), or tidied when it is new
  // (domain/dimension_value.h).
  // The same choice as ExistingDimensionValue, by hashing: an exact match
  // first, else the first value with the same match key. A national file
  // has hundreds of municipalities per dimension and millions of rows.
  std::string KnownDimensionValue(int64_t indicator_id, int pos, const std::string& typed) {
    auto key = std::make_pair(indicator_id, pos);
    auto it = dimension_values_.find(key);
    if (it == dimension_values_.end()) {
      Settle();  // before the connection is used again
      KnownValues known;
      for (auto& value : MeasurementRowStore(conn_).DimensionValues(indicator_id, pos)) known.Add(std::move(value));
      it = dimension_values_.emplace(key, std::move(known)).first;
    }
    KnownValues& known = it->second;
    if (known.exact.count(typed)) return typed;
    if (auto same = known.by_match_key.find(DimensionValueMatchKey(typed)); same != known.by_match_key.end()) {
      return same->second;
    }
    std::string tidy = TidyDimensionValue(typed);
    known.Add(tidy);
    return tidy;
  }

  // The indicator of the row, or nullptr (reported) when there is none.
  // Rows come grouped by indicator: the last one is looked up first.
  Cached* Lookup(const RawRow& row) {
    if (last_ != cache_.end() && last_->first == row.indicator) return last_->second ? &*last_->second : nullptr;
    auto it = cache_.find(row.indicator);
    if (it == cache_.end()) {
      Settle();  // before the connection is used again
      std::optional<Cached> c;
      // Its id is all the import needs: one query, not the whole indicator.
      if (auto ind = indicators_.Stamp(row.indicator)) {
        // Before its first row, dimension or aggregate is written.
        LockFor(ind->id);
        c = Cached{ind->id, {}};
        // Its dimensions at once: Position() asks only about new names.
        const std::vector<std::string> names = indicators_.Dimensions(ind->id);
        for (size_t i = 0; i < names.size(); ++i) c->positions.emplace_back(names[i], static_cast<int>(i + 1));
      }
      it = cache_.emplace(row.indicator, c).first;
    }
    last_ = it;
    if (!it->second) return nullptr;
    touched_codes_.insert(row.indicator);
    return &*it->second;
  }

  // Locks indicator `id` for this import without ever risking a deadlock:
  // waiting only while holding no other indicator; else taking it only if
  // it is free, and otherwise starting again (LockOrderRestart) with every
  // indicator met so far locked first, in id order, so that imports always
  // wait for indicators in the same order.
  void LockFor(int64_t id) {
    if (locked_.count(id)) return;
    if (!lock_first_ || locked_.empty()) {
      LockIndicatorForDataChange(conn_, id);
    } else if (!TryLockIndicatorForDataChange(conn_, id)) {
      lock_first_->assign(locked_.begin(), locked_.end());
      lock_first_->push_back(id);
      std::sort(lock_first_->begin(), lock_first_->end());
      throw LockOrderRestart();
    }
    locked_.insert(id);
  }

  void Conflict(const RawRow& row, const FieldProblem& p) {
    summary_.AddConflict(row.line, p.field, p.message, p.rule, p.params);
  }

  SqlConnection& conn_;
  IndicatorStore indicators_;
  MeasurementStore measurements_;
  ImportSummary& summary_;
  bool keep_aggregates_;
  bool decimal_comma_ = false;
  AggregateDeltas aggregates_;
  std::string last_period_typed_;  // the last valid period as given
  std::string last_period_;        // ... and as stored ("" before the first)
  std::map<std::string, std::optional<Cached>> cache_;
  std::map<std::string, std::optional<Cached>>::iterator last_ = cache_.end();
  // Rows are written in batches: new rows in one bulk write each, others
  // with one INSERT per kUpsertRows, which saves a statement (and on
  // PostgreSQL a round trip) per row.
  static constexpr size_t kBatchRows = 10000;
  // At the start and after the import had to await the database
  // (Settle), batches start at this size and double up to kBatchRows.
  static constexpr size_t kFirstBatchRows = 1250;
  static constexpr size_t kUpsertRows = 500;
  // Aggregate changes are written when they hold this many groups (about
  // 100 bytes each), which bounds the memory they take: a national
  // indicator has 357 groups per month (every row, and each municipality).
  static constexpr size_t kMaxAggregateGroups = 200000;
  std::vector<std::pair<int64_t, StoredMeasurement>> pending_;
  // The batch the database is storing (Flush), until AwaitWritten.
  std::vector<std::pair<int64_t, StoredMeasurement>> writing_;
  int64_t last_indicator_ = 0;  // of the last batch AwaitWritten awaited
  bool settled_ = false;  // Settle() awaited a batch since the last Flush()
  // Rows of the next batch: small at first, so that the database starts
  // storing soon.
  size_t batch_rows_ = kFirstBatchRows;
  std::set<int64_t> changed_;  // indicators with a row inserted or updated
  std::vector<int64_t>* lock_first_;
  std::set<int64_t> locked_;  // indicators this transaction holds
  std::set<std::string> touched_codes_;
  std::map<std::pair<int64_t, int>, KnownValues> dimension_values_;
};

void ReadCsv(std::istream& in, RowWriter& writer, const MeasurementImportOptions& options) {
  CsvReader reader(in);
  std::vector<std::string> fields;
  if (!reader.Next(fields)) {
    throw Failure(FailureCode::kInvalid, "the file is empty", "line 1", "file_empty", {});
  }
  writer.set_decimal_comma(reader.separator() == ';');
  int col_indicator = -1, col_period = -1, col_value = -1, col_status = -1, col_note = -1,
      col_source = -1, col_qualifier = -1;
  std::vector<std::pair<int, std::string>> dims;
  std::set<std::string> seen;
  for (int i = 0; i < static_cast<int>(fields.size()); ++i) {
    std::string name = fields[static_cast<size_t>(i)];
    if (auto bad = TextFieldProblem(name, TextShape::kLine, kMaxKeyChars)) {
      throw Failure(FailureCode::kInvalid, "line 1: the name of column " + std::to_string(i + 1) + " " + *bad,
                    "line 1");
    }
    if (name.empty()) {
      throw Failure(FailureCode::kInvalid, "line 1: column " + std::to_string(i + 1) + " has no name",
                    "line 1", "csv_column_unnamed", {{"number", std::to_string(i + 1)}});
    }
    if (!seen.insert(name).second) {
      throw Failure(FailureCode::kInvalid, "line 1: column '" + name + "' appears twice", name,
                    "csv_column_twice", {{"column", name}});
    }
    switch (MeasurementColumnOf(name)) {
      case MeasurementColumn::kIndicator: col_indicator = i; break;
      case MeasurementColumn::kPeriod: col_period = i; break;
      case MeasurementColumn::kValue: col_value = i; break;
      case MeasurementColumn::kStatus: col_status = i; break;
      case MeasurementColumn::kNote: col_note = i; break;
      case MeasurementColumn::kSourceRef: col_source = i; break;
      case MeasurementColumn::kQualifier: col_qualifier = i; break;
      case MeasurementColumn::kDimension: dims.emplace_back(i, name); break;
    }
  }
  for (auto [col, name] : {std::pair{col_indicator, "indicator"}, std::pair{col_period, "period"},
                           std::pair{col_value, "value"}}) {
    if (col < 0) {
      throw Failure(FailureCode::kInvalid,
                    std::string("line 1: the header has no '") + name + "' column", name,
                    "csv_column_missing", {{"column", name}, {"column.nb", MeasurementColumnNorwegian(name)}});
    }
  }
  size_t width = fields.size();
  RawRow row;
  for (const auto& [c, name] : dims) row.dimensions.emplace_back(name, "");
  int64_t rows = 0;
  while (reader.Next(fields)) {
    row.line = reader.line();
    if (fields.size() != width) {
      writer.Reject(row.line, "line",
                    "has " + std::to_string(fields.size()) + " fields where the header has " +
                        std::to_string(width),
                    "csv_field_count",
                    {{"fields", std::to_string(fields.size())}, {"width", std::to_string(width)}});
      continue;
    }
    auto at = [&](int c) -> const std::string& {
      static const std::string kEmpty;
      return c < 0 ? kEmpty : fields[static_cast<size_t>(c)];
    };
    row.indicator = at(col_indicator);
    row.period = at(col_period);
    row.value = at(col_value);
    row.status = at(col_status);
    row.qualifier = at(col_qualifier);
    row.note = at(col_note);
    row.source_ref = at(col_source);
    for (size_t d = 0; d < dims.size(); ++d) row.dimensions[d].second = fields[static_cast<size_t>(dims[d].first)];
    writer.Write(row);
    if (options.progress && ++rows % kProgressEvery == 0) options.progress(reader.bytes_read());
  }
}

void ReadJsonElement(const nlohmann::json& e, int64_t index, RowWriter& writer) {
  RawRow row;
  row.line = index;
  auto text = [&](const char* name) -> std::string {
    auto it = e.find(name);
    if (it == e.end() || it->is_null()) return "";
    return it->is_string() ? it->get<std::string>() : it->dump();
  };
  if (!e.is_object()) return writer.Reject(index, "element", "must be an object", "not_an_object");
  row.indicator = text("indicator");
  row.period = text("period");
  if (auto v = e.find("value"); v != e.end() && v->is_number()) {
    row.value_is_number = true;
    row.number = v->get<double>();
  } else {
    row.value = text("value");
  }
  row.status = text("status");
  row.qualifier = text("qualifier");
  row.note = text("note");
  row.source_ref = text("source_ref");
  if (auto d = e.find("dimensions"); d != e.end() && d->is_object()) {
    for (const auto& [k, v] : d->items()) {
      row.dimensions.emplace_back(k, v.is_string() ? v.get<std::string>() : v.dump());
    }
  }
  writer.Write(row);
}

void ReadJson(std::istream& in, RowWriter& writer) {
  // Peek at the first non-space character to know where elements sit.
  char first = 0;
  while (in && std::isspace(static_cast<unsigned char>(first = static_cast<char>(in.peek())))) in.get();
  int element_depth = first == '[' ? 1 : 2;
  int64_t index = 0;
  bool in_measurements = first == '[';
  try {
    // Each element is handled when it closes and then dropped, so memory
    // stays constant however long the array is.
    nlohmann::json ignored = nlohmann::json::parse(in, [&](int depth, nlohmann::json::parse_event_t event,
                                  nlohmann::json& parsed) {
      using E = nlohmann::json::parse_event_t;
      if ((event == E::object_start || event == E::array_start) &&
          static_cast<size_t>(depth) >= kMaxJsonDepth) {
        throw Failure(FailureCode::kInvalid,
                      "nested deeper than " + std::to_string(kMaxJsonDepth) +
                          " levels of arrays and objects",
                      "element " + std::to_string(index + 1));
      }
      if (first == '{' && depth == 1 && event == E::key) {
        in_measurements = parsed == "measurements";
      }
      if (in_measurements && depth == element_depth && event == E::object_end) {
        ReadJsonElement(parsed, ++index, writer);
        return false;
      }
      return true;
    });
  } catch (const nlohmann::json::parse_error& e) {
    throw Failure(FailureCode::kInvalid,
                  "not valid JSON at byte " + std::to_string(e.byte) + " (after element " +
                      std::to_string(index) + "): " + ToValidUtf8(e.what()),
                  "element " + std::to_string(index + 1));
  } catch (const nlohmann::json::exception& e) {  // e.g. a number too large
    throw Failure(FailureCode::kInvalid, std::string("not valid JSON: ") + ToValidUtf8(e.what()),
                  "element " + std::to_string(index + 1));
  }
}

}  // namespace

ImportSummary ImportMeasurementArray(SqlConnection& conn, const nlohmann::json& array,
                                     const std::string& path,
                                     std::vector<FieldProblem>& problems) {
  ImportSummary summary;
  RowWriter writer(conn, summary, true);
  int64_t index = 0;
  for (const auto& e : array) ReadJsonElement(e, ++index, writer);
  writer.Finish();
  for (const auto& c : summary.conflicts) {
    problems.push_back({path + "[" + std::to_string(c.line - 1) + "]." + c.column, c.reason});
  }
  return summary;
}

namespace {

ImportSummary ImportOnce(SqlConnection& conn, std::istream& in, MeasurementFormat format,
                         const MeasurementImportOptions& options, std::vector<int64_t>& lock_first) {
  ImportSummary summary;
  WriteTransaction tx(conn);
  RowWriter writer(conn, summary, !options.dry_run, &lock_first);
  if (format == MeasurementFormat::kCsv) ReadCsv(in, writer, options);
  else ReadJson(in, writer);
  writer.Finish();
  summary.ignored += summary.invalid;
  if (options.dry_run) {
    summary.status = ImportStatus::kDryRun;
    return summary;  // the transaction rolls back
  }
  if (summary.invalid > 0 && !options.skip_invalid) {
    summary.status = ImportStatus::kError;
    summary.ignored -= summary.invalid;
    return summary;
  }
  nlohmann::json indicators = writer.touched_codes();
  AuditLog(conn).Append({.actor = options.actor,
                         .entity = "measurements",
                         .action = "import",
                         .after = nlohmann::json{{"indicators", indicators},
                                                 {"imported", summary.imported},
                                                 {"updated", summary.updated},
                                                 {"ignored", summary.ignored},
                                                 {"invalid", summary.invalid}}
                                      .dump()});
  tx.Commit();
  return summary;
}

}  // namespace

// The import locks each indicator as it first meets it, never waiting for
// one while it holds another (RowWriter::LockFor), so imports do not
// deadlock on indicators; one that finds an indicator taken starts again
// with the ones it met locked first. Should PostgreSQL still give the
// transaction up (a deadlock elsewhere, a serialization failure), it is
// run again too. Either way the input is read again from where it started
// (when the stream can seek back; every caller's can).
ImportSummary ImportMeasurements(SqlConnection& conn, std::istream& in, MeasurementFormat format,
                                 const MeasurementImportOptions& options) {
  const std::istream::pos_type start = in.tellg();
  bool first = true;
  std::vector<int64_t> lock_first;
  auto attempt = [&] {
    if (!first) {
      if (start == std::istream::pos_type(-1)) {
        throw Failure(FailureCode::kInternal, "the import clashed with another and cannot be read again");
      }
      in.clear();
      in.seekg(start);
    }
    first = false;
    return ImportOnce(conn, in, format, options, lock_first);
  };
  // Each restart adds an indicator to lock_first, so there are at most as
  // many as the input has indicators.
  for (;;) {
    try {
      return RetryTransaction(attempt);
    } catch (const LockOrderRestart&) {
    }
  }
}

}  // namespace fremdrift
