// The status report over HTTP, on both engines, with the demo's 2023-Q1
// report from the Q1 2023 status report: the five goals in order, each goal's indicator and
// initiative rows with their comments (checked against the demo file
// itself), the themes, status words beside every mark, the same rows as a
// Markdown table, the PDF when Chromium is there, unpublished periods
// hidden from the public, and the comparison of two periods after a change.
// Also `fremdrift report` as a process.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>

#include <nlohmann/json.hpp>

#include "support/html_page.h"
#include "support/text_search.h"
#include "app/pdf_printer.h"
#include "render/report_markdown.h"
#include "support/api_fixture.h"
#include "support/demo_data.h"
#include "support/file_text.h"

namespace fremdrift::testing {
namespace {

namespace fs = std::filesystem;

nlohmann::json DemoFile(const std::string& name) {
  return nlohmann::json::parse(ReadAll(fs::path(DemoDir()) / name));
}

// One goal's section of the report page.
std::string GoalSection(const std::string& html, const std::string& goal) {
  size_t start = html.find("<section class=\"report-section report-goal\" id=\"mal-" + goal + "\"");
  if (start == std::string::npos) return "";
  return html.substr(start, html.find("</section>", start) - start);
}

// The XPath of one goal's section of the report page.
std::string Goal(const std::string& goal) {
  return "//section[@class='report-section report-goal'][@id='mal-" + goal + "']";
}

// The XPath of the section with id `id`.
std::string Part(const std::string& id) { return "//section[@id='" + id + "']"; }

// The status word of a row ("Rød", "Ikke vurdert").
std::string StatusWord(const std::string& row) { return row + "//span[@class='report-status-word']"; }

// An assessment of the demo's 2023-Q1 and the goal its row belongs under.
struct DemoRow {
  std::string subject;  // "item:2B" / "indicator:code"
  std::string goal;     // "1".."5"
  std::string status;
  std::string comment;
  bool published = true;  // false for an internal indicator
};

// The demo's 2023-Q1 assessments below the goals, with the goal each
// belongs to: an item's key starts with its goal's number; an indicator is
// under the goal of the first item it serves.
std::vector<DemoRow> DemoRows() {
  std::map<std::string, std::string> indicator_goal;
  std::map<std::string, bool> published;
  nlohmann::json indicators = DemoFile("30-indicators.json");
  for (const auto& ind : indicators["indicators"]) {
    published[ind["code"]] = ind["published"];
    for (const auto& s : ind["serves"]) {
      if (s["strategy"] == "nes-2023-2030") {
        indicator_goal[ind["code"]] = s["item"].get<std::string>().substr(0, 1);
        break;
      }
    }
  }
  std::vector<DemoRow> rows;
  nlohmann::json status = DemoFile("40-status-2023.json");
  for (const auto& p : status["reporting_periods"]) {
    if (p["code"] != "2023-Q1") continue;
    for (const auto& a : p["assessments"]) {
      std::string kind = a["subject"]["kind"];
      DemoRow row;
      row.status = a["status"];
      row.comment = a.value("comment", "");
      if (kind == "item") {
        std::string key = a["subject"]["item"];
        if (key.size() == 1) continue;  // a goal: in the overview, not a row
        row.subject = "item:" + key;
        row.goal = key.substr(0, 1);
      } else if (kind == "indicator") {
        std::string code = a["subject"]["indicator"];
        row.subject = "indicator:" + code;
        row.published = published[code];
        row.goal = indicator_goal.at(code);
      } else {
        continue;
      }
      rows.push_back(row);
    }
  }
  return rows;
}

class ReportPagesTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    admin_ = server_->AddUserWithToken("admin", "Hdir", Role::kAdmin);
  }
  std::string admin_;
};

