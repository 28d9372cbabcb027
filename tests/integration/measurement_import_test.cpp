// Importing measurements and reading series on each engine: one bad row
// writes nothing, --skip-invalid keeps the good ones, a dry run writes
// nothing, re-imports update, and series come from the aggregates.
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "app/bundle.h"
#include "app/indicator_series.h"
#include "app/measurement_import.h"
#include "formats/bundle_files.h"
#include "storage/indicator_store.h"
#include "storage/measurement_row_store.h"
#include "storage/measurement_store.h"
#include "storage/period_code.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using testing::Engine;
using testing::EngineName;
using testing::EngineTest;
using testing::TempDatabase;

const char* kVisitAndShareIndicators = R"({"format": "fremdrift-bundle", "version": 1, "indicators": [
  {"code": "besok", "name": "Besøk", "unit": "count", "direction": "higher_is_better",
   "period_type": "month", "published": true},
  {"code": "andel", "name": "Andel", "unit": "percent", "direction": "higher_is_better",
   "period_type": "year", "published": true,
   "targets": [{"value": 80, "by": "2023-12-31", "label": "80 %"}]}]})";

class MeasurementImportTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
    ImportBundle(*conn_, {ParseBundleText("i.json", kVisitAndShareIndicators)}, "test");
  }

  ImportSummary Import(const std::string& csv, bool dry_run = false, bool skip_invalid = false) {
    std::istringstream in(csv);
    MeasurementImportOptions o;
    o.dry_run = dry_run;
    o.skip_invalid = skip_invalid;
    o.actor = "test";
    return ImportMeasurements(*conn_, in, MeasurementFormat::kCsv, o);
  }

  int64_t Rows(const std::string& code) {
    auto ind = IndicatorStore(*conn_).FindByCode(code);
    return MeasurementStore(*conn_).Count(ind->id);
  }

  IndicatorSeries Series(const std::string& code, SeriesQuery q = {}) {
    return ReadSeries(*conn_, *IndicatorStore(*conn_).FindByCode(code), q);
  }

};

TEST_P(MeasurementImportTest, ImportsRowsAndCountsNewUpdatedAndIdentical) {
  auto s = Import("indicator,period,value,region\nbesok,2022-01,10,Vest\nbesok,2022-01,5,Nord\n");
  EXPECT_EQ(s.status, ImportStatus::kOk);
  EXPECT_EQ(s.imported, 2);
  s = Import("indicator,period,value,region\nbesok,2022-01,11,Vest\nbesok,2022-01,5,Nord\n");
  EXPECT_EQ(s.imported, 0);
  EXPECT_EQ(s.updated, 1);
  EXPECT_EQ(s.ignored, 1);
  EXPECT_EQ(Rows("besok"), 2);
}

TEST_P(MeasurementImportTest, LastUpdatedMovesOnlyWhenTheFiguresChange) {
  auto indicator = [&] { return *IndicatorStore(*conn_).FindByCode("besok"); };
  EXPECT_EQ(indicator().data_updated_at, "");
  Import("indicator,period,value,region\nbesok,2022-01,10,Vest\n");
  Indicator first = indicator();
  ASSERT_FALSE(first.data_updated_at.empty());
  // The same file again changes no figure: neither "last updated" nor the
  // version (which caches key on) moves.
  conn_->Execute("UPDATE indicators SET data_updated_at = '2020-01-01T00:00:00Z' WHERE id = ?",
                 {first.id});
  Import("indicator,period,value,region\nbesok,2022-01,10,Vest\n");
  EXPECT_EQ(indicator().data_updated_at, "2020-01-01T00:00:00Z");
  EXPECT_EQ(indicator().version, first.version);
  // A changed value does.
  Import("indicator,period,value,region\nbesok,2022-01,12,Vest\n");
  EXPECT_NE(indicator().data_updated_at, "2020-01-01T00:00:00Z");
  EXPECT_GT(indicator().version, first.version);
}

TEST_P(MeasurementImportTest, ARowRepeatedInOneFileCountsAsAnUpdateAndTheLastValueWins) {
  auto s = Import("indicator,period,value,region\nbesok,2022-01,10,Vest\nbesok,2022-01,12,Vest\n"
                  "besok,2022-01,12,Vest\n");
  EXPECT_EQ(s.imported, 1);
  EXPECT_EQ(s.updated, 1);
  EXPECT_EQ(s.ignored, 1);
  SeriesQuery q;
  q.by = "region";
  EXPECT_DOUBLE_EQ(Series("besok", q).values.at(0).value, 12);
}

