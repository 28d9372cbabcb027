#include "storage/aggregate_deltas.h"

#include <algorithm>

#include "domain/failure.h"
#include "storage/period_code.h"

namespace fremdrift {

AggregateDeltas::PeriodDeltas& AggregateDeltas::At(Deltas& deltas, Deltas::iterator& last,
                                                   int64_t indicator_id, std::string_view period) {
  if (last != deltas.end() && last->first.first == indicator_id && last->first.second == period) {
    return last->second;
  }
  last = deltas.try_emplace(Key(indicator_id, std::string(period))).first;
  return last->second;
}

size_t AggregateDeltas::Add(PeriodDeltas& p, const StoredMeasurement& m) {
  size_t added_groups = 0;
  if (p.changed) return added_groups;  // recomputed anyway
  const double v = *m.value;
  auto add = [&](std::vector<Group>& groups, const std::string& dim_value) {
    for (Group& g : groups) {
      if (g.dim_value != dim_value) continue;
      g.total += v;
      ++g.n;
      if (v < g.min) g.min = v;
      if (v > g.max) g.max = v;
      g.provisional = g.provisional || m.provisional;
      g.may_be_lower = g.may_be_lower || MayBeLower(m.qualifier);
      g.may_be_higher = g.may_be_higher || MayBeHigher(m.qualifier);
      return;
    }
    groups.push_back({dim_value, v, 1, v, v, m.provisional, MayBeLower(m.qualifier),
                      MayBeHigher(m.qualifier)});
    ++added_groups;
  };
  static const std::string kNone;
  add(p.groups[0], kNone);
  bool national = true;
  for (size_t i = 0; i < m.dims.size(); ++i) {
    if (m.dims[i].empty()) continue;
    national = false;
    add(p.groups[i + 2], m.dims[i]);
  }
  if (national) add(p.groups[1], kNone);
  return added_groups;
}

void AggregateDeltas::Added(int64_t indicator_id, const StoredMeasurement& m) {
  if (!m.value) return;
  groups_ += Add(At(periods_, last_period_, indicator_id, m.period), m);
}

void AggregateDeltas::SumYears() {
  // In period order, as rolling the periods' sums up to years would add them.
  for (const auto& [key, p] : periods_) {
    if (p.changed) continue;
    PeriodDeltas& y = At(years_, last_year_, key.first, std::string_view(key.second).substr(0, 4));
    if (y.changed) continue;
    for (size_t i = 0; i < 6; ++i) {
      for (const Group& g : p.groups[i]) {
        auto it = std::find_if(y.groups[i].begin(), y.groups[i].end(),
                               [&](const Group& known) { return known.dim_value == g.dim_value; });
        if (it == y.groups[i].end()) {
          y.groups[i].push_back(g);
          continue;
        }
        it->total += g.total;
        it->n += g.n;
        if (g.min < it->min) it->min = g.min;
        if (g.max > it->max) it->max = g.max;
        it->provisional = it->provisional || g.provisional;
        it->may_be_lower = it->may_be_lower || g.may_be_lower;
        it->may_be_higher = it->may_be_higher || g.may_be_higher;
      }
    }
  }
}

void AggregateDeltas::Changed(int64_t indicator_id, const std::string& period) {
  PeriodDeltas& in_period = At(periods_, last_period_, indicator_id, period);
  for (const auto& groups : in_period.groups) groups_ -= groups.size();
  for (PeriodDeltas* p : {&in_period, &At(years_, last_year_, indicator_id, std::string_view(period).substr(0, 4))}) {
    p->changed = true;
    for (auto& groups : p->groups) groups.clear();
  }
}

size_t AggregateDeltas::GroupsIn(const Deltas& deltas) {
  size_t n = 0;
  for (const auto& [key, p] : deltas) {
    for (const auto& groups : p.groups) n += groups.size();
  }
  return n;
}

int64_t AggregateDeltas::Copy(SqlConnection& conn, const std::string& table) const {
  return WriteRows([&](const std::vector<std::string>& columns, const std::function<bool(SqlParams& row)>& next_row) {
    return conn.CopyRows(table, columns, next_row);
  });
}

int64_t AggregateDeltas::WriteRows(
    const std::function<int64_t(const std::vector<std::string>& columns,
                                const std::function<bool(SqlParams& row)>& next_row)>& write) const {
  // In the order of the table's key (indicator, position, period, value's code),
  // so that both engines append to their index rather than insert all over
  // it: on PostgreSQL that makes the write about a fifth quicker. One
  // indicator is put in order at a time, so the extra memory is one
  // indicator's groups, not all of them.
  struct Out {
    int64_t indicator_id;
    int64_t position;
    int64_t period;  // its code, which sorts as its text
    int64_t dim_value;  // its code
    const Group* group;
  };
  std::vector<Out> out;
  auto period_it = periods_.begin();
  auto year_it = years_.begin();
  auto take = [&](Deltas::const_iterator& it, const Deltas& deltas, int64_t indicator_id, int offset) {
    for (; it != deltas.end() && it->first.first == indicator_id; ++it) {
      if (it->second.changed) continue;
      const int64_t period = StoredPeriodCode(it->first.second);
      for (int position = -1; position <= 4; ++position) {
        for (const Group& g : it->second.groups[position + 1]) {
          out.push_back({indicator_id, int64_t{position + offset}, period, Codes().Of(g.dim_value), &g});
        }
      }
    }
  };
  // The next indicator's rows into `out`, sorted; false when none is left.
  auto next_indicator = [&]() {
    out.clear();
    while (out.empty()) {
      if (period_it == periods_.end() && year_it == years_.end()) return false;
      int64_t indicator_id = period_it == periods_.end()  ? year_it->first.first
                             : year_it == years_.end() ? period_it->first.first
                                                       : std::min(period_it->first.first, year_it->first.first);
      take(period_it, periods_, indicator_id, 0);
      take(year_it, years_, indicator_id, kYearOffset);
    }
    std::sort(out.begin(), out.end(), [](const Out& a, const Out& b) {
      if (a.position != b.position) return a.position < b.position;
      if (a.period != b.period) return a.period < b.period;
      return a.dim_value < b.dim_value;
    });
    return true;
  };
  // Most imports have no measurement below or above its figure: then the
  // two flags are left to their columns' default, 0.
  const bool flags = HasBoundFlags(periods_) || HasBoundFlags(years_);
  std::vector<std::string> columns = {"indicator_id", "period", "dim_position", "dim_value", "total", "n",
                                      "min_value", "max_value", "provisional"};
  if (flags) columns.insert(columns.end(), {"may_be_lower", "may_be_higher"});
  size_t next = 0;
  return write(columns, [&](SqlParams& row) {
    if (next == out.size()) {
      if (!next_indicator()) return false;
      next = 0;
    }
    const Out& o = out[next++];
    const Group& g = *o.group;
    row.resize(columns.size());
    row[0] = o.indicator_id;
    row[1] = o.period;
    row[2] = o.position;
    row[3] = o.dim_value;
    row[4] = g.total;
    row[5] = g.n;
    row[6] = g.min;
    row[7] = g.max;
    row[8] = int64_t{g.provisional ? 1 : 0};
    if (flags) {
      row[9] = int64_t{g.may_be_lower ? 1 : 0};
      row[10] = int64_t{g.may_be_higher ? 1 : 0};
    }
    return true;
  });
}

bool AggregateDeltas::HasBoundFlags(const Deltas& deltas) {
  for (const auto& [key, p] : deltas) {
    if (p.changed) continue;  // not copied
    for (const auto& groups : p.groups) {
      for (const Group& g : groups) {
        if (g.may_be_lower || g.may_be_higher) return true;
      }
    }
  }
  return false;
}

void AggregateDeltas::EnsureCodes(SqlConnection& conn) {
  UnknownDimensionValues unknown(Codes());
  for (const Deltas* deltas : {&periods_, &years_}) {
    for (const auto& [key, p] : *deltas) {
      for (const auto& groups : p.groups) {
        for (const Group& g : groups) unknown.Offer(g.dim_value);
      }
    }
  }
  Codes().Ensure(conn, unknown.Take());
}

namespace {

// How a merge adds a group to the aggregate already stored for it.
constexpr const char* kAddToStoredAggregate =
    "ON CONFLICT (indicator_id, dim_position, period, dim_value) DO UPDATE SET "
    "total = measurement_aggregates.total + excluded.total, "
    "n = measurement_aggregates.n + excluded.n, "
    "min_value = CASE WHEN excluded.min_value < measurement_aggregates.min_value "
    "THEN excluded.min_value ELSE measurement_aggregates.min_value END, "
    "max_value = CASE WHEN excluded.max_value > measurement_aggregates.max_value "
    "THEN excluded.max_value ELSE measurement_aggregates.max_value END, "
    "provisional = CASE WHEN excluded.provisional > measurement_aggregates.provisional "
    "THEN excluded.provisional ELSE measurement_aggregates.provisional END, "
    "may_be_lower = CASE WHEN excluded.may_be_lower > measurement_aggregates.may_be_lower "
    "THEN excluded.may_be_lower ELSE measurement_aggregates.may_be_lower END, "
    "may_be_higher = CASE WHEN excluded.may_be_higher > measurement_aggregates.may_be_higher "
    "THEN excluded.may_be_higher ELSE measurement_aggregates.may_be_higher END";

}  // namespace

void AggregateDeltas::Merge(SqlConnection& conn) {
  EnsureCodes(conn);
  // One measurement's groups (a few per dimension) in one statement: the
  // temporary table costs four round trips, worth it for an import only.
  if (GroupsIn(periods_) + GroupsIn(years_) <= kMaxRowsMergedDirectly) return MergeDirectly(conn);
  conn.ExecuteScript(
      "CREATE TEMP TABLE IF NOT EXISTS aggregate_deltas (indicator_id BIGINT NOT NULL, "
      "period BIGINT NOT NULL, dim_position BIGINT NOT NULL, dim_value BIGINT NOT NULL, "
      "total DOUBLE PRECISION NOT NULL, n BIGINT NOT NULL, min_value DOUBLE PRECISION NOT NULL, "
      "max_value DOUBLE PRECISION NOT NULL, provisional BIGINT NOT NULL, "
      "may_be_lower BIGINT NOT NULL DEFAULT 0, may_be_higher BIGINT NOT NULL DEFAULT 0)");
  if (Copy(conn, "aggregate_deltas") == 0) return;
  // "WHERE true" lets SQLite tell the ON CONFLICT clause from a join.
  conn.Execute(std::string("INSERT INTO measurement_aggregates (indicator_id, period, dim_position, dim_value, total, "
                           "n, min_value, max_value, provisional, may_be_lower, may_be_higher) "
                           "SELECT indicator_id, period, dim_position, dim_value, total, n, min_value, max_value, "
                           "provisional, may_be_lower, may_be_higher FROM aggregate_deltas WHERE true ") +
               kAddToStoredAggregate);
  conn.Execute("DELETE FROM aggregate_deltas");
}

void AggregateDeltas::MergeDirectly(SqlConnection& conn) const {
  WriteRows([&](const std::vector<std::string>& columns, const std::function<bool(SqlParams& row)>& next_row) {
    SqlParams params;
    std::string values;
    int64_t rows = 0;
    for (SqlParams row; next_row(row); ++rows) {
      values += values.empty() ? "(" : ", (";
      for (size_t i = 0; i < row.size(); ++i) values += i == 0 ? "?" : ", ?";
      values += ")";
      params.insert(params.end(), row.begin(), row.end());
    }
    if (rows == 0) return rows;
    std::string names;
    for (const auto& c : columns) names += (names.empty() ? "" : ", ") + c;
    // Each group once (WriteRows gives one row per key), as ON CONFLICT
    // DO UPDATE on PostgreSQL requires of one statement.
    conn.Execute("INSERT INTO measurement_aggregates (" + names + ") VALUES " + values + " " +
                     kAddToStoredAggregate,
                 params);
    return rows;
  });
}

void AggregateDeltas::ApplyAllBut(SqlConnection& conn, int64_t keep) {
  Deltas held_periods, held_years;
  auto hold = [&](Deltas& from, Deltas& to) {
    for (auto it = from.lower_bound(Key(keep, "")); it != from.end() && it->first.first == keep;) {
      to.insert(from.extract(it++));
    }
  };
  hold(periods_, held_periods);
  hold(years_, held_years);
  if (periods_.empty()) {  // nothing else: write it rather than grow without bound
    periods_.swap(held_periods);
    years_.swap(held_years);
  }
  Apply(conn);
  periods_ = std::move(held_periods);
  years_ = std::move(held_years);
  groups_ = GroupsIn(periods_);
  last_period_ = periods_.end();
  last_year_ = years_.end();
}

void AggregateDeltas::MergeAdded(SqlConnection& conn) {
  for (const auto& [key, p] : periods_) {
    if (p.changed) throw Failure(FailureCode::kInternal, "MergeAdded: period " + key.second + " was changed");
  }
  SumYears();
  Merge(conn);
  periods_.clear();
  years_.clear();
  groups_ = 0;
  last_period_ = periods_.end();
  last_year_ = years_.end();
}

void AggregateDeltas::Apply(SqlConnection& conn) {
  SumYears();
  MeasurementStore store(conn);
  for (const auto& [key, p] : periods_) {
    if (p.changed) store.RebuildPeriodAggregates(key.first, key.second);
  }
  // Groups none of whose aggregates exist yet (as in a first import) go
  // straight into the table in one bulk write; otherwise the additions go
  // to a temporary table in bulk and are merged from there in one statement.
  // The values' codes come first: the savepoint's rollback would take back
  // codes added in it.
  EnsureCodes(conn);
  conn.ExecuteScript("SAVEPOINT aggregate_deltas");
  try {
    Copy(conn, "measurement_aggregates");
    conn.ExecuteScript("RELEASE SAVEPOINT aggregate_deltas");
  } catch (const Failure& f) {
    if (f.code() != FailureCode::kConflict) throw;
    conn.ExecuteScript("ROLLBACK TO SAVEPOINT aggregate_deltas; RELEASE SAVEPOINT aggregate_deltas");
    Merge(conn);
  }
  // A changed year is summed again from its periods, all written now.
  for (const auto& [key, y] : years_) {
    if (y.changed) store.RebuildYearAggregates(key.first, key.second);
  }
  periods_.clear();
  years_.clear();
  groups_ = 0;
  last_period_ = periods_.end();
  last_year_ = years_.end();
}

}  // namespace fremdrift
