#include "app/indicator_series.h"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <set>

#include "app/kept_national_series.h"
#include "domain/chart_dimension.h"
#include "domain/failure.h"
#include "storage/indicator_store.h"
#include "storage/measurement_store.h"
#include "storage/round_store.h"

namespace fremdrift {
namespace {

// The series of one group of aggregates, in native periods.
std::vector<SeriesValue> FromAggregates(const std::vector<AggregateRow>& rows, bool additive,
                                        bool grouped) {
  std::vector<SeriesValue> out;
  for (const auto& r : rows) {
    SeriesValue v;
    v.period = r.period;
    v.group = grouped ? r.dim_value : "";
    v.n = r.n;
    v.provisional = r.provisional;
    v.qualifier = r.qualifier;
    if (additive || r.n == 1) {
      v.value = r.total;
    } else {
      v.value = r.total / static_cast<double>(r.n);
      v.combined = true;
    }
    out.push_back(v);
  }
  return out;
}

// The national series from the aggregates of the rows without dimension
// values and, for a unit whose values add up, of all rows (the sum of a
// period that has only dimension rows).
std::vector<SeriesValue> NationalSeries(const std::vector<AggregateRow>& national_rows,
                                        const std::vector<AggregateRow>& all_rows, bool additive) {
  auto national = FromAggregates(national_rows, additive, false);
  if (!additive) return national;
  std::set<std::string> have;
  for (const auto& v : national) have.insert(v.period);
  for (const auto& v : FromAggregates(all_rows, true, false)) {
    if (!have.count(v.period)) national.push_back(v);
  }
  std::sort(national.begin(), national.end(),
            [](const SeriesValue& a, const SeriesValue& b) { return a.period < b.period; });
  return national;
}

std::vector<SeriesValue> NativeSeries(SqlConnection& conn, const Indicator& ind,
                                      const std::string& by, int position) {
  MeasurementStore store(conn);
  bool additive = IsAdditiveUnit(ind.unit);
  if (position > 0) return FromAggregates(store.Aggregates(ind.id, position), additive, true);
  auto [national_rows, all_rows] = store.NationalAndAllRows(ind.id, additive);
  return NationalSeries(national_rows, all_rows, additive);
}

// The position (1-based) of dimension `by` among the indicator's dimension
// `names`, 0 for none (""); kInvalid naming "by" when it has no such one.
int DimensionPosition(const std::vector<std::string>& names, const Indicator& ind, const std::string& by) {
  if (by.empty()) return 0;
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == by) return static_cast<int>(i + 1);
  }
  std::string known;
  for (const auto& n : names) known += (known.empty() ? "" : ", ") + n;
  throw Failure(FailureCode::kInvalid,
                "indicator " + ind.code + " has no dimension '" + by + "'" +
                    (known.empty() ? " (it has none)" : " (it has: " + known + ")"),
                "by");
}

int DimensionPosition(SqlConnection& conn, const Indicator& ind, const std::string& by) {
  if (by.empty()) return 0;
  return DimensionPosition(IndicatorStore(conn).Dimensions(ind.id), ind, by);
}

std::vector<SeriesValue> RollUp(const std::vector<SeriesValue>& values, PeriodType to, bool additive) {
  // (period, group) -> combined value; keeps the latest sub-period for rates.
  std::map<std::pair<std::string, std::string>, std::pair<SeriesValue, std::string>> acc;
  // Values come grouped by period: each period is rolled up once.
  std::string last_period, last_up;
  bool last_valid = false;
  for (const auto& v : values) {
    if (v.period != last_period || last_period.empty()) {
      last_period = v.period;
      auto p = Period::Parse(v.period);
      last_valid = p.has_value();
      if (!p) continue;
      auto up = p->RollUp(to);
      if (!up) {
        throw Failure(FailureCode::kInvalid,
                      "periods like " + v.period + " cannot be rolled up to " +
                          std::string(PeriodTypeKey(to)),
                      "period_type");
      }
      last_up = up->ToString();
    }
    if (!last_valid) continue;
    auto key = std::make_pair(last_up, v.group);
    auto it = acc.find(key);
    if (it == acc.end()) {
      SeriesValue s = v;
      s.period = key.first;
      acc.emplace(key, std::make_pair(s, v.period));
      continue;
    }
    SeriesValue& s = it->second.first;
    s.provisional = s.provisional || v.provisional;
    if (additive) {
      s.value += v.value;
      s.n += v.n;
      s.qualifier = CombineQualifiers(s.qualifier, v.qualifier);
    } else if (v.period > it->second.second) {
      s.value = v.value;
      s.n = v.n;
      s.qualifier = v.qualifier;
      s.combined = v.combined;
      it->second.second = v.period;
    }
  }
  std::vector<SeriesValue> out;
  for (auto& [k, v] : acc) out.push_back(v.first);
  return out;
}

