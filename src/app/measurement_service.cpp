#include "app/measurement_service.h"

#include <algorithm>

#include "app/dimension_spellings.h"
#include "app/input_text.h"
#include "domain/dimension_value.h"
#include "domain/failure.h"
#include "domain/indicator_rules.h"
#include "formats/measurement_json.h"
#include "storage/aggregate_deltas.h"
#include "storage/audit_log.h"
#include "storage/indicator_lock.h"
#include "storage/indicator_store.h"
#include "storage/measurement_row_store.h"
#include "storage/measurement_store.h"
#include "storage/retry_transaction.h"

namespace fremdrift {
namespace {

void RequireMayEditMeasurements(const User& actor) {
  if (!MayEditIndicators(actor)) {
    throw Failure(FailureCode::kForbidden,
                  "user '" + actor.name + "' has the reader role and may not change measurements");
  }
}

// The dimension values by position; nullopt when one of the names is not
// a dimension of the indicator (so no such row can exist).
std::optional<std::array<std::string, 4>> Positions(const std::vector<std::string>& names,
                                                    const DimensionValues& dims) {
  std::array<std::string, 4> out;
  for (const auto& [name, value] : dims) {
    auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end()) return std::nullopt;
    out[static_cast<size_t>(it - names.begin())] = value;
  }
  return out;
}

VersionedValue FromRow(const std::string& code, const std::vector<std::string>& names,
                       const VersionedMeasurement& v) {
  VersionedValue out;
  Measurement& m = out.measurement;
  m.indicator = code;
  m.period = v.row.period;
  m.value = v.row.value;
  for (size_t i = 0; i < names.size() && i < 4; ++i) {
    if (!v.row.dims[i].empty()) m.dimensions[names[i]] = v.row.dims[i];
  }
  m.provisional = v.row.provisional;
  m.qualifier = v.row.qualifier;
  m.note = v.row.note;
  m.source_ref = v.row.source_ref;
  out.version = v.version;
  return out;
}

std::string AuditJson(const VersionedValue& v) {
  return MeasurementApiJson(v.measurement, v.version).dump();
}

// The parsed and checked body, with its indicator held for the write
// (storage/indicator_lock.h). Call it inside the write's transaction.
struct Checked {
  Measurement m;
  HeldIndicator held;
  std::vector<std::string> dimension_names;  // the indicator's, by position
  std::optional<int64_t> version;

  const MeasuredIndicator& indicator() const { return held.indicator; }
};

Checked ParseAndCheck(SqlConnection& conn, const nlohmann::json& body, bool needs_version) {
  std::vector<FieldProblem> problems;
  Checked c;
  c.m = MeasurementFromJson(body, {"version"}, problems);
  if (body.is_object()) {
    auto v = body.find("version");
    if (v != body.end() && v->is_number_integer()) {
      c.version = v->get<int64_t>();
    } else if (needs_version) {
      problems.push_back({"version", v == body.end() || v->is_null()
                                         ? "is required: send the version you read"
                                         : "must be an integer"});
    }
  }
  if (!c.m.indicator.empty()) {
    auto held = HoldIndicatorForDataChange(conn, c.m.indicator);
    if (!held) {
      problems.push_back({"indicator", "no indicator '" + c.m.indicator + "'"});
    } else {
      c.held = std::move(*held);
      c.dimension_names = IndicatorStore(conn).Dimensions(c.held.indicator.id);
      for (auto& p : ValidateMeasurement(c.m, c.held.indicator, c.dimension_names)) {
        problems.push_back(std::move(p));
      }
    }
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
  return c;
}

StoredMeasurement Row(const Measurement& m, const std::array<std::string, 4>& dims) {
  StoredMeasurement row;
  row.period = m.period;
  row.dims = dims;
  row.value = m.value;
  row.provisional = m.provisional;
  row.qualifier = m.qualifier;
  row.note = m.note;
  row.source_ref = m.source_ref;
  return row;
}

[[noreturn]] void NoSuchMeasurement(const MeasurementKey& key) {
  throw Failure(FailureCode::kNotFound,
                "indicator '" + key.indicator + "' has no measurement for " + key.period +
                    " with these dimension values",
                "period");
}

// After one measurement changed: the aggregates of its period and year
// (yearly sums are keyed by the period's first four characters, as the
// store keeps them), and the indicator's data version for caches.
void RefreshAggregates(SqlConnection& conn, int64_t indicator_id, const std::string& period) {
  MeasurementStore store(conn);
  store.RebuildPeriodAggregates(indicator_id, period);
  store.RebuildYearAggregates(indicator_id, period.substr(0, 4));
  store.MarkDataChanged(indicator_id);
}

// Each write below is one transaction, run again by RetryTransaction when
// PostgreSQL gives it up to break a deadlock. It locks its indicator before
// writing, so that concurrent writers of one indicator take turns on its
// dimensions and aggregates rather than clash on their keys.

VersionedValue AddOnce(SqlConnection& conn, const User& actor, const nlohmann::json& body) {
  RequireValidInputText(body);
  RequireMayEditMeasurements(actor);
  WriteTransaction tx(conn);
  Checked c = ParseAndCheck(conn, body, false);
  const MeasuredIndicator& ind = c.indicator();
  IndicatorStore indicators(conn);
  MeasurementRowStore rows(conn);
  DimensionSpellings spellings(conn, ind.id, c.held.spellings_current);
  std::array<std::string, 4> dims;
  // The names of the dimensions this measurement has values for, by
  // position: all that reading it back needs.
  std::vector<std::string> names(kMaxDimensions);
  for (const auto& [name, value] : c.m.dimensions) {
    // A value typed with other case or spacing is the existing one, so
    // that no second series appears by accident.
    int pos = indicators.DimensionPosition(ind.id, name, c.dimension_names);
    names[static_cast<size_t>(pos - 1)] = name;
    dims[static_cast<size_t>(pos - 1)] = spellings.StoredValue(pos, value);
  }
  StoredMeasurement row = Row(c.m, dims);
  const int64_t version = rows.Insert(ind.id, row);
  for (int pos = 1; pos <= kMaxDimensions; ++pos) spellings.Record(pos, dims[static_cast<size_t>(pos - 1)]);
  // A new row only adds to its groups' sums, counts and bounds: added in
  // place, which costs the same however many rows the period already has
  // (a rebuild reads them all, and 390 organisations report into the same
  // periods before a deadline).
  AggregateDeltas added(&rows.codes());
  added.Added(ind.id, row);
  added.MergeAdded(conn);
  const IndicatorDataStamp after = spellings.MarkDataChangedAndCurrent();
  // The row as stored: what was inserted, with the version it was given.
  VersionedValue stored = FromRow(ind.code, names, {std::move(row), version});
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "measurement",
                         .entity_id = ind.code,
                         .action = "create",
                         .after = AuditJson(stored)});
  tx.Commit();
  KeepHeldIndicatorAfterDataWrite(c.held, after, c.dimension_names);
  return stored;
}

