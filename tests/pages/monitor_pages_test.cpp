// The public e-health monitor over real HTTP, on both engines, with the
// demo dataset: the overview per goal, one indicator's page with chart,
// table, targets and downloads, and the rule that internal indicators never
// show on the monitor, not even to a signed-in user.
#include <gtest/gtest.h>

#include "support/html_page.h"
#include "support/page_checks.h"
#include "support/text_search.h"
#include "app/bundle.h"
#include "formats/bundle_files.h"
#include "support/api_fixture.h"

namespace fremdrift::testing {
namespace {

// The overview's card (<li class="indicator-card">) that links to `code`.
std::string Card(const std::string& code) {
  return "//li[contains(concat(' ', @class, ' '), ' indicator-card ')]"
         "[h3[@class='card-title']/a[@href='/monitor/indikator/" + code + "']]";
}

// The data table's rows for `period` whose group cell reads `group`.
std::string DataRow(const std::string& period, const std::string& group) {
  return "//table[@class='ds-table data-table']//tr[@data-period='" + period + "'][td[1]='" + group + "']";
}

// The chart of class `cls` ("chart chart-line") and its title and description.
std::string Chart(const std::string& cls) { return "//svg[@class='" + cls + "'][@role='img']"; }

// The shared page checks, and the monitor marked as the current section.
void ExpectMonitorFrame(const HttpResult& r, const std::string& lang) {
  ExpectAccessibleFrame(r, lang);
  EXPECT_TRUE(HtmlPage(r.body).Has("//header//nav//a[@href='/monitor'][@aria-current='page']"))
      << "the monitor is the current section";
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
  HtmlPage page(r.body);
  EXPECT_EQ(page.Text("//h1/text()[1]"), "E-helsemonitor");
  EXPECT_EQ(page.Text("//h1/span[@class='h1-sub'][@lang='nb']"), "Nasjonal e-helsestrategi 2023–2030");
  for (const char* goal : {"Mål 1: Aktiv medvirkning i egen og næres helse", "Mål 2: Enklere arbeidshverdag",
                           "Mål 5: Samarbeid og virkemidler som styrker gjennomføringskraft",
                           "Andre indikatorer"}) {
    EXPECT_TRUE(page.Has(std::string("//section/h2[.='") + goal + "']")) << goal;
  }

  // Kjernejournal in the municipalities serves sub-goal 2B, so goal 2.
  EXPECT_TRUE(page.Has("//section[@aria-labelledby='mal-2']" + Card("kj-kommune")));
  const std::string card = Card("kj-kommune");
  ASSERT_TRUE(page.Has(card));
  EXPECT_EQ(page.Text(card + "/h3/a"), "Kjernejournal i kommunene");
  const std::string sykehjem = card + "//tr[th='Sykehjem']";
  EXPECT_EQ(page.Text(sykehjem + "/td[1]/strong"), "28 %");
  EXPECT_EQ(page.Text(sykehjem + "/td[1]/span[@class='meta']"), "april 2022");
  EXPECT_EQ(page.Text(card + "//tr[th='Legevakt']/td[1]/strong"), "100 %");
  EXPECT_EQ(page.Text(sykehjem + "/td[2]/span[contains(@class, 'change-up')]"), "↑ Opp 5 prosentpoeng fra 23 % (januar 2022)");
  EXPECT_EQ(page.Attr(sykehjem + "//span[@class='change-arrow']", "aria-hidden"), "true");
  // The status is a mark and a word, with the reason and its numbers.
  const std::string achievement = card + "//li[@class='achievement'][.//span[@class='achievement-group']='Sykehjem']";
  EXPECT_EQ(page.Text(achievement + "//span[@class='status status-off_track']"), "✕ Ikke i rute");
  EXPECT_EQ(page.Attr(achievement + "//span[@class='status-mark']", "aria-hidden"), "true");
  EXPECT_EQ(page.Text(achievement + "//span[@class='target-text']"), "mål: 60 % innen 31.12.2022");
  EXPECT_TRUE(page.HasText(achievement + "/p[@class='explanation']",
                           "41,5 % ventet ved utgangen av april 2022, men verdien er 28 %"));
  // A small chart with a title.
  EXPECT_EQ(page.Text(card + "//svg[@role='img']/title"), "Kjernejournal i kommunene");
}

TEST_P(MonitorPagesTest, OverviewListsIndicatorsWithoutFiguresAsComingAndNestsParts) {
  auto r = Get("/monitor");
  ASSERT_EQ(r.status, 200);
  HtmlPage page(r.body);
  // No figures yet: no empty card, a line in the goal's compact list.
  EXPECT_FALSE(page.Has(Card("ikt-andel-driftskostnader")));
  const std::string coming = "//div[@class='monitor-coming']";
  EXPECT_EQ(page.Text(coming + "/p"), "Disse indikatorene har ingen tall ennå:");
  const std::string line = coming + "/ul/li[a[@href='/monitor/indikator/ikt-andel-driftskostnader']]";
  EXPECT_NE(page.Text(line + "/a"), "");
  EXPECT_EQ(page.Text(line + "/span[@class='ds-tag'][@data-color='neutral']"), "kommer");
  // Its own page still says so in words.
  auto own = Get("/monitor/indikator/ikt-andel-driftskostnader");
  EXPECT_TRUE(HtmlPage(own.body).HasText("//main", "Ingen tall ennå"));
  // A chart only from two points: a card whose indicator has one period
  // shows its figure without a line of one dot.
  const std::string single = Card("kj-fastlegekontor");
  ASSERT_TRUE(page.Has(single));
  EXPECT_TRUE(page.Has(single + "//span[@class='latest-value'][normalize-space(.)!='']"));
  EXPECT_FALSE(page.Has(single + "//*[@role='img']")) << "one period: no chart";
  EXPECT_TRUE(page.Has(Card("kj-kommune") + "//svg[@role='img']")) << "several periods: a chart";
  // A composite lists its parts with their figures; the parts are not
  // repeated as cards of their own in the same goal.
  const std::string registers = Card("helseregistre-bruk");
  ASSERT_TRUE(page.Has(registers));
  EXPECT_EQ(page.Text(registers + "//li[a[@href='/monitor/indikator/helseregistre-soknader']]"),
            "Antall søknader om personidentifiserbare data: 283 søknader (2022)");
  EXPECT_FALSE(page.Has(Card("helseregistre-soknader")));
  // A distribution's latest period as stacked segments.
  const std::string benefit = Card("nytte-oppfolging");
  EXPECT_EQ(page.Count(benefit + "//svg//rect[@class='ch-segment']"), 3u);
  EXPECT_TRUE(page.Has(benefit + "//svg//text[.='37 %']"));
}

TEST_P(MonitorPagesTest, IndicatorPageHasChartTableTargetsAndDownloads) {
  auto r = Get("/monitor/indikator/kj-kommune");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectMonitorFrame(r, "nb");
  HtmlPage page(r.body);
  EXPECT_EQ(page.Text("//h1[@lang='nb']"), "Kjernejournal i kommunene");

  const std::string svg = Chart("chart chart-line");
  ASSERT_TRUE(page.Has(svg));
  EXPECT_EQ(page.Attr(svg, "aria-labelledby"), "chart-kj-kommune-title chart-kj-kommune-desc");
  EXPECT_EQ(page.Text(svg + "/title[@id='chart-kj-kommune-title']"), "Kjernejournal i kommunene");
  EXPECT_TRUE(page.Has(svg + "/desc[@id='chart-kj-kommune-desc'][starts-with(., 'Diagrammet viser 16 verdier')]"));
  EXPECT_EQ(page.Count(svg + "//*[@class='ch-point']"), 16u);
  EXPECT_EQ(page.Count(svg + "//g[@class='ch-target']"), 2u);
  EXPECT_TRUE(page.Has(svg + "//text[.='Mål 60 %']"));
  EXPECT_TRUE(page.Has("//figure/figcaption[starts-with(., 'Diagrammet viser 16 verdier')]"));

  // The data table, with the service (the dimension) and the note.
  const std::string row = DataRow("2022-04", "Sykehjem");
  ASSERT_TRUE(page.Has(row));
  EXPECT_EQ(page.Text(row + "/th[@scope='row']"), "april 2022");
  EXPECT_EQ(page.Text(row + "/td[@class='num']"), "28 %");
  EXPECT_EQ(page.Text(row + "/td[3]"), "Endelig");
  EXPECT_TRUE(page.HasText(row + "/td[4]", "Kolonnen heter «April 2022» i kilden."));
  EXPECT_EQ(page.Count("//table[@class='ds-table data-table']//tr[@data-period]"), 16u);

  // Targets, baseline and the facts.
  const std::string targets = "//table[@class='ds-table targets-table']//tr";
  EXPECT_TRUE(page.Has(targets + "[td[@class='num']='60 %'][td[@class='date']/time[@datetime='2022-12-31']='31.12.2022']"));
  EXPECT_TRUE(page.Has(targets + "/td[@class='num'][.='80 %']"));
  EXPECT_TRUE(page.Has("//p[.='Ingen nullpunktsmåling er registrert.']"));
  EXPECT_TRUE(page.HasText("//details[contains(@class, 'rule')]", "høyst 10 % av avstanden fra start til mål"));  // the server's tolerance
  EXPECT_NE(page.Text(Definition("Sist oppdatert")), "");
  EXPECT_NE(page.Text(Definition("Sist oppdatert")), "Ikke kjent");
  // The sources as a reader looks them up: the case paper the table is in.
  EXPECT_EQ(page.Text(Definition("Kildehenvisning")),
            "Saksdokumenter til NUIT-møte 3/22, 19. mai 2022 (Direktoratet for e-helse, 2022); "
            "Veikart for Nasjonal e-helsestrategi – Helsedirektoratets leveranser (Helsedirektoratet)");
  EXPECT_TRUE(page.HasText(Definition("Kilde"),
                           "Saksdokumenter til NUIT-møte 3/22, 19. mai 2022 (Direktoratet for e-helse, 2022), sak 22/22"));
  EXPECT_FALSE(Has(r.body, "seed"));
  EXPECT_TRUE(page.Has("//main//a[@href='/strategi/nes-2023-2030/2B']"));

  // The breakdown form and the downloads with the same query.
  const std::string form = "//form[@class='filters chart-options'][@method='get'][@action='/monitor/indikator/kj-kommune']";
  EXPECT_EQ(page.Text(form + "//select[@name='by']/option[@value='tjeneste'][@selected]"), "Tjeneste");
  for (const char* format : {"csv", "xlsx", "json", "sdmx.csv"}) {
    EXPECT_TRUE(page.Has(std::string("//ul[@class='download-list']//a[@href='/api/v1/indicators/kj-kommune/series.") +
                         format + "?by=tjeneste&lang=nb']"))
        << format;
  }
  auto csv = Get("/api/v1/indicators/kj-kommune/series.csv?by=tjeneste");
  EXPECT_EQ(csv.status, 200);
  EXPECT_TRUE(Has(csv.body, "28"));

  auto yearly = Get("/monitor/indikator/kj-kommune?by=tjeneste&period_type=year");
  ASSERT_EQ(yearly.status, 200) << yearly.body;
  HtmlPage by_year(yearly.body);
  EXPECT_TRUE(by_year.Has("//a[@href='/api/v1/indicators/kj-kommune/series.csv?by=tjeneste&period_type=year&lang=nb']"));
  EXPECT_TRUE(by_year.Has(DataRow("2022", "Sykehjem")));
  EXPECT_FALSE(by_year.Has(DataRow("2022-04", "Sykehjem")));
}

// The indicator's code is a key: the facts a reader reads about the
// indicator leave it out, and it is named once, beside the downloads and
// the API, where a person uses it.
TEST_P(MonitorPagesTest, TheCodeIsShownOnlyBesideTheDownloads) {
  for (const std::string lang : {"nb", "en"}) {
    auto r = Get("/monitor/indikator/kj-kommune?lang=" + lang);
    ASSERT_EQ(r.status, 200) << r.body;
    HtmlPage page(r.body);
    ASSERT_TRUE(page.Has("//dl[contains(@class, 'facts')]"));
    EXPECT_FALSE(page.HasText("//dl[contains(@class, 'facts')]", "kj-kommune")) << lang;
    EXPECT_EQ(page.Count("//code[.='kj-kommune']"), 1u) << "named once";
    EXPECT_TRUE(page.Has("//h2[@id='downloads-heading']/following::code[.='kj-kommune']")) << lang;
  }
}

// A distribution of one period is one stacked bar: its description says
// the period once.
TEST_P(MonitorPagesTest, AChartOfOnePeriodNamesItOnce) {
  auto r = Get("/monitor");
  ASSERT_EQ(r.status, 200);
  HtmlPage page(r.body);
  const std::string card = Card("nytte-oppfolging");
  ASSERT_TRUE(page.Has(card));
  EXPECT_TRUE(page.Has(card + "//svg/desc[starts-with(., 'Diagrammet viser 3 verdier for 1. kvartal 2023.')]"));
  EXPECT_FALSE(Has(r.body, "fra 1. kvartal 2023 til 1. kvartal 2023"));
  HtmlPage en(Get("/monitor?lang=en").body);
  EXPECT_TRUE(en.Has(card + "//svg/desc[starts-with(., 'The chart shows 3 values for Q1 2023.')]"));
}

TEST_P(MonitorPagesTest, DistributionsAreStackedBarsAndCountsCanBeBars) {
  auto r = Get("/monitor/indikator/nytte-oppfolging");
  ASSERT_EQ(r.status, 200) << r.body;
  HtmlPage page(r.body);
  const std::string svg = Chart("chart chart-stacked");
  ASSERT_TRUE(page.Has(svg));
  EXPECT_EQ(page.Count(svg + "//rect[@class='ch-segment']"), 3u);
  EXPECT_TRUE(page.Has(svg + "//text[.='37 % Ja']"));
  EXPECT_TRUE(page.Has(svg + "//text[.='24 % Nei']"));
  EXPECT_TRUE(page.Has(svg + "//*[@fill='url(#chart-nytte-oppfolging-pat-1)']"));
  EXPECT_TRUE(page.Has(svg + "//pattern[@id='chart-nytte-oppfolging-pat-1']"));

  auto bars = Get("/monitor/indikator/helsefellesskap?diagram=stolper");
  ASSERT_EQ(bars.status, 200) << bars.body;
  HtmlPage bar_page(bars.body);
  EXPECT_EQ(bar_page.Count(Chart("chart chart-bar") + "//rect[starts-with(@class, 'ch-bar')]"), 2u);
  EXPECT_EQ(bar_page.Text("//select[@name='diagram']/option[@value='stolper'][@selected]"), "Stolpediagram");
}

TEST_P(MonitorPagesTest, CompositesAndTheirPartsLinkEachOther) {
  auto parent = Get("/monitor/indikator/helseregistre-bruk");
  ASSERT_EQ(parent.status, 200) << parent.body;
  HtmlPage whole(parent.body);
  EXPECT_TRUE(whole.Has("//ol/li[@value='1']/a[@href='/monitor/indikator/helseregistre-soknader']"));
  EXPECT_TRUE(whole.Has("//ol/li[@value='2']/a[@href='/monitor/indikator/helseregistre-tidsforlop']"));
  auto part = Get("/monitor/indikator/helseregistre-soknader");
  ASSERT_EQ(part.status, 200) << part.body;
  EXPECT_TRUE(HtmlPage(part.body).Has("//main//*[a[@href='/monitor/indikator/helseregistre-bruk']]"
                                      "[starts-with(normalize-space(.), 'Del 1 av ')]"));
}

TEST_P(MonitorPagesTest, APlanItemLinksTheIndicatorsThatMeasureIt) {
  // Kjernejournal in the municipalities serves sub-goal 2B.
  auto page = server_->Get("/strategi/nes-2023-2030/2B");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(HtmlPage(page.body).Has("//main//a[@href='/monitor/indikator/kj-kommune']"));
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
    EXPECT_EQ(HtmlPage(page.body).Text("//h1"), "Siden finnes ikke");
    EXPECT_FALSE(Has(page.body, name));
  }
  EXPECT_EQ(Get("/monitor/indikator/finnes-ikke").status, 404);
}

TEST_P(MonitorPagesTest, EnglishTranslatesWordsNumbersAndDates) {
  auto r = Get("/monitor?lang=en");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectMonitorFrame(r, "en");
  HtmlPage overview(r.body);
  EXPECT_EQ(overview.Text("//h1/text()[1]"), "E-health monitor");
  EXPECT_TRUE(overview.Has("//section/h2[.='Other indicators']"));
  const std::string card = Card("kj-kommune");
  // The dimension's label in English, marked as English for screen readers.
  const std::string sykehjem = card + "//tr[th[@lang='en']='Nursing homes']";
  EXPECT_EQ(overview.Text(sykehjem + "/td[1]/strong"), "28%");
  EXPECT_EQ(overview.Text(sykehjem + "/td[1]/span[@class='meta']"), "April 2022");
  EXPECT_EQ(overview.Text(sykehjem + "/td[2]"), "↑ Up 5 percentage points from 23% (January 2022)");
  EXPECT_TRUE(overview.Has(card + "//span[@class='status status-off_track'][.='✕ Off track']"));
  EXPECT_TRUE(overview.Has(card + "//span[@class='target-text'][.='target: 60% by 2022-12-31']"));

  auto r_page = Get("/monitor/indikator/kj-kommune?lang=en");
  ASSERT_EQ(r_page.status, 200);
  ExpectAccessibleFrame(r_page, "en");
  HtmlPage page(r_page.body);
  EXPECT_TRUE(page.Has("//dt[.='Last updated']"));
  EXPECT_EQ(page.Text("//h2[@id='downloads-heading']"), "Download the figures");
  EXPECT_TRUE(page.Has("//time[@datetime='2022-12-31'][.='2022-12-31']"));
  EXPECT_TRUE(page.Has("//svg//text[.='Target 60%']"));

  // Large counts with thousands separators in each language's style.
  auto nb = Get("/monitor/indikator/kj-innbyggere-sett");
  ASSERT_EQ(nb.status, 200);
  EXPECT_TRUE(HtmlPage(nb.body).HasText("//table[@class='ds-table data-table']//td", "3 850 000 innbyggere"));
  EXPECT_TRUE(HtmlPage(Get("/monitor/indikator/kj-innbyggere-sett?lang=en").body)
                  .HasText("//table[@class='ds-table data-table']//td", "3,850,000 innbyggere"));
}

TEST_P(MonitorPagesTest, BadParametersGiveA400PageNamingThem) {
  for (const char* query : {"by=farge", "period_type=kvartal", "period_type=quarter",
                            "diagram=kake", "diagram=stolper", "from=igår"}) {
    auto r = Get(std::string("/monitor/indikator/kj-kommune?") + query);
    EXPECT_EQ(r.status, 400) << query;
    std::string name = std::string(query).substr(0, std::string(query).find('='));
    EXPECT_EQ(HtmlPage(r.body).Text("//main//p[@class='lead']"), "Parameteren «" + name + "» har en ugyldig verdi.")
        << query;
  }
}

// The overview keeps each card's HTML while nothing it is made from
// changes (web/monitor_card_html.h). A card follows a new figure, a new
// name, and for a ratio a new figure of its denominator, which leaves the
// ratio's own version as it was. A page of kept cards is the page made
// afresh, byte for byte.
TEST_P(MonitorPagesTest, EveryCardFollowsTheChangesOfWhatItShows) {
  Import(R"({"format": "fremdrift-bundle", "version": 1, "indicators": [
    {"code": "kort-teller", "name": "Korttest teller", "unit": "count", "direction": "higher_is_better",
     "period_type": "year", "published": true},
    {"code": "kort-nevner", "name": "Korttest nevner", "unit": "count", "direction": "higher_is_better",
     "period_type": "year", "published": true},
    {"code": "kort-kvote", "name": "Korttest kvote", "unit": "ratio", "direction": "none", "period_type": "year",
     "published": true, "kind": "ratio", "numerator": "kort-teller", "denominator": "kort-nevner", "factor": 1}],
   "measurements": [
    {"indicator": "kort-teller", "period": "2022", "value": 30}, {"indicator": "kort-teller", "period": "2023", "value": 60},
    {"indicator": "kort-nevner", "period": "2022", "value": 10}, {"indicator": "kort-nevner", "period": "2023", "value": 20}]})");
  const std::string token = server_->AddUserWithToken("leser", "Hdir", Role::kReader);
  const std::map<std::string, std::string> auth{{"Authorization", "Bearer " + token}};
  auto overview = [&] {
    auto r = Get("/monitor", auth);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.body;
  };
  auto latest = [&](const std::string& body, const std::string& code) {
    return HtmlPage(body).Text(Card(code) + "//span[@class='latest-value']");
  };
  const std::string made = overview();
  EXPECT_EQ(latest(made, "kort-kvote"), "3");
  EXPECT_EQ(overview(), made);  // the same page from kept cards

  Import(R"({"format": "fremdrift-bundle", "version": 1,
    "measurements": [{"indicator": "kort-nevner", "period": "2023", "value": 30}]})");
  const std::string after_figure = overview();
  EXPECT_EQ(latest(after_figure, "kort-nevner"), "30");
  EXPECT_EQ(latest(after_figure, "kort-kvote"), "2");
  EXPECT_EQ(latest(after_figure, "kort-teller"), "60");

  Import(R"({"format": "fremdrift-bundle", "version": 1, "indicators": [
    {"code": "kort-teller", "name": "Korttest teller med nytt navn", "unit": "count",
     "direction": "higher_is_better", "period_type": "year", "published": true}]})");
  const std::string renamed = overview();
  EXPECT_EQ(HtmlPage(renamed).Text(Card("kort-teller") + "/h3/a"), "Korttest teller med nytt navn");
  EXPECT_EQ(latest(renamed, "kort-kvote"), "2");
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
  // Read as a browser reads it, the hostile text is plain text.
  EXPECT_EQ(HtmlPage(page.body).Text("//h1"), "<script>alert(\"x\")</script> & mer");
}

INSTANTIATE_PER_ENGINE(MonitorPagesTest);

}  // namespace
}  // namespace fremdrift::testing
