// The read-only web pages over real HTTP, on both engines: what a reader
// of the plan and the roadmap relies on.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/html_page.h"
#include "support/page_checks.h"
#include "support/text_search.h"
#include "app/bundle.h"
#include "formats/bundle_files.h"
#include "support/api_fixture.h"

namespace fremdrift::testing {
namespace {

// The roadmap table's deliverable rows and the timeline's bars.
const std::string kRoadmapRows = "//tr[contains(concat(' ', @class, ' '), ' roadmap-row ')]";
const std::string kTimelineBars = "//svg//rect[contains(concat(' ', @class, ' '), ' tl-bar ')]";

// The table row whose title link reads `title`.
std::string TableRow(const std::string& title) { return "//tr[th/a[normalize-space(.)='" + title + "']]"; }
std::string RoadmapRow(const std::string& title) { return kRoadmapRows + "[th/a[normalize-space(.)='" + title + "']]"; }

// The timeline bar whose tooltip starts with `title`.
std::string TimelineBar(const std::string& title) {
  return kTimelineBars + "[title[starts-with(., '" + title + " — ')]]";
}

// The landmarks and structure every page must have (WCAG 2.1 AA).
const char* kElevenForHdirAndMunicipalities[] = {
    "Velferdsteknologisk knutepunkt/nasjonale samhandlingsløsninger",
    "Innføring velferdsteknologi i kommunene",
    "Helseteknologiordningen (HTO) - veiledningstjeneste",
    "Helseteknologiordningen (HTO) - tilskuddsordningen",
    "Digi-ung: søketjenester",
    "Digi-ung: UngMestring",
    "Kjernejournal innført i 60% av kommunene",
    "Utredning",
    "Videre utredning og forbredelser",
    "Helseteknologiordning trer i kraft",
    "Helseteknologiordningen videreutvikles",
};

class PagesTest : public ApiTest {
 protected:
  HttpResult Get(const std::string& path, const std::map<std::string, std::string>& headers = {}) {
    return HttpRequest(server_->port(), "GET", path, "", headers);
  }
};

TEST_P(PagesTest, HomeListsPublishedStrategiesWithTheirGoals) {
  auto r = Get("/");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  HtmlPage page(r.body);
  EXPECT_EQ(page.Text("//section[@class='card']/h2/a[@href='/strategi/nes-2023-2030']"),
            "Nasjonal e-helsestrategi 2023–2030");
  EXPECT_EQ(page.Text("//section[@class='card']/h2/a[@href='/strategi/nes-2017-2022']"),
            "Nasjonal e-helsestrategi 2017–2022");
  const std::string goals = "//section[@aria-labelledby='s-nes-2023-2030']//ul[@class='goal-list']/li/a";
  EXPECT_EQ(page.Text(goals + "[@href='/strategi/nes-2023-2030/1']"), "1 Aktiv medvirkning i egen og næres helse");
  EXPECT_EQ(page.Text(goals + "[@href='/strategi/nes-2023-2030/5']"),
            "5 Samarbeid og virkemidler som styrker gjennomføringskraft");
  // Level names are data: the 2017-2022 strategy calls its goals "Satsingsområde".
  EXPECT_EQ(page.Text("//section[@aria-labelledby='s-nes-2017-2022']/h3"), "Satsingsområde");
}

TEST_P(PagesTest, SourcesPageListsTheDocumentsInBothLanguages) {
  HtmlPage home(Get("/").body);
  EXPECT_EQ(home.Text("//footer//a[@href='/kilder']"), "Kilder") << "linked from the footer";
  auto r = Get("/kilder");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  HtmlPage page(r.body);
  EXPECT_EQ(page.Text("//h1"), "Kilder");
  EXPECT_EQ(page.Count("//section[starts-with(@aria-labelledby, 'kilde-')]"), 5u);
  // Title, publisher, year and what it was used for.
  const std::string report = "//section[@aria-labelledby='kilde-statusrapport-2023-q1']";
  EXPECT_EQ(page.Text(report + "/h2[@id='kilde-statusrapport-2023-q1'][@lang='nb']"),
            "Statusrapport for Nasjonal e-helsestrategi, 1. kvartal 2023");
  EXPECT_EQ(page.Text(report + Definition("Utgiver") + "/span[@lang='nb']"), "Direktoratet for e-helse");
  EXPECT_EQ(page.Text(report + Definition("År")), "2023");
  EXPECT_TRUE(page.HasText("//section[@aria-labelledby='kilde-veikart-helsedirektoratet']" + Definition("Brukt til"),
                           "Delmålene i strategien for 2023–2030 med temaer og Helsedirektoratets 42 leveranser"));
  EXPECT_EQ(page.Text("//section[@aria-labelledby='kilde-saksdokumenter-nuit-3-22']" + Definition("Oppgis som kilde")),
            "Saksdokumenter til NUIT-møte 3/22, 19. mai 2022 (Direktoratet for e-helse, 2022)");
  // The Swedish overview gives no title, publisher or date; the roadmap page no year.
  const std::string swedish = "//section[@aria-labelledby='kilde-svensk-oversikt']";
  EXPECT_EQ(page.Text(swedish + Definition("Oppgis som kilde")),
            "Svensk oversikt over e-helse i Norge (dokumentet oppgir ikke tittel, utgiver eller dato)");
  EXPECT_EQ(page.Text(swedish + Definition("Utgiver")), "Ikke oppgitt i dokumentet");
  EXPECT_EQ(page.Count("//dd[.='Ikke oppgitt i dokumentet']"), 3u);
  EXPECT_FALSE(Has(r.body, "seed"));

  auto en = Get("/kilder?lang=en");
  ASSERT_EQ(en.status, 200);
  ExpectAccessibleFrame(en, "en");
  HtmlPage english(en.body);
  EXPECT_EQ(english.Text("//h1"), "Sources");
  EXPECT_TRUE(english.HasText(Definition("Used for") + "/span[@lang='en']", "The goals of the 2023–2030 strategy"));
  EXPECT_EQ(english.Count("//dd[.='Not stated in the document']"), 3u);
}

TEST_P(PagesTest, ItemPageCitesItsSourceDocument) {
  auto r = Get("/strategi/nes-2023-2030/4B-t1-d5");
  ASSERT_EQ(r.status, 200) << r.body;
  HtmlPage page(r.body);
  EXPECT_EQ(page.Text(Definition("Kilde")),
            "Veikart for Nasjonal e-helsestrategi – Helsedirektoratets leveranser (Helsedirektoratet)");
  EXPECT_EQ(page.Text("//p[@class='description']"), "Overgangen til kodeverket ICD-11. Tidsplanen er foreløpig.");
  EXPECT_FALSE(Has(r.body, "seed"));
}

TEST_P(PagesTest, StrategyPageShowsTheWholeTree) {
  auto r = Get("/strategi/nes-2023-2030");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  HtmlPage page(r.body);
  EXPECT_EQ(page.Text("//h1[@lang='nb']"), "Nasjonal e-helsestrategi 2023–2030");
  EXPECT_EQ(page.Text("//h3[a[@href='/strategi/nes-2023-2030/1B']]/span[@class='node-label']"), "Delmål 1B");
  EXPECT_TRUE(page.Has("//details[@class='description']/summary[starts-with(., 'Mer informasjon')]"));
  // The ICD-11 deliverable with its facts.
  const std::string icd11 = "//section[h5/a[@href='/strategi/nes-2023-2030/4B-t1-d5']]";
  EXPECT_EQ(page.Text(icd11 + "/h5/a"), "ICD-11");
  EXPECT_EQ(page.Text(icd11 + "//span[contains(@class, 'badge-tentative')]"), "Tentativ tidsplan");
  EXPECT_EQ(page.Text(icd11 + Definition("Sluttdato")), "Udefinert");
  EXPECT_EQ(page.Text(icd11 + Definition("Fase")), "Tilpasning og utvidet utprøving");
  EXPECT_EQ(page.Text(icd11 + Definition("Eier")), "Helsedirektoratet");
  EXPECT_TRUE(page.Has(Definition("Brukergrupper") + "[.='Kommune og fylkeskommune']"));
  // Goals are h2, sub-goals h3, themes h4, deliverables h5: no level skipped.
  EXPECT_EQ(page.Count("//h5"), 42u);
  EXPECT_EQ(page.Count("//h6"), 0u);
  // Each goal folds (no script), and items show their latest status from
  // the latest published report, as a word.
  EXPECT_EQ(page.Count("//details[@class='goal-fold'][@open]/summary"
                       "[starts-with(., 'Vis eller skjul det som hører til målet')]"),
            5u);
  EXPECT_TRUE(page.HasText("//p[a[@href='/rapport/2023-Q1?strategy=nes-2023-2030']]",
                           "Status er hentet fra den siste publiserte statusrapporten:"));
  EXPECT_TRUE(page.Has("//p[@class='node-status'][starts-with(., 'Siste status:')]/span[contains(@class, 'report-status')]"));
  EXPECT_TRUE(page.Has("//p[@class='node-status']//span[@class='report-status-word'][.='Rød']"));
}

TEST_P(PagesTest, HomePageSummarisesStatusFiguresMeetingsAndDecisions) {
  auto r = Get("/");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  HtmlPage page(r.body);
  // The latest published report's overall status and each goal's.
  EXPECT_EQ(page.Text("//h2[@id='home-status-heading']"), "Status nå");
  EXPECT_EQ(page.Text("//section[@aria-labelledby='home-status-heading']//a[starts-with(@href, '/rapport/')]"),
            "Statusrapport 1. kvartal 2023");
  EXPECT_TRUE(page.Has("//p[starts-with(., 'Samlet status:')]/span[contains(@class, 'report-status')]"));
  const std::string goal_list = "//ul[@class='home-goal-status']";
  EXPECT_EQ(page.Count(goal_list), 1u);
  EXPECT_EQ(page.Count(goal_list + "/li/a[starts-with(@href, '/strategi/nes-2023-2030/')]"), 5u) << "one line per goal";
  EXPECT_EQ(page.Count(goal_list + "/li//span[@class='report-status-word'][normalize-space(.)!='']"), 5u)
      << "each with its status in words";
  // Headline figures from the monitor, with their period.
  EXPECT_EQ(page.Text("//h2[@id='home-figures-heading']"), "Nøkkeltall fra e-helsemonitoren");
  EXPECT_TRUE(page.Has("//span[@class='latest-value'][normalize-space(.)!='']"));
  // The committees: the demo's meetings are all in the past.
  EXPECT_TRUE(page.Has("//p[starts-with(., 'Siste møte:')]/a[starts-with(@href, '/moter/')]"));
  // The September meeting has no number: its heading carries the date, once.
  EXPECT_EQ(page.Text("//p[starts-with(., 'Siste møte:')]"), "Siste møte: NUIT-møte 14.09.2022") << "the date once";
  EXPECT_TRUE(page.Has("//h3[.='Siste vedtak']"));
  EXPECT_EQ(page.Count("//ul[@class='home-decisions'][@lang='nb']"), 1u);
  EXPECT_EQ(page.Text("//a[@href='/vedtak']"), "Se alle vedtakene");
  HtmlPage en(Get("/?lang=en").body);
  EXPECT_EQ(en.Text("//h2[@id='home-status-heading']"), "Status now");
  EXPECT_TRUE(en.Has("//h3[.='Latest decisions']"));
}

TEST_P(PagesTest, ItemPageShowsAllFieldsAndTheWayUp) {
  auto r = Get("/strategi/nes-2023-2030/4B-t1-d5");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  HtmlPage page(r.body);
  EXPECT_EQ(page.Text("//h1[@lang='nb']"), "ICD-11");
  const std::string crumbs = "//nav[@class='breadcrumbs']//li";
  EXPECT_TRUE(page.Has(crumbs + "/a[@href='/strategi/nes-2023-2030/4']"));
  EXPECT_TRUE(page.Has(crumbs + "/a[@href='/strategi/nes-2023-2030/4B']"));
  EXPECT_TRUE(page.Has(crumbs + "/a[@href='/strategi/nes-2023-2030/4B-t1']"));
  EXPECT_EQ(page.Text(crumbs + "[last()]/span[@aria-current='page']"), "ICD-11");
  EXPECT_EQ(page.Text(Definition("Startdato")), "01.10.2026");
  EXPECT_EQ(page.Text(Definition("Sluttdato")), "Udefinert");
  EXPECT_EQ(page.Text(Definition("Fase")), "Tilpasning og utvidet utprøving");
  EXPECT_EQ(page.Text(Definition("Brukergrupper")), "Spesialisthelsetjenesten og kommune");
  EXPECT_EQ(page.Text(Definition("Tentativ tidsplan")), "Ja");

  auto theme = Get("/strategi/nes-2023-2030/4B-t1");
  ASSERT_EQ(theme.status, 200);
  EXPECT_TRUE(HtmlPage(theme.body).Has("//main//a[@href='/strategi/nes-2023-2030/4B-t1-d5']"));  // a child
}

TEST_P(PagesTest, ItemIdFromTheApiRedirectsToTheItemPage) {
  auto items = server_->Get("/api/v1/items?strategy=nes-2023-2030&level=4").Json();
  int64_t id = 0;
  for (const auto& i : items) {
    if (i["key"] == "4B-t1-d5") id = i["id"];
  }
  ASSERT_NE(id, 0);
  auto r = Get("/element/" + std::to_string(id));
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.headers.at("Location"), "/strategi/nes-2023-2030/4B-t1-d5");
  EXPECT_EQ(Get("/element/999999").status, 404);
  EXPECT_EQ(Get("/element/abc").status, 404);
}

TEST_P(PagesTest, UnknownStrategyOrItemIsATranslated404Page) {
  for (const char* path : {"/strategi/finnes-ikke", "/strategi/nes-2023-2030/finnes-ikke"}) {
    auto r = Get(path);
    EXPECT_EQ(r.status, 404) << path;
    ExpectAccessibleFrame(r, "nb");
    EXPECT_EQ(HtmlPage(r.body).Text("//h1"), "Siden finnes ikke") << path;
  }
  auto en = Get("/strategi/finnes-ikke?lang=en");
  EXPECT_EQ(en.status, 404);
  EXPECT_EQ(HtmlPage(en.body).Text("//h1"), "Page not found");
}

TEST_P(PagesTest, RoadmapFilteredByOwnerAndUserGroupListsExactlyTheElevenDeliverables) {
  auto r = Get("/veikart?eier=Hdir&brukergruppe=kommune-og-fylkeskommune");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  HtmlPage page(r.body);
  EXPECT_EQ(page.Count(kRoadmapRows), 11u);
  EXPECT_EQ(page.Count(kTimelineBars), 11u);
  for (const char* title : kElevenForHdirAndMunicipalities) {
    EXPECT_TRUE(page.Has(RoadmapRow(title))) << title;
    EXPECT_TRUE(page.Has(TimelineBar(title))) << title;
  }
  EXPECT_EQ(page.Text("//p[@class='filter-count']"), "Viser 11 av 42 leveranser.");
  EXPECT_TRUE(page.Has("//select[@name='eier']/option[@value='Hdir'][@selected]"));
  EXPECT_TRUE(page.Has("//select[@name='brukergruppe']/option[@value='kommune-og-fylkeskommune'][@selected]"));
}

TEST_P(PagesTest, RoadmapShowsIcd11WithAnOpenEndAndTheTentativeMark) {
  auto r = Get("/veikart");
  ASSERT_EQ(r.status, 200) << r.body;
  HtmlPage page(r.body);
  const std::string row = RoadmapRow("ICD-11");
  ASSERT_TRUE(page.Has(row));
  EXPECT_EQ(page.Texts(row + "/td[@class='date']"), (std::vector<std::string>{"01.10.2026", "Udefinert"}));
  EXPECT_EQ(page.Text(row + "/td[last()]"), "Ja");
  EXPECT_TRUE(page.Has(row + "[contains(concat(' ', @class, ' '), ' is-tentative ')]"));
  const std::string bar = TimelineBar("ICD-11");
  EXPECT_TRUE(page.Has(bar + "[contains(concat(' ', @class, ' '), ' tl-open-end ')]"));
  EXPECT_TRUE(page.Has(bar + "[contains(concat(' ', @class, ' '), ' tl-tentative ')]"));
  EXPECT_TRUE(page.Has(bar + "[@stroke-dasharray]"));
  EXPECT_TRUE(page.HasText("//svg//g[rect/title[starts-with(., 'ICD-11 — ')]]/text[@class='tl-note']",
                           "tentativ tidsplan · udefinert slutt"));
}

TEST_P(PagesTest, RoadmapTimelineHasATitleASummaryAndOneBarPerTableRow) {
  auto r = Get("/veikart");
  ASSERT_EQ(r.status, 200) << r.body;
  HtmlPage page(r.body);
  const std::string svg = "//svg[@role='img'][@aria-labelledby='tl-title tl-desc']";
  EXPECT_TRUE(page.Has(svg));
  EXPECT_TRUE(page.Has(svg + "/title[@id='tl-title'][normalize-space(.)!='']"));
  EXPECT_TRUE(page.HasText(svg + "/desc[@id='tl-desc']", "Tidslinjen viser 42 leveranser"));
  EXPECT_EQ(page.Count(kTimelineBars), 42u);
  EXPECT_EQ(page.Count(kRoadmapRows), 42u);
  EXPECT_TRUE(page.Has("//figure/figcaption[starts-with(., 'Tidslinjen viser 42 leveranser')]"));
  EXPECT_TRUE(page.Has("//table/caption[@id='roadmap-table-caption']"));
  for (int year = 2020; year <= 2027; ++year) {
    EXPECT_TRUE(page.Has(svg + "//text[.='" + std::to_string(year) + "']")) << year;
  }
}

TEST_P(PagesTest, RoadmapAxisCoversTheStrategyPeriodAndBarsAreColouredByPhaseWithWords) {
  auto r = Get("/veikart");
  ASSERT_EQ(r.status, 200) << r.body;
  HtmlPage page(r.body);
  for (int year = 2028; year <= 2030; ++year) {
    EXPECT_TRUE(page.Has("//svg//text[.='" + std::to_string(year) + "']")) << year;
  }
  EXPECT_TRUE(page.Has("//figcaption[starts-with(., 'Tidslinjen viser 42 leveranser mellom 2020 og 2030.')]"));
  // Every bar with a phase carries its class; the legend names the colours.
  EXPECT_GT(page.Count("//svg//rect[starts-with(@class, 'tl-bar tl-phase-')]"), 30u);
  EXPECT_TRUE(page.Has("//svg//text[.='Farge viser fasen leveransen når:']"));
  EXPECT_TRUE(page.Has("//svg//rect[@class='tl-swatch tl-phase-i_bruk']"));
  EXPECT_TRUE(page.Has("//svg//text[.='I bruk']"));
}

TEST_P(PagesTest, RoadmapHasAListViewForPhonesWithEveryDeliverableAndKeepsTheTable) {
  auto r = Get("/veikart?fase=i_bruk");
  ASSERT_EQ(r.status, 200) << r.body;
  HtmlPage page(r.body);
  size_t rows = page.Count(kRoadmapRows);
  ASSERT_GT(rows, 0u);
  const std::string list = "//section[@class='roadmap-list'][@aria-labelledby='roadmap-list-heading']";
  EXPECT_TRUE(page.Has(list + "/*[@id='roadmap-list-heading']"));
  EXPECT_EQ(page.Count(list + "//li[starts-with(@class, 'roadmap-list-item')]"), rows);
  EXPECT_TRUE(page.Has(list + "//li[starts-with(@class, 'roadmap-list-item phase-i_bruk')]"));
  EXPECT_TRUE(page.Has("//span[@class='phase-mark'][@aria-hidden='true'][not(node())]"));
  // The list is shown instead of the timeline by CSS alone.
  EXPECT_EQ(r.body.find("<script"), std::string::npos);
}

TEST_P(PagesTest, RoadmapFormHasALabelForEverySelect) {
  auto r = Get("/veikart");
  ASSERT_EQ(r.status, 200);
  HtmlPage page(r.body);
  const std::string form = "//form[@class='filters'][@method='get'][@action='/veikart']";
  EXPECT_EQ(page.Count(form + "//select"), 5u);
  for (const std::string& id : page.Texts(form + "//select/@id")) {
    EXPECT_EQ(page.Count("//label[@for='" + id + "']"), 1u) << id;
  }
  EXPECT_EQ(page.Count("//select[not(@id)]"), 0u);
  EXPECT_TRUE(page.Has(form + "//button[@type='submit'][@class='ds-button'][@data-variant='secondary']"));
}

TEST_P(PagesTest, RoadmapFiltersByGoalAndPhase) {
  auto goal = Get("/veikart?mal=4");
  ASSERT_EQ(goal.status, 200) << goal.body;
  HtmlPage by_goal(goal.body);
  size_t rows = by_goal.Count(kRoadmapRows);
  EXPECT_GT(rows, 0u);
  EXPECT_LT(rows, 42u);
  EXPECT_TRUE(by_goal.Has(RoadmapRow("ICD-11")));
  EXPECT_FALSE(by_goal.Has(RoadmapRow("Digi-ung: søketjenester")));

  auto phase = Get("/veikart?fase=i_bruk");
  ASSERT_EQ(phase.status, 200) << phase.body;
  HtmlPage by_phase(phase.body);
  EXPECT_TRUE(by_phase.Has(RoadmapRow("Digi-ung: søketjenester")));
  EXPECT_FALSE(by_phase.Has(RoadmapRow("ICD-11")));
  EXPECT_EQ(by_phase.Count(kRoadmapRows), by_phase.Count(kTimelineBars));
}

TEST_P(PagesTest, RoadmapOfDemoSizeIsDrawnWholeAndVisningAlleShowsTheSameRows) {
  // The overview by goal (render/roadmap_overview.h) is for national size;
  // the demo's deliverables are drawn on the timeline and in the table.
  auto r = Get("/veikart");
  ASSERT_EQ(r.status, 200);
  HtmlPage page(r.body);
  EXPECT_FALSE(Has(r.body, "roadmap-overview"));
  auto all = Get("/veikart?visning=alle");
  ASSERT_EQ(all.status, 200) << all.body;
  HtmlPage whole(all.body);
  EXPECT_EQ(whole.Count(kRoadmapRows), page.Count(kRoadmapRows));
  EXPECT_GT(whole.Count(kRoadmapRows), 0u);
  // The choice is kept when the reader filters further.
  EXPECT_TRUE(whole.Has("//form[@class='filters']//input[@type='hidden'][@name='visning'][@value='alle']"));
}
TEST_P(PagesTest, ALargeRoadmapShowsItsGoalsFirstAndEveryDeliverableIsReachable) {
  // 3 goals with 120 deliverables each: above kRoadmapOverviewAbove (250).
  nlohmann::json items = nlohmann::json::array();
  for (int g = 1; g <= 3; ++g) {
    items.push_back({{"key", "g" + std::to_string(g)}, {"code", std::to_string(g)}, {"level", 1},
                     {"parent", nullptr}, {"title", "Stort mål " + std::to_string(g)}});
  }
  for (int d = 1; d <= 360; ++d) {
    int g = 1 + (d - 1) / 120;
    items.push_back({{"key", "d" + std::to_string(d)}, {"level", 2}, {"parent", "g" + std::to_string(g)},
                     {"title", "Stor leveranse " + std::to_string(d)}, {"owners", {"Hdir"}},
                     {"start", "2030-01-01"}, {"end", d == 1 ? "2034-12-31" : "2031-06-30"},
                     {"phase_from", "konsept"}, {"phase_to", d % 3 == 0 ? "i_bruk" : "konsept"}});
  }
  nlohmann::json bundle{{"format", "fremdrift-bundle"}, {"version", 1},
                        {"strategies", {{{"key", "stor-2030"}, {"name", "Stor strategi"}, {"period_start", 2030},
                                         {"period_end", 2034}, {"published", true},
                                         {"level_names", {"Mål", "Leveranse"}}, {"items", items}}}}};
  {
    auto lease = server_->pool().Acquire();
    ImportBundle(*lease, {ParseBundleText("stor.json", bundle.dump())}, "test");
  }
  auto r = Get("/veikart?strategi=stor-2030");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  HtmlPage page(r.body);
  EXPECT_EQ(page.Count(kRoadmapRows), 0u) << "no deliverable rows on the first page";
  EXPECT_FALSE(page.Has("//figure[@class='timeline-figure']")) << "no timeline";
  EXPECT_FALSE(page.Has("//svg")) << "no timeline";
  EXPECT_EQ(page.Text("//section[@class='roadmap-overview']//caption[@id='roadmap-overview-caption']"),
            "Leveransene i Stor strategi per «Mål»");
  // A row per goal, in words: the count, the span and the phases reached.
  const std::string row = TableRow("Mål 1: Stort mål 1");
  ASSERT_TRUE(page.Has(row));
  EXPECT_EQ(page.Attr(row + "/th/a", "href"), "/veikart?strategi=stor-2030&mal=g1");
  EXPECT_EQ(page.Texts(row + "/td"), (std::vector<std::string>{"120", "01.01.2030 – 31.12.2034", "Konsept 80, I bruk 40"}));
  EXPECT_EQ(page.Attr(row + "/td[1]", "class"), "number");
  EXPECT_EQ(page.Text("//a[@href='/veikart?strategi=stor-2030&visning=alle']"), "Vis alle 360 leveransene på én side");
  // Each goal's roadmap draws its deliverables; together they are all.
  size_t rows = 0;
  for (int g = 1; g <= 3; ++g) {
    auto goal = Get("/veikart?strategi=stor-2030&mal=g" + std::to_string(g));
    ASSERT_EQ(goal.status, 200);
    HtmlPage goal_page(goal.body);
    EXPECT_FALSE(Has(goal.body, "roadmap-overview"));
    EXPECT_EQ(goal_page.Count(kRoadmapRows), goal_page.Count(kTimelineBars));
    rows += goal_page.Count(kRoadmapRows);
  }
  EXPECT_EQ(rows, 360u);
  // A filter that leaves few enough draws them at once.
  EXPECT_EQ(HtmlPage(Get("/veikart?strategi=stor-2030&fase=i_bruk").body).Count(kRoadmapRows), 120u);
  // And on one page when asked.
  EXPECT_EQ(HtmlPage(Get("/veikart?strategi=stor-2030&visning=alle").body).Count(kRoadmapRows), 360u);
  HtmlPage en(Get("/veikart?strategi=stor-2030&lang=en").body);
  EXPECT_EQ(en.Text("//a[@href='/veikart?strategi=stor-2030&visning=alle']"), "Show all 360 deliverables on one page");
}

TEST_P(PagesTest, RoadmapGroupsByOwnerAndByUserGroup) {
  auto owner = Get("/veikart?gruppering=eier");
  ASSERT_EQ(owner.status, 200) << owner.body;
  HtmlPage by_owner(owner.body);
  EXPECT_EQ(by_owner.Count("//tr[@class='group-row']"), 1u);
  EXPECT_EQ(by_owner.Text("//tr[@class='group-row']/th[@colspan='7'][@lang='nb']"), "Helsedirektoratet");

  auto groups = Get("/veikart?gruppering=brukergruppe");
  ASSERT_EQ(groups.status, 200) << groups.body;
  HtmlPage by_group(groups.body);
  EXPECT_TRUE(by_group.Has("//tr[@class='group-row']/th[.='Kommune og fylkeskommune']"));
  EXPECT_TRUE(by_group.Has("//tr[@class='group-row']/th[.='Uten brukergruppe']"));
  EXPECT_EQ(by_group.Count(kRoadmapRows), by_group.Count(kTimelineBars));

  auto goals = Get("/veikart?gruppering=mal");
  ASSERT_EQ(goals.status, 200) << goals.body;
  EXPECT_EQ(HtmlPage(goals.body).Count("//tr[@class='group-row']"), 5u);
}

TEST_P(PagesTest, BadFilterValuesGiveA400PageNamingTheParameter) {
  for (const char* param : {"fase=tull", "eier=Ukjent", "brukergruppe=ingen", "mal=9",
                            "gruppering=farge", "visning=ingen"}) {
    auto r = Get(std::string("/veikart?") + param);
    EXPECT_EQ(r.status, 400) << param;
    ExpectAccessibleFrame(r, "nb");
    std::string name = std::string(param).substr(0, std::string(param).find('='));
    EXPECT_EQ(HtmlPage(r.body).Text("//main//p[@class='lead']"), "Parameteren «" + name + "» har en ugyldig verdi.")
        << param;
  }
  auto en = Get("/veikart?fase=tull&lang=en");
  EXPECT_EQ(en.status, 400);
  HtmlPage english(en.body);
  EXPECT_EQ(english.Text("//h1"), "Bad request");
  EXPECT_EQ(english.Text("//main//p[@class='lead']"), "The parameter “fase” has an invalid value.");
}

TEST_P(PagesTest, EnglishSwitchTranslatesThePageAndIsRemembered) {
  auto r = Get("/veikart?eier=Hdir&lang=en");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "en");
  HtmlPage page(r.body);
  EXPECT_EQ(page.Text("//h1/text()[1]"), "Roadmap");
  EXPECT_TRUE(page.Has("//table//th[@scope='col'][.='Start date']"));
  EXPECT_EQ(page.Text("//form[@class='filters']//h2"), "Filter the roadmap");
  const std::string& cookie = r.headers.at("Set-Cookie");
  EXPECT_TRUE(Has(cookie, "lang=en")) << cookie;
  EXPECT_TRUE(Has(cookie, "Path=/")) << cookie;
  EXPECT_TRUE(Has(cookie, "SameSite=Lax")) << cookie;
  // The switch back keeps the path and the other parameters.
  EXPECT_TRUE(page.Has("//a[@class='lang-switch'][@href='/veikart?eier=Hdir&lang=nb'][@lang='nb']"));