TEST_P(MeasurementImportTest, ManyRowsAcrossBatchesAreAllCounted) {
  std::string csv = "indicator,period,value,region\n";
  for (int i = 0; i < 1234; ++i) csv += "besok,2022-01," + std::to_string(i) + ",r" + std::to_string(i) + "\n";
  EXPECT_EQ(Import(csv).imported, 1234);
  auto again = Import(csv);
  EXPECT_EQ(again.imported, 0);
  EXPECT_EQ(again.ignored, 1234);
  EXPECT_EQ(Rows("besok"), 1234);
}

// Every aggregate row, in key order, as text.
std::vector<std::string> AggregateTable(SqlConnection& conn) {
  std::vector<std::string> out;
  for (const auto& r : conn.Query("SELECT indicator_id, period, dim_position, dim_value, total, n, "
                                  "min_value, max_value, provisional FROM measurement_aggregates "
                                  "ORDER BY indicator_id, dim_position, period, dim_value")) {
    std::ostringstream line;
    line << r.Int(0) << ' ' << r.Text(1) << ' ' << r.Int(2) << " '" << r.Text(3) << "' " << r.Real(4)
         << ' ' << r.Int(5) << ' ' << r.Real(6) << ' ' << r.Real(7) << ' ' << r.Int(8);
    out.push_back(line.str());
  }
  return out;
}

// The aggregates an import keeps up to date (adding new rows, recomputing
// periods with updated rows), yearly sums included, are those computed
// afresh from the rows, after a first import, new rows in stored periods,
// new periods and updates.
TEST_P(MeasurementImportTest, AggregatesKeptByImportsEqualThoseComputedFromTheRows) {
  std::string first = "indicator,period,value,status,note,region,tjeneste\n";
  for (int m = 1; m <= 12; ++m) {
    std::string period = "2021-" + std::string(m < 10 ? "0" : "") + std::to_string(m);
    first += "besok," + period + "," + std::to_string(m * 2) + ",,,,\n";  // national
    for (int r = 0; r < 1100; ++r) {  // over 10,000 rows: several batches
      first += "besok," + period + "," + std::to_string((r * 7 + m) % 50) + ".5," +
               (r % 9 == 0 ? "provisional" : "") + ",,r" + std::to_string(r % 11) + ",t" +
               std::to_string(r) + "\n";
    }
    first += "besok," + period + ",,,not yet,r1,none\n";  // no value: in no aggregate
  }
  ASSERT_EQ(Import(first).status, ImportStatus::kOk);
  // The first file has no qualifier, so its aggregates leave "may be lower"
  // and "may be higher" to their defaults; the second has some.
  std::string second = "indicator,period,value,status,note,region,tjeneste,qualifier\n"
                       "besok,2021-03,-4,,,r5,t5,\n"       // updated: a new minimum
                       "besok,2021-03,7.5,,,r2,extra,under\n"   // new in a stored period
                       "besok,2021-04,99,,,,,\n"           // national row updated
                       "besok,2022-01,1,provisional,,r3,t1,over\n"  // a new period
                       "besok,2022-01,2,,,,,\n"
                       "besok,2021-05,-1,provisional,,r2,extra,\n";  // added to stored groups
  auto s = Import(second);
  ASSERT_EQ(s.status, ImportStatus::kOk);
  EXPECT_EQ(s.imported, 4);
  EXPECT_EQ(s.updated, 2);
  // "under" and "over" mark the groups they are in.
  EXPECT_GT(conn_->Query("SELECT COUNT(*) FROM measurement_aggregates WHERE may_be_lower = 1")[0].Int(0), 0);
  EXPECT_GT(conn_->Query("SELECT COUNT(*) FROM measurement_aggregates WHERE may_be_higher = 1")[0].Int(0), 0);
  auto kept = AggregateTable(*conn_);
  ASSERT_FALSE(kept.empty());
  auto ind = IndicatorStore(*conn_).FindByCode("besok");
  MeasurementStore store(*conn_);
  for (const auto& r : conn_->Query("SELECT DISTINCT period FROM measurements WHERE indicator_id = ?",
                                    {ind->id})) {
    store.RebuildPeriodAggregates(ind->id, PeriodFromCode(r.Int(0)));
  }
  for (const auto& year : {"2021", "2022"}) store.RebuildYearAggregates(ind->id, year);
  EXPECT_EQ(kept, AggregateTable(*conn_));
  // The yearly sums are there: 2021's by region add up its months.
  auto years = store.YearlyAggregates(ind->id, 1);
  ASSERT_FALSE(years.empty());
  EXPECT_EQ(years.front().period, "2021");
}

