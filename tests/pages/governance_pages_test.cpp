// The governance pages and exports over HTTP with the demo's NUIT meeting
// 3/22: the body with its members, the agenda as a timetable, a case with
// what it concerns, the decision log (a GET form), the "Saker" lists on
// the pages of linked objects, the CSV, the PDF, and the iCalendar file
// parsed by python3-icalendar.
#include <filesystem>
#include <fstream>

#include "support/api_fixture.h"
#include "support/html_page.h"
#include "app/pdf_printer.h"
#include "formats/icalendar.h"
#include "support/page_checks.h"
#include "support/shell.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

// Debian's python3 (which python3-icalendar installs into), else the first
// python3 on the PATH.
std::string Python() {
  return std::filesystem::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
}

class GovernancePagesTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    for (const auto& m : server_->Get("/api/v1/meetings?body=nuit").Json()) {
      if (m["date"] == "2022-05-19") may_ = m["id"].get<int64_t>();
    }
  }
  int64_t CaseId(const std::string& label) {
    return server_->Get("/api/v1/cases?q=" + label).Json().at(0)["id"].get<int64_t>();
  }
  int64_t may_ = 0;
};

TEST_P(GovernancePagesTest, BodyPageListsMembersAndMeetings) {
  auto list = server_->Get("/utvalg");
  ASSERT_EQ(list.status, 200);
  ExpectAccessibleFrame(list, "nb");
  EXPECT_TRUE(HtmlPage(list.body).Has("//main//a[@href='/utvalg/nuit']"));
  auto r = server_->Get("/utvalg/nuit");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  HtmlPage page(r.body);
  EXPECT_EQ(page.Texts("//tr[th[@scope='row']='Mariann Hornnes']/td[position() <= 3]"),
            (std::vector<std::string>{"Direktør", "Direktoratet for e-helse", "Leder"}));
  EXPECT_EQ(page.Text("//tr[th[@scope='row']='Bodil Rabben']/td[3]"), "Observatør");
  EXPECT_EQ(page.Text("//tr/th[@scope='row']/a[@href='/moter/" + std::to_string(may_) + "']"), "3/22");
  EXPECT_EQ(server_->Get("/utvalg/nope").status, 404);
}

TEST_P(GovernancePagesTest, MeetingPageShowsTheAgendaAsATimetable) {
  auto r = server_->Get("/moter/" + std::to_string(may_));
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  HtmlPage page(r.body);
  EXPECT_EQ(page.Text("//h1[@lang='nb']"), "NUIT-møte 3/22");
  // Sixteen numbered rows in order, and three breaks.
  std::vector<std::string> numbers;
  for (int n = 16; n <= 31; ++n) numbers.push_back(std::to_string(n) + "/22");
  EXPECT_EQ(page.Texts("//tr[contains(@class, 'agenda-case')]/th[@scope='row']"), numbers);
  EXPECT_EQ(page.Count("//tr[@class='agenda-break']"), 3u);
  const std::string monitor_case = "//tr[contains(@class, 'agenda-case')][th='24/22']";
  EXPECT_EQ(page.Text(monitor_case + "/td[2]"), "Anbefaling");
  EXPECT_TRUE(page.Has("//tr[contains(@class, 'agenda-case')]/td[.='Siv Ingebrigtsen (Direktoratet for e-helse)']"));
  const std::string postponed = "//tr[contains(@class, 'agenda-case')][th='30/22']";
  EXPECT_EQ(page.Text(postponed + "/td[1]/span[@class='meta']"), "Utsatt til møtet 14.09.2022");
  EXPECT_EQ(page.Text(postponed + "/td[last()]"), "Utsatt");  // the status in words, not colour
  auto en = server_->Get("/moter/" + std::to_string(may_) + "?lang=en");
  ExpectAccessibleFrame(en, "en");
  EXPECT_EQ(HtmlPage(en.body).Text(monitor_case + "/td[2]"), "Recommendation");
}

