// The status report as Markdown: data never turns into markup, table cells
// survive pipes and line breaks, and every table keeps its shape.
#include <gtest/gtest.h>

#include <sstream>

#include "render/i18n.h"
#include "render/report_markdown.h"
#include "support/catalogues.h"

namespace fremdrift {
namespace {

using testing::En;
using testing::Nb;

// The pipes of a table line that separate cells (not those escaped as \|).
size_t CellSeparators(const std::string& line) {
  size_t n = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++n;
  }
  return n;
}

// The tables of a Markdown text: runs of lines that start with "|".
std::vector<std::vector<std::string>> Tables(const std::string& md) {
  std::vector<std::vector<std::string>> tables;
  std::istringstream in(md);
  bool in_table = false;
  for (std::string line; std::getline(in, line);) {
    bool row = !line.empty() && line[0] == '|';
    if (row && !in_table) tables.emplace_back();
    if (row) tables.back().push_back(line);
    in_table = row;
  }
  return tables;
}

void ExpectWellShaped(const std::string& md) {
  auto tables = Tables(md);
  ASSERT_FALSE(tables.empty());
  for (const auto& table : tables) {
    ASSERT_GE(table.size(), 2u) << table[0];
    size_t pipes = CellSeparators(table[0]);
    EXPECT_GE(pipes, 3u) << table[0];
    EXPECT_EQ(table[1].find("| --- |"), 0u) << "delimiter row: " << table[1];
    for (const auto& line : table) {
      EXPECT_EQ(CellSeparators(line), pipes) << line;
      EXPECT_EQ(line.back(), '|') << line;
    }
  }
}

TEST(MarkdownCell, EscapesPipesAndWritesLineBreaksAsBr) {
  EXPECT_EQ(MarkdownCell("a|b"), "a\\|b");
  EXPECT_EQ(MarkdownCell("first\nsecond"), "first<br>second");
  EXPECT_EQ(MarkdownCell("first\r\nsecond\rthird"), "first<br>second<br>third");
  EXPECT_EQ(MarkdownCell("x || y"), "x \\|\\| y");
}

TEST(MarkdownCell, IsNeverEmptySoRowsKeepTheirCells) {
  EXPECT_EQ(MarkdownCell(""), " ");
  EXPECT_EQ(MarkdownCell("   "), " ");
  EXPECT_EQ(MarkdownCell("  trimmed  "), "trimmed");
}

TEST(MarkdownCell, LeavesListLikeStartsAloneBecauseCellsHoldInlineText) {
  EXPECT_EQ(MarkdownCell("1. kvartal 2023"), "1. kvartal 2023");
  EXPECT_EQ(MarkdownCell("- not a list"), "- not a list");
}

TEST(MarkdownText, EscapesInlineMarkupSoDataStaysText) {
  EXPECT_EQ(MarkdownText("*bold* and _it_"), "\\*bold\\* and \\_it\\_");
  EXPECT_EQ(MarkdownText("[link](http://x)"), "\\[link\\](http://x)");
  EXPECT_EQ(MarkdownText("<script>"), "\\<script\\>");
  EXPECT_EQ(MarkdownText("a\\b `c` #d ~e~ &amp;"), "a\\\\b \\`c\\` \\#d \\~e\\~ \\&amp;");
  EXPECT_EQ(MarkdownText("Grønn, 76 % (2023)."), "Grønn, 76 % (2023).");
}

TEST(MarkdownText, EscapesWhatWouldStartABlockAtTheStartOfALine) {
  EXPECT_EQ(MarkdownText("17. mars 2023"), "17\\. mars 2023");
  EXPECT_EQ(MarkdownText("- a\n+ b\n2) c\n==="), "\\- a\n\\+ b\n2\\) c\n\\===");
  EXPECT_EQ(MarkdownText("> quote"), "\\> quote");
  EXPECT_EQ(MarkdownText("mid-line 1. and - stay"), "mid-line 1. and - stay");
}

TEST(MarkdownTable, HasAHeaderADelimiterAndOneLinePerRowOfTheSameWidth) {
  std::string table = MarkdownTable({"Navn", "Status", "Kommentar"},
                                    {{"a", "b", "c"}, {"only one"}, {"x", "y", "z", "dropped"}});
  EXPECT_EQ(table,
            "| Navn | Status | Kommentar |\n"
            "| --- | --- | --- |\n"
            "| a | b | c |\n"
            "| only one |   |   |\n"
            "| x | y | z |\n");
  ExpectWellShaped(table);
}

TEST(MarkdownTable, EscapesTheHeaderButNotTheCellsItIsGiven) {
  std::string table = MarkdownTable({"A|B"}, {{MarkdownCell("c|d")}});
  EXPECT_EQ(table, "| A\\|B |\n| --- |\n| c\\|d |\n");
}

TEST(StatusEmoji, IsTheLevelsColourAndHollowOutsideTheScale) {
  auto lights = *StatusScale::Named("traffic_light");
  EXPECT_EQ(StatusEmoji("green", lights), "🟢");
  EXPECT_EQ(StatusEmoji("yellow", lights), "🟡");
  EXPECT_EQ(StatusEmoji("red", lights), "🔴");
  EXPECT_EQ(StatusEmoji("not_assessed", lights), "⚪");
  EXPECT_EQ(StatusEmoji("no_data", lights), "⚪");
  auto five = *StatusScale::Named("five_point");
  EXPECT_EQ(StatusEmoji("amber_red", five), "🟠");
  EXPECT_EQ(StatusEmoji("amber", five), "🟡");
  // By place on the scale, never by key: a scale that calls its worst level "green".
  StatusScale odd = StatusScale::FromRecord({"odd", "Odd", "Odd", "",
                                             {{"red", "Best", "Best", "#1a7f37", StatusShape::kCircle},
                                              {"green", "Worst", "Worst", "#c62828", StatusShape::kSquare}},
                                             GoodEnd::kFirst});
  EXPECT_EQ(StatusEmoji("red", odd), "🟢");
  EXPECT_EQ(StatusEmoji("green", odd), "🔴");
}

// A small report: one goal with an indicator and two initiatives.
StatusReport SmallReport() {
  StatusReport r;
  r.strategy.key = "s";
  r.strategy.name = "Strategi | test";
  r.strategy.level_names = {"Mål", "Delmål"};
  r.scale = *StatusScale::Named("traffic_light");
  r.period.code = "2023-Q3";
  r.period.state = PeriodState::kOpen;
  ReportingPeriod previous;
  previous.code = "2023-Q1";
  r.previous = previous;
  r.generated_on = Date{2023, 10, 2};

  ReportGoal g;
  g.goal.key = g.goal.code = "2";
  g.goal.level = 1;
  g.goal.title = "Enklere arbeidshverdag";
  Assessment yellow;
  yellow.subject = {SubjectKind::kItem, "2"};
  yellow.status = "yellow";
  g.previous = yellow;
  g.now = yellow;
  g.suggestion = Suggestion{"red", "worst of 1 assessed"};

  ReportIndicatorRow ind;
  ind.indicator.code = "i";
  ind.indicator.name = "Andel | med *stjerne*";
  ind.indicator.unit = "percent";
  ind.assessment.subject = {SubjectKind::kIndicator, "i"};
  ind.assessment.status = "not_assessed";
  ind.assessment.target_label = "Fremdrift mot 2025";
  ind.assessment.comment = "Første linje\nandre linje";
  SeriesValue v;
  v.period = "2023-Q1";
  v.value = 76;
  ind.figures.push_back({ind.indicator, "", v});
  Target target;
  target.value = 80;
  target.by = Date{2025, 12, 31};
  ind.targets.push_back(target);
  g.indicators.push_back(ind);

  ReportItemRow a;
  a.item.key = a.item.code = "2B";
  a.item.level = 2;
  a.item.title = "Pasientens legemiddelliste";
  a.assessment.subject = {SubjectKind::kItem, "2B"};
  a.assessment.status = "red";
  a.assessment.target_label = "Fremdrift mot 2025";
  a.assessment.comment = "En rød tendens | bak plan";
  a.item.owners = {"Hdir", "NHN"};
  g.initiatives.push_back(a);
  ReportItemRow b = a;
  b.item.key = b.item.code = "2A";
  b.assessment.status = "green";
  b.assessment.comment = "";
  b.assessment.justification = "Godt arbeid";
  b.suggestion = Suggestion{"yellow", "worst of 2"};
  g.initiatives.push_back(b);

  PeriodNote theme;
  theme.subject = {SubjectKind::kItem, "2"};
  theme.kind = "theme";
  theme.title = "Hva kan vi lære?";
  theme.text = "Tekst om tema.";
  g.themes.push_back(theme);
  r.goals.push_back(g);
  return r;
}

TEST(ReportMarkdown, WritesTheSectionsAndRowsAsWellShapedTables) {
  std::string md = ReportMarkdown(SmallReport(), Nb());
  ExpectWellShaped(md);
  EXPECT_EQ(md.rfind("# Statusrapport – 3. kvartal 2023\n", 0), 0u) << md.substr(0, 80);
  EXPECT_NE(md.find("**Strategi \\| test**"), std::string::npos);
  EXPECT_NE(md.find("> **Utkast: perioden er ikke publisert"), std::string::npos) << "an open period is a draft";
  // The goals side by side: previous period, this one, trend in words, and
  // the suggestion that differs.
  EXPECT_NE(md.find("| Mål | 1. kvartal 2023 | 3. kvartal 2023 | Utvikling | Foreslått status |"), std::string::npos);
  EXPECT_NE(md.find("| Mål 2: Enklere arbeidshverdag | 🟡 Gul | 🟡 Gul | Uendret | 🔴 Rød<br>"), std::string::npos);
  EXPECT_NE(md.find("## Mål 2: Enklere arbeidshverdag\n"), std::string::npos);
  // The indicator row: name and comment escaped, figure and target with units.
  EXPECT_NE(md.find("| Målindikator | Fremdrift mot 2025 | Kommentar | Siste tall | Mål |"), std::string::npos);
  EXPECT_NE(md.find("| Andel \\| med \\*stjerne\\* | ⚪ Ikke vurdert | Første linje<br>andre linje | "
                    "76 % (1. kvartal 2023) | 80 % innen 31.12.2025 |"),
            std::string::npos)
      << md;
  // Initiatives, with the suggested status and its justification.
  EXPECT_NE(md.find("| Strategisk initiativ | Eier | Fremdrift mot 2025 | Kommentar | Foreslått status |"),
            std::string::npos) << md;
  EXPECT_NE(md.find("| 2B Pasientens legemiddelliste | Hdir, NHN | 🔴 Rød | En rød tendens \\| bak plan | – |"),
            std::string::npos) << md;
  EXPECT_NE(md.find("| 2A Pasientens legemiddelliste | Hdir, NHN | 🟢 Grønn |   | 🟡 Gul<br>Begrunnelse for statusen som er satt: Godt arbeid |"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("#### Hva kan vi lære?\n\nTekst om tema."), std::string::npos);
  EXPECT_NE(md.find("Ingen annen informasjon er meldt for dette målet i perioden."), std::string::npos);
}

TEST(ReportMarkdown, SpeaksEnglishWithTheEnglishCatalogue) {
  std::string md = ReportMarkdown(SmallReport(), En());
  ExpectWellShaped(md);
  EXPECT_EQ(md.rfind("# Status report – Q3 2023\n", 0), 0u) << md.substr(0, 80);
  EXPECT_NE(md.find("| Goal | Q1 2023 | Q3 2023 | Trend | Suggested status |"), std::string::npos);
  EXPECT_NE(md.find("| 🔴 Red |"), std::string::npos);
  // The target label is Norwegian data: English uses its own heading.
  EXPECT_NE(md.find("| Indicator | Progress | Comment | Latest figure | Target |"), std::string::npos);
}

}  // namespace
}  // namespace fremdrift
