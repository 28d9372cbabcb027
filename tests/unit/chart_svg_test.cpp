// The server-drawn charts (render/chart_*.h): what a reader who cannot see
// them relies on (title, description, no colour alone) and that data
// cannot break out of the SVG.
#include <gtest/gtest.h>

#include <Poco/DOM/AutoPtr.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <Poco/SAX/SAXException.h>

#include "support/text_search.h"
#include "render/chart_bar.h"
#include "render/chart_line.h"
#include "render/chart_number_text.h"
#include "render/chart_scale.h"
#include "render/chart_sparkline.h"
#include "render/chart_stacked.h"

namespace fremdrift {
namespace {

using testing::Count;
using testing::Has;

// Whether `svg` is well-formed XML (what a browser needs to draw it).
bool WellFormed(const std::string& svg) {
  try {
    Poco::XML::DOMParser parser;
    Poco::AutoPtr<Poco::XML::Document> doc = parser.parseString(svg);
    return doc->documentElement() != nullptr;
  } catch (const Poco::Exception&) {
    return false;
  }
}

ChartPoint Point(const char* period, const char* label, double value, bool provisional = false) {
  return ChartPoint{*Period::Parse(period), label, value, provisional};
}

ChartTexts Texts() {
  ChartTexts t;
  t.title = "Kjernejournal i kommunene";
  t.description = "Fire tjenester fra 2020 til april 2022.";
  t.no_data = "Ingen tall å vise";
  t.legend_target = "Mål";
  t.legend_baseline = "Nullpunkt";
  t.legend_provisional = "Foreløpig tall";
  return t;
}

// Kjernejournal in the municipalities (the NUIT 3/22 papers), two of its services.
ChartInput Kjernejournal() {
  ChartInput in;
  in.id = "kj";
  in.format = NumberFormat{"nb", " %", 1};
  in.axis_title = "Prosent";
  in.texts = Texts();
  in.series = {
      {"Legevakt", {Point("2020", "2020", 100), Point("2021", "2021", 100),
                    Point("2022-01", "januar 2022", 100), Point("2022-04", "april 2022", 100)}},
      {"Sykehjem", {Point("2020", "2020", 5), Point("2021", "2021", 17),
                    Point("2022-01", "januar 2022", 23), Point("2022-04", "april 2022", 28, true)}},
  };
  in.targets = {{60, *Date::Parse("2022-12-31"), "Mål 60 %", "60 % innen 31.12.2022 (Sykehjem)"},
                {80, *Date::Parse("2023-12-31"), "Mål 80 %", "80 % innen 31.12.2023 (Sykehjem)"}};
  in.baseline = ChartBaseline{5, "Nullpunkt 5 % (2020)"};
  return in;
}

TEST(NumberText, WritesThousandsAndDecimalsAsEachLanguageDoes) {
  EXPECT_EQ(FormatNumber(43000000, {"nb", "", 1}), "43 000 000");
  EXPECT_EQ(FormatNumber(43000000, {"en", "", 1}), "43,000,000");
  EXPECT_EQ(FormatNumber(7700, {"nb", "", 1}), "7 700");
  EXPECT_EQ(FormatNumber(28.5, {"nb", PercentSuffix("nb"), 1}), "28,5 %");
  EXPECT_EQ(FormatNumber(28.5, {"en", PercentSuffix("en"), 1}), "28.5%");
  EXPECT_EQ(FormatNumber(28.0, {"nb", " %", 1}), "28 %");
  EXPECT_EQ(FormatNumber(-1234.25, {"en", "", 2}), "\u22121,234.25");
  EXPECT_EQ(FormatNumber(0.04, {"nb", "", 1}), "0");
  EXPECT_EQ(FormatNumber(999.96, {"nb", "", 1}), "1 000");
}

TEST(ChartScale, TicksAreRoundAndStartAtZero) {
  ValueTicks t = NiceTicks(5, 91, 5);
  EXPECT_EQ(t.min, 0);
  EXPECT_EQ(t.max, 100);
  EXPECT_EQ(t.ticks.size(), 6u);
  ValueTicks big = NiceTicks(7e6, 43e6, 5);
  EXPECT_EQ(big.ticks.front(), 0);
  EXPECT_GE(big.max, 43e6);
  EXPECT_EQ(NiceTicks(0, 0).ticks.size() > 1, true);
}

TEST(LineChart, DrawsOnePointPerValueWithATitleAndADescription) {
  std::string svg = RenderLineChartSvg(Kjernejournal());
  EXPECT_TRUE(WellFormed(svg)) << svg;
  EXPECT_EQ(svg.rfind("<svg", 0), 0u);
  EXPECT_TRUE(Has(svg, "role=\"img\""));
  EXPECT_TRUE(Has(svg, "aria-labelledby=\"kj-title kj-desc\""));
  EXPECT_TRUE(Has(svg, "<title id=\"kj-title\">Kjernejournal i kommunene</title>"));
  EXPECT_TRUE(Has(svg, "<desc id=\"kj-desc\">Fire tjenester fra 2020 til april 2022.</desc>"));
  EXPECT_EQ(Count(svg, "class=\"ch-point\""), 8u);
  EXPECT_EQ(Count(svg, "class=\"ch-line\""), 2u);
}

TEST(LineChart, MarksTargetsAndTheBaselineWithTheirValues) {
  std::string svg = RenderLineChartSvg(Kjernejournal());
  EXPECT_EQ(Count(svg, "<g class=\"ch-target\">"), 2u);
  EXPECT_TRUE(Has(svg, ">Mål 60 %</text>"));
  EXPECT_TRUE(Has(svg, ">Mål 80 %</text>"));
  EXPECT_TRUE(Has(svg, "<title>60 % innen 31.12.2022 (Sykehjem)</title>"));
  EXPECT_EQ(Count(svg, "<g class=\"ch-baseline\">"), 1u);
  EXPECT_TRUE(Has(svg, "stroke-dasharray=\"7 4\""));
  EXPECT_TRUE(Has(svg, ">Nullpunkt 5 % (2020)</text>"));
}

TEST(LineChart, TellsGroupsApartByShapeAndNameNotColourAlone) {
  std::string svg = RenderLineChartSvg(Kjernejournal());
  // Legend and direct labels name both groups, with the latest value.
  EXPECT_TRUE(Has(svg, ">Legevakt</text>"));
  EXPECT_TRUE(Has(svg, ">Sykehjem</text>"));
  EXPECT_TRUE(Has(svg, ">Legevakt: 100 %</text>"));
  EXPECT_TRUE(Has(svg, ">Sykehjem: 28 %</text>"));
  // The first group's points are circles, the second's squares.
  EXPECT_TRUE(Has(svg, "<title>Legevakt — 2020: 100 %</title></circle>"));
  EXPECT_TRUE(Has(svg, "<title>Sykehjem — 2020: 5 %</title></rect>"));
  // The provisional value is hollow and the legend says what that means.
  EXPECT_TRUE(Has(svg, ">Foreløpig tall</text>"));
}

TEST(LineChart, WritesTicksWithTheUnit) {
  std::string svg = RenderLineChartSvg(Kjernejournal());
  EXPECT_TRUE(Has(svg, ">100 %</text>"));
  EXPECT_TRUE(Has(svg, ">0 %</text>"));
  EXPECT_TRUE(Has(svg, ">Prosent</text>"));
  for (const char* year : {">2020</text>", ">2021</text>", ">2022</text>", ">2023</text>"}) {
    EXPECT_TRUE(Has(svg, year)) << year;
  }

  ChartInput logins;
  logins.id = "hn";
  logins.texts = Texts();
  logins.format = NumberFormat{"nb", "", 1};
  logins.series = {{"", {Point("2017", "2017", 7e6), Point("2020", "2020", 43e6)}}};
  std::string nb = RenderLineChartSvg(logins);
  EXPECT_TRUE(Has(nb, ">43 000 000</text>"));
  logins.format.lang = "en";
  EXPECT_TRUE(Has(RenderLineChartSvg(logins), ">43,000,000</text>"));
}

TEST(LineChart, EscapesMarkupInNamesAndTexts) {
  ChartInput in = Kjernejournal();
  in.series[0].name = "<script>alert(1)</script>";
  in.texts.title = "Tittel & \"sitat\"";
  in.targets[0].label = "<b>Mål</b>";
  std::string svg = RenderLineChartSvg(in);
  EXPECT_FALSE(Has(svg, "<script"));
  EXPECT_FALSE(Has(svg, "<b>"));
  EXPECT_TRUE(Has(svg, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_TRUE(Has(svg, "Tittel &amp; &quot;sitat&quot;"));
  EXPECT_TRUE(WellFormed(svg)) << svg;
}

TEST(LineChart, WithoutValuesSaysSoInAWholeSvg) {
  ChartInput in = Kjernejournal();
  in.series.clear();
  std::string svg = RenderLineChartSvg(in);
  EXPECT_TRUE(WellFormed(svg)) << svg;
  EXPECT_TRUE(Has(svg, "role=\"img\""));
  EXPECT_TRUE(Has(svg, "<title id=\"kj-title\">"));
  EXPECT_TRUE(Has(svg, ">Ingen tall å vise</text>"));
  EXPECT_EQ(Count(svg, "ch-point"), 0u);

  in.series = {{"Tom", {}}};
  EXPECT_TRUE(Has(RenderLineChartSvg(in), ">Ingen tall å vise</text>"));
  EXPECT_TRUE(Has(RenderBarChartSvg(in), ">Ingen tall å vise</text>"));
  EXPECT_TRUE(Has(RenderStackedBarChartSvg(in, true), ">Ingen tall å vise</text>"));
  EXPECT_TRUE(Has(RenderSparklineSvg(in), ">Ingen tall å vise</text>"));
  EXPECT_TRUE(WellFormed(RenderStackedBarChartSvg(in, true)));
}

TEST(LineChart, ASinglePointIsDrawn) {
  ChartInput in;
  in.id = "one";
  in.texts = Texts();
  in.series = {{"", {Point("2022", "2022", 283)}}};
  std::string svg = RenderLineChartSvg(in);
  EXPECT_TRUE(WellFormed(svg)) << svg;
  EXPECT_EQ(Count(svg, "class=\"ch-point\""), 1u);
  EXPECT_TRUE(Has(svg, ">283</text>"));
}

TEST(BarChart, DrawsOneBarPerPeriodWithItsValue) {
  ChartInput in;
  in.id = "bar";
  in.texts = Texts();
  in.format = NumberFormat{"nb", "", 1};
  in.series = {{"", {Point("2017", "2017", 7e6), Point("2018", "2018", 20e6),
                     Point("2020", "2020", 43e6, true)}}};
  in.targets = {{50e6, *Date::Parse("2025-12-31"), "Mål 50 000 000", "50 000 000 innen 2025"}};
  std::string svg = RenderBarChartSvg(in);
  EXPECT_TRUE(WellFormed(svg)) << svg;
  EXPECT_EQ(Count(svg, "<rect class=\"ch-bar"), 3u);
  EXPECT_EQ(Count(svg, "ch-provisional"), 1u);
  EXPECT_TRUE(Has(svg, ">43 000 000</text>"));
  EXPECT_TRUE(Has(svg, "<g class=\"ch-target\">"));
  EXPECT_TRUE(Has(svg, ">Mål 50 000 000</text>"));
  EXPECT_TRUE(Has(svg, "role=\"img\""));
  EXPECT_TRUE(Has(svg, "<title id=\"bar-title\">"));
}

TEST(StackedBars, DrawADistributionWithLabelsAndPatterns) {
  ChartInput in;
  in.id = "nytte";
  in.texts = Texts();
  in.format = NumberFormat{"nb", " %", 1};
  in.series = {{"Ja", {Point("2023-Q1", "1. kvartal 2023", 37)}},
               {"Nei", {Point("2023-Q1", "1. kvartal 2023", 24)}},
               {"<script>x</script>", {Point("2023-Q1", "1. kvartal 2023", 39)}}};
  std::string svg = RenderStackedBarChartSvg(in, true);
  EXPECT_TRUE(WellFormed(svg)) << svg;
  EXPECT_EQ(Count(svg, "<rect class=\"ch-segment\""), 3u);
  EXPECT_TRUE(Has(svg, ">37 % Ja</text>"));
  EXPECT_TRUE(Has(svg, ">24 % Nei</text>"));
  // Segments after the first carry a pattern as well as a colour.
  EXPECT_TRUE(Has(svg, "fill=\"url(#nytte-pat-1)\""));
  EXPECT_TRUE(Has(svg, "fill=\"url(#nytte-pat-2)\""));
  EXPECT_FALSE(Has(svg, "<script"));
  EXPECT_TRUE(Has(svg, "&lt;script&gt;x&lt;/script&gt;"));
  EXPECT_TRUE(Has(svg, ">100 %</text>"));  // percent runs to 100
}

TEST(StackedBars, ShowOneBarPerPeriodAndTheSumForCounts) {
  ChartInput in;
  in.id = "reg";
  in.texts = Texts();
  in.texts.total = "Sum";
  in.format = NumberFormat{"en", "", 1};
  in.series = {{"North", {Point("2021", "2021", 1000), Point("2022", "2022", 1500)}},
               {"South", {Point("2021", "2021", 2000), Point("2022", "2022", 2500)}}};
  std::string svg = RenderStackedBarChartSvg(in, false);
  EXPECT_TRUE(WellFormed(svg)) << svg;
  EXPECT_EQ(Count(svg, "<rect class=\"ch-segment\""), 4u);
  EXPECT_TRUE(Has(svg, ">Sum 3,000</text>"));
  EXPECT_TRUE(Has(svg, ">Sum 4,000</text>"));
}

TEST(Sparkline, IsASmallChartWithTitleAndTargets) {
  ChartInput in = Kjernejournal();
  in.id = "spark-kj";
  std::string svg = RenderSparklineSvg(in);
  EXPECT_TRUE(WellFormed(svg)) << svg;
  EXPECT_TRUE(Has(svg, "role=\"img\""));
  EXPECT_TRUE(Has(svg, "<title id=\"spark-kj-title\">"));
  EXPECT_EQ(Count(svg, "class=\"ch-point\""), 8u);
  EXPECT_EQ(Count(svg, "<g class=\"ch-target\">"), 2u);

  ChartInput dist;
  dist.id = "spark-n";
  dist.texts = Texts();
  dist.format = NumberFormat{"nb", " %", 1};
  dist.series = {{"Ja", {Point("2023-Q1", "1. kvartal 2023", 37)}},
                 {"Nei", {Point("2023-Q1", "1. kvartal 2023", 24)}}};
  std::string bar = RenderSparkBarSvg(dist, true);
  EXPECT_TRUE(WellFormed(bar)) << bar;
  EXPECT_EQ(Count(bar, "<rect class=\"ch-segment\""), 2u);
  EXPECT_TRUE(Has(bar, ">37 %</text>"));
}

// Ten years of months is a line with its last point marked (and any
// provisional one), not 120 marks with a tooltip each: a national monitor
// draws a page of such cards.
TEST(Sparkline, ALongSeriesMarksItsLastAndProvisionalPointsOnly) {
  ChartInput in;
  in.id = "spark-long";
  in.texts = Texts();
  in.format = NumberFormat{"nb", " %", 1};
  ChartSeries s{"", {}};
  for (int year = 2017; year <= 2026; ++year) {
    for (int month = 1; month <= 12; ++month) {
      std::string code = std::to_string(year) + (month < 10 ? "-0" : "-") + std::to_string(month);
      s.points.push_back(Point(code.c_str(), code.c_str(), year - 2000 + month / 12.0, code == "2020-06"));
    }
  }
  in.series = {s};
  std::string svg = RenderSparklineSvg(in);
  EXPECT_TRUE(WellFormed(svg)) << svg;
  EXPECT_EQ(Count(svg, "class=\"ch-point\""), 2u) << "the last point and the provisional one";
  EXPECT_TRUE(Has(svg, "2026-12: 27 %")) << "the last point keeps its tooltip";
  EXPECT_EQ(Count(svg, "<path d=\"M"), 1u) << "the whole line";
  EXPECT_EQ(Count(svg, " L"), 119u);

  in.series[0].points.resize(24);  // two years: every point marked
  EXPECT_EQ(Count(RenderSparklineSvg(in), "class=\"ch-point\""), 24u);
}

}  // namespace
}  // namespace fremdrift
