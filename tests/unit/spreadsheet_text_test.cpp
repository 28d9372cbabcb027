// Exported cells cannot become formulas (formats/spreadsheet_text.h), and
// download file names are safe (web/content_disposition.h).
#include <gtest/gtest.h>

#include "formats/series_csv.h"
#include "formats/spreadsheet_text.h"
#include "formats/xlsx_file.h"
#include "web/content_disposition.h"

namespace fremdrift {
namespace {

TEST(SpreadsheetText, CellsThatCouldBeFormulasGetALeadingQuote) {
  EXPECT_EQ(NeutralisedCellText("=HYPERLINK(\"http://evil\",\"x\")"), "'=HYPERLINK(\"http://evil\",\"x\")");
  EXPECT_EQ(NeutralisedCellText("+1+cmd|' /C calc'!A0"), "'+1+cmd|' /C calc'!A0");
  EXPECT_EQ(NeutralisedCellText("-2+3"), "'-2+3");
  EXPECT_EQ(NeutralisedCellText("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(NeutralisedCellText("\t=1"), "'\t=1");
  EXPECT_EQ(NeutralisedCellText("\r=1"), "'\r=1");
  EXPECT_EQ(NeutralisedCellText("Plain text = fine"), "Plain text = fine");
  EXPECT_EQ(NeutralisedCellText(""), "");
}

TEST(SpreadsheetText, NumbersStayNumbers) {
  for (const char* n : {"-12.5", "-12,5", "+3", "-0", "1e-3", "-4E+10", "42"}) {
    EXPECT_TRUE(IsPlainNumberText(n)) << n;
    EXPECT_EQ(NeutralisedCellText(n), n);
  }
  for (const char* n : {"-", "-.5", "-1-1", "- 1", "-1e", "1,2,3"}) EXPECT_FALSE(IsPlainNumberText(n)) << n;
}

TEST(SpreadsheetText, CsvFieldsAndXlsxCellsAreNeutralised) {
  EXPECT_EQ(CsvField("=1+1", ','), "'=1+1");
  EXPECT_EQ(CsvField("=SUM(A1,A2)", ','), "\"'=SUM(A1,A2)\"");
  EXPECT_EQ(CsvField("-12,5", ';'), "-12,5");
  EXPECT_EQ(CsvField("-12,5", ','), "\"-12,5\"");
  EXPECT_EQ(CellText("@evil"), "'@evil");
  EXPECT_EQ(CellText("-7.25"), "-7.25");
}

TEST(ContentDisposition, FileNamesAreReducedToSafeCharacters) {
  EXPECT_EQ(SafeFileName("vedtak.csv"), "vedtak.csv");
  EXPECT_EQ(SafeFileName("nuit-2024-05-02-dagsorden.pdf"), "nuit-2024-05-02-dagsorden.pdf");
  EXPECT_EQ(SafeFileName("a\"; filename=evil.exe"), "a___filename_evil.exe");
  EXPECT_EQ(SafeFileName("../../etc/passwd"), "_.._etc_passwd");
  EXPECT_EQ(SafeFileName("line\r\nSet-Cookie: x"), "line__Set-Cookie__x");
  EXPECT_EQ(SafeFileName("blåbær.csv"), "bl__b__r.csv");
  EXPECT_EQ(SafeFileName(""), "download");
  EXPECT_EQ(SafeFileName("..."), "download");
  std::string long_name = std::string(500, 'x') + ".xlsx";
  EXPECT_EQ(SafeFileName(long_name).size(), 120u);
  EXPECT_EQ(SafeFileName(long_name).substr(115), ".xlsx");
  EXPECT_EQ(ContentDisposition("r\"a.pdf", true), "inline; filename=\"r_a.pdf\"");
  EXPECT_EQ(ContentDisposition("a.csv"), "attachment; filename=\"a.csv\"");
}

}  // namespace
}  // namespace fremdrift
