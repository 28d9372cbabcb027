// Downloads of an indicator's series (CSV, XLSX, JSON, SDMX-CSV) over real
// HTTP, on both engines, with the demo dataset. The XLSX is opened with
// python3's zipfile and, when LibreOffice is installed, converted to CSV by
// it and compared with the CSV download.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/shell.h"
#include "support/xlsx_sheets.h"
#include "support/api_fixture.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

const std::string kBase = "/api/v1/indicators/";
// The demo's note on the April 2022 figures for nursing homes (the NUIT 3/22 papers).
const std::string kAprilNote =
    "Innføringen pågår i et prosjekt under Program pasientens legemiddelliste. "
    "Kolonnen heter «April 2022» i kilden.";

// A folder of its own under the temporary directory, removed at the end.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "downloads-test-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

class DownloadsApiTest : public ApiTest {
 protected:
};

TEST_P(DownloadsApiTest, CsvByServiceHoldsNursingHomesInApril2022) {
  auto r = server_->Get(kBase + "kj-kommune/series.csv?by=tjeneste");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.headers["Content-Type"], "text/csv; charset=utf-8");
  EXPECT_EQ(r.headers["Content-Disposition"], "attachment; filename=\"kj-kommune.csv\"");
  EXPECT_EQ(r.body.rfind("\xEF\xBB\xBFindicator,period,tjeneste,label,value,unit,status,qualifier,note\r\n", 0), 0u)
      << r.body.substr(0, 80);
  EXPECT_NE(r.body.find("\r\nkj-kommune,2022-04,sykehjem,Sykehjem,28,percent,final,exact," + kAprilNote + "\r\n"),
            std::string::npos)
      << r.body;
}

TEST_P(DownloadsApiTest, SemicolonCsvForNorwegianExcel) {
  auto r = server_->Get(kBase + "kj-kommune/series.csv?by=tjeneste&sep=semicolon&from=2022-04");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body,
            "\xEF\xBB\xBFindicator;period;tjeneste;label;value;unit;status;qualifier;note\r\n"
            "kj-kommune;2022-04;fastlege;Fastlege;91;percent;final;exact;Kolonnen heter «April 2022» i kilden.\r\n"
            "kj-kommune;2022-04;legevakt;Legevakt;100;percent;final;exact;Kolonnen heter «April 2022» i kilden.\r\n"
            "kj-kommune;2022-04;hjemmebaserte-tjenester;Hjemmebaserte tjenester;28;percent;final;exact;" + kAprilNote + "\r\n"
            "kj-kommune;2022-04;sykehjem;Sykehjem;28;percent;final;exact;" + kAprilNote + "\r\n");
}

TEST_P(DownloadsApiTest, RolledUpShareKeepsTheLatestMonthAndItsNote) {
  auto r = server_->Get(kBase + "kj-kommune/series.csv?by=tjeneste&period_type=year");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("\r\nkj-kommune,2022,sykehjem,Sykehjem,28,percent,final,exact," + kAprilNote + "\r\n"),
            std::string::npos)
      << r.body;
}

TEST_P(DownloadsApiTest, XlsxOpensAndItsDataSheetHolds28) {
  auto r = server_->Get(kBase + "kj-kommune/series.xlsx?by=tjeneste");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.headers["Content-Type"],
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(r.headers["Content-Disposition"], "attachment; filename=\"kj-kommune.xlsx\"");
  ASSERT_EQ(r.body.substr(0, 4), std::string("PK\x03\x04", 4));
  if (!Have("python3")) GTEST_SKIP() << "python3 is not available";

  TempDir dir;
  std::ofstream(dir.File("kj-kommune.xlsx"), std::ios::binary) << r.body;
  std::ofstream(dir.File("read.py")) << R"PY(
import json, re, sys, zipfile
import xml.etree.ElementTree as ET
M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
sheets = [s.get('name') for s in ET.fromstring(z.read('xl/workbook.xml')).iter(M + 'sheet')]
strings = [''.join(t.text or '' for t in si.iter(M + 't'))
           for si in ET.fromstring(z.read('xl/sharedStrings.xml')).iter(M + 'si')]
rows = []
for r in ET.fromstring(z.read('xl/worksheets/sheet1.xml')).iter(M + 'row'):
    row = {}
    for c in r.iter(M + 'c'):
        v = c.find(M + 'v')
        if v is not None:
            row[re.match('[A-Z]+', c.get('r')).group(0)] = (
                strings[int(v.text)] if c.get('t') == 's' else float(v.text))
    rows.append(row)
print(json.dumps({'sheets': sheets, 'data': rows}))
)PY";
  auto x = json::parse(Shell("python3 " + dir.File("read.py") + " " + dir.File("kj-kommune.xlsx")));
  EXPECT_EQ(x["sheets"], json::array({"Data", "Om indikatoren"}));
  bool found = false;
  for (const auto& row : x["data"]) {
    if (row.value("B", "") == "2022-04" && row.value("C", "") == "sykehjem") {
      found = true;
      EXPECT_EQ(row["D"], "Sykehjem") << row;
      EXPECT_EQ(row["E"], 28.0) << row;
      EXPECT_EQ(row["H"], "exact");
      EXPECT_EQ(row["I"], kAprilNote);
    }
  }
  EXPECT_TRUE(found) << x["data"];
}

