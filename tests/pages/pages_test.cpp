// The read-only web pages over real HTTP, on both engines: what a reader
// of the plan and the roadmap relies on.
#include <gtest/gtest.h>

#include <regex>

#include <nlohmann/json.hpp>

#include "support/page_checks.h"
#include "support/text_search.h"
#include "app/bundle.h"
#include "formats/bundle_files.h"
#include "support/api_fixture.h"

namespace fremdrift::testing {
namespace {

// The table row (<tr>...</tr>) whose title link reads `title`.
std::string TableRow(const std::string& html, const std::string& title) {
  size_t at = html.find(">" + title + "</a></th>");
  if (at == std::string::npos) return "";
  size_t start = html.rfind("<tr", at);
  size_t end = html.find("</tr>", at);
  return html.substr(start, end - start);
}

// The opening tag of the timeline bar whose tooltip starts with `title`.
std::string BarTag(const std::string& html, const std::string& title) {
  size_t at = html.find("<title>" + title + " — ");
  if (at == std::string::npos) return "";
  size_t start = html.rfind("<rect", at);
  return html.substr(start, at - start);
}

std::string Svg(const std::string& html) {
  size_t start = html.find("<svg");
  size_t end = html.find("</svg>");
  if (start == std::string::npos || end == std::string::npos) return "";
  return html.substr(start, end - start);
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
  EXPECT_TRUE(Has(r.body, "Nasjonal e-helsestrategi 2023–2030"));
  EXPECT_TRUE(Has(r.body, "Nasjonal e-helsestrategi 2017–2022"));
  EXPECT_TRUE(Has(r.body, "Aktiv medvirkning i egen og næres helse"));
  EXPECT_TRUE(Has(r.body, "Samarbeid og virkemidler som styrker gjennomføringskraft"));
  EXPECT_TRUE(Has(r.body, "href=\"/strategi/nes-2023-2030/1\""));
  // Level names are data: the 2017-2022 strategy calls its goals "Satsingsområde".
  EXPECT_TRUE(Has(r.body, "Satsingsområde"));
}

TEST_P(PagesTest, SourcesPageListsTheDocumentsInBothLanguages) {
  auto home = Get("/");
  EXPECT_TRUE(Has(home.body, "<a href=\"/kilder\">Kilder</a>")) << "linked from the footer";
  auto r = Get("/kilder");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  EXPECT_TRUE(Has(r.body, "<h1>Kilder</h1>"));
  EXPECT_EQ(Count(r.body, "<section aria-labelledby=\"kilde-"), 5u);
  // Title, publisher, year and what it was used for.
  EXPECT_TRUE(Has(r.body, "<h2 id=\"kilde-statusrapport-2023-q1\" lang=\"nb\">"
                          "Statusrapport for Nasjonal e-helsestrategi, 1. kvartal 2023</h2>"));
  EXPECT_TRUE(Has(r.body, "<dt>Utgiver</dt><dd><span lang=\"nb\">Direktoratet for e-helse</span></dd>"));
  EXPECT_TRUE(Has(r.body, "<dt>År</dt><dd>2023</dd>"));
  EXPECT_TRUE(Has(r.body, "Delmålene i strategien for 2023–2030 med temaer og Helsedirektoratets 42 leveranser"));
  EXPECT_TRUE(Has(r.body, "Saksdokumenter til NUIT-møte 3/22, 19. mai 2022 (Direktoratet for e-helse, 2022)"));
  // The Swedish overview gives no title, publisher or date; the roadmap page no year.
  EXPECT_TRUE(Has(r.body, "Svensk oversikt over e-helse i Norge (dokumentet oppgir ikke tittel, utgiver eller dato)"));
  EXPECT_EQ(Count(r.body, "<dd>Ikke oppgitt i dokumentet</dd>"), 3u);
  EXPECT_FALSE(Has(r.body, "seed"));

  auto en = Get("/kilder?lang=en");
  ASSERT_EQ(en.status, 200);
  ExpectAccessibleFrame(en, "en");
  EXPECT_TRUE(Has(en.body, "<h1>Sources</h1>"));
  EXPECT_TRUE(Has(en.body, "<dt>Used for</dt><dd><span lang=\"en\">The goals of the 2023–2030 strategy"));
  EXPECT_EQ(Count(en.body, "<dd>Not stated in the document</dd>"), 3u);
}

TEST_P(PagesTest, ItemPageCitesItsSourceDocument) {
  auto r = Get("/strategi/nes-2023-2030/4B-t1-d5");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(Has(r.body, "Veikart for Nasjonal e-helsestrategi – Helsedirektoratets leveranser (Helsedirektoratet)"));
  EXPECT_TRUE(Has(r.body, "Overgangen til kodeverket ICD-11. Tidsplanen er foreløpig."));
  EXPECT_FALSE(Has(r.body, "seed"));
}

TEST_P(PagesTest, StrategyPageShowsTheWholeTree) {
  auto r = Get("/strategi/nes-2023-2030");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  EXPECT_TRUE(Has(r.body, "<h1 lang=\"nb\">Nasjonal e-helsestrategi 2023–2030</h1>"));
  EXPECT_TRUE(Has(r.body, "Delmål 1B"));
  EXPECT_TRUE(Has(r.body, "<details class=\"description\"><summary>Mer informasjon"));
  EXPECT_TRUE(Has(r.body, ">ICD-11</a>"));
  EXPECT_TRUE(Has(r.body, "Tentativ tidsplan"));
  EXPECT_TRUE(Has(r.body, "<dd>Udefinert</dd>"));
  EXPECT_TRUE(Has(r.body, "Tilpasning og utvidet utprøving"));
  EXPECT_TRUE(Has(r.body, "Helsedirektoratet"));
  EXPECT_TRUE(Has(r.body, "Kommune og fylkeskommune"));
  // Goals are h2, sub-goals h3, themes h4, deliverables h5: no level skipped.
  EXPECT_EQ(Count(r.body, "<h5 "), 42u);
  EXPECT_EQ(Count(r.body, "<h6"), 0u);
  // Each goal folds (no script), and items show their latest status from
  // the latest published report, as a word.
  EXPECT_EQ(Count(r.body, "<details class=\"goal-fold\" open><summary>Vis eller skjul det som hører til målet"), 5u);
  EXPECT_TRUE(Has(r.body, "Status er hentet fra den siste publiserte statusrapporten: "
                          "<a href=\"/rapport/2023-Q1?strategy=nes-2023-2030\">"));
  EXPECT_TRUE(Has(r.body, "<p class=\"node-status\">Siste status: <span class=\"report-status"));
  EXPECT_TRUE(Has(r.body, "report-status-word\">Rød</span>"));
}

TEST_P(PagesTest, HomePageSummarisesStatusFiguresMeetingsAndDecisions) {
  auto r = Get("/");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  // The latest published report's overall status and each goal's.
  EXPECT_TRUE(Has(r.body, "<h2 id=\"home-status-heading\">Status nå</h2>"));
  EXPECT_TRUE(Has(r.body, ">Statusrapport 1. kvartal 2023</a>"));
  EXPECT_TRUE(Has(r.body, "Samlet status: <span class=\"report-status"));
  size_t goals = r.body.find("<ul class=\"home-goal-status\"");
  ASSERT_NE(goals, std::string::npos);
  std::string goal_list = r.body.substr(goals, r.body.find("</ul>", goals) - goals);
  EXPECT_EQ(Count(goal_list, "<li><a href=\"/strategi/nes-2023-2030/"), 5u) << "one line per goal";
  EXPECT_EQ(Count(goal_list, "report-status-word"), 5u) << "each with its status in words";
  // Headline figures from the monitor, with their period.
  EXPECT_TRUE(Has(r.body, "<h2 id=\"home-figures-heading\">Nøkkeltall fra e-helsemonitoren</h2>"));
  EXPECT_TRUE(Has(r.body, "<span class=\"latest-value\">"));
  // The committees: the demo's meetings are all in the past.
  EXPECT_TRUE(Has(r.body, "Siste møte: <a href=\"/moter/"));
  // The September meeting has no number: its heading carries the date, once.
  EXPECT_TRUE(Has(r.body, ">NUIT-møte 14.09.2022</a></p>")) << "the date once";
  EXPECT_TRUE(Has(r.body, "<h3>Siste vedtak</h3>"));
  EXPECT_EQ(Count(r.body, "<ul class=\"home-decisions\" lang=\"nb\">"), 1u);
  EXPECT_TRUE(Has(r.body, "<a href=\"/vedtak\">Se alle vedtakene</a>"));
  auto en = Get("/?lang=en");
  EXPECT_TRUE(Has(en.body, "Status now"));
  EXPECT_TRUE(Has(en.body, "Latest decisions"));
}

TEST_P(PagesTest, ItemPageShowsAllFieldsAndTheWayUp) {
  auto r = Get("/strategi/nes-2023-2030/4B-t1-d5");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  EXPECT_TRUE(Has(r.body, "<h1 lang=\"nb\">ICD-11</h1>"));
  EXPECT_TRUE(Has(r.body, "href=\"/strategi/nes-2023-2030/4\""));
  EXPECT_TRUE(Has(r.body, "href=\"/strategi/nes-2023-2030/4B\""));
  EXPECT_TRUE(Has(r.body, "href=\"/strategi/nes-2023-2030/4B-t1\""));
  EXPECT_TRUE(Has(r.body, "<span aria-current=\"page\">ICD-11</span>"));
  EXPECT_TRUE(Has(r.body, "01.10.2026"));
  EXPECT_TRUE(Has(r.body, "<dd>Udefinert</dd>"));
  EXPECT_TRUE(Has(r.body, "Tilpasning og utvidet utprøving"));
  EXPECT_TRUE(Has(r.body, "Spesialisthelsetjenesten og kommune"));
  EXPECT_TRUE(Has(r.body, "<dt>Tentativ tidsplan</dt><dd>Ja</dd>"));

  auto theme = Get("/strategi/nes-2023-2030/4B-t1");
  ASSERT_EQ(theme.status, 200);
  EXPECT_TRUE(Has(theme.body, "href=\"/strategi/nes-2023-2030/4B-t1-d5\""));  // a child
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
    EXPECT_TRUE(Has(r.body, "<h1>Siden finnes ikke</h1>")) << path;
  }
  auto en = Get("/strategi/finnes-ikke?lang=en");
  EXPECT_EQ(en.status, 404);
  EXPECT_TRUE(Has(en.body, "<h1>Page not found</h1>"));
}

TEST_P(PagesTest, RoadmapFilteredByOwnerAndUserGroupListsExactlyTheElevenDeliverables) {
  auto r = Get("/veikart?eier=Hdir&brukergruppe=kommune-og-fylkeskommune");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "nb");
  EXPECT_EQ(Count(r.body, "<tr class=\"roadmap-row"), 11u);
  EXPECT_EQ(Count(Svg(r.body), "<rect class=\"tl-bar"), 11u);
  for (const char* title : kElevenForHdirAndMunicipalities) {
    EXPECT_FALSE(TableRow(r.body, title).empty()) << title;
    EXPECT_FALSE(BarTag(r.body, title).empty()) << title;
  }
  EXPECT_TRUE(Has(r.body, "Viser 11 av 42 leveranser."));
  EXPECT_TRUE(Has(r.body, "<option value=\"Hdir\" selected>"));
  EXPECT_TRUE(Has(r.body, "<option value=\"kommune-og-fylkeskommune\" selected>"));
}

