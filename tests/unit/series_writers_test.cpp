// The download writers (CSV, SDMX-CSV, JSON, XLSX) as pure functions of a
// small series. The XLSX checks open the workbook with python3's zipfile.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "formats/sdmx_csv.h"
#include "formats/series_csv.h"
#include "formats/series_json.h"
#include "formats/series_xlsx.h"
#include "render/i18n.h"
#include "render/series_about_text.h"
#include "support/xlsx_sheets.h"

namespace fremdrift {
namespace {

using testing::ReadXlsx;

// A note with a comma, a quote, a semicolon and æøå.
const char* kNote = "Tall fra \"april\", ikke mai; gjelder Ålesund, Bærum og Tromsø";

SeriesValue Value(const char* period, const char* group, double v, bool provisional = false) {
  SeriesValue s;
  s.period = period;
  s.group = group;
  s.value = v;
  s.provisional = provisional;
  return s;
}

// Kjernejournal in municipal services by service type, as in the NUIT 3/22 papers,
// with one value made provisional and one with a decimal.
SeriesDownload ByService() {
  SeriesDownload d;
  d.indicator.id = 7;
  d.indicator.code = "kj-kommune";
  d.indicator.name = "Kjernejournal i kommunene";
  d.indicator.description = "Andel kommuner, per tjeneste.";
  d.indicator.unit = "percent";
  d.indicator.source = "NUIT-sak 22/22";
  d.indicator.period_type = "month";
  d.indicator.published = true;
  d.indicator.data_note = "Helsestasjon har ingen tall.";
  d.indicator.targets.push_back({60, *Date::Parse("2022-12-31"), "60 % innen 2022", {{"tjeneste", "sykehjem"}}});
  d.indicator.dimension_labels = {{"tjeneste", "Tjeneste", "Service",
                                   {{"fastlege", "Fastlege", "Regular GP"}, {"sykehjem", "Sykehjem", "Nursing homes"}}}};
  d.indicator.version = 3;
  d.query.by = "tjeneste";
  d.series.by = "tjeneste";
  d.series.dimensions = {"tjeneste"};
  d.series.groups = {"fastlege", "sykehjem"};
  d.series.values = {Value("2022-01", "fastlege", 91), Value("2022-01", "sykehjem", 23.5),
                     Value("2022-04", "sykehjem", 28, true)};
  Achievement a;
  a.status = AchievementStatus::kOffTrack;
  a.reason = AchievementReason::kBehindPath;
  a.target = d.indicator.targets[0];
  a.actual = 28;
  a.actual_period = "2022-04";
  a.expected = 41.5;
  a.start = 5;
  a.start_period = "2020";
  d.series.achievements = {a};
  d.notes[{"2022-04", "sykehjem"}] = kNote;
  return d;
}

TEST(SeriesCsvTest, WritesBomHeaderAndQuotedNote) {
  EXPECT_EQ(SeriesCsv(ByService()),
            "\xEF\xBB\xBF"
            "indicator,period,tjeneste,label,value,unit,status,qualifier,note\r\n"
            "kj-kommune,2022-01,fastlege,Fastlege,91,percent,final,exact,\r\n"
            "kj-kommune,2022-01,sykehjem,Sykehjem,23.5,percent,final,exact,\r\n"
            "kj-kommune,2022-04,sykehjem,Sykehjem,28,percent,provisional,exact,"
            "\"Tall fra \"\"april\"\", ikke mai; gjelder Ålesund, Bærum og Tromsø\"\r\n");
}

TEST(SeriesCsvTest, GroupLabelsFollowTheDownloadsLanguage) {
  SeriesDownload d = ByService();
  d.lang = "en";
  EXPECT_NE(SeriesCsv(d).find("kj-kommune,2022-01,sykehjem,Nursing homes,23.5,"), std::string::npos);
}

TEST(SeriesCsvTest, SemicolonDialectUsesDecimalComma) {
  EXPECT_EQ(SeriesCsv(ByService(), CsvDialect::kSemicolon),
            "\xEF\xBB\xBF"
            "indicator;period;tjeneste;label;value;unit;status;qualifier;note\r\n"
            "kj-kommune;2022-01;fastlege;Fastlege;91;percent;final;exact;\r\n"
            "kj-kommune;2022-01;sykehjem;Sykehjem;23,5;percent;final;exact;\r\n"
            "kj-kommune;2022-04;sykehjem;Sykehjem;28;percent;provisional;exact;"
            "\"Tall fra \"\"april\"\", ikke mai; gjelder Ålesund, Bærum og Tromsø\"\r\n");
}

TEST(SeriesCsvTest, NationalSeriesHasNoGroupColumnAndShowsUnitLabel) {
  SeriesDownload d;
  d.indicator.code = "helsedata-soknader";
  d.indicator.unit = "count";
  d.indicator.unit_label = "søknader";
  d.series.values = {Value("2020", "", 562)};
  EXPECT_EQ(SeriesCsv(d),
            "\xEF\xBB\xBF"
            "indicator,period,value,unit,status,qualifier,note\r\n"
            "helsedata-soknader,2020,562,søknader,final,exact,\r\n");
}

TEST(SeriesCsvTest, CombinedMeanSaysSoInTheNote) {
  SeriesDownload d = ByService();
  d.series.values[0].combined = true;
  d.series.values[0].n = 3;
  d.notes[{"2022-01", "fastlege"}] = "Foreløpige tall";
  EXPECT_EQ(ValueNote(d, d.series.values[0]), "Foreløpige tall; mean of 3 values");
}

TEST(SeriesCsvTest, FieldsAreQuotedOnlyWhenNeeded) {
  EXPECT_EQ(CsvField("plain æøå", ','), "plain æøå");
  EXPECT_EQ(CsvField("a,b", ','), "\"a,b\"");
  EXPECT_EQ(CsvField("a,b", ';'), "a,b");
  EXPECT_EQ(CsvField("a;b", ';'), "\"a;b\"");
  EXPECT_EQ(CsvField("say \"hi\"", ','), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvField("two\nlines", ','), "\"two\nlines\"");
  EXPECT_EQ(CsvField("cr\r", ','), "\"cr\r\"");
}

TEST(DecimalTextTest, ShortestPlainNotation) {
  EXPECT_EQ(DecimalText(28), "28");
  EXPECT_EQ(DecimalText(23.5), "23.5");
  EXPECT_EQ(DecimalText(23.5, ','), "23,5");
  EXPECT_EQ(DecimalText(7000000), "7000000");
  EXPECT_EQ(DecimalText(0.1), "0.1");
  EXPECT_EQ(DecimalText(1e-7), "0.0000001");
  EXPECT_EQ(DecimalText(-0.0), "0");
  EXPECT_EQ(DecimalText(-240), "-240");
}

TEST(SdmxCsvTest, WritesHeaderAndOneRowPerObservation) {
  EXPECT_EQ(SdmxCsv(ByService()),
            "STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,TIME_PERIOD,TJENESTE,OBS_VALUE,UNIT_MEASURE,"
            "OBS_STATUS,OBS_QUALIFIER,COMMENT\r\n"
            "dataflow,FREMDRIFT:INDICATORS(1.0),I,kj-kommune,2022-M01,fastlege,91,PERCENT,A,EXACT,\r\n"
            "dataflow,FREMDRIFT:INDICATORS(1.0),I,kj-kommune,2022-M01,sykehjem,23.5,PERCENT,A,EXACT,\r\n"
            "dataflow,FREMDRIFT:INDICATORS(1.0),I,kj-kommune,2022-M04,sykehjem,28,PERCENT,P,EXACT,"
            "\"Tall fra \"\"april\"\", ikke mai; gjelder Ålesund, Bærum og Tromsø\"\r\n");
}

TEST(SdmxCsvTest, NationalSeriesHasNoDimensionColumn) {
  SeriesDownload d;
  d.indicator.code = "kj-oppslag-uke";
  d.indicator.unit = "count_per_week";
  d.series.values = {Value("2017", "", 7700)};
  EXPECT_EQ(SdmxCsv(d),
            "STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,"
            "OBS_QUALIFIER,COMMENT\r\n"
            "dataflow,FREMDRIFT:INDICATORS(1.0),I,kj-oppslag-uke,2017,7700,COUNT_PER_WEEK,A,EXACT,\r\n");
}

TEST(SdmxCsvTest, PeriodsInSdmxTimeFormat) {
  EXPECT_EQ(SdmxTimePeriod("2022"), "2022");
  EXPECT_EQ(SdmxTimePeriod("2022-T1"), "2022-T1");
  EXPECT_EQ(SdmxTimePeriod("2022-Q3"), "2022-Q3");
  EXPECT_EQ(SdmxTimePeriod("2022-01"), "2022-M01");
  EXPECT_EQ(SdmxTimePeriod("2022-12"), "2022-M12");
  EXPECT_EQ(SdmxTimePeriod("2022-W05"), "2022-W05");
  EXPECT_EQ(SdmxTimePeriod("2022-01-31"), "2022-01-31");
}

TEST(SdmxCsvTest, DimensionNamesBecomeIdentifiers) {
  EXPECT_EQ(SdmxId("tjeneste"), "TJENESTE");
  EXPECT_EQ(SdmxId("brukergruppe-år"), "BRUKERGRUPPE_AAR");
  EXPECT_EQ(SdmxId("Sær Økt"), "SAER_OEKT");
  EXPECT_EQ(SdmxId("région"), "R_GION");
  EXPECT_EQ(SdmxId(""), "_");
  SeriesDownload d = ByService();
  d.series.by = "indicator";
  EXPECT_EQ(SdmxCsv(d).substr(0, 66),
            "STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,TIME_PERIOD,DIM_INDICATOR,");
}

TEST(SeriesJsonTest, IsTheSeriesDocumentWithNotes) {
  auto j = nlohmann::json::parse(SeriesJson(ByService()));
  EXPECT_EQ(j["indicator"]["id"], 7);
  EXPECT_EQ(j["indicator"]["code"], "kj-kommune");
  EXPECT_EQ(j["indicator"]["dimensions"], nlohmann::json::array({"tjeneste"}));
  EXPECT_EQ(j["indicator"]["version"], 3);
  EXPECT_EQ(j["query"]["by"], "tjeneste");
  EXPECT_TRUE(j["query"]["from"].is_null());
  EXPECT_EQ(j["groups"], nlohmann::json::array({"fastlege", "sykehjem"}));
  ASSERT_EQ(j["values"].size(), 3u);
  EXPECT_EQ(j["values"][2]["value"], 28);
  EXPECT_EQ(j["values"][2]["provisional"], true);
  EXPECT_EQ(j["values"][2]["note"], kNote);
  EXPECT_EQ(j["values"][0]["note"], "");
  EXPECT_TRUE(j["baseline"].is_null());
  EXPECT_EQ(j["targets"].size(), 1u);
  EXPECT_EQ(j["achievement"][0]["status"], "off_track");
  EXPECT_EQ(j["achievement"][0]["target"]["dimensions"]["tjeneste"], "sykehjem");
}

// The about sheet's facts as label -> values joined by line ends.
std::map<std::string, std::string> AboutFacts(const nlohmann::json& x) {
  std::map<std::string, std::string> facts;
  std::string last;
  for (const auto& row : x["about"]) {
    std::string label = row.value("A", "");
    if (!label.empty()) last = label;
    facts[last] += (facts[last].empty() ? "" : "\n") + row.value("B", std::string());
  }
  return facts;
}

SeriesDownload ByServiceIn(const std::string& lang) {
  SeriesDownload d = ByService();
  d.lang = lang;
  d.about = SeriesAbout(d.indicator, d.series, d.query, CatalogueFor(FREMDRIFT_SOURCE_DIR, lang));
  return d;
}

TEST(SeriesXlsxTest, DataSheetHoldsNumbersUnderABoldHeader) {
  std::string bytes = SeriesXlsx(ByServiceIn("nb"));
  ASSERT_GT(bytes.size(), 4u);
  EXPECT_EQ(bytes.substr(0, 4), std::string("PK\x03\x04", 4));  // a zip file
  auto x = ReadXlsx(bytes);
  if (x.is_null()) GTEST_SKIP() << "python3 is not available";
  EXPECT_EQ(x["sheets"], nlohmann::json::array({"Data", "Om indikatoren"}));
  const auto& data = x["data"];
  ASSERT_EQ(data.size(), 4u);
  EXPECT_EQ(data[0], nlohmann::json({{"A", "indicator"}, {"B", "period"}, {"C", "tjeneste"}, {"D", "label"},
                                     {"E", "value"}, {"F", "unit"}, {"G", "status"}, {"H", "qualifier"},
                                     {"I", "note"}}));
  EXPECT_EQ(data[3]["B"], "2022-04");  // periods stay text
  EXPECT_EQ(data[3]["C"], "sykehjem");
  EXPECT_EQ(data[3]["D"], "Sykehjem");  // the label beside the key
  EXPECT_EQ(data[3]["E"], 28.0);       // values are numbers
  EXPECT_EQ(data[2]["E"], 23.5);
  EXPECT_EQ(data[3]["G"], "provisional");
  EXPECT_EQ(data[3]["H"], "exact");
  EXPECT_EQ(data[3]["I"], kNote);
  EXPECT_NE(std::find(x["formats"].begin(), x["formats"].end(), "#,##0.0&quot; %&quot;"),
            x["formats"].end())
      << x["formats"];
  EXPECT_NE(x["core"].get<std::string>().find("2000-01-01T00:00:00Z"), std::string::npos);
}

TEST(SeriesXlsxTest, AboutSheetDescribesTheIndicatorInBokmal) {
  auto x = ReadXlsx(SeriesXlsx(ByServiceIn("nb")));
  if (x.is_null()) GTEST_SKIP() << "python3 is not available";
  EXPECT_EQ(x["sheets"], nlohmann::json::array({"Data", "Om indikatoren"}));
  auto facts = AboutFacts(x);
  EXPECT_EQ(facts["Indikator"], "Kjernejournal i kommunene");
  EXPECT_EQ(facts["Kode"], "kj-kommune");
  EXPECT_EQ(facts["Enhet"], "Prosent") << "the unit's name, never its key";
  EXPECT_EQ(facts["Bedre retning"], "Høyere er bedre");
  EXPECT_EQ(facts["Kilde"], "NUIT-sak 22/22");
  EXPECT_EQ(facts["Nullpunktsmåling"], "Ingen");
  EXPECT_EQ(facts["Mål"], "60 % innen 31.12.2022 (Sykehjem): 60 % innen 2022");
  EXPECT_EQ(facts["Merknad om data"], "Helsestasjon har ingen tall.");
  EXPECT_EQ(facts["Måloppnåelse"].rfind("Ikke i rute (Sykehjem). Bak linjen mot målet: fra 5 % (2020)", 0), 0u)
      << facts["Måloppnåelse"];
  EXPECT_EQ(facts["Data sist endret"], "Ikke kjent");
  EXPECT_EQ(facts["Utvalg"], "fordelt på Tjeneste") << "the dimension's name, never its key";
  for (const auto& [label, text] : facts) {
    for (const char* english : {"On the straight", "path", " by ", "percent", "Higher", "None"}) {
      EXPECT_EQ(text.find(english), std::string::npos) << label << ": English in a Norwegian sheet: " << text;
    }
  }
}

TEST(SeriesXlsxTest, AboutSheetSpeaksEnglishWhenAskedTo) {
  auto x = ReadXlsx(SeriesXlsx(ByServiceIn("en")));
  if (x.is_null()) GTEST_SKIP() << "python3 is not available";
  EXPECT_EQ(x["sheets"], nlohmann::json::array({"Data", "About the indicator"}));
  auto facts = AboutFacts(x);
  EXPECT_EQ(facts["Indicator"], "Kjernejournal i kommunene");
  EXPECT_EQ(facts["Unit"], "Percent");
  EXPECT_EQ(facts["Better direction"], "Higher is better");
  EXPECT_EQ(facts["Baseline"], "None");
  EXPECT_EQ(facts["Achievement"].rfind("Off track (Nursing homes). Behind the path to the target", 0), 0u)
      << facts["Achievement"];
  EXPECT_EQ(facts["Selection"], "by Service");
}

TEST(SeriesXlsxTest, EmptySeriesStillMakesAWorkbook) {
  SeriesDownload d;
  d.indicator.code = "tom";
  d.indicator.name = "Tom";
  d.about = SeriesAbout(d.indicator, d.series, d.query, CatalogueFor(FREMDRIFT_SOURCE_DIR, "nb"));
  auto x = ReadXlsx(SeriesXlsx(d));
  if (x.is_null()) GTEST_SKIP() << "python3 is not available";
  EXPECT_EQ(x["data"].size(), 1u);
}

}  // namespace
}  // namespace fremdrift