// LibreOffice, when installed, reads the same table as the CSV download.
// Optional (tests/optional_skips.txt): ./scripts/test does not install
// LibreOffice.
TEST_P(DownloadsApiTest, XlsxOpensInLibreOfficeAsTheCsvDownload) {
  if (!Have("soffice")) GTEST_SKIP() << "LibreOffice is not installed (apt-get install libreoffice-calc-nogui)";
  auto r = server_->Get(kBase + "kj-kommune/series.xlsx?by=tjeneste");
  ASSERT_EQ(r.status, 200) << r.body;
  TempDir dir;
  std::ofstream(dir.File("kj-kommune.xlsx"), std::ios::binary) << r.body;
  Shell("cd " + dir.File("") + " && soffice -env:UserInstallation=file://" + dir.File("profile") +
      " --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,"
      "false,false,1' --outdir out kj-kommune.xlsx >/dev/null 2>&1");
  std::ifstream converted(dir.File("out/kj-kommune-Data.csv"), std::ios::binary);
  ASSERT_TRUE(converted) << "LibreOffice did not convert the workbook";
  std::stringstream lo;
  lo << converted.rdbuf();
  std::string csv = server_->Get(kBase + "kj-kommune/series.csv?by=tjeneste").body.substr(3);
  std::string expected;
  for (char c : csv) {
    if (c != '\r') expected += c;
  }
  EXPECT_EQ(lo.str(), expected);
}

TEST_P(DownloadsApiTest, JsonIsTheSeriesDocumentWithNotes) {
  // The series cache is per process and keyed by version and URI, and the
  // servers of both engines run in this process: a parameter that the
  // routes ignore keeps each engine's answers apart.
  const std::string query = "?by=tjeneste&from=2021&engine=" + EngineName(GetParam());
  auto r = server_->Get(kBase + "kj-kommune/series.json" + query);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.headers["Content-Type"], "application/json; charset=utf-8");
  EXPECT_EQ(r.headers["Content-Disposition"], "attachment; filename=\"kj-kommune.json\"");
  json download = r.Json();
  json series = server_->Get(kBase + "kj-kommune/series" + query).Json();
  bool has_april_note = false;
  for (auto& v : download["values"]) {
    if (v["period"] == "2022-04" && v["group"] == "sykehjem") has_april_note = v["note"] == kAprilNote;
  }
  EXPECT_TRUE(has_april_note);
  // GET /series answers the same document (it is served by the same code).
  EXPECT_EQ(download, series);
}

TEST_P(DownloadsApiTest, SdmxCsvHasTheStructureColumnsAndSdmxPeriods) {
  auto r = server_->Get(kBase + "kj-kommune/series.sdmx.csv?by=tjeneste");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.headers["Content-Type"], "application/vnd.sdmx.data+csv;version=2.0.0");
  EXPECT_EQ(r.headers["Content-Disposition"], "attachment; filename=\"kj-kommune.sdmx.csv\"");
  EXPECT_EQ(r.body.rfind("STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,TIME_PERIOD,TJENESTE,OBS_VALUE,"
                         "UNIT_MEASURE,OBS_STATUS,OBS_QUALIFIER,COMMENT\r\n",
                         0),
            0u)
      << r.body.substr(0, 120);
  EXPECT_NE(r.body.find("\r\ndataflow,FREMDRIFT:INDICATORS(1.0),I,kj-kommune,2022-M04,sykehjem,28,"
                        "PERCENT,A,EXACT," + kAprilNote + "\r\n"),
            std::string::npos)
      << r.body;
  EXPECT_NE(r.body.find("\r\ndataflow,FREMDRIFT:INDICATORS(1.0),I,kj-kommune,2020,sykehjem,5,"),
            std::string::npos);
}