TEST_P(ReportPagesTest, TheQ1ReportHasTheFiveGoalsInOrderWithTitlePageAndOverview) {
  auto r = server_->Get("/rapport/2023-Q1");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.headers.at("Content-Type"), "text/html; charset=utf-8");
  HtmlPage page(r.body);
  EXPECT_EQ(page.Text("/html/@lang"), "nb");
  EXPECT_EQ(page.Count("//h1"), 1u) << "exactly one h1";
  EXPECT_FALSE(Has(r.body, "<script"));
  // The title page.
  const std::string cover = "//header[@class='report-cover']";
  EXPECT_EQ(page.Text(cover + "/p[@class='report-cover-strategy'][@lang='nb']"), "Nasjonal e-helsestrategi 2023–2030");
  EXPECT_EQ(page.Text(cover + "/h1[@class='report-cover-title']/text()[1]"), "Statusrapport");
  EXPECT_EQ(page.Text(cover + "/h1[@class='report-cover-title']/span[@class='report-cover-period']"), "1. kvartal 2023");
  EXPECT_EQ(page.Text(cover + Definition("Status for perioden")), "Publisert");
  EXPECT_FALSE(Has(r.body, "report-draft")) << "a published report is no draft";
  // The overview comes before the goals; the goals come in order 1..5.
  const std::string overview = "//h2[@id='samlet-heading']";
  EXPECT_EQ(page.Text(overview), "Overordnet vurdering av strategien");
  const std::vector<std::string> titles{"Aktiv medvirkning i egen og næres helse", "Enklere arbeidshverdag",
                                        "Helsedata til fornying og forbedring",
                                        "Tilgjengelig informasjon og styrket samhandling",
                                        "Samarbeid og virkemidler som styrker gjennomføringskraft"};
  EXPECT_EQ(page.Texts(overview + "/following::section[@class='report-section report-goal']/*/h2[@lang='nb']"),
            titles);
  for (int goal = 1; goal <= 5; ++goal) {
    std::string g = std::to_string(goal);
    EXPECT_EQ(page.Text(Goal(g) + "//h2[@id='mal-" + g + "-heading']"), titles[goal - 1]);
    // Each goal's status in the overview table, with its word and no earlier period.
    std::string row = Part("samlet") + SubjectRow("item:" + g);
    EXPECT_TRUE(page.HasText(row, "Ikke vurdert"));
    EXPECT_TRUE(page.HasText(row, "Ingen tidligere vurdering"));
  }
  // The strategy's overall comment, its themes and the summary.
  EXPECT_TRUE(page.HasText(Part("samlet") + "//div[contains(@class, 'report-comment')]",
                           "Mål 4 teller mest når strategiens samlede status settes."));
  EXPECT_EQ(page.Count(Part("tema") + "//li[@class='report-note']"), 5u);
  EXPECT_EQ(page.Text("//h2[@id='oppsummering-heading']"), "Oppsummering");
  // Goal 2's red sub-goal makes the roll-up suggest red beside "not assessed".
  EXPECT_TRUE(page.Has(Part("samlet") + "//th[@scope='col'][.='Foreslått status']"));
  EXPECT_TRUE(page.Has(Part("samlet") + SubjectRow("item:2") + "/td[last()]//span[contains(@class, 'report-status-red')]"));
  // Downloads and the comparison form for the page.
  EXPECT_TRUE(page.Has("//a[@href='/rapport/2023-Q1.pdf?strategy=nes-2023-2030']"));
  EXPECT_TRUE(page.Has("//a[@href='/rapport/2023-Q1.md?strategy=nes-2023-2030']"));
}

TEST_P(ReportPagesTest, EachGoalHasItsIndicatorAndInitiativeRowsWithTheirComments) {
  auto r = server_->Get("/rapport/2023-Q1", admin_);
  ASSERT_EQ(r.status, 200);
  HtmlPage page(r.body);
  auto rows = DemoRows();
  ASSERT_EQ(rows.size(), 34u) << "40 assessments: the strategy, five goals and 34 rows";
  for (const auto& d : rows) {
    ASSERT_TRUE(page.Has(Goal(d.goal))) << d.goal;
    std::string row = Goal(d.goal) + SubjectRow(d.subject);
    ASSERT_TRUE(page.Has(row)) << d.subject << " under goal " << d.goal;
    if (!d.comment.empty()) EXPECT_TRUE(page.HasText(row + "/td[@data-label='Kommentar']", d.comment)) << d.subject;
    else EXPECT_EQ(page.Text(row + "/td[@data-label='Kommentar']"), "Ingen kommentar") << d.subject;
    EXPECT_TRUE(page.Has(row + "//span[@class='report-status report-status-" + d.status + "']")) << d.subject;
  }
  // Item 2B: red, as a mark in the level's colour and the word.
  const std::string pll = Goal("2") + SubjectRow("item:2B");
  EXPECT_EQ(page.Text(pll + "/th/span[@class='code']"), "2B");
  EXPECT_TRUE(page.Has(pll + "//svg[@aria-hidden='true']/*[@fill='#c62828']"));
  EXPECT_EQ(page.Text(StatusWord(pll)), "Rød");
  EXPECT_TRUE(page.HasText(pll + "//div[@class='report-comment']", "Programmet har en tendens mot rødt"));
  // DigiHelsestasjon: yellow.
  EXPECT_EQ(page.Text(StatusWord(Goal("1") + SubjectRow("indicator:helsenorge-digihelsestasjon"))), "Gul");
  // Not assessed rows say so in words, with a hollow mark.
  const std::string row1a = Goal("1") + SubjectRow("item:1A");
  EXPECT_TRUE(page.Has(row1a + "//span[@class='report-status report-status-not_assessed']"));
  EXPECT_EQ(page.Text(StatusWord(row1a)), "Ikke vurdert");
  EXPECT_TRUE(page.Has(row1a + "//span[@class='report-status report-status-not_assessed']/svg/*[@fill='#ffffff']"));
  // Figures from the indicator data, with unit and period.
  EXPECT_TRUE(page.Has(SubjectRow("indicator:radsmoll-effekt") + "//li[.='76 % (1. kvartal 2023)']"));
  EXPECT_TRUE(page.Has(SubjectRow("indicator:helseregistre-bruk") + "//li[.='283 søknader (2022)']"));
  EXPECT_TRUE(page.Has(SubjectRow("indicator:nytte-oppfolging") + "//li[.='Ja: 37 % (1. kvartal 2023)']"));
  EXPECT_TRUE(page.HasText(SubjectRow("indicator:tilgang-pasientinformasjon"), "Ingen tall ennå"));
}

