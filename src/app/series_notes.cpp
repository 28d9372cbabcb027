#include "app/series_notes.h"

#include <set>

#include "domain/period.h"
#include "storage/measurement_notes.h"
#include "storage/measurement_store.h"

namespace fremdrift {
namespace {

struct NotedRow {
  std::string period;  // native
  std::string group;
  std::string note;
};

// The period a native period is shown under: itself, or its roll-up.
std::string ShownPeriod(const std::string& period, const SeriesQuery& q) {
  if (!q.period_type) return period;
  auto p = Period::Parse(period);
  if (!p) return "";
  auto up = p->RollUp(*q.period_type);
  return up ? up->ToString() : "";
}

int Position(const IndicatorSeries& series, const std::string& by) {
  for (size_t i = 0; i < series.dimensions.size(); ++i) {
    if (series.dimensions[i] == by) return static_cast<int>(i + 1);
  }
  return -1;
}

}  // namespace

SeriesNotes ReadSeriesNotes(SqlConnection& conn, const Indicator& ind,
                            const IndicatorSeries& series, const SeriesQuery& q) {
  SeriesNotes out;
  if (ind.kind == IndicatorKind::kRatio) return out;
  const bool additive = IsAdditiveUnit(ind.unit);
  const int position = q.by.empty() ? 0 : Position(series, q.by);
  if (position < 0) return out;
  MeasurementStore store(conn);

  // Distinct notes per native period and group.
  auto noted = DistinctMeasurementNotes(conn, ind.id, position, kMaxSeriesNotes + 1);
  if (noted.size() > kMaxSeriesNotes) return out;
  std::vector<NotedRow> rows;
  std::set<std::string> national_periods;
  if (position == 0) {
    // The statement the national series was read with: a request asks it
    // once (storage/request_query_memo.h).
    for (const auto& a : store.NationalAndAllRows(ind.id, additive).first) national_periods.insert(a.period);
  }
  for (const auto& n : noted) {
    if (position > 0 || n.national || (additive && !national_periods.count(n.period))) {
      rows.push_back({n.period, n.group, n.note});
    }
  }

  // Rolled-up shares and rates show the latest sub-period's value only.
  const bool only_latest = q.period_type && !additive;
  std::map<std::pair<std::string, std::string>, std::string> latest;
  if (only_latest) {
    for (const auto& a : store.Aggregates(ind.id, position > 0 ? position : kNationalRows)) {
      auto key = std::make_pair(ShownPeriod(a.period, q), position > 0 ? a.dim_value : "");
      auto it = latest.find(key);
      if (it == latest.end() || a.period > it->second) latest[key] = a.period;
    }
  }

  std::map<std::pair<std::string, std::string>, std::set<std::string>> notes;
  for (const auto& row : rows) {
    auto key = std::make_pair(ShownPeriod(row.period, q), row.group);
    if (key.first.empty()) continue;
    if (only_latest) {
      auto it = latest.find(key);
      if (it == latest.end() || it->second != row.period) continue;
    }
    notes[key].insert(row.note);
  }
  for (const auto& [key, set] : notes) {
    std::string joined;
    for (const auto& n : set) joined += (joined.empty() ? "" : "; ") + n;
    out.emplace(key, joined);
  }
  return out;
}

}  // namespace fremdrift