// The values of ratio `ind` from those of its numerator `n` and
// denominator `d`: one for each period and group both have, where the
// denominator is not 0, in the order of `n`.
std::vector<SeriesValue> Quotients(const Indicator& ind, const std::vector<SeriesValue>& n,
                                   const std::vector<SeriesValue>& d) {
  std::map<std::pair<std::string, std::string>, const SeriesValue*> dens;
  for (const auto& v : d) dens[{v.period, v.group}] = &v;
  std::vector<SeriesValue> out;
  for (const auto& v : n) {
    auto it = dens.find({v.period, v.group});
    if (it == dens.end() || it->second->value == 0) continue;
    SeriesValue r = v;
    r.value = ind.factor * v.value / it->second->value;
    r.provisional = v.provisional || it->second->provisional;
    r.qualifier = QuotientQualifier(v.qualifier, it->second->qualifier);
    out.push_back(r);
  }
  return out;
}

std::vector<SeriesValue> RatioSeries(SqlConnection& conn, const Indicator& ind,
                                     const SeriesQuery& q) {
  IndicatorStore store(conn);
  auto num = store.FindByCode(ind.numerator);
  auto den = store.FindByCode(ind.denominator);
  if (!num || !den) return {};
  SeriesQuery parts = q;
  parts.from.reset();
  parts.to.reset();
  return Quotients(ind, ReadSeries(conn, *num, parts).values, ReadSeries(conn, *den, parts).values);
}

bool InRange(const std::string& period, const SeriesQuery& q) {
  auto p = Period::Parse(period);
  if (!p) return false;
  if (q.from && p->Start() < q.from->Start()) return false;
  if (q.to && q.to->End() < p->End()) return false;
  return true;
}

std::vector<SeriesPoint> Points(const std::vector<SeriesValue>& values, const std::string& group) {
  std::vector<SeriesPoint> pts;
  for (const auto& v : values) {
    if (v.group != group) continue;
    if (auto p = Period::Parse(v.period)) pts.push_back({*p, v.value, v.qualifier});
  }
  std::stable_sort(pts.begin(), pts.end(), [](const SeriesPoint& a, const SeriesPoint& b) {
    return a.period.End() < b.period.End();
  });
  return pts;
}

// `national`, when given, is the indicator's national series in native
// periods, already read by the caller: it is not read again.
std::vector<Achievement> Achievements(SqlConnection& conn, const Indicator& ind,
                                      const AchievementRule& rule,
                                      const std::vector<SeriesValue>* national = nullptr) {
  std::vector<Achievement> out;
  if (ind.direction == Direction::kNone || ind.targets.empty()) return out;
  std::set<DimensionValues> groups;
  for (const auto& t : ind.targets) groups.insert(t.dimensions);
  for (const auto& dims : groups) {
    std::vector<SeriesPoint> pts;
    if (dims.empty()) {
      SeriesQuery q;
      pts = Points(national                              ? *national
                   : ind.kind == IndicatorKind::kRatio ? RatioSeries(conn, ind, q)
                                                       : NativeSeries(conn, ind, "", 0),
                   "");
    } else if (dims.size() == 1) {
      int pos = 0;
      try {
        pos = DimensionPosition(conn, ind, dims.begin()->first);
      } catch (const Failure&) {
      }
      if (pos > 0) pts = Points(NativeSeries(conn, ind, dims.begin()->first, pos), dims.begin()->second);
    }
    Date latest_end = pts.empty() ? Date{1, 1, 1} : pts.back().period.End();
    if (auto target = CurrentTarget(ind.targets, dims, latest_end)) {
      out.push_back(AssessAchievement(ind, *target, pts, rule));
    }
  }
  return out;
}

// The series `s` (its dimensions set) of `values` read for query `q`:
// limited to from and to, sorted, with its groups and achievements.
// `national`: the values are the national series in native periods.
IndicatorSeries Completed(SqlConnection& conn, const Indicator& ind, const SeriesQuery& q,
                          const AchievementRule& rule, IndicatorSeries s, std::vector<SeriesValue> values,
                          bool national);

}  // namespace