TEST_P(PagesTest, RoadmapShowsIcd11WithAnOpenEndAndTheTentativeMark) {
  auto r = Get("/veikart");
  ASSERT_EQ(r.status, 200) << r.body;
  std::string row = TableRow(r.body, "ICD-11");
  ASSERT_FALSE(row.empty());
  EXPECT_TRUE(Has(row, "<td class=\"date\">01.10.2026</td>"));
  EXPECT_TRUE(Has(row, "<td class=\"date\">Udefinert</td>"));
  EXPECT_TRUE(Has(row, "<td>Ja</td>"));
  EXPECT_TRUE(Has(row, "is-tentative"));
  std::string bar = BarTag(r.body, "ICD-11");
  EXPECT_TRUE(Has(bar, "tl-open-end")) << bar;
  EXPECT_TRUE(Has(bar, "tl-tentative")) << bar;
  EXPECT_TRUE(Has(bar, "stroke-dasharray")) << bar;
  EXPECT_TRUE(Has(r.body, "tentativ tidsplan · udefinert slutt"));
}

TEST_P(PagesTest, RoadmapTimelineHasATitleASummaryAndOneBarPerTableRow) {
  auto r = Get("/veikart");
  ASSERT_EQ(r.status, 200) << r.body;
  std::string svg = Svg(r.body);
  EXPECT_TRUE(Has(svg, "role=\"img\""));
  EXPECT_TRUE(Has(svg, "<title id=\"tl-title\">"));
  EXPECT_TRUE(Has(svg, "<desc id=\"tl-desc\">Tidslinjen viser 42 leveranser"));
  EXPECT_EQ(Count(svg, "<rect class=\"tl-bar"), 42u);
  EXPECT_EQ(Count(r.body, "<tr class=\"roadmap-row"), 42u);
  EXPECT_TRUE(Has(r.body, "<figcaption>Tidslinjen viser 42 leveranser"));
  EXPECT_TRUE(Has(r.body, "<caption id=\"roadmap-table-caption\">"));
  for (int year = 2020; year <= 2027; ++year) {
    std::string label = std::to_string(year);
    EXPECT_TRUE(Has(svg, label.insert(0, 1, '>').append("</text>"))) << year;
  }
}

