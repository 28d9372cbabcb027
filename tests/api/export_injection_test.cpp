// Downloads cannot carry formulas into a spreadsheet (OWASP's CSV
// injection), over real HTTP on each engine: text cells that begin with
// = + - @ get a leading quote in CSV, SDMX-CSV and XLSX, while numbers,
// negative ones too, stay numbers; file names in Content-Disposition are
// safe.
#include "support/api_fixture.h"
#include "support/xlsx_sheets.h"

namespace fremdrift::testing {
namespace {

std::string Yes(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos ? "yes" : "no: " + text.substr(0, 600);
}

class ExportInjectionTest : public ApiTest {};

TEST_P(ExportInjectionTest, SeriesDownloadsNeutraliseFormulasAndKeepNegativeNumbers) {
  const std::string code = "injeksjon";
  auto created = server_->Send("POST", "/api/v1/indicators",
                               {{"code", code}, {"name", "=HYPERLINK(\"http://evil.example\",\"klikk\")"},
                                {"unit", "count"}, {"direction", "higher_is_better"}, {"period_type", "year"},
                                {"published", true}},
                               AdminToken());
  ASSERT_EQ(created.status, 201) << created.body;
  auto m1 = server_->Send("POST", "/api/v1/measurements",
                          {{"indicator", code}, {"period", "2022"}, {"value", -5.5}, {"note", "=cmd|' /C calc'!A0"}},
                          AdminToken());
  ASSERT_EQ(m1.status, 201) << m1.body;
  auto m2 = server_->Send("POST", "/api/v1/measurements",
                          {{"indicator", code}, {"period", "2023"}, {"value", 3}, {"note", "@SUM(1+1)*cmd"}},
                          AdminToken());
  ASSERT_EQ(m2.status, 201) << m2.body;

  auto csv = server_->Get("/api/v1/indicators/" + code + "/series.csv");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_EQ(Yes(csv.body, "injeksjon,2022,-5.5,"), "yes");
  EXPECT_EQ(Yes(csv.body, "'=cmd|' /C calc'!A0"), "yes");
  EXPECT_EQ(Yes(csv.body, "'@SUM(1+1)*cmd"), "yes");
  EXPECT_EQ(csv.body.find(",=cmd"), std::string::npos);

  auto semicolon = server_->Get("/api/v1/indicators/" + code + "/series.csv?sep=semicolon");
  EXPECT_EQ(Yes(semicolon.body, "injeksjon;2022;-5,5;"), "yes");

  auto sdmx = server_->Get("/api/v1/indicators/" + code + "/series.sdmx.csv");
  ASSERT_EQ(sdmx.status, 200);
  EXPECT_EQ(Yes(sdmx.body, "-5.5"), "yes");
  EXPECT_EQ(Yes(sdmx.body, "'=cmd|"), "yes");
  EXPECT_EQ(sdmx.body.find(",=cmd"), std::string::npos);

  auto xlsx = server_->Get("/api/v1/indicators/" + code + "/series.xlsx");
  ASSERT_EQ(xlsx.status, 200);
  nlohmann::json book = ReadXlsx(xlsx.body);
  ASSERT_FALSE(book.is_null()) << "python3 is needed to read the workbook";
  EXPECT_EQ(Yes(book.dump(), "\"'=cmd|"), "yes");
  EXPECT_EQ(book.dump().find("\"=cmd"), std::string::npos);
  bool negative_number = false;
  for (const auto& row : book["data"]) {
    for (const auto& [column, value] : row.items()) negative_number |= value.is_number() && value == -5.5;
  }
  EXPECT_TRUE(negative_number) << book["data"].dump();
}

TEST_P(ExportInjectionTest, TheDecisionLogCsvNeutralisesCaseTitles) {
  int64_t meeting = 0;  // 3/22, whose minutes are not approved
  for (const auto& m : server_->Get("/api/v1/meetings?body=nuit").Json()) {
    if (m["date"] == "2022-05-19") meeting = m["id"].get<int64_t>();
  }
  auto c = server_->Send("POST", "/api/v1/cases",
                         {{"meeting_id", meeting}, {"title", "+SUM(A1:A9)"}, {"type", "discussion"}},
                         AdminToken());
  ASSERT_EQ(c.status, 201) << c.body;
  auto csv = server_->Get("/vedtak.csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(Yes(csv.body, "'+SUM(A1:A9)"), "yes");
  EXPECT_EQ(csv.headers["Content-Disposition"], "attachment; filename=\"vedtak.csv\"");
}

INSTANTIATE_PER_ENGINE(ExportInjectionTest);

}  // namespace
}  // namespace fremdrift::testing
