// Indicators and plan items as their stores read them in full, kept in
// memory across requests, so that a list costs two small queries when few
// of its rows have changed (docs/architecture.md).
//
// A row is kept under a key that names its state, read from the database
// on every use:
// - its `version`, which every save bumps (and, for an indicator, every
//   write of its measurements);
// - for an indicator, its `data_updated_at`, which a bundle may set without
//   a new version;
// - the database's basis stamp (`round_basis`, migrations 16 and 35), which
//   every change of what a row names from other rows renews: the keys of
//   the items and strategies an indicator serves, organisations' short
//   names (owners, the responsible organisation), and any insert or delete
//   of indicators, plan items and what they link.
// Since the key is read each time, several server processes on one
// database never serve one another's stale row. The stores read the stamp
// with the keys and the rows after both, so a kept row may be newer than a
// reader's key, never older.
//
// Only connections outside a transaction use them (SqlConnection::
// InTransaction): a write's own reads may be rolled back.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "domain/indicator.h"
#include "domain/kept_by_address.h"
#include "domain/plan_item.h"
#include "storage/in_list.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// What names one state of a row.
struct KeptRowKey {
  int64_t id = 0;
  int64_t version = 0;
  std::string extra;  // an indicator's data_updated_at; "" for a plan item

  bool operator==(const KeptRowKey&) const = default;
};

template <typename Row>
class KeptRows {
 public:
  // Rows kept at most: past this, the least recently used go (a database
  // has far fewer rows; only a process that opens many databases gets
  // here).
  static constexpr size_t kMaxEntries = 100000;

  // Each key's kept row, or nullptr where none is kept for exactly that
  // key and `stamp`.
  std::vector<std::shared_ptr<const Row>> Find(const std::vector<KeptRowKey>& keys, int64_t stamp) {
    std::vector<std::shared_ptr<const Row>> out(keys.size());
    for (size_t i = 0; i < keys.size(); ++i) out[i] = by_id_.Find(keys[i].id, {stamp, keys[i]});
    return out;
  }

  // For a committed write that took the row with key `from` to the key
  // `to` and changed it no other way than `change` does: the row kept
  // under `from` (with whatever stamp) is kept under `to`, changed, so
  // that the next reader need not read it again. Nothing when the row is
  // kept under another key.
  template <typename Change>
  void Advance(const KeptRowKey& from, const KeptRowKey& to, Change&& change) {
    by_id_.Advance(from.id, [&](const StampedKey& kept, const Row& row)
                                -> std::optional<std::pair<StampedKey, std::shared_ptr<const Row>>> {
      if (!(kept.key == from)) return std::nullopt;
      Row changed = row;
      change(changed);
      return std::pair{StampedKey{kept.stamp, to}, std::make_shared<const Row>(std::move(changed))};
    });
  }

  // Keeps `rows` (read in full after the stamp `stamp` was read), each
  // under its own key.
  void Keep(const std::vector<std::pair<KeptRowKey, Row>>& rows, int64_t stamp) {
    for (const auto& [key, row] : rows) by_id_.Keep(key.id, {stamp, key}, std::make_shared<const Row>(row));
  }

 private:
  struct StampedKey {
    int64_t stamp = 0;
    KeptRowKey key;
    bool operator==(const StampedKey&) const = default;
  };
  KeptByAddress<StampedKey, Row, int64_t> by_id_{kMaxEntries};
};

// An indicator's dimension names by position, as of its `version`: they
// change only with the version (a measurement's write or an import adds
// one and bumps it), so they are kept under the key {id, version, ""}.
struct IndicatorDimensionNames {
  int64_t id = 0;
  int64_t version = 0;
  std::vector<std::string> names;
};

// The one cache of each kind in this process. Rows of several databases
// (tests) may meet in them: their basis stamps are random, so they never
// match.
KeptRows<Indicator>& KeptIndicators();
KeptRows<PlanItem>& KeptPlanItems();
KeptRows<IndicatorDimensionNames>& KeptIndicatorDimensions();

// The basis stamp as a column of the statement that reads the keys, so
// that both come from one snapshot in one round trip: a row read after it
// is then never older than its key.
inline constexpr std::string_view kBasisStampColumn = "(SELECT stamp FROM round_basis WHERE id = 1)";

// How a store reads one list of its rows through the kept rows.
template <typename Row>
struct KeptRowsRead {
  // The statement of the wanted rows' keys, in the list's order. Its
  // first column is kBasisStampColumn; `key_of_row` reads the others
  // (nullopt for a row that is not wanted).
  std::string keys_sql;
  SqlParams params;
  std::function<std::optional<KeptRowKey>(const SqlRow&)> key_of_row;
  // The wanted rows in full, as the store reads them without kept rows.
  std::function<std::vector<Row>()> read_all;
  // The rows `where` ("WHERE id IN (...)", with `params`) selects, in full.
  std::function<std::vector<Row>(const std::string& where, const SqlParams& params)> read_where;
  // The key a row read in full is kept under: its own version, which may
  // be newer than the key read before it.
  std::function<KeptRowKey(const Row&)> key_of;
  // Instead of `keys_sql`, when set: the basis stamp and the wanted rows'
  // keys, in the list's order, from a read the caller has made (stamp
  // first, as above).
  std::function<std::pair<int64_t, std::vector<KeptRowKey>>()> stamp_and_keys = nullptr;
};

// The rows `how` names, in its order. In a transaction, all read by
// `read_all`. Otherwise each from `kept` when it holds that row's key
// under the stamp read with the keys, and the others read in one go by
// `read_where` and kept. A row not read again (deleted since its key was
// read) is left out.
template <typename Row>
std::vector<Row> KeptOrRead(SqlConnection& conn, KeptRows<Row>& kept, const KeptRowsRead<Row>& how) {
  if (conn.InTransaction()) return how.read_all();
  int64_t stamp = 0;
  std::vector<KeptRowKey> keys;
  if (how.stamp_and_keys) {
    std::tie(stamp, keys) = how.stamp_and_keys();
  } else {
    for (const auto& r : conn.Query(how.keys_sql, how.params)) {
      stamp = r.Int(0);
      if (auto key = how.key_of_row(r)) keys.push_back(std::move(*key));
    }
  }
  std::vector<std::shared_ptr<const Row>> found = kept.Find(keys, stamp);
  std::vector<int64_t> missing;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (!found[i]) missing.push_back(keys[i].id);
  }
  std::map<int64_t, Row> fresh;
  if (!missing.empty()) {
    SqlParams id_params;
    const std::string id_list = IdListOf(missing, id_params);
    std::vector<std::pair<KeptRowKey, Row>> to_keep;
    for (Row& row : how.read_where("WHERE id IN (" + id_list + ")", id_params)) {
      to_keep.emplace_back(how.key_of(row), std::move(row));
    }
    kept.Keep(to_keep, stamp);
    for (auto& [key, row] : to_keep) fresh.emplace(key.id, std::move(row));
  }
  std::vector<Row> out;
  out.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    if (found[i]) {
      out.push_back(*found[i]);
    } else if (auto it = fresh.find(keys[i].id); it != fresh.end()) {
      out.push_back(std::move(it->second));
    }
  }
  return out;
}

}  // namespace fremdrift
