// The cost-sharing pages over HTTP on both engines with the demo dataset:
// the years, the 2022 table with caption and header cells, the rounded
// figures in each language, the chart followed by its data table, and 404
// for a year without figures.
#include <gtest/gtest.h>

#include "support/api_fixture.h"
#include "support/page_checks.h"

namespace fremdrift::testing {
namespace {

class CostsPagesTest : public ApiTest {};

TEST_P(CostsPagesTest, IndexLinksEveryYear) {
  auto r = server_->Get("/kostnadsdeling");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  EXPECT_TRUE(Has(r.body, "Kostnadsdeling av de nasjonale e-helseløsningene"));
  for (const char* year : {"2021", "2022", "2023"}) {
    EXPECT_TRUE(Has(r.body, std::string("href=\"/kostnadsdeling/") + year + "\"")) << year;
  }
  EXPECT_TRUE(Has(r.body, "href=\"/kostnadsdeling\" aria-current=\"page\"")) << "navigation link";
}

TEST_P(CostsPagesTest, YearPageShowsTheTableWithHeadersAndRoundedFigures) {
  auto r = server_->Get("/kostnadsdeling/2022");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  const std::string& b = r.body;
  EXPECT_TRUE(Has(b, "<caption id=\"costs-table-caption\">"));
  EXPECT_TRUE(Has(b, "<th scope=\"col\">Endring fra 2021</th>"));
  EXPECT_TRUE(Has(b, "<th scope=\"row\" lang=\"nb\">Helsenorge</th>"));
  EXPECT_TRUE(Has(b, "<td class=\"num\">137,8</td>"));
  EXPECT_TRUE(Has(b, "<td class=\"num\">284,6</td>"));
  EXPECT_TRUE(Has(b, "<td class=\"num\">269,0</td>"));
  EXPECT_TRUE(Has(b, "<td class=\"num\">\xE2\x88\x92" "28,0</td>")) << "Grunndata og HelseID's change";
  EXPECT_TRUE(Has(b, "Nøkkelen fordeler årets vekst"));
  EXPECT_TRUE(Has(b, "Regionale helseforetak 60 %, Kommuner 40 %"));
  EXPECT_TRUE(Has(server_->Get("/kostnadsdeling/2021").body, "ANTAKELSE")) << "the assumed starting shares";
  // The chart, then its data in a table.
  size_t svg = b.find("<svg");
  ASSERT_NE(svg, std::string::npos);
  EXPECT_TRUE(Has(b.substr(svg, 400), "role=\"img\""));
  EXPECT_LT(svg, b.find("<caption id=\"costs-group-caption\">"));
  EXPECT_TRUE(Has(b, "href=\"/api/v1/cost-sharing/years/2022/table.xlsx?lang=nb\""));
}

TEST_P(CostsPagesTest, EnglishPageUsesADecimalPoint) {
  auto r = server_->Get("/kostnadsdeling/2023?lang=en");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "en");
  EXPECT_TRUE(Has(r.body, "Cost sharing 2023"));
  EXPECT_TRUE(Has(r.body, "<td class=\"num\">602.4</td>"));
  EXPECT_TRUE(Has(r.body, "The key shares the whole increase over the base amount of 2021"));
}

TEST_P(CostsPagesTest, YearWithoutFiguresIsNotFound) {
  EXPECT_EQ(server_->Get("/kostnadsdeling/1999").status, 404);
  EXPECT_EQ(server_->Get("/kostnadsdeling/tjue").status, 404);
}

INSTANTIATE_TEST_SUITE_P(Engines, CostsPagesTest, ::testing::ValuesIn(AllEngines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace fremdrift::testing