TEST_P(PagesTest, RoadmapAxisCoversTheStrategyPeriodAndBarsAreColouredByPhaseWithWords) {
  auto r = Get("/veikart");
  ASSERT_EQ(r.status, 200) << r.body;
  std::string svg = Svg(r.body);
  for (int year = 2028; year <= 2030; ++year) {
    std::string label = std::to_string(year);
    EXPECT_TRUE(Has(svg, label.insert(0, 1, '>').append("</text>"))) << year;
  }
  EXPECT_TRUE(Has(r.body, "<figcaption>Tidslinjen viser 42 leveranser mellom 2020 og 2030."));
  // Every bar with a phase carries its class; the legend names the colours.
  EXPECT_GT(Count(svg, "<rect class=\"tl-bar tl-phase-"), 30u);
  EXPECT_TRUE(Has(svg, ">Farge viser fasen leveransen når:</text>"));
  EXPECT_TRUE(Has(svg, "<rect class=\"tl-swatch tl-phase-i_bruk\""));
  EXPECT_TRUE(Has(svg, ">I bruk</text>"));
}

TEST_P(PagesTest, RoadmapHasAListViewForPhonesWithEveryDeliverableAndKeepsTheTable) {
  auto r = Get("/veikart?fase=i_bruk");
  ASSERT_EQ(r.status, 200) << r.body;
  size_t rows = Count(r.body, "<tr class=\"roadmap-row");
  ASSERT_GT(rows, 0u);
  EXPECT_TRUE(Has(r.body, "<section class=\"roadmap-list\" aria-labelledby=\"roadmap-list-heading\">"));
  EXPECT_EQ(Count(r.body, "<li class=\"roadmap-list-item"), rows);
  EXPECT_TRUE(Has(r.body, "<li class=\"roadmap-list-item phase-i_bruk"));
  EXPECT_TRUE(Has(r.body, "<span class=\"phase-mark\" aria-hidden=\"true\"></span>"));
  // The list is shown instead of the timeline by CSS alone.
  EXPECT_EQ(r.body.find("<script"), std::string::npos);
}

