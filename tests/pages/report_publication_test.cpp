// The status report as a directorate publishes it (docs/reporting.md, "The
// report itself"), over HTTP on both engines: the title page names the
// sender and the date the period was published, never the date it was
// rendered; the initiative table has an owner column; an indicator with two
// or more points has a small chart; a signed-in reader of a round sees the
// expected reports that are still missing as "Ikke rapportert", which the
// public never sees; and the PDF is A4 landscape, with one page per goal
// and a table of contents whose page numbers are the pages the goals start
// on (read with pdfinfo and pdftotext from poppler-utils).
#include <gtest/gtest.h>

#include <ctime>
#include <fstream>
#include <regex>

#include "support/api_fixture.h"
#include "support/html_page.h"
#include "app/pdf_printer.h"
#include "domain/oslo_time.h"
#include "support/shell.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

const std::string kQ3 = "/rapport/2023-Q3";

// The XPath of the report cover's value for `term` ("Publisert").
std::string Cover(const std::string& term) { return "//header[@class='report-cover']" + Definition(term); }

// Today in Oslo as the bokmål pages write a date: "05.12.2026".
std::string TodayText() {
  Date d = OsloDate(std::time(nullptr));
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d.%02d.%04d", d.day, d.month, d.year);
  return buf;
}

class ReportPublicationTest : public ApiTest {
 protected:
  HttpResult Move(const std::string& to, const std::string& reason = "") {
    return server_->Send("POST", "/api/v1/periods/2023-Q3/transition", {{"to", to}, {"reason", reason}},
                         AdminToken());
  }
  void Publish() {
    ASSERT_EQ(Move("in_review", "Resten kommer i neste periode.").status, 200);
    ASSERT_EQ(Move("approved").status, 200);
    auto r = Move("published");
    ASSERT_EQ(r.status, 200) << r.body;
  }
  // Runs 2023-Q3 as a round on the deliverables (level 4): Hdir owes 42.
  void OpenRound() {
    auto r = server_->Send("PUT", "/api/v1/periods/2023-Q3/round",
                           {{"deadline", "2030-06-14T16:00"}, {"reporting_levels", {4}}}, AdminToken());
    ASSERT_EQ(r.status, 200) << r.body;
  }
};

TEST_P(ReportPublicationTest, PublishingRecordsTheDateAndTheSenderNotTheRenderingDate) {
  auto before = server_->Get(kQ3, AdminToken());
  ASSERT_EQ(before.status, 200);
  HtmlPage draft(before.body);
  EXPECT_EQ(draft.Text(Cover("Publisert")), "Ikke publisert") << "a draft is not published";
  EXPECT_FALSE(draft.Has("//dt[.='Avsender']"));
  EXPECT_FALSE(Has(before.body, "Laget")) << "the rendering date is never shown";

  Publish();
  auto period = server_->Get("/api/v1/periods/2023-Q3", AdminToken()).Json();
  EXPECT_EQ(period["published_on"], OsloDate(std::time(nullptr)).ToIso());
  EXPECT_EQ(period["publisher"], "Direktoratet for e-helse") << "the publishing admin's organisation";

  auto page = server_->Get(kQ3);  // now public
  ASSERT_EQ(page.status, 200);
  HtmlPage published(page.body);
  EXPECT_EQ(published.Text(Cover("Publisert")), TodayText());
  EXPECT_EQ(published.Text(Cover("Avsender") + "[@lang='nb']"), "Direktoratet for e-helse");
  auto md = server_->Get(kQ3 + ".md");
  EXPECT_TRUE(Has(md.body, "Publisert: " + TodayText())) << md.body.substr(0, 400);
  EXPECT_TRUE(Has(md.body, "Avsender: Direktoratet for e-helse"));

  // Reopened, it is no longer published, and the date is kept for the next
  // publication to replace.
  ASSERT_EQ(Move("open", "En rettelse i mål 2.").status, 200);
  auto reopened = server_->Get(kQ3, AdminToken());
  EXPECT_EQ(HtmlPage(reopened.body).Text(Cover("Publisert")), "Ikke publisert");
  EXPECT_EQ(server_->Get("/api/v1/periods/2023-Q3", AdminToken()).Json()["published_on"],
            OsloDate(std::time(nullptr)).ToIso());
}

