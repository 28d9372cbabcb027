// Eight writers adding measurements to the same indicators at once, on each
// engine: single adds and CSV imports, which also add the indicators'
// dimensions as they go. Every valid write must succeed (nobody gets a
// conflict caused by somebody else's write) and the stored aggregates must
// equal a recomputation from the rows.
#include <gtest/gtest.h>

#include <map>
#include <mutex>
#include <sstream>
#include <thread>
#include <tuple>

#include "app/bundle.h"
#include "app/measurement_import.h"
#include "app/measurement_service.h"
#include "formats/bundle_files.h"
#include "storage/indicator_store.h"
#include "storage/measurement_store.h"
#include "storage/migrations.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using testing::Engine;
using testing::EngineName;
using testing::EngineTest;
using testing::TempDatabase;

const char* kVisitAndSignInIndicators = R"({"format": "fremdrift-bundle", "version": 1, "indicators": [
  {"code": "besok", "name": "Besøk", "unit": "count", "direction": "higher_is_better",
   "period_type": "month", "published": true},
  {"code": "innlogging", "name": "Innlogginger", "unit": "count", "direction": "higher_is_better",
   "period_type": "month", "published": true}]})";

constexpr int kWriters = 8;
constexpr int kRounds = 6;
constexpr int kRowsPerImport = 12;

// The aggregates of one group, recomputed from the rows:
// (period, dim_value) -> (total, n, min, max, provisional).
using Recomputed = std::map<std::pair<std::string, std::string>, std::tuple<double, int64_t, double, double, bool>>;

Recomputed Recompute(const std::vector<StoredMeasurement>& rows, int group, bool yearly) {
  Recomputed out;
  for (const auto& m : rows) {
    if (!m.value) continue;
    std::string dim_value;
    if (group == kNationalRows) {
      bool national = true;
      for (const auto& d : m.dims) national = national && d.empty();
      if (!national) continue;
    } else if (group >= 1) {
      dim_value = m.dims[static_cast<size_t>(group - 1)];
      if (dim_value.empty()) continue;
    }
    std::string period = yearly ? m.period.substr(0, 4) : m.period;
    auto [it, fresh] = out.try_emplace({period, dim_value}, *m.value, 1, *m.value, *m.value, m.provisional);
    if (fresh) continue;
    auto& [total, n, min, max, provisional] = it->second;
    total += *m.value;
    ++n;
    min = std::min(min, *m.value);
    max = std::max(max, *m.value);
    provisional = provisional || m.provisional;
  }
  return out;
}

Recomputed Stored(const std::vector<AggregateRow>& rows) {
  Recomputed out;
  for (const auto& r : rows) {
    out[{r.period, r.dim_value}] = {r.total, r.n, r.min, r.max, r.provisional};
  }
  return out;
}

// db_ is empty; the test opens its own connections.
class ConcurrentWritersTest : public EngineTest {
 protected:
  bool MigratedDatabase() const override { return false; }
};

TEST_P(ConcurrentWritersTest, EveryValidWriteSucceedsAndTheAggregatesAddUp) {
  TempDatabase& db = *db_;
  {
    auto conn = db.Connect();
    Migrate(*conn);
    ImportBundle(*conn, {ParseBundleText("i.json", kVisitAndSignInIndicators)}, "test");
  }
  const User editor{1, "writer", "nhn", Role::kEditor, 1};
  std::mutex failures_mutex;
  std::vector<std::string> failures;
  int64_t imported_rows = 0;
  int64_t added_rows = 0;

  auto writer = [&](int w) {
    auto conn = db.Connect();
    auto fail = [&](const std::string& what) {
      std::lock_guard lock(failures_mutex);
      failures.push_back("writer " + std::to_string(w) + ": " + what);
    };
    const std::string region = "r" + std::to_string(w);
    for (int round = 0; round < kRounds; ++round) {
      // One single add: every writer writes the same periods, so they
      // meet on the same aggregates; the dimensions are new to the first.
      nlohmann::json body = {{"indicator", "besok"},
                             {"period", "2022-0" + std::to_string(1 + round % 3)},
                             {"value", w * 100 + round},
                             {"dimensions", {{"region", region}, {"kanal", "add" + std::to_string(round)}}}};
      try {
        AddMeasurement(*conn, editor, body);
        std::lock_guard lock(failures_mutex);
        ++added_rows;
      } catch (const std::exception& e) {
        fail(std::string("add: ") + e.what());
      }
      // One CSV import touching both indicators, in opposite orders for
      // odd and even writers, so that two imports can wait on each other.
      std::string besok, innlogging;
      for (int i = 0; i < kRowsPerImport; ++i) {
        std::string line = "," + std::string(i % 2 ? "2022-01" : "2023-02") + "," +
                           std::to_string(w * 1000 + round * 10 + i) + "," +
                           (i % 3 ? "" : "provisional") + "," + region + ",imp" + std::to_string(round) + "-" +
                           std::to_string(i) + "\n";
        besok += "besok" + line;
        innlogging += "innlogging" + line;
      }
      std::istringstream in("indicator,period,value,status,region,kanal\n" +
                            (w % 2 ? innlogging + besok : besok + innlogging));
      MeasurementImportOptions options;
      options.actor = editor.name;
      try {
        ImportSummary s = ImportMeasurements(*conn, in, MeasurementFormat::kCsv, options);
        if (s.status != ImportStatus::kOk || s.imported != 2 * kRowsPerImport) {
          fail("import: " + s.ToJson().dump());
        } else {
          std::lock_guard lock(failures_mutex);
          imported_rows += s.imported;
        }
      } catch (const std::exception& e) {
        fail(std::string("import: ") + e.what());
      }
    }
  };
  std::vector<std::thread> threads;
  for (int w = 0; w < kWriters; ++w) threads.emplace_back(writer, w);
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures, std::vector<std::string>{});
  EXPECT_EQ(added_rows, kWriters * kRounds);
  EXPECT_EQ(imported_rows, kWriters * kRounds * 2 * kRowsPerImport);

  auto conn = db.Connect();
  IndicatorStore indicators(*conn);
  MeasurementStore store(*conn);
  int64_t rows_total = 0;
  for (const char* code : {"besok", "innlogging"}) {
    SCOPED_TRACE(code);
    auto ind = indicators.FindByCode(code);
    ASSERT_TRUE(ind);
    auto dims = indicators.Dimensions(ind->id);
    EXPECT_EQ(dims.size(), 2u);  // region and kanal, each added once
    auto rows = store.List(ind->id);
    rows_total += static_cast<int64_t>(rows.size());
    for (int group = kAllRows; group <= static_cast<int>(dims.size()); ++group) {
      SCOPED_TRACE("group " + std::to_string(group));
      EXPECT_EQ(Stored(store.Aggregates(ind->id, group)), Recompute(rows, group, false));
      EXPECT_EQ(Stored(store.YearlyAggregates(ind->id, group)), Recompute(rows, group, true));
    }
  }
  EXPECT_EQ(rows_total, added_rows + imported_rows);
}

INSTANTIATE_PER_ENGINE(ConcurrentWritersTest);

}  // namespace
}  // namespace fremdrift