VersionedValue UpdateOnce(SqlConnection& conn, const User& actor, const nlohmann::json& body) {
  RequireValidInputText(body);
  RequireMayEditMeasurements(actor);
  WriteTransaction tx(conn);
  Checked c = ParseAndCheck(conn, body, true);
  const MeasuredIndicator& ind = c.indicator();
  const std::vector<std::string>& names = c.dimension_names;
  auto dims = Positions(names, c.m.dimensions);
  MeasurementKey key{ind.code, c.m.period, c.m.dimensions};
  if (!dims) NoSuchMeasurement(key);
  MeasurementRowStore rows(conn);
  auto before = rows.Find(ind.id, c.m.period, *dims);
  if (!before) NoSuchMeasurement(key);
  rows.Update(ind.id, Row(c.m, *dims), *c.version);
  RefreshAggregates(conn, ind.id, c.m.period);
  VersionedValue stored = FromRow(ind.code, names, *rows.Find(ind.id, c.m.period, *dims));
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "measurement",
                         .entity_id = ind.code,
                         .action = "update",
                         .before = AuditJson(FromRow(ind.code, names, *before)),
                         .after = AuditJson(stored)});
  tx.Commit();
  return stored;
}

void DeleteOnce(SqlConnection& conn, const User& actor, const MeasurementKey& key,
                int64_t expected_version) {
  RequireMayEditMeasurements(actor);
  WriteTransaction tx(conn);
  auto held = HoldIndicatorForDataChange(conn, key.indicator);
  if (!held) throw Failure(FailureCode::kNotFound, "no indicator '" + key.indicator + "'", "indicator");
  const MeasuredIndicator& ind = held->indicator;
  auto names = IndicatorStore(conn).Dimensions(ind.id);
  auto dims = Positions(names, key.dimensions);
  if (!dims) NoSuchMeasurement(key);
  MeasurementRowStore rows(conn);
  auto before = rows.Find(ind.id, key.period, *dims);
  if (!before) NoSuchMeasurement(key);
  rows.Delete(ind.id, key.period, *dims, expected_version);
  RefreshAggregates(conn, ind.id, key.period);
  AuditLog(conn).Append({.actor = actor.name,
                         .entity = "measurement",
                         .entity_id = ind.code,
                         .action = "delete",
                         .before = AuditJson(FromRow(ind.code, names, *before))});
  tx.Commit();
}

}  // namespace

VersionedValue AddMeasurement(SqlConnection& conn, const User& actor, const nlohmann::json& body) {
  return RetryTransaction([&] { return AddOnce(conn, actor, body); });
}

VersionedValue UpdateMeasurement(SqlConnection& conn, const User& actor, const nlohmann::json& body) {
  return RetryTransaction([&] { return UpdateOnce(conn, actor, body); });
}

void DeleteMeasurement(SqlConnection& conn, const User& actor, const MeasurementKey& key,
                       int64_t expected_version) {
  RetryTransaction([&] { DeleteOnce(conn, actor, key, expected_version); });
}

std::vector<VersionedValue> ListMeasurements(SqlConnection& conn, const Indicator& indicator) {
  auto names = IndicatorStore(conn).Dimensions(indicator.id);
  std::vector<VersionedValue> out;
  for (const auto& v : MeasurementRowStore(conn).List(indicator.id)) {
    out.push_back(FromRow(indicator.code, names, v));
  }
  return out;
}

std::optional<VersionedValue> FindMeasurement(SqlConnection& conn, const MeasurementKey& key) {
  IndicatorStore indicators(conn);
  auto ind = indicators.FindByCode(key.indicator);
  if (!ind) return std::nullopt;
  auto names = indicators.Dimensions(ind->id);
  auto dims = Positions(names, key.dimensions);
  if (!dims) return std::nullopt;
  auto v = MeasurementRowStore(conn).Find(ind->id, key.period, *dims);
  if (!v) return std::nullopt;
  return FromRow(ind->code, names, *v);
}

}  // namespace fremdrift
