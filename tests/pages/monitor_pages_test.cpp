// The public e-health monitor over real HTTP, on both engines, with the
// demo dataset: the overview per goal, one indicator's page with chart,
// table, targets and downloads, and the rule that internal indicators never
// show on the monitor, not even to a signed-in user.
#include <gtest/gtest.h>

#include <regex>

#include "support/page_checks.h"
#include "support/text_search.h"
#include "app/bundle.h"
#include "formats/bundle_files.h"
#include "support/api_fixture.h"

namespace fremdrift::testing {
namespace {

// The overview's card (<li class="indicator-card">...) that links to `code`.
std::string Card(const std::string& html, const std::string& code) {
  size_t at = html.find("<h3 class=\"card-title\"><a href=\"/monitor/indikator/" + code + "\"");
  if (at == std::string::npos) return "";
  size_t start = html.rfind("<li class=\"indicator-card", at);
  size_t next = html.find("<li class=\"indicator-card", at);
  size_t section = html.find("</section>", at);
  return html.substr(start, std::min(next, section) - start);
}

// The data table's row for `period` whose cells include `text`.
std::string TableRow(const std::string& html, const std::string& period, const std::string& text) {
  std::string tag = "<tr data-period=\"" + period + "\"";
  for (size_t at = html.find(tag); at != std::string::npos; at = html.find(tag, at + 1)) {
    std::string row = html.substr(at, html.find("</tr>", at) - at);
    if (Has(row, text)) return row;
  }
  return "";
}

std::string Svg(const std::string& html, const std::string& cls) {
  size_t start = html.find("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"" + cls);
  if (start == std::string::npos) return "";
  return html.substr(start, html.find("</svg>", start) - start + 6);
}

// The shared page checks, and the monitor marked as the current section.
void ExpectMonitorFrame(const HttpResult& r, const std::string& lang) {
  ExpectAccessibleFrame(r, lang);
  EXPECT_TRUE(Has(r.body, "<a href=\"/monitor\" aria-current=\"page\">")) << "the monitor is the current section";
}

class MonitorPagesTest : public ApiTest {
 protected:
  HttpResult Get(const std::string& path, const std::map<std::string, std::string>& headers = {}) {
    return HttpRequest(server_->port(), "GET", path, "", headers);
  }
  void Import(const std::string& json) {
    auto lease = server_->pool().Acquire();
    ImportBundle(*lease, {ParseBundleText("monitor-test.json", json)}, "test");
  }
};

TEST_P(MonitorPagesTest, OverviewGroupsIndicatorsByGoalWithLatestFiguresAndAchievementInWords) {
  auto r = Get("/monitor");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectMonitorFrame(r, "nb");
  EXPECT_TRUE(Has(r.body, "<h1>E-helsemonitor<span class=\"h1-sub\" lang=\"nb\">Nasjonal e-helsestrategi 2023–2030</span></h1>"));
  for (const char* goal : {">Mål 1: Aktiv medvirkning i egen og næres helse</h2>",
                           ">Mål 2: Enklere arbeidshverdag</h2>",
                           ">Mål 5: Samarbeid og virkemidler som styrker gjennomføringskraft</h2>",
                           ">Andre indikatorer</h2>"}) {
    EXPECT_TRUE(Has(r.body, goal)) << goal;
  }

  // Kjernejournal in the municipalities serves sub-goal 2B, so goal 2.
  size_t goal2 = r.body.find("<h2 id=\"mal-2\"");
  size_t goal3 = r.body.find("<h2 id=\"mal-3\"");
  size_t kj = r.body.find("href=\"/monitor/indikator/kj-kommune\"");
  EXPECT_TRUE(goal2 != std::string::npos && goal2 < kj && kj < goal3);
  std::string card = Card(r.body, "kj-kommune");
  ASSERT_FALSE(card.empty());
  EXPECT_TRUE(Has(card, ">Kjernejournal i kommunene</a>"));
  EXPECT_TRUE(Has(card, "<strong>28 %</strong> <span class=\"meta\">april 2022</span>"));
  EXPECT_TRUE(Has(card, "<strong>100 %</strong>"));
  EXPECT_TRUE(Has(card, "Opp 5 prosentpoeng fra 23 % (januar 2022)"));
  EXPECT_TRUE(Has(card, "<span class=\"change-arrow\" aria-hidden=\"true\">↑</span>"));
  // The status is a mark and a word, with the reason and its numbers.
  EXPECT_TRUE(Has(card, "<span class=\"status status-off_track\"><span class=\"status-mark\" aria-hidden=\"true\">✕</span> Ikke i rute</span>"));
  EXPECT_TRUE(Has(card, "Sykehjem"));
  EXPECT_TRUE(Has(card, "mål: 60 % innen 31.12.2022"));
  EXPECT_TRUE(Has(card, "41,5 % ventet ved utgangen av april 2022, men verdien er 28 %"));
  // A small chart with a title.
  EXPECT_TRUE(Has(card, "role=\"img\""));
  EXPECT_TRUE(Has(card, ">Kjernejournal i kommunene</title>"));
}

TEST_P(MonitorPagesTest, OverviewListsIndicatorsWithoutFiguresAsComingAndNestsParts) {
  auto r = Get("/monitor");
  ASSERT_EQ(r.status, 200);
  // No figures yet: no empty card, a line in the goal's compact list.
  EXPECT_TRUE(Card(r.body, "ikt-andel-driftskostnader").empty());
  std::smatch coming;
  ASSERT_TRUE(std::regex_search(r.body, coming, std::regex(
      "<li><a href=\"/monitor/indikator/ikt-andel-driftskostnader\">[^<]+</a> "
      "<span class=\"ds-tag\" data-color=\"neutral\">kommer</span></li>")));
  EXPECT_TRUE(Has(r.body, "<p>Disse indikatorene har ingen tall ennå:</p>"));
  // Its own page still says so in words.
  auto page = Get("/monitor/indikator/ikt-andel-driftskostnader");
  EXPECT_TRUE(Has(page.body, "Ingen tall ennå"));
  // A chart only from two points: a card whose indicator has one period
  // shows its figure without a line of one dot.
  std::string single = Card(r.body, "kj-fastlegekontor");
  ASSERT_FALSE(single.empty());
  EXPECT_TRUE(Has(single, "<span class=\"latest-value\">"));
  EXPECT_FALSE(Has(single, "role=\"img\"")) << "one period: no chart";
  EXPECT_TRUE(Has(Card(r.body, "kj-kommune"), "role=\"img\"")) << "several periods: a chart";
  // A composite lists its parts with their figures; the parts are not
  // repeated as cards of their own in the same goal.
  std::string registers = Card(r.body, "helseregistre-bruk");
  ASSERT_FALSE(registers.empty());
  EXPECT_TRUE(Has(registers, "href=\"/monitor/indikator/helseregistre-soknader\""));
  EXPECT_TRUE(Has(registers, "283 søknader (2022)"));
  EXPECT_TRUE(Card(r.body, "helseregistre-soknader").empty());
  // A distribution's latest period as stacked segments.
  std::string benefit = Card(r.body, "nytte-oppfolging");
  EXPECT_EQ(Count(benefit, "<rect class=\"ch-segment\""), 3u);
  EXPECT_TRUE(Has(benefit, ">37 %</text>"));
}

TEST_P(MonitorPagesTest, IndicatorPageHasChartTableTargetsAndDownloads) {
  auto r = Get("/monitor/indikator/kj-kommune");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectMonitorFrame(r, "nb");
  EXPECT_TRUE(Has(r.body, "<h1 lang=\"nb\">Kjernejournal i kommunene</h1>"));

  std::string svg = Svg(r.body, "chart chart-line");
  ASSERT_FALSE(svg.empty());
  EXPECT_TRUE(Has(svg, "role=\"img\""));
  EXPECT_TRUE(Has(svg, "<title id=\"chart-kj-kommune-title\">Kjernejournal i kommunene</title>"));
  EXPECT_TRUE(Has(svg, "<desc id=\"chart-kj-kommune-desc\">Diagrammet viser 16 verdier"));
  EXPECT_EQ(Count(svg, "class=\"ch-point\""), 16u);
  EXPECT_EQ(Count(svg, "<g class=\"ch-target\">"), 2u);
  EXPECT_TRUE(Has(svg, ">Mål 60 %</text>"));
  EXPECT_TRUE(Has(r.body, "<figcaption>Diagrammet viser 16 verdier"));

  // The data table, with the service (the dimension) and the note.
  EXPECT_TRUE(Has(r.body, "<table class=\"ds-table data-table\">"));
  std::string row = TableRow(r.body, "2022-04", ">Sykehjem<");
  ASSERT_FALSE(row.empty());
  EXPECT_TRUE(Has(row, "<th scope=\"row\">april 2022</th>"));
  EXPECT_TRUE(Has(row, "<td class=\"num\">28 %</td>"));
  EXPECT_TRUE(Has(row, "Endelig"));
  EXPECT_TRUE(Has(row, "Kolonnen heter «April 2022» i kilden."));
  EXPECT_EQ(Count(r.body, "<tr data-period="), 16u);

  // Targets, baseline and the facts.
  EXPECT_TRUE(Has(r.body, "<td class=\"num\">60 %</td><td class=\"date\"><time datetime=\"2022-12-31\">31.12.2022</time></td>"));
  EXPECT_TRUE(Has(r.body, "<td class=\"num\">80 %</td>"));
  EXPECT_TRUE(Has(r.body, "Ingen nullpunktsmåling er registrert."));
  EXPECT_TRUE(Has(r.body, "høyst 10 % av avstanden fra start til mål"));  // the server's tolerance
  EXPECT_TRUE(Has(r.body, "<dt>Sist oppdatert</dt><dd>"));
  EXPECT_FALSE(Has(r.body, "<dt>Sist oppdatert</dt><dd>Ikke kjent</dd>"));
  // The sources as a reader looks them up: the case paper the table is in.
  EXPECT_TRUE(Has(r.body, "Saksdokumenter til NUIT-møte 3/22, 19. mai 2022 (Direktoratet for e-helse, 2022); "
                          "Veikart for Nasjonal e-helsestrategi – Helsedirektoratets leveranser (Helsedirektoratet)"));
  EXPECT_TRUE(Has(r.body, "Saksdokumenter til NUIT-møte 3/22, 19. mai 2022 (Direktoratet for e-helse, 2022), sak 22/22"));
  EXPECT_FALSE(Has(r.body, "seed"));
  EXPECT_TRUE(Has(r.body, "href=\"/strategi/nes-2023-2030/2B\""));

  // The breakdown form and the downloads with the same query.
  EXPECT_TRUE(Has(r.body, "<form class=\"filters chart-options\" method=\"get\" action=\"/monitor/indikator/kj-kommune\""));
  EXPECT_TRUE(Has(r.body, "<option value=\"tjeneste\" selected>Tjeneste</option>"));
  for (const char* format : {"csv", "xlsx", "json", "sdmx.csv"}) {
    EXPECT_TRUE(Has(r.body, std::string("href=\"/api/v1/indicators/kj-kommune/series.") + format +
                                "?by=tjeneste&amp;lang=nb\"")) << format;
  }
  auto csv = Get("/api/v1/indicators/kj-kommune/series.csv?by=tjeneste");
  EXPECT_EQ(csv.status, 200);
  EXPECT_TRUE(Has(csv.body, "28"));

  auto yearly = Get("/monitor/indikator/kj-kommune?by=tjeneste&period_type=year");
  ASSERT_EQ(yearly.status, 200) << yearly.body;
  EXPECT_TRUE(Has(yearly.body, "href=\"/api/v1/indicators/kj-kommune/series.csv?by=tjeneste&amp;period_type=year&amp;lang=nb\""));
  EXPECT_FALSE(TableRow(yearly.body, "2022", ">Sykehjem<").empty());
  EXPECT_TRUE(TableRow(yearly.body, "2022-04", ">Sykehjem<").empty());
}

// The indicator's code is a key: the facts a reader reads about the
// indicator leave it out, and it is named once, beside the downloads and
// the API, where a person uses it.
TEST_P(MonitorPagesTest, TheCodeIsShownOnlyBesideTheDownloads) {
  for (const std::string lang : {"nb", "en"}) {
    auto r = Get("/monitor/indikator/kj-kommune?lang=" + lang);
    ASSERT_EQ(r.status, 200) << r.body;
    size_t facts = r.body.find("<dl class=\"facts");
    ASSERT_NE(facts, std::string::npos);
    std::string dl = r.body.substr(facts, r.body.find("</dl>", facts) - facts);
    EXPECT_FALSE(Has(dl, "kj-kommune")) << lang << ": " << dl;
    size_t downloads = r.body.find("id=\"downloads-heading\"");
    ASSERT_NE(downloads, std::string::npos);
    EXPECT_TRUE(Has(r.body.substr(downloads), "<code>kj-kommune</code>")) << lang;
    EXPECT_EQ(r.body.find("<code>kj-kommune</code>"), r.body.rfind("<code>kj-kommune</code>")) << "named once";
    EXPECT_LT(downloads, r.body.find("<code>kj-kommune</code>"));
  }
}

// A distribution of one period is one stacked bar: its description says
// the period once.
TEST_P(MonitorPagesTest, AChartOfOnePeriodNamesItOnce) {
  auto r = Get("/monitor");
  ASSERT_EQ(r.status, 200);
  std::string card = Card(r.body, "nytte-oppfolging");
  ASSERT_FALSE(card.empty());
  EXPECT_TRUE(Has(card, "Diagrammet viser 3 verdier for 1. kvartal 2023.")) << card;
  EXPECT_FALSE(Has(r.body, "fra 1. kvartal 2023 til 1. kvartal 2023"));
  auto en = Get("/monitor?lang=en");
  EXPECT_TRUE(Has(Card(en.body, "nytte-oppfolging"), "The chart shows 3 values for Q1 2023."));
}

TEST_P(MonitorPagesTest, DistributionsAreStackedBarsAndCountsCanBeBars) {
  auto r = Get("/monitor/indikator/nytte-oppfolging");
  ASSERT_EQ(r.status, 200) << r.body;
  std::string svg = Svg(r.body, "chart chart-stacked");
  ASSERT_FALSE(svg.empty());
  EXPECT_EQ(Count(svg, "<rect class=\"ch-segment\""), 3u);
  EXPECT_TRUE(Has(svg, ">37 % Ja</text>"));
  EXPECT_TRUE(Has(svg, ">24 % Nei</text>"));
  EXPECT_TRUE(Has(svg, "url(#chart-nytte-oppfolging-pat-1)"));

  auto bars = Get("/monitor/indikator/helsefellesskap?diagram=stolper");
  ASSERT_EQ(bars.status, 200) << bars.body;
  EXPECT_EQ(Count(Svg(bars.body, "chart chart-bar"), "<rect class=\"ch-bar"), 2u);
  EXPECT_TRUE(Has(bars.body, "<option value=\"stolper\" selected>Stolpediagram</option>"));
}

TEST_P(MonitorPagesTest, CompositesAndTheirPartsLinkEachOther) {
  auto parent = Get("/monitor/indikator/helseregistre-bruk");
  ASSERT_EQ(parent.status, 200) << parent.body;
  EXPECT_TRUE(Has(parent.body, "<li value=\"1\"><a href=\"/monitor/indikator/helseregistre-soknader\""));
  EXPECT_TRUE(Has(parent.body, "<li value=\"2\"><a href=\"/monitor/indikator/helseregistre-tidsforlop\""));
  auto part = Get("/monitor/indikator/helseregistre-soknader");
  ASSERT_EQ(part.status, 200) << part.body;
  EXPECT_TRUE(Has(part.body, "Del 1 av <a href=\"/monitor/indikator/helseregistre-bruk\""));
}

TEST_P(MonitorPagesTest, APlanItemLinksTheIndicatorsThatMeasureIt) {
  // Kjernejournal in the municipalities serves sub-goal 2B.
  auto page = server_->Get("/strategi/nes-2023-2030/2B");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "href=\"/monitor/indikator/kj-kommune\""));
}

TEST_P(MonitorPagesTest, InternalIndicatorsNeverAppearEvenForASignedInUser) {
  const char* code = "helsenorge-innlogginger";
  const char* name = "Innlogging på Helsenorge.no selvbetjeningsløsninger";
  ASSERT_EQ(server_->Get(std::string("/api/v1/indicators/") + code).status, 404);  // internal

  std::string token = server_->AddUserWithToken("leser", "Hdir", Role::kReader);
  std::map<std::string, std::string> auth{{"Authorization", "Bearer " + token}};
  ASSERT_EQ(server_->Get(std::string("/api/v1/indicators/") + code, token).status, 200);
  for (const auto& headers : {std::map<std::string, std::string>{}, auth}) {
    auto overview = Get("/monitor", headers);
    ASSERT_EQ(overview.status, 200);
    EXPECT_FALSE(Has(overview.body, code));
    EXPECT_FALSE(Has(overview.body, name));
    auto page = Get(std::string("/monitor/indikator/") + code, headers);
    EXPECT_EQ(page.status, 404);
    EXPECT_TRUE(Has(page.body, "<h1>Siden finnes ikke</h1>"));
    EXPECT_FALSE(Has(page.body, name));
  }
  EXPECT_EQ(Get("/monitor/indikator/finnes-ikke").status, 404);
}

TEST_P(MonitorPagesTest, EnglishTranslatesWordsNumbersAndDates) {
  auto r = Get("/monitor?lang=en");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectMonitorFrame(r, "en");
  EXPECT_TRUE(Has(r.body, "<h1>E-health monitor"));
  EXPECT_TRUE(Has(r.body, ">Other indicators</h2>"));
  std::string card = Card(r.body, "kj-kommune");
  EXPECT_TRUE(Has(card, "<strong>28%</strong> <span class=\"meta\">April 2022</span>"));
  EXPECT_TRUE(Has(card, "Up 5 percentage points from 23% (January 2022)"));
  EXPECT_TRUE(Has(card, "Off track</span>"));
  EXPECT_TRUE(Has(card, "target: 60% by 2022-12-31"));

  auto page = Get("/monitor/indikator/kj-kommune?lang=en");
  ASSERT_EQ(page.status, 200);
  ExpectAccessibleFrame(page, "en");
  EXPECT_TRUE(Has(page.body, "<dt>Last updated</dt>"));
  EXPECT_TRUE(Has(page.body, ">Download the figures</h2>"));
  EXPECT_TRUE(Has(page.body, "<time datetime=\"2022-12-31\">2022-12-31</time>"));
  EXPECT_TRUE(Has(page.body, ">Target 60%</text>"));

  // Large counts with thousands separators in each language's style.
  auto nb = Get("/monitor/indikator/kj-innbyggere-sett");
  ASSERT_EQ(nb.status, 200);
  EXPECT_TRUE(Has(nb.body, "3 850 000 innbyggere"));
  EXPECT_TRUE(Has(Get("/monitor/indikator/kj-innbyggere-sett?lang=en").body, "3,850,000 innbyggere"));
}

TEST_P(MonitorPagesTest, BadParametersGiveA400PageNamingThem) {
  for (const char* query : {"by=farge", "period_type=kvartal", "period_type=quarter",
                            "diagram=kake", "diagram=stolper", "from=igår"}) {
    auto r = Get(std::string("/monitor/indikator/kj-kommune?") + query);
    EXPECT_EQ(r.status, 400) << query;
    std::string name = std::string(query).substr(0, std::string(query).find('='));
    EXPECT_TRUE(Has(r.body, "Parameteren «" + name + "» har en ugyldig verdi.")) << query << r.body;
  }
}

TEST_P(MonitorPagesTest, MarkupInAnIndicatorComesBackEscaped) {
  Import(R"({
    "format": "fremdrift-bundle", "version": 1,
    "indicators": [{
      "code": "xss-test", "name": "<script>alert(\"x\")</script> & mer",
      "description": "<img src=x onerror=alert(1)>", "unit": "count",
      "unit_label": "<b>enheter</b>", "direction": "higher_is_better",
      "source": "<i>kilde</i>", "period_type": "year", "published": true,
      "serves": [{"strategy": "nes-2023-2030", "item": "1"}],
      "data_note": "<u>merknad</u>",
      "targets": [{"value": 10, "by": "2030-12-31", "label": "<em>mål</em>"}]
    }],
    "measurements": [
      {"indicator": "xss-test", "period": "2022", "value": 3, "dimensions": {"gruppe": "<svg onload=x>"}, "note": "<script>n</script>"},
      {"indicator": "xss-test", "period": "2023", "value": 5, "dimensions": {"gruppe": "<svg onload=x>"}}
    ]
  })");
  const std::string escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; mer";
  for (const char* path : {"/monitor", "/monitor/indikator/xss-test",
                           "/monitor/indikator/xss-test?by=gruppe",
                           "/monitor/indikator/xss-test?by=gruppe&diagram=linje"}) {
    auto r = Get(path);
    ASSERT_EQ(r.status, 200) << path << r.body;
    EXPECT_FALSE(Has(r.body, "<script")) << path;
    EXPECT_FALSE(Has(r.body, "<img")) << path;
    EXPECT_FALSE(Has(r.body, "<b>")) << path;
    EXPECT_FALSE(Has(r.body, "<svg onload")) << path;
    EXPECT_TRUE(Has(r.body, escaped)) << path;
  }
  auto page = Get("/monitor/indikator/xss-test?by=gruppe");
  EXPECT_TRUE(Has(page.body, "&lt;img src=x onerror=alert(1)&gt;"));
  EXPECT_TRUE(Has(page.body, "&lt;script&gt;n&lt;/script&gt;"));
  EXPECT_TRUE(Has(page.body, "&lt;svg onload=x&gt;"));
}

INSTANTIATE_TEST_SUITE_P(Engines, MonitorPagesTest, ::testing::ValuesIn(AllEngines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace fremdrift::testing