TEST_P(ReportPagesTest, GoalTwoHasTheThemesTheDataHolds) {
  std::vector<std::string> titles;
  nlohmann::json status = DemoFile("40-status-2023.json");
  for (const auto& p : status["reporting_periods"]) {
    if (p["code"] != "2023-Q1") continue;
    for (const auto& n : p["notes"]) {
      if (n["kind"] == "theme" && n["subject"].value("item", "") == "2") titles.push_back(n["title"]);
    }
  }
  ASSERT_EQ(titles.size(), 3u) << "the demo holds three themes for goal 2";
  HtmlPage page(server_->Get("/rapport/2023-Q1").body);
  const std::string goal2 = Goal("2");
  ASSERT_TRUE(page.Has(goal2 + "//h3[.='Strategiske tema til diskusjon']"));
  // The notes under that heading, up to the next one.
  const std::string themes =
      goal2 + "//li[@class='report-note'][preceding::h3[1][.='Strategiske tema til diskusjon']]";
  EXPECT_EQ(page.Texts(themes + "/p[@class='report-note-title'][@lang='nb']"), titles);
  EXPECT_TRUE(page.Has(goal2 + "//h3[.='Annen kvalitativ informasjon']"));
  EXPECT_TRUE(page.HasText(goal2, "Nasjonal helse- og samhandlingsplan"));
}

TEST_P(ReportPagesTest, EachGoalHasAPageWithTheSameSectionAsTheWholeReport) {
  // The public's published report, and an admin's open period with its
  // "Vurder" links: each goal's page shows exactly the report's section.
  const std::vector<std::pair<std::string, std::string>> readers{{"2023-Q1", ""}, {"2023-Q1", admin_},
                                                                  {"2023-Q3", admin_}};
  for (const auto& [period, token] : readers) {
    auto whole = server_->Get("/rapport/" + period, token);
    ASSERT_EQ(whole.status, 200);
    for (int goal = 1; goal <= 5; ++goal) {
      std::string g = std::to_string(goal);
      std::string url = "/rapport/" + period + "/mal/" + g + "?strategy=nes-2023-2030";
      SCOPED_TRACE(url + (token.empty() ? " (public)" : " (admin)"));
      // The report's contents link to the goal's page.
      HtmlPage report(whole.body);
      EXPECT_TRUE(report.Has("//a[@class='report-toc-goal-page'][@href='" + url + "'][starts-with(., 'Egen side')]"));
      auto page = server_->Get(url, token);
      ASSERT_EQ(page.status, 200) << page.body;
      HtmlPage goal_page(page.body);
      EXPECT_EQ(goal_page.Count("//h1"), 1u);
      EXPECT_EQ(goal_page.Count("//section[@class='report-section report-goal']"), 1u) << "only this goal";
      ASSERT_TRUE(goal_page.Has(Goal(g)));
      // The same section, as markup.
      std::string section = GoalSection(page.body, g);
      ASSERT_FALSE(section.empty());
      EXPECT_EQ(section, GoalSection(whole.body, g));
      // The way to the other goals' pages and back to the whole report.
      const std::string nav = "//nav[@class='report-goal-pages']";
      EXPECT_TRUE(goal_page.Has(nav + "//span[@aria-current='page'][starts-with(., 'Mål " + g + ": ')]"));
      EXPECT_EQ(goal_page.Count(nav + "//a[starts-with(@href, '/rapport/" + period + "/mal/')]"), 4u)
          << "the four other goals";
      EXPECT_EQ(goal_page.Text("//a[@href='/rapport/" + period + "?strategy=nes-2023-2030']"), "Hele statusrapporten");
    }
  }
  // The printed report has no links to pages.
  auto md = server_->Get("/rapport/2023-Q1.md");
  EXPECT_FALSE(Has(md.body, "/mal/"));
  EXPECT_EQ(server_->Get("/rapport/2023-Q1/mal/2B?strategy=nes-2023-2030").status, 404) << "2B is a sub-goal";
  EXPECT_EQ(server_->Get("/rapport/2023-Q1/mal/9?strategy=nes-2023-2030").status, 404);
  auto en = server_->Get("/rapport/2023-Q1/mal/2?strategy=nes-2023-2030&lang=en");
  ASSERT_EQ(en.status, 200);
  HtmlPage english(en.body);
  EXPECT_EQ(english.Text("//a[@href='/rapport/2023-Q1?strategy=nes-2023-2030']"), "The whole status report");
  EXPECT_EQ(english.Text(StatusWord(SubjectRow("item:2B"))), "Red");
}

