// The server-drawn roadmap timeline (render/roadmap_timeline.h).
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "support/domain_values.h"
#include "support/text_search.h"
#include "render/roadmap_timeline.h"

namespace fremdrift {
namespace {

using testing::Count;
using testing::Has;
using testing::On;

TimelineTexts TimelineLabels() {
  TimelineTexts t;
  t.title = "Tidslinje";
  t.description = "Tre leveranser";
  t.tentative = "tentativ tidsplan";
  t.open_start = "udefinert start";
  t.open_end = "udefinert slutt";
  t.legend_firm = "Fast tidsplan";
  t.legend_tentative = "Tentativ tidsplan (stiplet kant)";
  t.legend_open_start = "Udefinert start";
  t.legend_open_end = "Udefinert slutt";
  t.today = "I dag";
  return t;
}

std::vector<TimelineGroup> Groups() {
  TimelineBar firm{"Velferdsteknologisk knutepunkt", On("2020-01-01"), On("2023-12-31"),
                   "", "Konsept → Utvikling og begrenset utprøving", false};
  TimelineBar icd{"ICD-11", On("2026-10-01"), ScheduleDate::Undefined(), "",
                  "Tilpasning og utvidet utprøving", true};
  TimelineBar codes{"Kodeverk og terminologi", ScheduleDate::Undefined(), On("2023-12-31"), "",
                    "Utvikling og begrenset utprøving", false};
  return {TimelineGroup{{"Delmål 1B: Velferdsteknologi", "Tema A"}, {firm}},
          TimelineGroup{{"Delmål 4B: Informasjonsforvaltning", "Tema B"}, {icd, codes}}};
}

TEST(RoadmapTimeline, DrawsOneBarPerDeliverable) {
  std::string svg = RenderTimelineSvg(Groups(), TimelineLabels(), {2020, 2027}, std::nullopt);
  EXPECT_EQ(Count(svg, "<rect class=\"tl-bar"), 3u);
  EXPECT_EQ(svg.rfind("<svg", 0), 0u);
  EXPECT_NE(svg.find("</svg>"), std::string::npos);
}

TEST(RoadmapTimeline, HasATitleAndADescriptionForScreenReaders) {
  std::string svg = RenderTimelineSvg(Groups(), TimelineLabels(), {2020, 2027}, std::nullopt);
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(svg.find("aria-labelledby=\"tl-title tl-desc\""), std::string::npos);
  EXPECT_NE(svg.find("<title id=\"tl-title\">Tidslinje</title>"), std::string::npos);
  EXPECT_NE(svg.find("<desc id=\"tl-desc\">Tre leveranser</desc>"), std::string::npos);
}

TEST(RoadmapTimeline, MarksEveryYearOfTheSpan) {
  std::string svg = RenderTimelineSvg(Groups(), TimelineLabels(), {2020, 2027}, std::nullopt);
  EXPECT_EQ(Count(svg, "class=\"tl-year\""), 8u);
  for (int y = 2020; y <= 2027; ++y) {
    std::string label = std::to_string(y);
    EXPECT_NE(svg.find(label.insert(0, 1, '>').append("</text>")), std::string::npos) << y;
  }
}

TEST(RoadmapTimeline, AnUndefinedEndIsOpenAndSaysSo) {
  std::string svg = RenderTimelineSvg(Groups(), TimelineLabels(), {2020, 2027}, std::nullopt);
  EXPECT_EQ(Count(svg, "class=\"tl-bar tl-tentative tl-open-end\""), 1u);
  EXPECT_EQ(Count(svg, "class=\"tl-bar tl-open-start\""), 1u);
  EXPECT_NE(svg.find("Tilpasning og utvidet utprøving · tentativ tidsplan · udefinert slutt"),
            std::string::npos);
  EXPECT_NE(svg.find("Utvikling og begrenset utprøving · udefinert start"), std::string::npos);
  EXPECT_NE(svg.find("fill=\"url(#tl-fade-t-e)\""), std::string::npos);
}

TEST(RoadmapTimeline, ATentativeScheduleHasADashedOutline) {
  std::string svg = RenderTimelineSvg(Groups(), TimelineLabels(), {2020, 2027}, std::nullopt);
  size_t icd = svg.find("tl-bar tl-tentative");
  ASSERT_NE(icd, std::string::npos);
  size_t end = svg.find('>', icd);
  EXPECT_NE(svg.substr(icd, end - icd).find("stroke-dasharray"), std::string::npos);
  // The legend explains the dashed outline in words.
  EXPECT_NE(svg.find("Tentativ tidsplan (stiplet kant)"), std::string::npos);
}

TEST(RoadmapTimeline, WritesThePhasesBesideEachBar) {
  std::string svg = RenderTimelineSvg(Groups(), TimelineLabels(), {2020, 2027}, std::nullopt);
  EXPECT_NE(svg.find(">Konsept → Utvikling og begrenset utprøving</text>"), std::string::npos);
}

TEST(RoadmapTimeline, ALongNoteWrapsInsteadOfLeavingTheChart) {
  auto groups = Groups();
  TimelineBar& bar = groups[0].bars[0];
  bar.start = ScheduleDate::Undefined();
  bar.end = ScheduleDate::Undefined();
  bar.tentative = true;
  bar.phases =
      "Utvikling og begrenset utprøving → Tilpasning og utvidet utprøving → Innføring → I bruk";
  std::string svg = RenderTimelineSvg(groups, TimelineLabels(), {2020, 2027}, std::nullopt);
  EXPECT_EQ(Count(svg, "class=\"tl-note\""), 4u);  // two lines for this bar, one each for the others
  EXPECT_NE(svg.find("udefinert slutt</text>"), std::string::npos);
}

TEST(RoadmapTimeline, RepeatsNoHeadingLineTheGroupAboveAlreadyShowed) {
  auto groups = Groups();
  groups[1].heading = {"Delmål 1B: Velferdsteknologi", "Tema C"};
  std::string svg = RenderTimelineSvg(groups, TimelineLabels(), {2020, 2027}, std::nullopt);
  EXPECT_EQ(Count(svg, ">Delmål 1B: Velferdsteknologi</text>"), 1u);
  EXPECT_EQ(Count(svg, "class=\"tl-subheading\""), 2u);
}

TEST(RoadmapTimeline, EscapesEveryTextFromData) {
  auto groups = Groups();
  groups[0].heading = {"<b>Delmål</b> & \"x\""};
  groups[0].bars[0].label = "<script>alert('x')</script>";
  groups[0].bars[0].phases = "a < b";
  std::string svg = RenderTimelineSvg(groups, TimelineLabels(), {2020, 2027}, std::nullopt);
  EXPECT_EQ(svg.find("<script"), std::string::npos);
  EXPECT_EQ(svg.find("<b>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(svg.find("&lt;b&gt;Delmål&lt;/b&gt; &amp; &quot;x&quot;"), std::string::npos);
}

TEST(RoadmapTimeline, MarksTodayOnlyWithinTheSpan) {
  auto inside = RenderTimelineSvg(Groups(), TimelineLabels(), {2020, 2027}, Date{2025, 6, 1});
  auto outside = RenderTimelineSvg(Groups(), TimelineLabels(), {2020, 2027}, Date{2031, 1, 1});
  EXPECT_NE(inside.find("class=\"tl-today\""), std::string::npos);
  EXPECT_EQ(outside.find("class=\"tl-today\""), std::string::npos);
}

TEST(RoadmapTimeline, YearSpanCoversTheSetDatesOrFallsBack) {
  TimelineYears span = TimelineYearSpan(Groups(), {2023, 2030});
  EXPECT_EQ(span.first, 2020);
  EXPECT_EQ(span.last, 2027);  // ICD-11 starts in 2026 and has no end: one more year
  TimelineBar unknown;
  unknown.label = "y";
  unknown.start = ScheduleDate::Undefined();
  unknown.end = ScheduleDate::Undefined();
  std::vector<TimelineGroup> open{TimelineGroup{{"x"}, {unknown}}};
  span = TimelineYearSpan(open, {2023, 2030});
  EXPECT_EQ(span.first, 2023);
  EXPECT_EQ(span.last, 2030);
}

TEST(RoadmapTimeline, TheAxisCoversTheWholeStrategyPeriodAndBarsOutsideIt) {
  TimelineYears span = TimelinePeriodSpan(Groups(), {2023, 2030});
  EXPECT_EQ(span.first, 2020);  // a bar starts in 2020
  EXPECT_EQ(span.last, 2030);   // the period ends in 2030, after every bar
  std::vector<TimelineGroup> none{TimelineGroup{{"x"}, {}}};
  span = TimelinePeriodSpan(none, {2023, 2030});
  EXPECT_EQ(span.first, 2023);
  EXPECT_EQ(span.last, 2030);
  std::string svg =
      RenderTimelineSvg(Groups(), TimelineLabels(), TimelinePeriodSpan(Groups(), {2023, 2030}), std::nullopt);
  EXPECT_EQ(Count(svg, "class=\"tl-year\""), 11u);
}

TEST(RoadmapTimeline, BarsAreColouredByPhaseAndTheLegendNamesEachColour) {
  auto groups = Groups();
  const BarPhase development{1, "utvikling", "Utvikling og begrenset utprøving"};
  const BarPhase adaptation{2, "tilpasning", "Tilpasning og utvidet utprøving"};
  groups[0].bars[0].phase = development;
  groups[1].bars[0].phase = adaptation;
  groups[1].bars[1].phase = development;
  TimelineTexts texts = TimelineLabels();
  texts.legend_phase = "Farge viser fasen leveransen når:";
  std::string svg = RenderTimelineSvg(groups, texts, {2020, 2027}, std::nullopt);
  std::string firm = svg.substr(svg.find("<rect class=\"tl-bar tl-phase-utvikling\""));
  EXPECT_TRUE(Has(firm.substr(0, firm.find('>')), "fill=\"" + PhaseColour(1) + "\""));
  // The open, tentative ICD-11 bar fades in its phase's colour, with a dashed outline in it.
  std::string icd = svg.substr(svg.find("<rect class=\"tl-bar tl-phase-tilpasning tl-tentative tl-open-end\""));
  icd = icd.substr(0, icd.find('>'));
  EXPECT_TRUE(Has(icd, "fill=\"url(#tl-fade-tilpasning-t-e)\"")) << icd;
  EXPECT_TRUE(Has(icd, "stroke=\"" + PhaseColour(2) + "\"")) << icd;
  EXPECT_TRUE(Has(svg, "<linearGradient id=\"tl-fade-tilpasning-t-e\""));
  // The legend: its heading and one swatch with the name of each phase in use, no other.
  EXPECT_TRUE(Has(svg, ">Farge viser fasen leveransen når:</text>"));
  EXPECT_EQ(Count(svg, "class=\"tl-swatch tl-phase-utvikling\""), 1u);
  EXPECT_EQ(Count(svg, "class=\"tl-swatch tl-phase-tilpasning\""), 1u);
  EXPECT_EQ(Count(svg, "tl-phase-konsept"), 0u);
  EXPECT_TRUE(Has(svg, ">Utvikling og begrenset utprøving</text>"));
  EXPECT_TRUE(Has(svg, ">Tilpasning og utvidet utprøving</text>"));
  // The marks (firm, tentative, open) are then explained in a neutral grey, not in a phase's colour.
  EXPECT_TRUE(Has(svg, "<rect class=\"tl-swatch\" x=\"24.0\" y=\"10.0\" width=\"30.0\" height=\"16.0\" rx=\"3\" fill=\"#5b6470\"/>"));
  // And the phases stay in words beside each bar.
  EXPECT_TRUE(Has(svg, ">Konsept → Utvikling og begrenset utprøving</text>"));
}

TEST(RoadmapTimeline, ABarOnAnotherScaleIsColouredByItsPlaceAndNamedByItsScale) {
  // The six-step service-innovation scale: its sixth step has a colour of
  // its own and its name in the legend.
  auto groups = Groups();
  groups[0].bars[0].phase = BarPhase{5, "ny_praksis", "Ny praksis"};
  groups[1].bars[0].phase = BarPhase{0, "forankring", "Forankring"};
  TimelineTexts texts = TimelineLabels();
  texts.legend_phase = "Farge viser fasen:";
  std::string svg = RenderTimelineSvg(groups, texts, {2020, 2027}, std::nullopt);
  std::string bar = svg.substr(svg.find("<rect class=\"tl-bar tl-phase-ny_praksis"));
  EXPECT_TRUE(Has(bar.substr(0, bar.find('>')), "fill=\"" + PhaseColour(5) + "\"")) << bar;
  EXPECT_EQ(Count(svg, "class=\"tl-swatch tl-phase-ny_praksis\""), 1u);
  EXPECT_EQ(Count(svg, "class=\"tl-swatch tl-phase-forankring\""), 1u);
  EXPECT_TRUE(Has(svg, ">Ny praksis</text>"));
  EXPECT_TRUE(Has(svg, ">Forankring</text>"));
  // The legend lists the phases in the scale's order.
  EXPECT_LT(svg.find(">Forankring</text>"), svg.find(">Ny praksis</text>"));
}

TEST(RoadmapTimeline, PhaseColoursAreDistinctAndDarkEnoughOnWhite) {
  std::set<std::string> seen;
  for (int p = 0; p < 7; ++p) {
    std::string c = PhaseColour(p);
    ASSERT_EQ(c.size(), 7u);
    EXPECT_TRUE(seen.insert(c).second) << c;
    // Relative luminance below 0.30 gives at least 3:1 against white.
    double l = 0;
    const double weights[] = {0.2126, 0.7152, 0.0722};
    for (int i = 0; i < 3; ++i) {
      double v = std::stoi(c.substr(1 + 2 * i, 2), nullptr, 16) / 255.0;
      v = v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
      l += weights[i] * v;
    }
    EXPECT_GE(1.05 / (l + 0.05), 4.5) << c;
  }
  // A longer scale starts the colours over rather than running out.
  EXPECT_EQ(PhaseColour(7), PhaseColour(0));
}

}  // namespace
}  // namespace fremdrift