TEST_P(GovernancePagesTest, CasePageShowsProposedDecisionAndWhatItConcerns) {
  auto r = server_->Get("/saker/" + std::to_string(CaseId("24/22")));
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  HtmlPage page(r.body);
  const std::string proposed = "//h2[.='Forslag til vedtak']/following-sibling::*[1]";
  const std::string decision = "//h2[.='Vedtak']/following-sibling::*[1]";
  EXPECT_TRUE(page.HasText(proposed, "Utvalget anbefaler planen for videre utvikling av Nasjonal e-helsemonitor"));
  // The source's second point, on the report on ICT resource use, and the
  // decision as made (the slide is headed "Vedtak:").
  const std::string second = "2. Utvalget anbefaler forbedringsprosessen for nytt format og ny utforming av "
                             "rapporten «Ressursbruk på IKT i helse- og omsorgstjenesten»";
  EXPECT_TRUE(page.HasText(proposed, second)) << "in the proposed decision";
  EXPECT_TRUE(page.HasText(decision, second)) << "and in the decision";
  EXPECT_EQ(Count(r.body, second), 2u) << "nowhere else";
  const std::string concerns = "//h2[.='Saken gjelder']/following-sibling::ul[1]";
  EXPECT_TRUE(page.Has(concerns + "//a[@href='/monitor/indikator/kj-fastlegekontor']"));
  EXPECT_FALSE(page.Has("//a[@href='/monitor/indikator/kj-kommune']")) << "the kommune table is in 22/22";
  HtmlPage c21(server_->Get("/saker/" + std::to_string(CaseId("21/22"))).body);
  // Links to the portfolio, the roadmap and cost sharing lead to their pages.
  EXPECT_TRUE(c21.Has(concerns + "//a[@href='/veikart/versjoner/22.2']"));
  EXPECT_EQ(c21.Text(concerns + "//a[@href='/portefolje/helseplattformen']"), "Helseplattformen")
      << "a name, not its key";
  EXPECT_FALSE(c21.HasText("//main", "(helseplattformen)")) << "a name, not its key";
  HtmlPage c22(server_->Get("/saker/" + std::to_string(CaseId("22/22"))).body);
  EXPECT_TRUE(c22.Has(concerns + "//a[@href='/kostnadsdeling/2023']"));
  EXPECT_TRUE(c22.Has(concerns + "//a[@href='/monitor/indikator/kj-kommune']"));
  auto c18 = server_->Get("/saker/" + std::to_string(CaseId("18/22")));
  EXPECT_TRUE(HtmlPage(c18.body).HasText("//h2[.='Forslag til vedtak']/following-sibling::*[1]", "Utvalget tar sakene til orientering."));
  EXPECT_FALSE(Has(c18.body, "etterretning"));
  EXPECT_EQ(server_->Get("/saker/999999").status, 404);
}

TEST_P(GovernancePagesTest, LinkedPagesListTheirCases) {
  auto monitor = server_->Get("/monitor/indikator/kj-kommune");
  ASSERT_EQ(monitor.status, 200);
  HtmlPage indicator(monitor.body);
  const std::string cases = "//section[@aria-labelledby='case-mentions']";
  EXPECT_EQ(indicator.Text(cases + "/h2[@id='case-mentions']"), "Saker");
  EXPECT_TRUE(indicator.Has(cases + "//a[@href='/saker/" + std::to_string(CaseId("22/22")) +
                            "'][starts-with(., 'NUIT 22/22 ')]"));
  auto item = server_->Get("/strategi/nes-2023-2030/2B");
  ASSERT_EQ(item.status, 200);
  EXPECT_TRUE(HtmlPage(item.body).Has(cases + "//a[starts-with(., 'NUIT 29/22 ')]"));
  // A report gets its list once a case is linked to it.
  auto c23 = server_->Get("/api/v1/cases/" + std::to_string(CaseId("23/22"))).Json();
  auto put = server_->Send("PUT", "/api/v1/cases/" + std::to_string(c23["id"].get<int64_t>()),
                           {{"links", {{{"kind", "report"}, {"reference", "nes-2023-2030/2023-Q1"}}}},
                            {"version", c23["version"]}},
                           AdminToken());
  ASSERT_EQ(put.status, 200) << put.body;
  auto report = server_->Get("/rapport/2023-Q1");
  EXPECT_TRUE(HtmlPage(report.body).Has("//a[starts-with(@href, '/saker/')][starts-with(., 'NUIT 23/22 ')]"));
}

TEST_P(GovernancePagesTest, DecisionLogSearchesWithAGetForm) {
  auto all = server_->Get("/vedtak");
  ASSERT_EQ(all.status, 200);
  ExpectAccessibleFrame(all, "nb");
  HtmlPage log(all.body);
  EXPECT_TRUE(log.Has("//form[@class='filters'][@method='get'][@action='/vedtak']"));
  const std::string hits = "//p[@class='filter-count']/text()[1]";
  EXPECT_EQ(log.Text(hits), "Treff: 16 ·");
  const std::string rows = "//main//table//tbody/tr/th[@scope='row']";
  EXPECT_EQ(log.Count(rows), 16u);
  auto found = server_->Get("/vedtak?q=helseapper&utvalg=nuit&ar=2022");
  ASSERT_EQ(found.status, 200);
  HtmlPage one(found.body);
  EXPECT_EQ(one.Text(hits), "Treff: 1 ·");
  EXPECT_EQ(one.Texts(rows), std::vector<std::string>{"NUIT 20/22"});
  EXPECT_EQ(one.Text("//select[@name='utvalg']/option[@value='nuit'][@selected]"), "NUIT");
  HtmlPage postponed(server_->Get("/vedtak?status=postponed").body);
  EXPECT_EQ(postponed.Texts(rows), std::vector<std::string>{"NUIT 30/22"});
  EXPECT_EQ(postponed.Text(hits), "Treff: 1 ·");
  EXPECT_EQ(server_->Get("/vedtak?utvalg=nope").status, 400);
}