TEST_P(ReportPagesTest, EnglishShowsTheSameRowsInEnglishWords) {
  auto r = server_->Get("/rapport/2023-Q1?lang=en");
  ASSERT_EQ(r.status, 200);
  HtmlPage page(r.body);
  EXPECT_EQ(page.Text("/html/@lang"), "en");
  EXPECT_EQ(page.Text("//h1[@class='report-cover-title']/text()[1]"), "Status report");
  EXPECT_EQ(page.Text("//h1[@class='report-cover-title']/span[@class='report-cover-period']"), "Q1 2023");
  EXPECT_EQ(page.Text(StatusWord(Goal("2") + SubjectRow("item:2B"))), "Red");
  EXPECT_EQ(page.Text(StatusWord(SubjectRow("item:1A"))), "Not assessed");
  EXPECT_TRUE(page.Has(Goal("1") + "//h3[.='Strategic initiatives']"));
}

TEST_P(ReportPagesTest, ThePublicReportLeavesOutTheInternalIndicators) {
  // The visibility rule (docs/security.md): the public sees nothing of an
  // internal indicator, not even its assessment in a published report.
  auto r = server_->Get("/rapport/2023-Q1");
  ASSERT_EQ(r.status, 200);
  auto md = server_->Get("/rapport/2023-Q1.md");
  ASSERT_EQ(md.status, 200);
  HtmlPage page(r.body);
  size_t internal = 0;
  for (const auto& d : DemoRows()) {
    if (d.subject.rfind("indicator:", 0) != 0) continue;
    internal += !d.published;
    EXPECT_EQ(page.Count(SubjectRow(d.subject)), d.published ? 1u : 0u) << d.subject;
    if (!d.published) EXPECT_FALSE(Has(r.body, d.subject.substr(10))) << d.subject;
    if (!d.comment.empty()) EXPECT_EQ(Has(md.body, MarkdownCell(d.comment)), d.published) << d.subject;
  }
  EXPECT_GT(internal, 0u) << "the demo report assesses internal indicators";
}