// A new indicator or dimension met after several batches makes the import
// await the rows being written before it reads what it needs; those rows
// are counted and aggregated all the same, as are the ones after.
TEST_P(MeasurementImportTest, RowsBeforeAndAfterANewIndicatorMidFileAreAllCountedAndAggregated) {
  std::string csv = "indicator,period,value,region,tjeneste\n";
  int64_t besok_total = 0;
  for (int m = 1; m <= 12; ++m) {
    const std::string period = "2021-" + std::string(m < 10 ? "0" : "") + std::to_string(m);
    for (int r = 0; r < 1000; ++r) {  // 12,000 rows: past the first batch
      csv += "besok," + period + "," + std::to_string(r % 7) + ",r" + std::to_string(r % 5) + ",t" +
             std::to_string(r) + "\n";
      besok_total += r % 7;
    }
  }
  csv += "andel,2021,40,,\nandel,2022,55,,\n";
  csv += "besok,2022-01,5,r9,\n";  // back to the first indicator, a value not seen before
  const ImportSummary s = Import(csv);
  ASSERT_EQ(s.status, ImportStatus::kOk);
  EXPECT_EQ(s.imported, 12003);
  EXPECT_EQ(Rows("besok"), 12001);
  EXPECT_EQ(Rows("andel"), 2);
  const auto besok = IndicatorStore(*conn_).FindByCode("besok");
  MeasurementStore store(*conn_);
  double total = 0;
  for (const auto& a : store.Aggregates(besok->id, kAllRows)) total += a.total;
  EXPECT_EQ(total, static_cast<double>(besok_total + 5));
  const auto kept = AggregateTable(*conn_);
  for (const auto& code : {"besok", "andel"}) {
    const auto ind = IndicatorStore(*conn_).FindByCode(code);
    for (const auto& r : conn_->Query("SELECT DISTINCT period FROM measurements WHERE indicator_id = ?", {ind->id})) {
      store.RebuildPeriodAggregates(ind->id, PeriodFromCode(r.Int(0)));
    }
    for (const auto& year : {"2021", "2022"}) store.RebuildYearAggregates(ind->id, year);
  }
  EXPECT_EQ(kept, AggregateTable(*conn_));
  EXPECT_EQ(Series("andel").values.size(), 2u);
}

// A batch whose rows all have the columns' defaults (final, exact, no note
// or source) leaves those columns to the database; a batch with one row
// that differs writes them all. Either way each row keeps what it said.
TEST_P(MeasurementImportTest, RowsKeepTheirStatusQualifierNoteAndSourceWhetherOrNotTheBatchHasThem) {
  auto plain = Import("indicator,period,value,region\nbesok,2022-01,10,Vest\nbesok,2022-02,11,Vest\n");
  ASSERT_EQ(plain.imported, 2);
  auto mixed = Import(
      "indicator,period,value,region,status,qualifier,note,source_ref\n"
      "besok,2022-03,12,Vest,provisional,about,Telt for hand,SSB tabell 1\n"
      "besok,2022-04,13,Vest,final,exact,,\n");
  ASSERT_EQ(mixed.imported, 2) << (mixed.conflicts.empty() ? "" : mixed.conflicts[0].reason);
  auto ind = IndicatorStore(*conn_).FindByCode("besok");
  std::map<std::string, StoredMeasurement> rows;
  for (const auto& v : MeasurementRowStore(*conn_).List(ind->id)) rows[v.row.period] = v.row;
  ASSERT_EQ(rows.size(), 4u);
  for (const char* period : {"2022-01", "2022-02", "2022-04"}) {
    SCOPED_TRACE(period);
    EXPECT_FALSE(rows[period].provisional);
    EXPECT_EQ(rows[period].qualifier, Qualifier::kExact);
    EXPECT_EQ(rows[period].note, "");
    EXPECT_EQ(rows[period].source_ref, "");
  }
  const StoredMeasurement& marked = rows["2022-03"];
  EXPECT_TRUE(marked.provisional);
  EXPECT_EQ(marked.qualifier, Qualifier::kAbout);
  EXPECT_EQ(marked.note, "Telt for hand");
  EXPECT_EQ(marked.source_ref, "SSB tabell 1");
  EXPECT_EQ(rows["2022-02"].value, 11);
  EXPECT_EQ(marked.value, 12);
}

TEST_P(MeasurementImportTest, OneBadRowWritesNothingAndNamesLineAndColumn) {
  auto s = Import("indicator,period,value\nbesok,2022-01,10\nbesok,2022-13,5\nukjent,2022-02,1\nbesok,2022-03,x\n");
  EXPECT_EQ(s.status, ImportStatus::kError);
  ASSERT_EQ(s.conflicts.size(), 3u);
  EXPECT_EQ(s.conflicts[0].line, 3);
  EXPECT_EQ(s.conflicts[0].column, "period");
  EXPECT_EQ(s.conflicts[1].line, 4);
  EXPECT_EQ(s.conflicts[1].column, "indicator");
  EXPECT_EQ(s.conflicts[2].line, 5);
  EXPECT_EQ(s.conflicts[2].column, "value");
  EXPECT_EQ(Rows("besok"), 0);
}