TEST_P(ReportPublicationTest, TheBundleGivesTheSenderOfTheQ1ReportAndKeepsItOnExport) {
  auto page = server_->Get("/rapport/2023-Q1");
  ASSERT_EQ(page.status, 200);
  HtmlPage q1(page.body);
  EXPECT_EQ(q1.Text(Cover("Avsender") + "[@lang='nb']"), "Direktoratet for e-helse");
  EXPECT_EQ(q1.Text(Cover("Publisert")), "Dato ikke registrert")
      << "the source gives no date: the report does not make one up";
  HtmlPage english(server_->Get("/rapport/2023-Q1?lang=en").body);
  EXPECT_EQ(english.Text(Cover("Sender")), "Direktoratet for e-helse");
  EXPECT_EQ(english.Text(Cover("Published")), "Date not recorded");
  EXPECT_TRUE(Has(Export(), "\"publisher\": \"Direktoratet for e-helse\""));
}

TEST_P(ReportPublicationTest, TheInitiativeTableHasAnOwnerColumn) {
  OpenRound();
  auto page = server_->Get(kQ3, AdminToken());
  HtmlPage report(page.body);
  EXPECT_TRUE(report.Has("//table[.//tr[@data-subject='item:1B-t1-d1']]//th[@scope='col'][.='Eier']"));
  EXPECT_EQ(report.Text(SubjectRow("item:1B-t1-d1") + "/td[@data-label='Eier'][@class='report-owners']"), "Hdir");
  auto md = server_->Get(kQ3 + ".md", AdminToken());
  EXPECT_TRUE(Has(md.body, "| Eier |"));
}

TEST_P(ReportPublicationTest, MissingExpectedReportsAreNotReportedToSignedInReadersOnly) {
  OpenRound();
  auto page = server_->Get(kQ3, AdminToken());
  ASSERT_EQ(page.status, 200);
  const std::string not_reported = "//*[@class='is-not-reported']";
  EXPECT_EQ(HtmlPage(page.body).Count(not_reported), 42u) << "Hdir's 42 deliverables";
  const std::string row = SubjectRow("item:1B-t1-d1");
  const std::string status = row + "//span[contains(@class, 'report-status-')]/span[@class='report-status-word']";
  HtmlPage gaps(page.body);
  EXPECT_TRUE(gaps.Has(row + "//span[@class='report-status report-status-not_reported']"));
  EXPECT_EQ(gaps.Text(status), "Ikke rapportert");
  EXPECT_TRUE(Has(server_->Get(kQ3 + ".md", AdminToken()).body, "◌ Ikke rapportert"));

  // An assessment that says "not assessed" is a report: it reads "Ikke vurdert".
  auto put = server_->Send("PUT", "/api/v1/periods/2023-Q3/assessments/items/1B-t1-d1",
                           {{"status", "not_assessed"}, {"comment", "Vurderes i neste runde."}}, AdminToken());
  ASSERT_EQ(put.status, 200) << put.body;
  page = server_->Get(kQ3, AdminToken());
  HtmlPage reported(page.body);
  EXPECT_EQ(reported.Count(not_reported), 41u);
  EXPECT_EQ(reported.Text(status), "Ikke vurdert");
  EXPECT_FALSE(reported.HasText(row, "Ikke rapportert"));

  // Published, the public sees what was reported and nothing of the gaps.
  Publish();
  auto open = server_->Get(kQ3);
  ASSERT_EQ(open.status, 200);
  EXPECT_FALSE(Has(open.body, "Ikke rapportert"));
  EXPECT_FALSE(Has(server_->Get(kQ3 + ".md").body, "Ikke rapportert"));
  EXPECT_TRUE(Has(server_->Get(kQ3, AdminToken()).body, "Ikke rapportert"));
}