TEST_P(ReportPagesTest, TheMarkdownHasTheSameRowsAsTables) {
  auto r = server_->Get("/rapport/2023-Q1.md", admin_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.headers.at("Content-Type"), "text/markdown; charset=utf-8");
  EXPECT_EQ(r.headers.at("Content-Disposition"), "inline; filename=\"statusrapport-2023-Q1.md\"");
  const std::string& md = r.body;
  EXPECT_EQ(md.rfind("# Statusrapport – 1. kvartal 2023\n", 0), 0u);
  size_t last = 0;
  for (const char* heading : {"## Mål 1: Aktiv medvirkning i egen og næres helse\n", "## Mål 2: Enklere arbeidshverdag\n",
                              "## Mål 3: Helsedata til fornying og forbedring\n",
                              "## Mål 4: Tilgjengelig informasjon og styrket samhandling\n",
                              "## Mål 5: Samarbeid og virkemidler som styrker gjennomføringskraft\n"}) {
    size_t at = md.find(heading);
    ASSERT_NE(at, std::string::npos) << heading;
    EXPECT_GT(at, last);
    last = at;
  }
  EXPECT_TRUE(Has(md, "| Målindikator | Fremdrift mot 2025 | Kommentar | Siste tall | Mål |\n| --- | --- | --- | --- | --- |\n"));
  EXPECT_TRUE(Has(md, "| Strategisk initiativ | Eier | Fremdrift mot 2025 | Kommentar |\n| --- | --- | --- | --- |\n"));
  EXPECT_TRUE(Has(md, "| 2B Helsepersonell skal ha tilgang til pasientens legemiddelliste (PLL) | – | 🔴 Rød | "
                      "Programmet har en tendens mot rødt"));
  for (const auto& d : DemoRows()) {
    if (!d.comment.empty()) {
      EXPECT_TRUE(Has(md, "| " + MarkdownCell(d.comment) + " |")) << d.subject;
    }
  }
  size_t not_assessed = 0;
  for (const auto& d : DemoRows()) not_assessed += d.status == "not_assessed";
  // The rows, the strategy, and the five goals in the overview and in their sections.
  EXPECT_EQ(Count(md, "⚪ Ikke vurdert"), not_assessed + 1 + 5 + 5);
}

TEST_P(ReportPagesTest, ThePdfIsAPdfWhenChromiumIsInstalled) {
  if (!ChromiumAvailable()) GTEST_SKIP() << "Chromium is not installed (" << ChromiumPath() << "): apt-get install chromium";
  auto r = server_->Get("/rapport/2023-Q1.pdf");
  ASSERT_EQ(r.status, 200) << r.body.substr(0, 300);
  EXPECT_EQ(r.headers.at("Content-Type"), "application/pdf");
  EXPECT_EQ(r.headers.at("Content-Disposition"), "inline; filename=\"statusrapport-2023-Q1.pdf\"");
  EXPECT_EQ(r.body.rfind("%PDF", 0), 0u);
  EXPECT_GT(r.body.size(), 10000u);
}

TEST_P(ReportPagesTest, AnUnpublishedPeriodIsHiddenWithoutAToken) {
  for (const char* path : {"/rapport/2023-Q3", "/rapport/2023-Q3.md", "/rapport/2023-Q3.pdf",
                           "/rapport/2023-Q1/sammenlign/2023-Q3", "/rapport/2023-Q3/sammenlign/2023-Q1",
                           "/rapport/2023-Q3/mal/1"}) {
    EXPECT_EQ(server_->Get(path).status, 404) << path;
  }
  auto index = server_->Get("/rapport");
  ASSERT_EQ(index.status, 200);
  EXPECT_TRUE(HtmlPage(index.body).Has("//main//a[@href='/rapport/2023-Q1?strategy=nes-2023-2030']"));
  EXPECT_FALSE(Has(index.body, "2023-Q3"));

  auto draft = server_->Get("/rapport/2023-Q3", admin_);
  ASSERT_EQ(draft.status, 200) << draft.body;
  HtmlPage page(draft.body);
  EXPECT_TRUE(page.Has("//p[@class='report-draft'][normalize-space(.)!='']"));
  EXPECT_EQ(page.Text("//header[@class='report-cover']" + Definition("Status for perioden")), "Åpen");
  EXPECT_TRUE(page.Has("//header[@class='report-cover']//dd[.='1. kvartal 2023']")) << "the previous period";
  EXPECT_TRUE(page.Has("//p[.='Ingen strategiske initiativ er vurdert for dette målet i perioden.']"));
  EXPECT_EQ(server_->Get("/rapport/2023-Q4", admin_).status, 404);
}