  auto remembered = Get("/strategi/nes-2023-2030", {{"Cookie", "lang=en"}});
  ASSERT_EQ(remembered.status, 200);
  ExpectAccessibleFrame(remembered, "en");
  HtmlPage english(remembered.body);
  EXPECT_TRUE(english.Has("//h2[.='Vision']"));
  EXPECT_TRUE(english.Has(Definition("End date") + "[.='Undefined']"));
  EXPECT_EQ(remembered.headers.count("Set-Cookie"), 0u);

  auto back = Get("/?lang=nb", {{"Cookie", "lang=en"}});
  ExpectAccessibleFrame(back, "nb");
  EXPECT_TRUE(Has(back.headers.at("Set-Cookie"), "lang=nb"));
}

TEST_P(PagesTest, MarkupInAnItemTitleComesBackEscapedEverywhere) {
  std::string token = server_->AddUserWithToken("redaktor", "Hdir", Role::kAdmin);
  const std::string title = "<script>alert(\"x\")</script> 'sitat' & mer";
  auto created = server_->Send(
      "POST", "/api/v1/items",
      {{"strategy", "nes-2023-2030"}, {"parent", "4B-t1"}, {"key", "xss"}, {"title", title},
       {"description", "<img src=x onerror=alert(1)>"}, {"owners", {"Hdir"}},
       {"user_groups", {"kommune-og-fylkeskommune"}}, {"start", "2024-01-01"},
       {"end", "undefined"}, {"phase_from", "konsept"}, {"phase_to", "konsept"},
       {"links", {{{"title", "<b>Ehelse</b>"}, {"url", "https://www.ehelse.no/?a=1&b=\"2\""}}}}},
      token);
  ASSERT_EQ(created.status, 201) << created.body;

  const std::string escaped =
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39;sitat&#39; &amp; mer";
  for (const char* path : {"/veikart", "/strategi/nes-2023-2030", "/strategi/nes-2023-2030/xss"}) {
    auto r = Get(path);
    ASSERT_EQ(r.status, 200) << path << r.body;
    EXPECT_FALSE(Has(r.body, "<script")) << path;
    EXPECT_FALSE(Has(r.body, "<img")) << path;
    EXPECT_TRUE(Has(r.body, escaped)) << path;
  }
  auto item = Get("/strategi/nes-2023-2030/xss");
  EXPECT_TRUE(Has(item.body, "&lt;img src=x onerror=alert(1)&gt;"));
  EXPECT_TRUE(Has(item.body, "&lt;b&gt;Ehelse&lt;/b&gt;"));
  EXPECT_TRUE(Has(item.body, "href=\"https://www.ehelse.no/?a=1&amp;b=&quot;2&quot;\""));
  // Read as a browser reads it, the hostile text is plain text.
  HtmlPage page(item.body);
  EXPECT_EQ(page.Text("//h1"), title);
  EXPECT_EQ(page.Text("//a[@href='https://www.ehelse.no/?a=1&b=\"2\"']"), "<b>Ehelse</b>");
}