TEST_P(GovernancePagesTest, CasesAndDecisionsDownloadAsCsv) {
  auto r = server_->Get("/vedtak.csv?utvalg=nuit");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.headers.at("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(r.body.rfind("body,case,year,number,meeting_date,title,", 0), 0u);
  EXPECT_EQ(Count(r.body, "\r\n"), 17u);  // header + 16 cases
  EXPECT_TRUE(Has(r.body, "\r\nNUIT,16/22,2022,16,2022-05-19,Godkjenning av innkalling og dagsorden,approval,"));
  EXPECT_TRUE(Has(r.body, "NUIT,30/22,2022,30,2022-05-19,"));
  EXPECT_TRUE(Has(r.body, ",postponed,2022-09-14,"));
  EXPECT_TRUE(Has(r.body, "cost_sharing:2023"));
}

TEST_P(GovernancePagesTest, AgendaIsAnHtmlDocumentAndAPdf) {
  auto html = server_->Get("/moter/" + std::to_string(may_) + "/dagsorden.html");
  ASSERT_EQ(html.status, 200);
  HtmlPage agenda(html.body);
  EXPECT_TRUE(agenda.Has("//table//th[@scope='row'][.='30/22']"));
  EXPECT_FALSE(agenda.Has("//link")) << "self-contained";
  EXPECT_FALSE(Has(html.body, "<link")) << "self-contained";
  EXPECT_FALSE(Has(html.body, "<script"));
  if (!ChromiumAvailable()) GTEST_SKIP() << "Chromium is not installed: apt-get install chromium";
  auto pdf = server_->Get("/moter/" + std::to_string(may_) + "/dagsorden.pdf");
  ASSERT_EQ(pdf.status, 200) << pdf.body.substr(0, 300);
  EXPECT_EQ(pdf.headers.at("Content-Type"), "application/pdf");
  EXPECT_EQ(pdf.body.rfind("%PDF", 0), 0u);
}

TEST_P(GovernancePagesTest, MeetingCalendarParsesWithPythonIcalendar) {
  auto r = server_->Get("/moter/" + std::to_string(may_) + "/kalender.ics");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.headers.at("Content-Type"), "text/calendar; charset=utf-8");
  // Every line ends with CRLF and is at most 75 octets.
  size_t start = 0;
  for (size_t end = r.body.find("\r\n"); end != std::string::npos; end = r.body.find("\r\n", start)) {
    EXPECT_LE(end - start, 75u) << r.body.substr(start, end - start);
    start = end + 2;
  }
  EXPECT_EQ(start, r.body.size());
  if (Shell(Python() + " -c 'import icalendar; print(1)' 2>/dev/null") != "1\n") {
    GTEST_SKIP() << "python3-icalendar is not installed: apt-get install python3-icalendar";
  }
  auto dir = std::filesystem::temp_directory_path() / ("gov-ics-" + std::to_string(::getpid()) + "-" + EngineName(GetParam()));
  std::filesystem::create_directories(dir);
  std::ofstream((dir / "m.ics").string(), std::ios::binary) << r.body;
  std::ofstream((dir / "read.py").string()) << R"PY(
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = []
for e in cal.walk('VEVENT'):
    events.append({'uid': str(e['UID']), 'summary': str(e['SUMMARY']),
                   'start': e.decoded('DTSTART').isoformat(), 'end': e.decoded('DTEND').isoformat(),
                   'tz': str(e.decoded('DTSTART').tzinfo), 'description': str(e.get('DESCRIPTION', '')),
                   'stamp': e.decoded('DTSTAMP').isoformat()})
print(json.dumps({'version': str(cal['VERSION']), 'events': events}))
)PY";
  std::string out = Shell(Python() + " " + (dir / "read.py").string() + " " + (dir / "m.ics").string());
  std::filesystem::remove_all(dir);
  auto parsed = json::parse(out);
  EXPECT_EQ(parsed["version"], "2.0");
  ASSERT_EQ(parsed["events"].size(), 1u);
  const auto& e = parsed["events"][0];
  EXPECT_EQ(e["uid"], "meeting-" + std::to_string(may_) + "@fremdrift");
  EXPECT_EQ(e["summary"], "NUIT-møte 3/22");
  EXPECT_EQ(e["start"], "2022-05-19T08:30:00+02:00");  // CEST in May
  EXPECT_EQ(e["end"], "2022-05-19T15:25:00+02:00");    // no end given: the last case's start
  std::string description = e["description"];
  EXPECT_NE(description.find("16/22 Godkjenning av innkalling og dagsorden\n17/22"), std::string::npos);
  EXPECT_NE(description.find("30/22 Samarbeidsmodell for bruk av internasjonale standarder i helse- og omsorgssektoren"),
            std::string::npos);
}

INSTANTIATE_PER_ENGINE(GovernancePagesTest);

}  // namespace
}  // namespace fremdrift::testing