TEST_P(ReportPagesTest, TheComparisonListsWhatChangedAfterAnAssessment) {
  auto put = server_->Send("PUT", "/api/v1/periods/2023-Q3/assessments/items/2B",
                           {{"status", "yellow"},
                            {"comment", "Ny plan for utprøvingen er lagt."},
                            {"justification", "Replanleggingen er ferdig."}},
                           admin_);
  ASSERT_EQ(put.status, 200) << put.body;

  auto redirect = server_->Get("/rapport/2023-Q3?mot=2023-Q1", admin_);
  EXPECT_EQ(redirect.status, 303);
  EXPECT_EQ(redirect.headers["Location"], "/rapport/2023-Q3/sammenlign/2023-Q1?strategy=nes-2023-2030");

  auto r = server_->Get("/rapport/2023-Q3/sammenlign/2023-Q1", admin_);
  ASSERT_EQ(r.status, 200) << r.body;
  HtmlPage page(r.body);
  EXPECT_EQ(page.Count("//h1"), 1u);
  EXPECT_TRUE(page.HasText("//h1", "1. kvartal 2023 → 3. kvartal 2023")) << "the earlier period first";
  const std::string changed = Part("endret-status") + "//tr[th[@scope='row']]";
  EXPECT_EQ(page.Count(changed), 1u);
  EXPECT_EQ(page.Text(changed + "/th"), "Delmål 2B Helsepersonell skal ha tilgang til pasientens legemiddelliste (PLL)");
  EXPECT_EQ(page.Texts(changed + "//span[@class='report-status-word']"), (std::vector<std::string>{"Rød", "Gul"}))
      << "from red to yellow";
  EXPECT_TRUE(page.HasText(changed + "/td", "Bedre"));
  const std::string comments = Part("endrede-kommentarer");
  EXPECT_TRUE(page.HasText(comments, "Programmet har en tendens mot rødt"));
  EXPECT_TRUE(page.HasText(comments, "Ny plan for utprøvingen er lagt."));
  // Everything else was assessed in Q1 only; nothing is new in Q3 but 2B.
  EXPECT_EQ(page.Count(Part("bare-i-forrige") + "//tr[th[@scope='row']]"), 39u);
  EXPECT_TRUE(page.HasText(Part("bare-i-ny"), "Ingen."));
  EXPECT_TRUE(page.HasText(Part("notater"), "Hva kan vi lære av de som står midt i endringsprosesser?"));

  // The Q3 report now has the row, with the suggestion beside it.
  HtmlPage q3(server_->Get("/rapport/2023-Q3", admin_).body);
  const std::string row = Goal("2") + SubjectRow("item:2B");
  EXPECT_EQ(q3.Text(StatusWord(row)), "Gul");
  EXPECT_TRUE(q3.HasText(row, "Begrunnelse for statusen som er satt: Replanleggingen er ferdig."));
  // And its overview sets Q1's status beside Q3's.
  EXPECT_TRUE(q3.HasText(Part("samlet") + SubjectRow("item:2"), "Ikke vurdert"));
}

TEST_P(ReportPagesTest, TheCommandLineWritesTheReportAndSaysWhenChromiumIsMissing) {
  char pattern[] = "/tmp/fremdrift-report-XXXXXX";
  ASSERT_NE(mkdtemp(pattern), nullptr);
  fs::path dir = pattern;
  std::string base = std::string(FREMDRIFT_BINARY) + " report --db '" + server_->db_url() + "' --period 2023-Q1";
  std::string md = (dir / "r.md").string();
  ASSERT_EQ(std::system((base + " --format md --out " + md + " > " + (dir / "out.txt").string()).c_str()), 0);
  std::string text = ReadAll(md);
  EXPECT_TRUE(Has(text, "| 2B Helsepersonell skal ha tilgang til pasientens legemiddelliste (PLL) | – | 🔴 Rød |"));
  EXPECT_TRUE(Has(ReadAll(dir / "out.txt"), "Wrote the status report 2023-Q1 of nes-2023-2030"));

  std::string html = (dir / "r.html").string();
  ASSERT_EQ(std::system((base + " --lang en --out " + html + " > /dev/null").c_str()), 0);
  std::string doc = ReadAll(html);
  EXPECT_EQ(doc.rfind("<!DOCTYPE html>", 0), 0u);
  HtmlPage page(doc);
  EXPECT_EQ(page.Text("/html/@lang"), "en");
  EXPECT_TRUE(page.HasText("/html/head/style", "@page")) << "the print layout is inlined";
  EXPECT_FALSE(page.Has("//*[starts-with(@href, '/static/') or starts-with(@src, '/static/')]")) << "self-contained";

  std::string err = (dir / "err.txt").string();
  int rc = std::system(("FREMDRIFT_CHROMIUM=/nonexistent/chromium " + base + " --format pdf --out " +
                        (dir / "r.pdf").string() + " 2> " + err)
                           .c_str());
  EXPECT_NE(rc, 0);
  EXPECT_TRUE(Has(ReadAll(err), "Chromium is not installed: apt-get install chromium")) << ReadAll(err);
  fs::remove_all(dir);
}

INSTANTIATE_PER_ENGINE(ReportPagesTest);

}  // namespace
}  // namespace fremdrift::testing