TEST_P(PagesTest, UnpublishedStrategyIsOnlyForSignedInUsers) {
  {
    auto lease = server_->pool().Acquire();
    ImportBundle(*lease,
                 {ParseBundleText("internal.json", R"({
                   "format": "fremdrift-bundle", "version": 1,
                   "strategies": [{"key": "intern-2031", "name": "Intern strategi 2031",
                     "period_start": 2031, "period_end": 2035, "published": false,
                     "level_names": ["Mål", "Leveranse"],
                     "items": [{"key": "m1", "level": 1, "parent": null, "title": "Hemmelig mål"}]}]
                 })")},
                 "test");
  }
  EXPECT_EQ(Get("/strategi/intern-2031").status, 404);
  EXPECT_EQ(Get("/strategi/intern-2031/m1").status, 404);
  EXPECT_EQ(Get("/veikart?strategi=intern-2031").status, 404);
  EXPECT_FALSE(Has(Get("/").body, "Hemmelig mål"));
  // The public roadmap still defaults to the newest published strategy.
  EXPECT_EQ(HtmlPage(Get("/veikart").body).Text("//h1/span[@class='h1-sub'][@lang='nb']"),
            "Nasjonal e-helsestrategi 2023–2030");

  std::string token = server_->AddUserWithToken("leser", "Hdir", Role::kReader);
  std::map<std::string, std::string> auth{{"Authorization", "Bearer " + token}};
  HtmlPage home(Get("/", auth).body);
  EXPECT_TRUE(home.HasText("//section[@aria-labelledby='s-intern-2031']", "Hemmelig mål"));
  EXPECT_TRUE(home.HasText("//section[@aria-labelledby='s-intern-2031']", "Ikke publisert"));
  EXPECT_EQ(home.Text("//header//strong"), "leser");
  EXPECT_TRUE(home.HasText("//header", "Innlogget som leser"));
  EXPECT_EQ(Get("/strategi/intern-2031", auth).status, 200);
  EXPECT_EQ(Get("/strategi/intern-2031/m1", auth).status, 200);
}

