// The cost-sharing pages over HTTP on both engines with the demo dataset:
// the years, the 2022 table with caption and header cells, the rounded
// figures in each language, the chart followed by its data table, and 404
// for a year without figures.
#include <gtest/gtest.h>

#include "support/api_fixture.h"
#include "support/html_page.h"
#include "support/page_checks.h"

namespace fremdrift::testing {
namespace {

class CostsPagesTest : public ApiTest {};

TEST_P(CostsPagesTest, IndexLinksEveryYear) {
  auto r = server_->Get("/kostnadsdeling");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  HtmlPage page(r.body);
  EXPECT_EQ(page.Text("//h1"), "Kostnadsdeling av de nasjonale e-helseløsningene");
  for (const char* year : {"2021", "2022", "2023"}) {
    EXPECT_TRUE(page.Has(std::string("//main//a[@href='/kostnadsdeling/") + year + "']")) << year;
  }
  EXPECT_TRUE(page.Has("//header//nav//a[@href='/kostnadsdeling'][@aria-current='page']")) << "navigation link";
}

TEST_P(CostsPagesTest, YearPageShowsTheTableWithHeadersAndRoundedFigures) {
  auto r = server_->Get("/kostnadsdeling/2022");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  HtmlPage page(r.body);
  const std::string table = "//table[caption[@id='costs-table-caption']]";
  ASSERT_TRUE(page.Has(table));
  EXPECT_EQ(page.Texts(table + "/thead//th[@scope='col']"),
            (std::vector<std::string>{"Løsning", "Kostnad 2022", "Endring fra 2021", "Regionale helseforetak",
                                      "Kommuner", "Apotek"}));
  // Helsenorge's share for the RHFs, the sums, and a fall written with a minus sign.
  EXPECT_EQ(page.Text(table + "//tr[th[@scope='row'][@lang='nb']='Helsenorge']/td[3]"), "137,8");
  EXPECT_EQ(page.Texts(table + "/tfoot/tr/td[@class='num']"),
            (std::vector<std::string>{"567,4", "41,0", "284,6", "269,0", "13,7"}));
  EXPECT_EQ(page.Text(table + "//tr[th='Grunndata og HelseID']/td[2]"), "\xE2\x88\x92" "28,0")
      << "Grunndata og HelseID's change";
  const std::string helsenorge = "//tr[th/a[@href='/kostnadsdeling/losning/helsenorge/2022']]";
  EXPECT_EQ(page.Text(helsenorge + "/td[1]"), "Nøkkelen fordeler årets vekst");
  EXPECT_EQ(page.Text(helsenorge + "/td[2]"), "Regionale helseforetak 60 %, Kommuner 40 %");
  EXPECT_TRUE(HtmlPage(server_->Get("/kostnadsdeling/2021").body).HasText("//main//table", "ANTAKELSE"))
      << "the assumed starting shares";
  // The chart, then its data in a table.
  EXPECT_TRUE(page.Has("//figure//svg[@role='img']"));
  EXPECT_TRUE(page.Has("//figure//svg[@role='img']/following::caption[@id='costs-group-caption']"));
  EXPECT_FALSE(page.Has("//caption[@id='costs-group-caption']/following::svg")) << "the chart comes first";
  EXPECT_EQ(page.Text("//a[@href='/api/v1/cost-sharing/years/2022/table.xlsx?lang=nb']"), "Excel (XLSX)");
}

TEST_P(CostsPagesTest, EnglishPageUsesADecimalPoint) {
  auto r = server_->Get("/kostnadsdeling/2023?lang=en");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "en");
  HtmlPage page(r.body);
  EXPECT_EQ(page.Text("//h1"), "Cost sharing 2023");
  EXPECT_TRUE(page.Has("//table[caption[@id='costs-table-caption']]//td[@class='num'][.='602.4']"));
  EXPECT_TRUE(page.Has("//table//td[.='The key shares the whole increase over the base amount of 2021']"));
}

TEST_P(CostsPagesTest, YearWithoutFiguresIsNotFound) {
  EXPECT_EQ(server_->Get("/kostnadsdeling/1999").status, 404);
  EXPECT_EQ(server_->Get("/kostnadsdeling/tjue").status, 404);
}

INSTANTIATE_PER_ENGINE(CostsPagesTest);

}  // namespace
}  // namespace fremdrift::testing