TEST_P(PagesTest, RoadmapFormHasALabelForEverySelect) {
  auto r = Get("/veikart");
  ASSERT_EQ(r.status, 200);
  std::regex select("<select id=\"([a-z-]+)\"");
  size_t selects = 0;
  for (std::sregex_iterator it(r.body.begin(), r.body.end(), select), end; it != end; ++it) {
    ++selects;
    EXPECT_TRUE(Has(r.body, "<label for=\"" + (*it)[1].str() + "\"")) << (*it)[1];
  }
  EXPECT_EQ(selects, 5u);
  EXPECT_TRUE(Has(r.body, "<form class=\"filters\" method=\"get\" action=\"/veikart\""));
  EXPECT_TRUE(Has(r.body, "<button type=\"submit\" class=\"ds-button\" data-variant=\"secondary\">"));
}

TEST_P(PagesTest, RoadmapFiltersByGoalAndPhase) {
  auto goal = Get("/veikart?mal=4");
  ASSERT_EQ(goal.status, 200) << goal.body;
  size_t rows = Count(goal.body, "<tr class=\"roadmap-row");
  EXPECT_GT(rows, 0u);
  EXPECT_LT(rows, 42u);
  EXPECT_FALSE(TableRow(goal.body, "ICD-11").empty());
  EXPECT_TRUE(TableRow(goal.body, "Digi-ung: søketjenester").empty());

  auto phase = Get("/veikart?fase=i_bruk");
  ASSERT_EQ(phase.status, 200) << phase.body;
  EXPECT_FALSE(TableRow(phase.body, "Digi-ung: søketjenester").empty());
  EXPECT_TRUE(TableRow(phase.body, "ICD-11").empty());
  EXPECT_EQ(Count(phase.body, "<tr class=\"roadmap-row"),
            Count(Svg(phase.body), "<rect class=\"tl-bar"));
}