IndicatorSeries ReadSeries(SqlConnection& conn, const Indicator& ind, const SeriesQuery& q,
                           const AchievementRule& rule) {
  IndicatorSeries s;
  s.by = q.by;
  s.dimensions = IndicatorStore(conn).Dimensions(ind.id);
  int position = DimensionPosition(s.dimensions, ind, q.by);
  const bool additive = IsAdditiveUnit(ind.unit);
  std::vector<SeriesValue> values;
  if (ind.kind != IndicatorKind::kRatio && position > 0 && additive &&
      q.period_type == PeriodType::kYear) {
    // Summing by year is what RollUp does for such a series; the database
    // does it and sends a year's values instead of each month's.
    values = FromAggregates(MeasurementStore(conn).YearlyAggregates(ind.id, position), true, true);
  } else {
    values = ind.kind == IndicatorKind::kRatio ? RatioSeries(conn, ind, q)
                                               : NativeSeries(conn, ind, q.by, position);
    if (q.period_type) values = RollUp(values, *q.period_type, additive);
  }
  // The national series in native periods, which the achievements need:
  // these values, before from and to are applied, when they are that series.
  const bool national = position == 0 && !q.period_type;
  return Completed(conn, ind, q, rule, std::move(s), std::move(values), national);
}

namespace {

// ReadNationalSeries without the kept series: all read from the database.
std::vector<IndicatorSeries> NationalSeriesFromDatabase(SqlConnection& conn, const std::vector<Indicator>& indicators,
                                                        const AchievementRule& rule, const std::optional<Period>& to) {
  SeriesQuery until;
  until.to = to;
  IndicatorStore indicator_store(conn);
  // The parts of the ratios, read with the indicators' own aggregates
  // rather than one by one (a monitor page shows several ratios). A ratio
  // whose part is missing or a ratio itself takes the general path below.
  std::set<std::string> part_codes;
  for (const auto& ind : indicators) {
    if (ind.kind != IndicatorKind::kRatio) continue;
    part_codes.insert(ind.numerator);
    part_codes.insert(ind.denominator);
  }
  const std::map<std::string, IndicatorStamp> parts = indicator_store.StampsOf(part_codes);
  auto simple_part = [&](const std::string& code) -> const IndicatorStamp* {
    auto it = parts.find(code);
    return it == parts.end() || it->second.kind == IndicatorKindKey(IndicatorKind::kRatio) ? nullptr : &it->second;
  };
  // What is read for each indicator: its own aggregates, or its parts'.
  std::set<int64_t> ids, additive_ids;
  std::vector<int64_t> with_dimensions;
  auto read = [&](int64_t id, const std::string& unit) {
    ids.insert(id);
    if (IsAdditiveUnit(unit)) additive_ids.insert(id);
  };
  for (const auto& ind : indicators) {
    with_dimensions.push_back(ind.id);
    if (ind.kind != IndicatorKind::kRatio) {
      read(ind.id, ind.unit);
      continue;
    }
    const IndicatorStamp* n = simple_part(ind.numerator);
    const IndicatorStamp* d = simple_part(ind.denominator);
    if (n && d) {
      read(n->id, n->unit);
      read(d->id, d->unit);
    }
  }
  MeasurementStore store(conn);
  auto dimensions = indicator_store.DimensionsOf(with_dimensions);
  auto national_rows = store.AggregatesOf(std::vector<int64_t>(ids.begin(), ids.end()), kNationalRows);
  std::map<int64_t, std::vector<AggregateRow>> all_rows;
  if (!additive_ids.empty()) {
    all_rows = store.AggregatesOf(std::vector<int64_t>(additive_ids.begin(), additive_ids.end()), kAllRows);
  }
  static const std::vector<AggregateRow> kNone;
  auto rows_of = [](const std::map<int64_t, std::vector<AggregateRow>>& m, int64_t id) -> const auto& {
    auto it = m.find(id);
    return it == m.end() ? kNone : it->second;
  };
  auto national_of = [&](int64_t id, const std::string& unit) {
    const bool additive = IsAdditiveUnit(unit);
    return NationalSeries(rows_of(national_rows, id), additive ? rows_of(all_rows, id) : kNone, additive);
  };
  std::vector<IndicatorSeries> out;
  out.reserve(indicators.size());
  for (const auto& ind : indicators) {
    std::vector<SeriesValue> values;
    if (ind.kind == IndicatorKind::kRatio) {
      const IndicatorStamp* n = simple_part(ind.numerator);
      const IndicatorStamp* d = simple_part(ind.denominator);
      if (!n || !d) {
        out.push_back(ReadSeries(conn, ind, until, rule));
        continue;
      }
      values = Quotients(ind, national_of(n->id, n->unit), national_of(d->id, d->unit));
    } else {
      values = national_of(ind.id, ind.unit);
    }
    IndicatorSeries s;
    if (auto dims = dimensions.find(ind.id); dims != dimensions.end()) s.dimensions = dims->second;
    out.push_back(Completed(conn, ind, until, rule, std::move(s), std::move(values), true));
  }
  return out;
}

// What names the series ReadNationalSeries gives of `ind` up to `to` under
// `rule` (app/kept_national_series.h): its address, and the key of the
// data's state, or nullopt for a ratio whose parts are not both simple
// indicators (read on its own, never kept).
struct NationalSeriesName {
  std::string address;
  std::string key;
};

std::optional<NationalSeriesName> NameOf(const Indicator& ind, const std::map<std::string, IndicatorStamp>& parts,
                                         int64_t basis_stamp, const AchievementRule& rule,
                                         const std::optional<Period>& to) {
  NationalSeriesName name;
  name.address = std::to_string(ind.id) + '|' + (to ? to->ToString() : std::string()) + '|' +
                 std::to_string(rule.tolerance);
  name.key = std::to_string(basis_stamp) + '|' + std::to_string(ind.version) + '|' + ind.data_updated_at;
  if (ind.kind == IndicatorKind::kRatio) {
    for (const std::string& code : {ind.numerator, ind.denominator}) {
      auto it = parts.find(code);
      if (it == parts.end() || it->second.kind == IndicatorKindKey(IndicatorKind::kRatio)) return std::nullopt;
      name.key += '|' + std::to_string(it->second.id) + 'v' + std::to_string(it->second.version);
    }
  }
  return name;
}


// The series `read` gives of `indicators`, each taken from the kept
// series (app/kept_national_series.h) under its NameOf, with `kind` in its
// address, when one is kept for its key; only the others are read, and
// kept.
std::vector<IndicatorSeries> KeptOrReadSeries(
    SqlConnection& conn, const std::vector<Indicator>& indicators, const AchievementRule& rule,
    const std::optional<Period>& to, const std::string& kind,
    const std::function<std::vector<IndicatorSeries>(const std::vector<Indicator>&)>& read) {
  // The key of each: the basis stamp and the ratios' parts read first, so
  // that the series read after them are never older than their keys.
  const int64_t basis_stamp = RoundStore(conn).BasisStamp();
  std::set<std::string> part_codes;
  for (const auto& ind : indicators) {
    if (ind.kind != IndicatorKind::kRatio) continue;
    part_codes.insert(ind.numerator);
    part_codes.insert(ind.denominator);
  }
  const std::map<std::string, IndicatorStamp> parts = IndicatorStore(conn).StampsOf(part_codes);
  KeptNationalSeries& kept = KeptNationalSeriesOfProcess();
  std::vector<IndicatorSeries> out(indicators.size());
  std::vector<std::optional<NationalSeriesName>> names(indicators.size());
  std::vector<Indicator> missing;
  std::vector<size_t> missing_at;
  for (size_t i = 0; i < indicators.size(); ++i) {
    names[i] = NameOf(indicators[i], parts, basis_stamp, rule, to);
    if (names[i]) names[i]->address = kind + '|' + names[i]->address;
    std::shared_ptr<const IndicatorSeries> found;
    if (names[i]) found = kept.Find(names[i]->address, names[i]->key);
    if (found) {
      out[i] = *found;
    } else {
      missing.push_back(indicators[i]);
      missing_at.push_back(i);
    }
  }
  if (missing.empty()) return out;
  std::vector<IndicatorSeries> fresh = read(missing);
  for (size_t k = 0; k < fresh.size(); ++k) {
    const size_t i = missing_at[k];
    if (names[i]) kept.Keep(names[i]->address, names[i]->key, std::make_shared<const IndicatorSeries>(fresh[k]));
    out[i] = std::move(fresh[k]);
  }
  return out;
}

// ReadOverviewSeries without keeping its own series (the national series
// it starts from are kept).
std::vector<IndicatorSeries> OverviewSeriesFromDatabase(SqlConnection& conn, const std::vector<Indicator>& indicators,
                                                        const AchievementRule& rule, const std::optional<Period>& to) {
  std::vector<IndicatorSeries> out = ReadNationalSeries(conn, indicators, rule, to);
  std::vector<std::string> by(indicators.size());
  std::map<int, std::vector<size_t>> by_position;  // dimension position -> indexes
  for (size_t i = 0; i < indicators.size(); ++i) {
    if (!out[i].values.empty()) continue;
    const Indicator& ind = indicators[i];
    by[i] = ChartDimension(ind, out[i].dimensions);
    if (by[i].empty()) continue;
    if (ind.kind == IndicatorKind::kRatio) {  // computed from its parts: on its own
      SeriesQuery q;
      q.by = by[i];
      q.to = to;
      out[i] = ReadSeries(conn, ind, q, rule);
      continue;
    }
    by_position[DimensionPosition(out[i].dimensions, ind, by[i])].push_back(i);
  }
  MeasurementStore store(conn);
  for (const auto& [position, indexes] : by_position) {
    std::vector<int64_t> ids;
    for (size_t i : indexes) ids.push_back(indicators[i].id);
    const auto rows = store.AggregatesOf(ids, position);
    for (size_t i : indexes) {
      const Indicator& ind = indicators[i];
      SeriesQuery q;
      q.by = by[i];
      q.to = to;
      IndicatorSeries s;
      s.by = by[i];
      s.dimensions = std::move(out[i].dimensions);
      std::vector<SeriesValue> values;
      if (auto it = rows.find(ind.id); it != rows.end()) values = FromAggregates(it->second, IsAdditiveUnit(ind.unit), true);
      out[i] = Completed(conn, ind, q, rule, std::move(s), std::move(values), false);
    }
  }
  return out;
}

}  // namespace