TEST_P(PagesTest, AnUnknownTokenGivesA401PageInTheLayout) {
  auto r = Get("/", {{"Authorization", "Bearer not-a-token"}});
  EXPECT_EQ(r.status, 401);
  ExpectAccessibleFrame(r, "nb");
  EXPECT_EQ(HtmlPage(r.body).Text("//h1"), "Ikke innlogget");
}

TEST_P(PagesTest, StaticFilesAreServedWithTypeAndCaching) {
  auto css = Get("/static/site.css");
  ASSERT_EQ(css.status, 200);
  EXPECT_EQ(css.headers.at("Content-Type"), "text/css; charset=utf-8");
  EXPECT_TRUE(Has(css.headers.at("Cache-Control"), "max-age="));
  EXPECT_TRUE(Has(css.body, "@media print"));
  auto again = Get("/static/site.css", {{"If-None-Match", css.headers.at("ETag")}});
  EXPECT_EQ(again.status, 304);
  EXPECT_EQ(Get("/static/nothing.css").status, 404);
}

TEST_P(PagesTest, StaticTextIsSentGzipCompressedToBrowsersThatAcceptIt) {
  auto plain = Get("/static/site.css");
  auto gz = Get("/static/site.css", {{"Accept-Encoding", "gzip, deflate, br"}});
  ASSERT_EQ(gz.status, 200);
  EXPECT_EQ(gz.headers.at("Content-Encoding"), "gzip");
  EXPECT_EQ(gz.headers.at("Vary"), "Accept-Encoding");
  EXPECT_EQ(plain.headers.count("Content-Encoding"), 0u);
  EXPECT_LT(gz.body.size(), plain.body.size() / 3);
  EXPECT_NE(gz.headers.at("ETag"), plain.headers.at("ETag")) << "each variant has its own ETag";
  auto again = Get("/static/site.css",
                   {{"Accept-Encoding", "gzip"}, {"If-None-Match", gz.headers.at("ETag")}});
  EXPECT_EQ(again.status, 304);
  // SVG is text too.
  auto icon = Get("/static/favicon.svg", {{"Accept-Encoding", "gzip"}});
  EXPECT_EQ(icon.headers.at("Content-Encoding"), "gzip");
}