TEST_P(PagesTest, RoadmapOfDemoSizeIsDrawnWholeAndVisningAlleShowsTheSameRows) {
  // The overview by goal (render/roadmap_overview.h) is for national size;
  // the demo's deliverables are drawn on the timeline and in the table.
  auto r = Get("/veikart");
  ASSERT_EQ(r.status, 200);
  EXPECT_FALSE(Has(r.body, "roadmap-overview"));
  auto all = Get("/veikart?visning=alle");
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_EQ(Count(all.body, "<tr class=\"roadmap-row"), Count(r.body, "<tr class=\"roadmap-row"));
  EXPECT_GT(Count(all.body, "<tr class=\"roadmap-row"), 0u);
  // The choice is kept when the reader filters further.
  EXPECT_TRUE(Has(all.body, "<input type=\"hidden\" name=\"visning\" value=\"alle\">"));
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
  EXPECT_EQ(Count(r.body, "<tr class=\"roadmap-row"), 0u) << "no deliverable rows on the first page";
  EXPECT_FALSE(Has(r.body, "timeline-figure")) << "no timeline";
  EXPECT_TRUE(Has(r.body, "<caption id=\"roadmap-overview-caption\">Leveransene i Stor strategi per «Mål»</caption>"));
  // A row per goal, in words: the count, the span and the phases reached.
  std::string row = TableRow(r.body, "Mål 1: Stort mål 1");
  ASSERT_FALSE(row.empty()) << r.body;
  EXPECT_TRUE(Has(row, "href=\"/veikart?strategi=stor-2030&amp;mal=g1\""));
  EXPECT_TRUE(Has(row, "<td class=\"number\">120</td>"));
  EXPECT_TRUE(Has(row, "01.01.2030 – 31.12.2034"));
  EXPECT_TRUE(Has(row, "Konsept 80, I bruk 40"));
  EXPECT_TRUE(Has(r.body, "href=\"/veikart?strategi=stor-2030&amp;visning=alle\">Vis alle 360 leveransene på én side</a>"));
  // Each goal's roadmap draws its deliverables; together they are all.
  size_t rows = 0;
  for (int g = 1; g <= 3; ++g) {
    auto goal = Get("/veikart?strategi=stor-2030&mal=g" + std::to_string(g));
    ASSERT_EQ(goal.status, 200);
    EXPECT_FALSE(Has(goal.body, "roadmap-overview"));
    EXPECT_EQ(Count(goal.body, "<tr class=\"roadmap-row"), Count(Svg(goal.body), "<rect class=\"tl-bar"));
    rows += Count(goal.body, "<tr class=\"roadmap-row");
  }
  EXPECT_EQ(rows, 360u);
  // A filter that leaves few enough draws them at once.
  auto used = Get("/veikart?strategi=stor-2030&fase=i_bruk");
  EXPECT_EQ(Count(used.body, "<tr class=\"roadmap-row"), 120u);
  // And on one page when asked.
  auto all = Get("/veikart?strategi=stor-2030&visning=alle");
  EXPECT_EQ(Count(all.body, "<tr class=\"roadmap-row"), 360u);
  auto en = Get("/veikart?strategi=stor-2030&lang=en");
  EXPECT_TRUE(Has(en.body, ">Show all 360 deliverables on one page</a>"));
}

TEST_P(PagesTest, RoadmapGroupsByOwnerAndByUserGroup) {
  auto owner = Get("/veikart?gruppering=eier");
  ASSERT_EQ(owner.status, 200) << owner.body;
  EXPECT_EQ(Count(owner.body, "<tr class=\"group-row\">"), 1u);
  EXPECT_TRUE(Has(owner.body, "colspan=\"7\" lang=\"nb\">Helsedirektoratet</th>"));

  auto groups = Get("/veikart?gruppering=brukergruppe");
  ASSERT_EQ(groups.status, 200) << groups.body;
  EXPECT_TRUE(Has(groups.body, ">Kommune og fylkeskommune</th>"));
  EXPECT_TRUE(Has(groups.body, ">Uten brukergruppe</th>"));
  EXPECT_EQ(Count(groups.body, "<tr class=\"roadmap-row"),
            Count(Svg(groups.body), "<rect class=\"tl-bar"));

  auto goals = Get("/veikart?gruppering=mal");
  ASSERT_EQ(goals.status, 200) << goals.body;
  EXPECT_EQ(Count(goals.body, "<tr class=\"group-row\">"), 5u);
}