std::vector<IndicatorSeries> ReadNationalSeries(SqlConnection& conn, const std::vector<Indicator>& indicators,
                                                const AchievementRule& rule, const std::optional<Period>& to) {
  if (conn.InTransaction()) return NationalSeriesFromDatabase(conn, indicators, rule, to);
  return KeptOrReadSeries(conn, indicators, rule, to, "national", [&](const std::vector<Indicator>& missing) {
    return NationalSeriesFromDatabase(conn, missing, rule, to);
  });
}

// Kept as the national series are: a breakdown's figures and a ratio's
// parts change with the versions that name the national series.
std::vector<IndicatorSeries> ReadOverviewSeries(SqlConnection& conn, const std::vector<Indicator>& indicators,
                                                const AchievementRule& rule, const std::optional<Period>& to) {
  if (conn.InTransaction()) return OverviewSeriesFromDatabase(conn, indicators, rule, to);
  return KeptOrReadSeries(conn, indicators, rule, to, "overview", [&](const std::vector<Indicator>& missing) {
    return OverviewSeriesFromDatabase(conn, missing, rule, to);
  });
}

namespace {

IndicatorSeries Completed(SqlConnection& conn, const Indicator& ind, const SeriesQuery& q,
                          const AchievementRule& rule, IndicatorSeries s, std::vector<SeriesValue> values,
                          bool national) {
  std::optional<std::vector<SeriesValue>> national_values;
  if (national) national_values = values;
  std::set<std::string> groups;
  for (const auto& v : values) {
    if (!InRange(v.period, q)) continue;
    s.values.push_back(v);
    groups.insert(v.group);
  }
  // Groups in the order of the indicator's label catalogue.
  s.groups = OrderedDimensionValues(ind.dimension_labels, q.by, {groups.begin(), groups.end()});
  std::map<std::string, size_t> group_rank;
  for (size_t i = 0; i < s.groups.size(); ++i) group_rank[s.groups[i]] = i;
  // By the end of each period (parsed once per value), then by group.
  std::vector<std::pair<std::optional<Date>, size_t>> order;
  order.reserve(s.values.size());
  for (size_t i = 0; i < s.values.size(); ++i) {
    auto p = Period::Parse(s.values[i].period);
    order.emplace_back(p ? std::optional<Date>(p->End()) : std::nullopt, i);
  }
  std::stable_sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
    if (a.first && b.first && !(*a.first == *b.first)) return *a.first < *b.first;
    return group_rank[s.values[a.second].group] < group_rank[s.values[b.second].group];
  });
  std::vector<SeriesValue> sorted;
  sorted.reserve(s.values.size());
  for (const auto& [end, i] : order) sorted.push_back(std::move(s.values[i]));
  s.values = std::move(sorted);
  s.achievements = Achievements(conn, ind, rule, national_values ? &*national_values : nullptr);
  return s;
}

}  // namespace

std::optional<SeriesValue> LatestValue(const IndicatorSeries& series) {
  for (auto it = series.values.rbegin(); it != series.values.rend(); ++it) {
    if (it->group.empty()) return *it;
  }
  return std::nullopt;
}

}  // namespace fremdrift
