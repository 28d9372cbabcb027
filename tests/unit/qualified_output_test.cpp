// Approximate figures in what a reader sees and downloads: the chart draws
// a qualified value as an open, dashed marker and explains it in the
// legend; tooltips and the downloads say the qualifier
// (docs/indicators.md, "Approximate figures").
#include <gtest/gtest.h>

#include "formats/sdmx_csv.h"
#include "formats/series_csv.h"
#include "formats/series_json.h"
#include "render/chart_bar.h"
#include "render/chart_line.h"
#include "render/chart_stacked.h"
#include "render/i18n.h"
#include "render/monitor_change.h"
#include "support/text_search.h"

namespace fremdrift {
namespace {

using testing::Count;
using testing::Has;

// E-consultations as a share of GP consultations (the knowledge base):
// "under 2 %" in January 2019, "om lag 27 %" in May 2021.
ChartInput EConsultations() {
  ChartInput in;
  in.id = "ek";
  in.format = NumberFormat{"nb", " %", 1};
  in.texts.title = "E-konsultasjoner";
  in.texts.description = "To tall.";
  in.texts.legend_approximate = "Omtrentlig tall eller grense (åpen markør)";
  in.series = {{"", {ChartPoint{*Period::Parse("2019-01"), "januar 2019", 2, false, "under"},
                     ChartPoint{*Period::Parse("2021-05"), "mai 2021", 27, false, "om lag"}}}};
  return in;
}

TEST(QualifiedOutputTest, LineChartDrawsOpenDashedMarkersAndExplainsThem) {
  std::string svg = RenderLineChartSvg(EConsultations());
  EXPECT_EQ(Count(svg, "data-qualified=\"true\""), 2u) << svg;
  EXPECT_TRUE(Has(svg, "fill=\"#ffffff\"")) << svg;
  EXPECT_TRUE(Has(svg, "Omtrentlig tall eller grense (åpen markør)")) << svg;
  EXPECT_TRUE(Has(svg, "januar 2019: under 2 %")) << svg;
  EXPECT_TRUE(Has(svg, "mai 2021: om lag 27 %")) << svg;
}

TEST(QualifiedOutputTest, BarChartMarksTheQualifiedBarsEnd) {
  std::string svg = RenderBarChartSvg(EConsultations());
  EXPECT_EQ(Count(svg, "data-qualified=\"true\""), 2u) << svg;
  EXPECT_TRUE(Has(svg, "Omtrentlig tall eller grense (åpen markør)")) << svg;
  EXPECT_TRUE(Has(svg, "om lag 27 %")) << svg;
}

TEST(QualifiedOutputTest, ExactPointsHaveNoQualifierMarkOrLegend) {
  ChartInput in = EConsultations();
  for (auto& p : in.series[0].points) p.qualifier_words.clear();
  std::string svg = RenderLineChartSvg(in);
  EXPECT_FALSE(Has(svg, "data-qualified")) << svg;
  EXPECT_FALSE(Has(svg, "Omtrentlig tall")) << svg;
}

SeriesDownload Download() {
  SeriesDownload d;
  d.indicator.code = "e-konsultasjoner";
  d.indicator.unit = "percent";
  SeriesValue under;
  under.period = "2019-01";
  under.value = 2;
  under.qualifier = Qualifier::kUnder;
  SeriesValue about = under;
  about.period = "2021-05";
  about.value = 27;
  about.qualifier = Qualifier::kAbout;
  d.series.values = {under, about};
  return d;
}

TEST(QualifiedOutputTest, DownloadsCarryTheQualifier) {
  SeriesDownload d = Download();
  EXPECT_TRUE(Has(SeriesCsv(d), "e-konsultasjoner,2019-01,2,percent,final,under,\r\n"));
  EXPECT_TRUE(Has(SeriesCsv(d), "e-konsultasjoner,2021-05,27,percent,final,about,\r\n"));
  EXPECT_TRUE(Has(SdmxCsv(d), ",2019-M01,2,PERCENT,A,UNDER,\r\n"));
  EXPECT_TRUE(Has(SdmxCsv(d), ",2021-M05,27,PERCENT,A,ABOUT,\r\n"));
  EXPECT_TRUE(Has(SeriesJson(d), "\"qualifier\":\"under\""));
}

TEST(QualifiedOutputTest, StackedBarsSayTheQualifierAndOutlineTheSegment) {
  ChartInput in = EConsultations();
  in.texts.total = "Sum";
  in.texts.total_about = "om lag";
  in.texts.total_under = "under";
  in.texts.total_over = "over";
  in.series[0].points[0].qualifier = Qualifier::kUnder;
  in.series[0].points[1].qualifier = Qualifier::kAbout;
  ChartSeries other{"Andre", {ChartPoint{*Period::Parse("2019-01"), "januar 2019", 5, false, "", Qualifier::kExact}}};
  in.series.push_back(other);
  std::string svg = RenderStackedBarChartSvg(in, true);
  EXPECT_EQ(Count(svg, "data-qualified=\"true\""), 2u) << svg;
  EXPECT_TRUE(Has(svg, "januar 2019: under 2 %")) << svg;
  EXPECT_TRUE(Has(svg, "Omtrentlig tall eller grense (åpen markør)")) << svg;
  EXPECT_TRUE(Has(svg, "Sum under 7 %")) << "under 2 plus exactly 5 is under 7: " << svg;
  EXPECT_TRUE(Has(svg, "Sum om lag 27 %")) << svg;
}

TEST(QualifiedOutputTest, ChangeFromPreviousNeverClaimsADirectionABoundDoesNotShow) {
  const Catalogue& nb = CatalogueFor(FREMDRIFT_SOURCE_DIR, "nb");
  Indicator ind;
  ind.unit = "percent";
  ChangeText down = DescribeChange(5, Qualifier::kExact, "2018", 2, Qualifier::kUnder, ind, nb);
  EXPECT_EQ(down.direction, ChangeDirection::kDown);
  EXPECT_TRUE(Has(down.text, "minst 3 prosentpoeng")) << down.text;
  ChangeText about = DescribeChange(20, Qualifier::kExact, "2020", 27, Qualifier::kAbout, ind, nb);
  EXPECT_TRUE(Has(about.text, "Opp om lag 7 prosentpoeng")) << about.text;
  ChangeText unknown = DescribeChange(1, Qualifier::kExact, "2018", 2, Qualifier::kUnder, ind, nb);
  EXPECT_EQ(unknown.direction, ChangeDirection::kUnknown);
  EXPECT_TRUE(Has(unknown.text, "Kan ikke si om verdien har gått opp eller ned")) << unknown.text;
  ChangeText from_bound = DescribeChange(2, Qualifier::kUnder, "2019", 10, Qualifier::kExact, ind, nb);
  EXPECT_TRUE(Has(from_bound.text, "fra under 2")) << from_bound.text;
}

}  // namespace
}  // namespace fremdrift
