// A year's cost-sharing table as CSV, XLSX and terminal text: the figures
// as the page shows them (one decimal) in CSV and text, exact numbers with
// a one-decimal format in XLSX, labels from the caller.
#include <gtest/gtest.h>

#include "domain/cost_table.h"
#include "formats/cost_table_csv.h"
#include "formats/cost_table_text.h"
#include "formats/cost_table_xlsx.h"
#include "support/domain_values.h"
#include "support/xlsx_sheets.h"

namespace fremdrift {
namespace {

using testing::M;
using testing::ReadXlsx;

// Two solutions over two groups, with shares that need rounding:
// e-resept 2022: 54.2 + 3 × 44.5 % = 55.535 for each of rhf and kommuner.
CostTable Sample() {
  SolutionYear open1{0, "e-resept", 2021, SharingMethod::kOpening, {}, std::nullopt, {},
                     {{"rhf", M("54.2")}, {"kommuner", M("54.2")}, {"apotek", M("13.4")}}, "", "", 1};
  SolutionYear grow1{0, "e-resept", 2022, SharingMethod::kGrowth, M("3"), std::nullopt,
                     {{"rhf", 4450}, {"kommuner", 4450}, {"apotek", 1100}}, {}, "NUIT 3/22", "a note, with \"quotes\"", 1};
  SolutionYear open2{0, "helsenorge", 2021, SharingMethod::kOpening, {}, std::nullopt, {},
                     {{"rhf", M("109.6")}, {"kommuner", M("107.4")}}, "", "", 1};
  SolutionYear base2{0, "helsenorge", 2022, SharingMethod::kIncreaseOverBase, M("47"), 2021,
                     {{"rhf", 6000}, {"kommuner", 4000}}, {}, "", "", 1};
  return ComputeCostTable(2022,
                          {{0, "e-resept", "E-resept", 1, "", "", 1}, {0, "helsenorge", "Helsenorge", 2, "", "", 1}},
                          {{0, "rhf", "RHF", 1, "", 1}, {0, "kommuner", "Kommuner", 2, "", 1},
                           {0, "apotek", "Apotek", 3, "", 1}},
                          {open1, grow1, open2, base2});
}

CostTableLabels Labels() {
  CostTableLabels l;
  l.title = "Kostnadsdeling 2022 (MNOK)";
  l.solution = "Løsning";
  l.cost = "Kostnad 2022";
  l.change = "Endring fra 2021";
  l.total = "Sum";
  l.sheet = "Kostnadsdeling 2022";
  l.about_sheet = "Om tabellen";
  l.method = "Metode";
  l.key = "Nøkkel";
  l.source = "Kilde";
  l.notes = "Merknader";
  l.rounding = "Avrundet til én desimal.";
  l.method_names = {{"growth", "Vekst"}, {"increase_over_base", "Økning over {base_year}"}};
  return l;
}

TEST(CostTableCsvTest, RowsHoldTheRoundedFiguresAndATotal) {
  std::string csv = CostTableCsv(Sample(), Labels());
  EXPECT_EQ(csv,
            "\xEF\xBB\xBF"
            "Løsning,Kostnad 2022,Endring fra 2021,RHF,Kommuner,Apotek\r\n"
            "E-resept,124.8,3.0,55.5,55.5,13.7\r\n"
            "Helsenorge,264.0,47.0,137.8,126.2,0.0\r\n"
            "Sum,388.8,50.0,193.3,181.7,13.7\r\n");
  // 193.335 and 181.735: the totals are rounded from the exact sums.
  std::string semi = CostTableCsv(Sample(), Labels(), CsvDialect::kSemicolon);
  EXPECT_NE(semi.find("Sum;388,8;50,0;193,3;181,7;13,7\r\n"), std::string::npos) << semi;
}

TEST(CostTableTextTest, AlignsNamesLeftAndFiguresRight) {
  std::string text = CostTableText(Sample(), Labels());
  EXPECT_EQ(text,
            "Kostnadsdeling 2022 (MNOK)\n\n"
            "Løsning     Kostnad 2022  Endring fra 2021    RHF  Kommuner  Apotek\n"
            "E-resept           124.8               3.0   55.5      55.5    13.7\n"
            "Helsenorge         264.0              47.0  137.8     126.2     0.0\n"
            "Sum                388.8              50.0  193.3     181.7    13.7\n"
            "\nAvrundet til én desimal.\n");
}

TEST(CostTableXlsxTest, TableSheetHoldsExactNumbersShownWithOneDecimal) {
  std::string bytes = CostTableXlsx(Sample(), Labels());
  ASSERT_EQ(bytes.substr(0, 4), std::string("PK\x03\x04", 4));
  auto x = ReadXlsx(bytes);
  if (x.is_null()) GTEST_SKIP() << "python3 not available";
  EXPECT_EQ(x["sheets"], nlohmann::json::parse(R"(["Kostnadsdeling 2022", "Om tabellen"])"));
  ASSERT_EQ(x["data"].size(), 4u);
  EXPECT_EQ(x["data"][0]["A"], "Løsning");
  EXPECT_EQ(x["data"][0]["D"], "RHF");
  EXPECT_EQ(x["data"][1]["A"], "E-resept");
  EXPECT_DOUBLE_EQ(x["data"][1]["D"].get<double>(), 55.535);
  EXPECT_DOUBLE_EQ(x["data"][2]["B"].get<double>(), 264.0);
  EXPECT_EQ(x["data"][3]["A"], "Sum");
  EXPECT_DOUBLE_EQ(x["data"][3]["D"].get<double>(), 193.335);
  bool one_decimal = false;
  for (const auto& f : x["formats"]) one_decimal = one_decimal || f == "#,##0.0";
  EXPECT_TRUE(one_decimal);
  // The explanation sheet: method with its base year, key, source, notes.
  EXPECT_EQ(x["about"][1]["B"], "Vekst");
  EXPECT_EQ(x["about"][1]["C"], "RHF 44.5 %, Kommuner 44.5 %, Apotek 11 %");
  EXPECT_EQ(x["about"][1]["E"], "a note, with \"quotes\"");
  EXPECT_EQ(x["about"][2]["B"], "Økning over 2021");
  // Same table, same bytes.
  EXPECT_EQ(CostTableXlsx(Sample(), Labels()), bytes);
}

}  // namespace
}  // namespace fremdrift
