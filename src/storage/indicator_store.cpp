#include "storage/indicator_store.h"

#include <algorithm>
#include <functional>

#include <map>
#include <unordered_set>
#include <tuple>

#include <nlohmann/json.hpp>

#include "domain/failure.h"
#include "domain/measurement.h"
#include "storage/in_list.h"
#include "storage/kept_rows.h"

namespace fremdrift {
namespace {

constexpr const char* kIndicatorSelect =
    "SELECT id, code, name, description, unit, unit_label, direction, source, "
    "period_type, published, kind, numerator, denominator, factor, parent_code, "
    "part_number, distribution_dimension, baseline_value, baseline_period, "
    "baseline_note, data_note, figures_pending, source_ref, version, data_updated_at, "
    "(SELECT o.short_name FROM organisations o WHERE o.id = indicators.responsible_organisation_id) "
    "FROM indicators ";

Indicator IndicatorFromRow(const SqlRow& r) {
  Indicator i;
  i.id = r.Int(0);
  i.code = r.Text(1);
  i.name = r.Text(2);
  i.description = r.Text(3);
  i.unit = r.Text(4);
  i.unit_label = r.Text(5);
  i.direction = DirectionFromKey(r.Text(6)).value_or(Direction::kNone);
  i.source = r.Text(7);
  i.period_type = r.Text(8);
  i.published = r.Int(9) != 0;
  i.kind = IndicatorKindFromKey(r.Text(10)).value_or(IndicatorKind::kSimple);
  i.numerator = r.Text(11);
  i.denominator = r.Text(12);
  i.factor = r.Real(13);
  i.parent = r.Text(14);
  i.part_number = static_cast<int>(r.Int(15));
  i.distribution_dimension = r.Text(16);
  if (!r.IsNull(17)) i.baseline = Baseline{r.Real(17), r.Text(18), r.Text(19)};
  i.data_note = r.Text(20);
  i.figures_pending = r.Int(21) != 0;
  i.source_ref = r.Text(22);
  i.version = r.Int(23);
  i.data_updated_at = r.Text(24);
  if (!r.IsNull(25)) i.responsible_organisation = r.Text(25);
  return i;
}

// The basis stamp, then what names an indicator's state among the kept
// rows, and its code (kept_rows.h).
const std::string kKeySelect =
    "SELECT " + std::string(kBasisStampColumn) + ", id, version, data_updated_at, code FROM indicators ";

// What IndicatorStamp holds, and the code (column 7).
constexpr std::string_view kStampColumns = "id, published, version, kind, numerator, denominator, unit, code";
const std::string kStampSelect = "SELECT " + std::string(kStampColumns) + " FROM indicators ";

// The directory's statement (IndicatorStore::ReadDirectory).
const std::string kDirectorySelect = "SELECT " + std::string(kBasisStampColumn) + ", " +
                                     std::string(kStampColumns) +
                                     ", data_updated_at FROM indicators ORDER BY code";

IndicatorStamp StampFromRow(const SqlRow& r, int at = 0) {
  return IndicatorStamp{r.Int(at),         r.Int(at + 1) != 0, r.Int(at + 2), r.Text(at + 3),
                        r.Text(at + 4),    r.Text(at + 5),     r.Text(at + 6)};
}

}  // namespace

// Every indicator's stamp, in code order, with the basis stamp: one
// statement that a GET's connection asks once and then answers from
// memory (storage/request_query_memo.h), so that a page's lookups of
// indicators by code, its ratios' parts and the keys of its lists cost one
// round trip in all instead of one each. Outside a transaction only: a
// write reads just the rows it needs.
std::shared_ptr<const IndicatorStore::Directory> IndicatorStore::ReadDirectory() {
  return conn_.QueryAs<Directory>("indicator directory", kDirectorySelect, {}, [](const std::vector<SqlRow>& rows) {
    Directory d;
    d.rows.reserve(rows.size());
    for (const auto& r : rows) {
      d.basis_stamp = r.Int(0);
      d.rows.push_back({StampFromRow(r, 1), r.Text(8), r.Text(9)});  // in code order
    }
    return d;
  });
}

// Reads the targets, served items and dimension labels of every indicator in
// `list` with one query each, not three per indicator: a page listing indicators used to ask
// hundreds of small questions.
void IndicatorStore::Complete(std::vector<Indicator>& list) {
  if (list.empty()) return;
  std::map<int64_t, Indicator*> by_id;
  std::vector<int64_t> id_list;
  for (auto& ind : list) {
    id_list.push_back(ind.id);
    by_id[ind.id] = &ind;
  }
  SqlParams params;
  const std::string ids = IdListOf(id_list, params);
  for (const auto& r : conn_.Query(
           "SELECT indicator_id, value, by_date, label, dimensions FROM indicator_targets "
           "WHERE indicator_id IN (" + ids + ") ORDER BY indicator_id, position", params)) {
    Target t;
    t.value = r.Real(1);
    t.by = Date::Parse(r.Text(2)).value_or(Date{});
    t.label = r.Text(3);
    t.dimensions = nlohmann::json::parse(r.Text(4)).get<DimensionValues>();
    by_id.at(r.Int(0))->targets.push_back(t);
  }
  for (const auto& r : conn_.Query(
           "SELECT v.indicator_id, s.key, p.key FROM indicator_serves v "
           "JOIN plan_items p ON p.id = v.plan_item_id "
           "JOIN strategies s ON s.id = p.strategy_id "
           "WHERE v.indicator_id IN (" + ids + ") ORDER BY v.indicator_id, v.position", params)) {
    by_id.at(r.Int(0))->serves.push_back({r.Text(1), r.Text(2)});
  }
  // Dimensions by key (sorted here, since the engines' collations differ),
  // each with its values in their order.
  std::map<int64_t, std::map<std::string, DimensionLabels>> labels;
  for (const auto& r : conn_.Query(
           "SELECT indicator_id, dimension, value, label_nb, label_en FROM indicator_dimension_labels "
           "WHERE indicator_id IN (" + ids + ") ORDER BY indicator_id, position", params)) {
    DimensionLabels& d = labels[r.Int(0)][r.Text(1)];
    d.dimension = r.Text(1);
    if (r.Text(2).empty()) {
      d.nb = r.Text(3);
      d.en = r.Text(4);
    } else {
      d.values.push_back({r.Text(2), r.Text(3), r.Text(4)});
    }
  }
  for (auto& [id, dims] : labels) {
    for (auto& [name, d] : dims) by_id.at(id)->dimension_labels.push_back(std::move(d));
  }
}

// The indicators `tail` ("WHERE ... ORDER BY ...") selects, in its order,
// those whose code `keep` accepts (all without it), in full. Outside a
// transaction each is taken from the indicators kept in memory when they
// hold its current state (storage/kept_rows.h), and only the others are
// read. `listed`, when given, names the same indicators among the
// directory's rows (in its order, `limit` at most), so that their keys
// need no statement of their own.
std::vector<Indicator> IndicatorStore::Load(const std::string& tail, const SqlParams& params,
                                            const std::function<bool(const std::string& code)>& keep,
                                            const std::function<bool(const DirectoryRow&)>& listed,
                                            size_t limit) {
  auto read = [&](const std::string& select_tail, const SqlParams& select_params) {
    std::vector<Indicator> out;
    for (const auto& r : conn_.Query(std::string(kIndicatorSelect) + select_tail, select_params)) {
      if (!keep || keep(r.Text(1))) out.push_back(IndicatorFromRow(r));
    }
    Complete(out);
    return out;
  };
  KeptRowsRead<Indicator> how{kKeySelect + tail, params,
                              [&](const SqlRow& r) -> std::optional<KeptRowKey> {
                                if (keep && !keep(r.Text(4))) return std::nullopt;
                                return KeptRowKey{r.Int(1), r.Int(2), r.Text(3)};
                              },
                              [&] { return read(tail, params); }, read,
                              [](const Indicator& i) { return KeptRowKey{i.id, i.version, i.data_updated_at}; }};
  if (listed) {
    how.stamp_and_keys = [&] {
      const std::shared_ptr<const Directory> d = ReadDirectory();
      std::vector<KeptRowKey> keys;
      for (const auto& row : d->rows) {
        if (keys.size() >= limit) break;
        if (listed(row)) keys.push_back(KeptRowKey{row.stamp.id, row.stamp.version, row.data_updated_at});
      }
      return std::make_pair(d->basis_stamp, std::move(keys));
    };
  }
  return KeptOrRead<Indicator>(conn_, KeptIndicators(), how);
}

std::vector<Indicator> IndicatorStore::List(ListScope scope) {
  const bool published_only = scope == ListScope::kPublished;
  return Load(published_only ? "WHERE published = 1 ORDER BY code" : "ORDER BY code", {}, nullptr,
              [&](const DirectoryRow& r) { return r.stamp.published || !published_only; });
}

std::vector<Indicator> IndicatorStore::ListPublishedAfter(const std::string& after_code, size_t limit) {
  const std::string tail = "WHERE published = 1 AND code > ? ORDER BY code LIMIT ?";
  const SqlParams params{after_code, static_cast<int64_t>(limit)};
  if (conn_.InTransaction()) return Load(tail, params);
  // In the directory's order (the database's collation), those after
  // `after_code`'s own row; a code no longer there leaves only the
  // database to say what sorts after it.
  bool known = after_code.empty();
  const std::shared_ptr<const Directory> directory = ReadDirectory();
  for (const auto& row : directory->rows) known = known || row.code == after_code;
  if (!known) return Load(tail, params);
  bool past = after_code.empty();
  return Load(tail, params, nullptr,
              [&](const DirectoryRow& r) {
                if (!past) {
                  past = r.code == after_code;
                  return false;
                }
                return r.stamp.published;
              },
              limit);
}

std::optional<Indicator> IndicatorStore::FindByCode(const std::string& code) {
  std::vector<Indicator> one =
      Load("WHERE code = ?", {code}, nullptr, [&](const DirectoryRow& r) { return r.code == code; });
  if (one.empty()) return std::nullopt;
  return std::move(one.front());
}

std::map<std::string, Indicator> IndicatorStore::FindByCodes(const std::set<std::string>& codes) {
  std::map<std::string, Indicator> out;
  if (codes.empty()) return out;
  auto listed = [&](const DirectoryRow& r) { return codes.count(r.code) > 0; };
  std::vector<Indicator> found;
  if (codes.size() > kMaxInListValues) {
    // Past the engines' limits on parameters: all of them, filtered.
    found = Load("", {}, [&](const std::string& code) { return codes.count(code) > 0; }, listed);
  } else {
    SqlParams params;
    const std::string marks = InListOf(codes, params);
    found = Load("WHERE code IN (" + marks + ")", params, nullptr, listed);
  }
  for (auto& ind : found) {
    std::string code = ind.code;
    out.emplace(std::move(code), std::move(ind));
  }
  return out;
}

std::optional<IndicatorStamp> IndicatorStore::Stamp(const std::string& code) {
  if (!conn_.InTransaction()) {
    const std::shared_ptr<const Directory> directory = ReadDirectory();
    for (const auto& row : directory->rows) {
      if (row.code == code) return row.stamp;
    }
    return std::nullopt;
  }
  auto rows = conn_.Query(kStampSelect + "WHERE code = ?", {code});
  if (rows.empty()) return std::nullopt;
  return StampFromRow(rows[0]);
}

std::map<std::string, IndicatorStamp> IndicatorStore::StampsOf(const std::set<std::string>& codes) {
  std::map<std::string, IndicatorStamp> out;
  if (codes.empty()) return out;
  if (!conn_.InTransaction()) {
    const std::shared_ptr<const Directory> directory = ReadDirectory();
    for (const auto& row : directory->rows) {
      if (codes.count(row.code)) out.emplace(row.code, row.stamp);
    }
    return out;
  }
  if (codes.size() > kMaxInListValues) {
    // Past the engines' limits on parameters: all of them, filtered.
    for (const auto& r : conn_.Query(kStampSelect)) {
      if (codes.count(r.Text(7))) out.emplace(r.Text(7), StampFromRow(r));
    }
    return out;
  }
  SqlParams params;
  std::string marks = InListOf(codes, params);
  for (const auto& r : conn_.Query(kStampSelect + "WHERE code IN (" + marks + ")", params)) {
    out.emplace(r.Text(7), StampFromRow(r));
  }
  return out;
}

std::vector<Indicator> IndicatorStore::ServingItem(int64_t plan_item_id, ListScope scope) {
  std::string tail = "WHERE id IN (SELECT indicator_id FROM indicator_serves WHERE plan_item_id = ?) ";
  if (scope == ListScope::kPublished) tail += "AND published = 1 ";
  return Load(tail + "ORDER BY code", {plan_item_id});
}

std::vector<Indicator> IndicatorStore::ServingItems(const std::vector<int64_t>& plan_item_ids, ListScope scope) {
  if (plan_item_ids.empty()) return {};
  SqlParams params;
  const std::string ids = IdListOf(plan_item_ids, params);
  std::string tail = "WHERE id IN (SELECT indicator_id FROM indicator_serves WHERE plan_item_id IN (" + ids + ")) ";
  if (scope == ListScope::kPublished) tail += "AND published = 1 ";
  return Load(tail + "ORDER BY code", params);
}

int64_t IndicatorStore::Upsert(const Indicator& i) {
  SqlValue bv = nullptr, bp = nullptr;
  std::string bn;
  if (i.baseline) {
    bv = i.baseline->value;
    bp = i.baseline->period;
    bn = i.baseline->note;
  }
  auto rows = conn_.Query(
      "INSERT INTO indicators (code, name, description, unit, unit_label, direction, source, "
      "period_type, published, kind, numerator, denominator, factor, parent_code, part_number, "
      "distribution_dimension, baseline_value, baseline_period, baseline_note, data_note, "
      "figures_pending, source_ref, responsible_organisation_id, version) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "(SELECT id FROM organisations WHERE short_name = ?), 1) "
      "ON CONFLICT (code) DO UPDATE SET name = excluded.name, description = excluded.description, "
      "unit = excluded.unit, unit_label = excluded.unit_label, direction = excluded.direction, "
      "source = excluded.source, period_type = excluded.period_type, published = excluded.published, "
      "kind = excluded.kind, numerator = excluded.numerator, denominator = excluded.denominator, "
      "factor = excluded.factor, parent_code = excluded.parent_code, part_number = excluded.part_number, "
      "distribution_dimension = excluded.distribution_dimension, baseline_value = excluded.baseline_value, "
      "baseline_period = excluded.baseline_period, baseline_note = excluded.baseline_note, "
      "data_note = excluded.data_note, figures_pending = excluded.figures_pending, "
      "source_ref = excluded.source_ref, responsible_organisation_id = excluded.responsible_organisation_id, "
      "version = indicators.version + 1 RETURNING id",
      {i.code, i.name, i.description, i.unit, i.unit_label, std::string(DirectionKey(i.direction)),
       i.source, i.period_type, static_cast<int64_t>(i.published),
       std::string(IndicatorKindKey(i.kind)), i.numerator, i.denominator, i.factor, i.parent,
       static_cast<int64_t>(i.part_number), i.distribution_dimension, bv, bp, bn, i.data_note,
       static_cast<int64_t>(i.figures_pending), i.source_ref, i.responsible_organisation});
  int64_t id = rows.at(0).Int(0);
  conn_.Execute("DELETE FROM indicator_targets WHERE indicator_id = ?", {id});
  int64_t pos = 0;
  for (const auto& t : i.targets) {
    conn_.Execute(
        "INSERT INTO indicator_targets (indicator_id, position, value, by_date, label, dimensions) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        {id, pos++, t.value, t.by.ToIso(), t.label, nlohmann::json(t.dimensions).dump()});
  }
  WriteServes(id, i.serves);
  WriteDimensionLabels(id, i.dimension_labels);
  return id;
}

void IndicatorStore::WriteServes(int64_t id, const std::vector<ServedItem>& serves) {
  // The rows as they should be: each item once, at the position it was
  // first named at.
  std::vector<std::pair<int64_t, int64_t>> wanted;  // plan item, position
  int64_t pos = 0;
  for (const auto& s : serves) {
    auto item = conn_.Query(
        "SELECT p.id FROM plan_items p JOIN strategies s ON s.id = p.strategy_id "
        "WHERE s.key = ? AND p.key = ?",
        {s.strategy, s.item});
    if (item.empty()) {
      throw Failure(FailureCode::kInvalid,
                    "no plan item '" + s.item + "' in strategy '" + s.strategy + "'", "serves");
    }
    const int64_t item_id = item[0].Int(0);
    const bool named_before =
        std::any_of(wanted.begin(), wanted.end(), [&](const auto& w) { return w.first == item_id; });
    if (!named_before) wanted.emplace_back(item_id, pos);
    ++pos;
  }
  // Written only when they change: they are part of the reporting round's
  // basis (migration 16), and rows written again, even the same ones, make
  // every server build the basis anew.
  std::vector<std::pair<int64_t, int64_t>> stored;
  for (const auto& r : conn_.Query(
           "SELECT plan_item_id, position FROM indicator_serves WHERE indicator_id = ? ORDER BY position", {id})) {
    stored.emplace_back(r.Int(0), r.Int(1));
  }
  if (stored == wanted) return;
  conn_.Execute("DELETE FROM indicator_serves WHERE indicator_id = ?", {id});
  for (const auto& [item_id, position] : wanted) {
    conn_.Execute("INSERT INTO indicator_serves (indicator_id, plan_item_id, position) VALUES (?, ?, ?)",
                  {id, item_id, position});
  }
}

void IndicatorStore::WriteDimensionLabels(int64_t id, const std::vector<DimensionLabels>& labels) {
  conn_.Execute("DELETE FROM indicator_dimension_labels WHERE indicator_id = ?", {id});
  for (const auto& d : labels) {
    // The dimension's own row (value '') sorts first, at position 0.
    std::vector<std::tuple<std::string, std::string, std::string>> rows{{"", d.nb, d.en}};
    for (const auto& v : d.values) rows.emplace_back(v.key, v.nb, v.en);
    for (size_t k = 0; k < rows.size(); ++k) {
      conn_.Execute(
          "INSERT INTO indicator_dimension_labels (indicator_id, dimension, value, position, label_nb, "
          "label_en) VALUES (?, ?, ?, ?, ?, ?)",
          {id, d.dimension, std::get<0>(rows[k]), static_cast<int64_t>(k), std::get<1>(rows[k]),
           std::get<2>(rows[k])});
    }
  }
}

void IndicatorStore::ClaimVersion(int64_t id, int64_t expected_version) {
  // Setting the version to itself takes the row lock without bumping it;
  // Upsert bumps it once.
  if (conn_.Execute("UPDATE indicators SET version = version WHERE id = ? AND version = ?",
                    {id, expected_version}) > 0) {
    return;
  }
  auto rows = conn_.Query("SELECT code, version FROM indicators WHERE id = ?", {id});
  if (rows.empty()) throw Failure(FailureCode::kNotFound, "the indicator is gone", "code");
  throw Failure(FailureCode::kConflict,
                "indicator '" + rows[0].Text(0) + "' was changed by someone else: you sent version " +
                    std::to_string(expected_version) + ", the current version is " +
                    std::to_string(rows[0].Int(1)),
                "version");
}

void IndicatorStore::SetDataUpdatedAt(const std::string& code, const std::optional<std::string>& when) {
  conn_.Execute("UPDATE indicators SET data_updated_at = ? WHERE code = ?",
                {when ? SqlValue(*when) : SqlValue(nullptr), code});
}

void IndicatorStore::Delete(int64_t id) {
  // The foreign keys cascade; deleting the children first keeps this
  // independent of whether the engine enforces them.
  for (const char* table : {"measurement_aggregates", "measurements", "indicator_dimensions",
                            "indicator_dimension_labels", "dimension_spellings",
                            "indicator_serves", "indicator_targets"}) {
    conn_.Execute(std::string("DELETE FROM ") + table + " WHERE indicator_id = ?", {id});
  }
  conn_.Execute("DELETE FROM indicators WHERE id = ?", {id});
}

std::vector<std::string> IndicatorStore::ReferencesTo(const std::string& code) {
  std::vector<std::string> out;
  for (const auto& r : conn_.Query(
           "SELECT code, CASE WHEN parent_code = ? THEN 'part' WHEN numerator = ? THEN 'numerator' "
           "ELSE 'denominator' END FROM indicators "
           "WHERE code <> ? AND (parent_code = ? OR numerator = ? OR denominator = ?) ORDER BY code",
           {code, code, code, code, code, code})) {
    out.push_back("indicator '" + r.Text(0) + "' (" + r.Text(1) + ")");
  }
  int64_t assessments =
      conn_.Query("SELECT COUNT(*) FROM assessments WHERE subject_kind = 'indicator' AND subject_key = ?",
                  {code})
          .at(0)
          .Int(0);
  if (assessments > 0) out.push_back(std::to_string(assessments) + " assessment(s) in reporting periods");
  return out;
}

std::map<int64_t, std::vector<std::string>> IndicatorStore::DimensionsOf(const std::vector<int64_t>& ids) {
  std::map<int64_t, std::vector<std::string>> out;
  if (ids.empty()) return out;
  // Each indicator with its version and its names in one statement, so
  // that the names are kept under the version they belong to.
  auto read = [&](const std::string& where, const SqlParams& params) {
    std::vector<IndicatorDimensionNames> rows;
    for (const auto& r : conn_.Query("SELECT i.id, i.version, d.position, d.name FROM indicators i "
                                     "LEFT JOIN indicator_dimensions d ON d.indicator_id = i.id " +
                                         where + " ORDER BY i.id, d.position",
                                     params)) {
      if (rows.empty() || rows.back().id != r.Int(0)) rows.push_back({r.Int(0), r.Int(1), {}});
      if (r.IsNull(2)) continue;
      rows.back().names.resize(static_cast<size_t>(r.Int(2)));
      rows.back().names.back() = r.Text(3);
    }
    return rows;
  };
  const std::unordered_set<int64_t> wanted(ids.begin(), ids.end());
  KeptRowsRead<IndicatorDimensionNames> how;
  how.read_where = read;
  how.read_all = [&] {
    SqlParams params;
    const std::string list = IdListOf(std::vector<int64_t>(wanted.begin(), wanted.end()), params);
    return read("WHERE i.id IN (" + list + ")", params);
  };
  how.key_of = [](const IndicatorDimensionNames& d) { return KeptRowKey{d.id, d.version, ""}; };
  how.stamp_and_keys = [&] {
    const std::shared_ptr<const Directory> d = ReadDirectory();
    std::vector<KeptRowKey> keys;
    for (const auto& row : d->rows) {
      if (wanted.count(row.stamp.id)) keys.push_back(KeptRowKey{row.stamp.id, row.stamp.version, ""});
    }
    return std::make_pair(d->basis_stamp, std::move(keys));
  };
  for (auto& d : KeptOrRead<IndicatorDimensionNames>(conn_, KeptIndicatorDimensions(), how)) {
    if (!d.names.empty()) out.emplace(d.id, std::move(d.names));
  }
  return out;
}

std::vector<std::string> IndicatorStore::Dimensions(int64_t indicator_id) {
  // The kept names need the directory, which costs a request that
  // remembers it nothing more; elsewhere (a command's loop over every
  // indicator) it would be read for each.
  if (!conn_.InTransaction() && conn_.RemembersConvertedReads()) {
    auto of = DimensionsOf({indicator_id});
    auto it = of.find(indicator_id);
    return it == of.end() ? std::vector<std::string>{} : std::move(it->second);
  }
  std::vector<std::string> out;
  for (const auto& r : conn_.Query(
           "SELECT position, name FROM indicator_dimensions WHERE indicator_id = ? ORDER BY position",
           {indicator_id})) {
    out.resize(static_cast<size_t>(r.Int(0)));
    out.back() = r.Text(1);
  }
  return out;
}

int IndicatorStore::DimensionPosition(int64_t indicator_id, const std::string& name) {
  auto dims = Dimensions(indicator_id);
  return DimensionPosition(indicator_id, name, dims);
}

int IndicatorStore::DimensionPosition(int64_t indicator_id, const std::string& name,
                                      std::vector<std::string>& dims) {
  for (size_t i = 0; i < dims.size(); ++i) {
    if (dims[i] == name) return static_cast<int>(i + 1);
  }
  if (static_cast<int>(dims.size()) >= kMaxDimensions) {
    throw Failure(FailureCode::kInvalid,
                  "an indicator may have at most " + std::to_string(kMaxDimensions) +
                      " dimensions; '" + name + "' would be one more",
                  name);
  }
  int pos = static_cast<int>(dims.size()) + 1;
  conn_.Execute("INSERT INTO indicator_dimensions (indicator_id, position, name) VALUES (?, ?, ?)",
                {indicator_id, static_cast<int64_t>(pos), name});
  dims.push_back(name);
  return pos;
}

}  // namespace fremdrift