// The workbook's explanation sheet speaks the language asked for, by
// ?lang= (the monitor's links) or Accept-Language, and bokmål otherwise:
// every label and value from the catalogue, no key where a word belongs.
TEST_P(DownloadsApiTest, XlsxAboutSheetFollowsTheLanguageAsked) {
  auto about = [&](const std::string& query, const std::map<std::string, std::string>& headers) {
    auto r = HttpRequest(server_->port(), "GET", kBase + "kj-kommune/series.xlsx?by=tjeneste" + query, "", headers);
    EXPECT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.headers["Vary"], "Accept-Language");
    auto x = ReadXlsx(r.body);
    std::map<std::string, std::string> facts;
    if (x.is_null()) return std::make_pair(std::string(), facts);
    std::string last;
    for (const auto& row : x["about"]) {
      if (!row.value("A", "").empty()) last = row.value("A", "");
      facts[last] += (facts[last].empty() ? "" : "\n") + row.value("B", std::string());
    }
    return std::make_pair(x["sheets"][1].get<std::string>(), facts);
  };
  auto nb = about("", {});
  if (nb.first.empty()) GTEST_SKIP() << "python3 is not available";
  EXPECT_EQ(nb.first, "Om indikatoren");
  EXPECT_EQ(nb.second["Enhet"], "Prosent");
  EXPECT_EQ(nb.second["Utvalg"], "fordelt på Tjeneste");
  EXPECT_EQ(nb.second["Data sist endret"].find("Not known"), std::string::npos);
  for (const auto& [label, text] : nb.second) {
    for (const char* english : {"The latest", "On the straight", "path to the target", " by 20", "percent"}) {
      EXPECT_EQ(text.find(english), std::string::npos) << label << ": " << text;
    }
  }
  auto en_query = about("&lang=en", {{"Accept-Language", "nb-NO,nb;q=0.9"}});
  EXPECT_EQ(en_query.first, "About the indicator") << "?lang= wins over the header";
  EXPECT_EQ(en_query.second["Unit"], "Percent");
  EXPECT_EQ(en_query.second["Selection"], "by Service");
  auto en_header = about("", {{"Accept-Language", "en-GB,en;q=0.8"}});
  EXPECT_EQ(en_header.first, "About the indicator");
  auto nb_query = about("&lang=nb", {{"Accept-Language", "en-GB"}});
  EXPECT_EQ(nb_query.first, "Om indikatoren");
}

TEST_P(DownloadsApiTest, InternalIndicatorIsNotFoundWithoutToken) {
  std::string token = server_->AddUserWithToken("kari", "E-helse", Role::kReader);
  for (const char* suffix : {"series.csv", "series.xlsx", "series.json", "series.sdmx.csv"}) {
    std::string path = kBase + "vft-mottakere/" + suffix;
    EXPECT_EQ(server_->Get(path).status, 404) << path;
    EXPECT_EQ(server_->Get(path, token).status, 200) << path;
  }
  EXPECT_NE(server_->Get(kBase + "vft-mottakere/series.csv", token).body.find("\r\nvft-mottakere,2024,133731,"),
            std::string::npos);
  EXPECT_EQ(server_->Get(kBase + "no-such-indicator/series.csv").status, 404);
}

TEST_P(DownloadsApiTest, EtagGivesNotModified) {
  std::string path = kBase + "kj-kommune/series.sdmx.csv?by=tjeneste";
  auto first = server_->Get(path);
  ASSERT_EQ(first.status, 200);
  std::string etag = first.headers["ETag"];
  ASSERT_FALSE(etag.empty());
  auto again = HttpRequest(server_->port(), "GET", path, "", {{"If-None-Match", etag}});
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
}

TEST_P(DownloadsApiTest, BadParametersAreRefused) {
  auto by = server_->Get(kBase + "kj-kommune/series.csv?by=region");
  EXPECT_EQ(by.status, 400);
  EXPECT_EQ(by.Json()["error"]["field"], "by");
  EXPECT_EQ(server_->Get(kBase + "kj-kommune/series.xlsx?from=2022-Q5").Json()["error"]["field"], "from");
  EXPECT_EQ(server_->Get(kBase + "kj-kommune/series.json?period_type=decade").Json()["error"]["field"],
            "period_type");
  auto sep = server_->Get(kBase + "kj-kommune/series.csv?sep=tab");
  EXPECT_EQ(sep.status, 400);
  EXPECT_EQ(sep.Json()["error"]["field"], "sep");
}

INSTANTIATE_PER_ENGINE(DownloadsApiTest);

}  // namespace
}  // namespace fremdrift::testing