TEST_P(PagesTest, PagesLoadDesignsystemetAndDescribeThemselves) {
  auto r = Get("/");
  ASSERT_EQ(r.status, 200);
  HtmlPage page(r.body);
  EXPECT_TRUE(page.Has("/html/head/link[@rel='stylesheet'][@href='/static/ds/designsystemet.css']"));
  EXPECT_TRUE(page.Has("/html/head/meta[@name='description']"
                       "[starts-with(@content, 'Fremdrift følger opp Nasjonal e-helsestrategi')]"));
  // The header's menu folds into <details> on a phone, without script.
  EXPECT_EQ(page.Text("//header//details[@class='site-menu']/*[1][self::summary]"), "Meny");
  EXPECT_TRUE(page.Has("//header//details[@class='site-menu']/nav"));
  EXPECT_FALSE(Has(r.body, "<script"));
}

TEST_P(PagesTest, StaticPathTraversalIsRefused) {
  for (const char* path :
       {"/static/../CMakeLists.txt", "/static/%2e%2e/CMakeLists.txt",
        "/static/..%2fCMakeLists.txt", "/static/%2e%2e%2fCMakeLists.txt",
        "/static/..%2F..%2FCMakeLists.txt", "/static/./../CMakeLists.txt",
        "/static/%2fetc%2fpasswd", "/static//etc/passwd", "/static/..\\CMakeLists.txt",
        "/static/../templates/i18n/nb.json", "/static/../src/web/server.cpp"}) {
    auto r = Get(path);
    EXPECT_TRUE(r.status == 400 || r.status == 404) << path << " gave " << r.status;
    EXPECT_FALSE(Has(r.body, "cmake_minimum_required")) << path;
    EXPECT_FALSE(Has(r.body, "root:")) << path;
    EXPECT_FALSE(Has(r.body, "site_tagline")) << path;
    EXPECT_FALSE(Has(r.body, "#include")) << path;
  }
}

INSTANTIATE_PER_ENGINE(PagesTest);

}  // namespace
}  // namespace fremdrift::testing
