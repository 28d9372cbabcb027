// The indicators as IndicatorStore reads them in full (their row, targets,
// served items and dimension labels), kept in memory across requests so
// that a list of indicators costs one small query when few have changed.
//
// An indicator's entry holds while three things stay as they were when it
// was read:
// - its `version`, which every save of the indicator bumps, and every write
//   of its measurements;
// - its `data_updated_at`, which a bundle may set without a new version;
// - the database's basis stamp (`round_basis`, migration 16), which every
//   change of what an indicator names from other rows renews: its served
//   items' and their strategies' keys, its responsible organisation's short
//   name, and any insert or delete of indicators and served items.
// The values are read from the database on every use, so several server
// processes on one database never serve another's stale entry. Each key
// read after the stamp (IndicatorStore reads the stamp first), so an entry
// may hold a newer indicator than a reader's key names, never an older one.
//
// Only connections outside a transaction use it (SqlConnection::
// InTransaction): a write's own reads may be rolled back.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "domain/indicator.h"

namespace fremdrift {

// What names one state of an indicator, as read from its row.
struct IndicatorDetailsKey {
  int64_t id = 0;
  int64_t version = 0;
  std::string data_updated_at;
};

class IndicatorDetailsCache {
 public:
  // The one cache of this process. Entries of several databases (tests)
  // may meet in it: their basis stamps are random, so they never match.
  static IndicatorDetailsCache& Instance();

  // Each key's kept indicator, or nullptr where none is kept for exactly
  // that key and `stamp`.
  std::vector<std::shared_ptr<const Indicator>> Find(const std::vector<IndicatorDetailsKey>& keys, int64_t stamp);

  // Keeps `indicators` (read in full while the basis stamp read just before
  // was `stamp`), each under its own id, version and data_updated_at.
  void Keep(const std::vector<Indicator>& indicators, int64_t stamp);

  // Entries kept at most: past this, all are dropped (a database has far
  // fewer indicators; only a process that opens many databases gets here).
  static constexpr size_t kMaxEntries = 100000;

 private:
  struct Entry {
    int64_t stamp = 0;
    std::shared_ptr<const Indicator> indicator;
  };

  std::mutex mutex_;
  std::unordered_map<int64_t, Entry> by_id_;
};

}  // namespace fremdrift