TEST_P(MeasurementImportTest, SkipInvalidKeepsTheGoodRows) {
  auto s = Import("indicator,period,value\nbesok,2022-01,10\nbesok,2022-13,5\n", false, true);
  EXPECT_EQ(s.status, ImportStatus::kOk);
  EXPECT_EQ(s.imported, 1);
  EXPECT_EQ(s.invalid, 1);
  EXPECT_EQ(Rows("besok"), 1);
}

TEST_P(MeasurementImportTest, DryRunWritesNothing) {
  auto s = Import("indicator,period,value\nbesok,2022-01,10\n", true);
  EXPECT_EQ(s.status, ImportStatus::kDryRun);
  EXPECT_EQ(s.imported, 1);
  EXPECT_EQ(Rows("besok"), 0);
}

TEST_P(MeasurementImportTest, SemicolonFilesAcceptDecimalCommaAndBom) {
  auto s = Import("\xEF\xBB\xBFindicator;period;value;status\nandel;2021;12,5;foreløpig\n");
  EXPECT_EQ(s.status, ImportStatus::kOk) << s.ToJson().dump();
  auto series = Series("andel");
  ASSERT_EQ(series.values.size(), 1u);
  EXPECT_DOUBLE_EQ(series.values[0].value, 12.5);
  EXPECT_TRUE(series.values[0].provisional);
}

TEST_P(MeasurementImportTest, EmptyValueWithNoteRecordsMissingData) {
  auto s = Import("indicator,period,value,note\nandel,2023,,Ikke tilgjengelig før utgangen av februar\n");
  EXPECT_EQ(s.status, ImportStatus::kOk) << s.ToJson().dump();
  EXPECT_EQ(Rows("andel"), 1);
  EXPECT_TRUE(Series("andel").values.empty());
  EXPECT_EQ(Import("indicator,period,value\nandel,2023,\n").status, ImportStatus::kError);
}

TEST_P(MeasurementImportTest, SeriesByDimensionAndRolledUpToYears) {
  Import("indicator,period,value,region,tjeneste\n"
         "besok,2022-01,10,Vest,a\nbesok,2022-01,5,Vest,b\nbesok,2022-02,7,Nord,a\n"
         "besok,2023-01,1,Nord,a\n");
  SeriesQuery q;
  q.by = "region";
  q.period_type = PeriodType::kYear;
  auto s = Series("besok", q);
  ASSERT_EQ(s.values.size(), 3u);
  EXPECT_EQ(s.values[0].period, "2022");
  EXPECT_EQ(s.values[0].group, "Nord");
  EXPECT_DOUBLE_EQ(s.values[0].value, 7);
  EXPECT_EQ(s.values[1].group, "Vest");
  EXPECT_DOUBLE_EQ(s.values[1].value, 15);
  // Without `by`, counts with only dimension rows show their sum.
  q.by = "";
  auto total = Series("besok", q);
  ASSERT_EQ(total.values.size(), 2u);
  EXPECT_DOUBLE_EQ(total.values[0].value, 22);
  q.by = "fylke";
  EXPECT_THROW(Series("besok", q), Failure);
}

TEST_P(MeasurementImportTest, PercentagesRollUpToTheLatestValueNotTheirSum) {
  Import("indicator,period,value\nandel,2021,40\nandel,2022,60\n");
  auto s = Series("andel");
  ASSERT_EQ(s.achievements.size(), 1u);
  EXPECT_EQ(s.achievements[0].status, AchievementStatus::kOnTrack);
  EXPECT_EQ(*s.achievements[0].actual, 60);
}

TEST_P(MeasurementImportTest, JsonArrayIsReadElementByElement) {
  std::istringstream in(R"([{"indicator": "besok", "period": "2022-01", "value": 3,
                             "dimensions": {"region": "Vest"}},
                            {"indicator": "besok", "period": "bad", "value": 1}])");
  MeasurementImportOptions o;
  o.skip_invalid = true;
  auto s = ImportMeasurements(*conn_, in, MeasurementFormat::kJson, o);
  EXPECT_EQ(s.imported, 1);
  ASSERT_EQ(s.conflicts.size(), 1u);
  EXPECT_EQ(s.conflicts[0].line, 2);
  EXPECT_EQ(s.conflicts[0].column, "period");
}

INSTANTIATE_PER_ENGINE(MeasurementImportTest);

}  // namespace
}  // namespace fremdrift