TEST_P(ReportPublicationTest, AnIndicatorWithTwoOrMorePointsHasASmallChart) {
  for (const char* code : {"helsenorge-innlogginger", "helsedata-soknader"}) {
    auto put = server_->Send("PUT", std::string("/api/v1/periods/2023-Q3/assessments/indicators/") + code,
                             {{"status", "green"}}, AdminToken());
    ASSERT_EQ(put.status, 200) << put.body;
  }
  auto page = server_->Get(kQ3, AdminToken());
  HtmlPage report(page.body);
  const std::string logins = SubjectRow("indicator:helsenorge-innlogginger");
  ASSERT_TRUE(report.Has(logins));
  EXPECT_TRUE(report.Has(logins + "//div[@class='report-spark']/*[1][self::svg]")) << "2017 and 2020: two points";
  EXPECT_TRUE(report.Has(logins + "//div[@class='report-spark']/svg[@role='img'][title]"))
      << "the chart is an image with its words";
  const std::string one = SubjectRow("indicator:helsedata-soknader");
  ASSERT_TRUE(report.Has(one));
  EXPECT_FALSE(report.Has(one + "//*[contains(@class, 'report-spark')]")) << "one period is no chart";
}

TEST_P(ReportPublicationTest, ThePdfIsLandscapeWithNumberedContentsAndOnePagePerGoal) {
  if (!ChromiumAvailable()) GTEST_SKIP() << "Chromium is not installed: apt-get install chromium";
  ASSERT_TRUE(Have("pdftotext") && Have("pdfinfo")) << "poppler-utils (scripts/test installs it)";
  auto r = server_->Get("/rapport/2023-Q1.pdf");
  ASSERT_EQ(r.status, 200) << r.body.substr(0, 300);
  std::string path = "/tmp/fremdrift-report-" + std::to_string(getpid()) + ".pdf";
  std::ofstream(path, std::ios::binary) << r.body;

  std::smatch size;
  std::string info = Shell("pdfinfo " + path);
  ASSERT_TRUE(std::regex_search(info, size, std::regex(R"(Page size:\s+([0-9.]+) x ([0-9.]+) pts \(A4\))"))) << info;
  EXPECT_GT(std::stod(size[1]), std::stod(size[2])) << "landscape: " << size[0];

  std::string cover = Shell("pdftotext -layout -f 1 -l 1 " + path + " -");
  EXPECT_TRUE(Has(cover, "INNHOLD")) << cover;
  EXPECT_TRUE(Has(cover, "AVSENDER")) << cover;
  EXPECT_TRUE(Has(cover, "Direktoratet for e-helse"));
  EXPECT_FALSE(Has(cover, "LAGET"));
  int last = 1;
  for (const char* goal : {"1", "2", "3", "4", "5"}) {
    std::smatch m;
    std::regex entry(std::string("Mål ") + goal + ": [^\\n]*?\\s([0-9]+)(\\s|$)");
    ASSERT_TRUE(std::regex_search(cover, m, entry)) << "goal " << goal << " has a page number:\n" << cover;
    int page = std::stoi(m[1]);
    EXPECT_GT(page, last) << "goal " << goal << " on a page of its own, after the one before";
    last = page;
    std::string text = Shell("pdftotext -f " + std::to_string(page) + " -l " + std::to_string(page) + " " +
                             path + " -");
    EXPECT_EQ(text.rfind(std::string("MÅL ") + goal, 0), 0u) << "page " << page << " starts goal " << goal
                                                               << ":\n" << text.substr(0, 200);
  }
  std::remove(path.c_str());
}

INSTANTIATE_PER_ENGINE(ReportPublicationTest);

}  // namespace
}  // namespace fremdrift::testing