TEST_P(PagesTest, BadFilterValuesGiveA400PageNamingTheParameter) {
  for (const char* param : {"fase=tull", "eier=Ukjent", "brukergruppe=ingen", "mal=9",
                            "gruppering=farge", "visning=ingen"}) {
    auto r = Get(std::string("/veikart?") + param);
    EXPECT_EQ(r.status, 400) << param;
    ExpectAccessibleFrame(r, "nb");
    std::string name = std::string(param).substr(0, std::string(param).find('='));
    EXPECT_TRUE(Has(r.body, "Parameteren «" + name + "» har en ugyldig verdi.")) << param;
  }
  auto en = Get("/veikart?fase=tull&lang=en");
  EXPECT_EQ(en.status, 400);
  EXPECT_TRUE(Has(en.body, "<h1>Bad request</h1>"));
  EXPECT_TRUE(Has(en.body, "“fase”"));
}

TEST_P(PagesTest, EnglishSwitchTranslatesThePageAndIsRemembered) {
  auto r = Get("/veikart?eier=Hdir&lang=en");
  ASSERT_EQ(r.status, 200) << r.body;
  ExpectAccessibleFrame(r, "en");
  EXPECT_TRUE(Has(r.body, "<h1>Roadmap"));
  EXPECT_TRUE(Has(r.body, "<th scope=\"col\">Start date</th>"));
  EXPECT_TRUE(Has(r.body, "Filter the roadmap"));
  const std::string& cookie = r.headers.at("Set-Cookie");
  EXPECT_TRUE(Has(cookie, "lang=en")) << cookie;
  EXPECT_TRUE(Has(cookie, "Path=/")) << cookie;
  EXPECT_TRUE(Has(cookie, "SameSite=Lax")) << cookie;
  // The switch back keeps the path and the other parameters.
  EXPECT_TRUE(Has(r.body, "href=\"/veikart?eier=Hdir&amp;lang=nb\" lang=\"nb\""));

  auto remembered = Get("/strategi/nes-2023-2030", {{"Cookie", "lang=en"}});
  ASSERT_EQ(remembered.status, 200);
  ExpectAccessibleFrame(remembered, "en");
  EXPECT_TRUE(Has(remembered.body, "<h2>Vision</h2>"));
  EXPECT_TRUE(Has(remembered.body, "Undefined"));
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
  EXPECT_TRUE(Has(Get("/veikart").body, "<span class=\"h1-sub\" lang=\"nb\">Nasjonal e-helsestrategi 2023–2030"));

  std::string token = server_->AddUserWithToken("leser", "Hdir", Role::kReader);
  std::map<std::string, std::string> auth{{"Authorization", "Bearer " + token}};
  auto home = Get("/", auth);
  EXPECT_TRUE(Has(home.body, "Hemmelig mål"));
  EXPECT_TRUE(Has(home.body, "Ikke publisert"));
  EXPECT_TRUE(Has(home.body, "Innlogget som <strong>leser</strong>"));
  EXPECT_EQ(Get("/strategi/intern-2031", auth).status, 200);
  EXPECT_EQ(Get("/strategi/intern-2031/m1", auth).status, 200);
}

TEST_P(PagesTest, AnUnknownTokenGivesA401PageInTheLayout) {
  auto r = Get("/", {{"Authorization", "Bearer not-a-token"}});
  EXPECT_EQ(r.status, 401);
  ExpectAccessibleFrame(r, "nb");
  EXPECT_TRUE(Has(r.body, "<h1>Ikke innlogget</h1>"));
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
  EXPECT_TRUE(Has(r.body, "<link rel=\"stylesheet\" href=\"/static/ds/designsystemet.css\">"));
  EXPECT_TRUE(Has(r.body, "<meta name=\"description\" content=\"Fremdrift følger opp Nasjonal e-helsestrategi"));
  // The header's menu folds into <details> on a phone, without script.
  EXPECT_TRUE(Has(r.body, "<details class=\"site-menu\">\n      <summary>Meny</summary>"));
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

INSTANTIATE_TEST_SUITE_P(Engines, PagesTest, ::testing::ValuesIn(AllEngines()),
                         [](const auto& info) { return EngineName(info.param); });

}  // namespace
}  // namespace fremdrift::testing
