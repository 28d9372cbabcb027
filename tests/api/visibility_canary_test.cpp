// The visibility rule (app/visibility.h) held against every GET route, on
// each engine: the demo data plus "canary" records that the public must
// never see (an unpublished strategy with its items and a published period,
// an internal indicator, an unpublished period of a public strategy), each
// linked from public records (a case, a portfolio item assessed in the
// hidden periods, a published indicator serving the hidden strategy, an
// assessment of the internal indicator in a published report), and an
// evaluation of the unpublished strategy. The walk
// takes its routes from BuildRouter(), fills their parameters from the data
// and fetches every format (HTML, JSON, CSV, XLSX, SDMX, Markdown, PDF,
// iCalendar, XML): as the public, no canary text may appear anywhere (nor
// any risk or benefit: both are for signed-in users, canaries included;
// circulated minutes are not public; a follow-up action's links to hidden
// records are left out); as a
// reader of another organisation, nothing of the people canaries (a user,
// a failed sign-in) that only admins may see. A new GET route is walked
// without a change here; one with a parameter this test cannot fill fails.
#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>
#include <regex>
#include <set>

#include "support/api_fixture.h"
#include "support/shell.h"
#include "support/signed_in_browser.h"
#include "support/text_search.h"
#include "web/server.h"

namespace fremdrift::testing {
namespace {

using json = nlohmann::json;

// Every name, title, comment and description of a canary says this.
const std::string kCanaryText = "KANARI";
// Every key of a canary starts with this (it is in the addresses the walk
// asks for, so it may come back only in answers to those).
const std::string kCanaryKey = "zq7";
// The people only admins may see.
const std::string kPeopleKey = "spurv";

constexpr const char* kCanaries = R"({
  "format": "fremdrift-bundle", "version": 1,
  "strategies": [{
    "key": "zq7-strategi", "name": "KANARI skjult strategi", "vision": "KANARI visjon",
    "period_start": 2025, "period_end": 2026, "published": false,
    "level_names": ["Mål", "Tiltak"],
    "items": [
      {"key": "zq7-mal", "code": "Z1", "level": 1, "parent": null, "title": "KANARI skjult mål",
       "description": "KANARI beskrivelse", "owners": ["Hdir"]},
      {"key": "zq7-tiltak", "level": 2, "parent": "zq7-mal", "title": "KANARI skjult tiltak", "owners": ["Hdir"]}
    ]
  }],
  "indicators": [
    {"code": "zq7-indikator", "name": "KANARI intern indikator", "description": "KANARI beskrivelse",
     "unit": "percent", "direction": "higher_is_better", "period_type": "year", "published": false,
     "source": "KANARI kilde", "serves": [{"strategy": "nes-2023-2030", "item": "1"}],
     "targets": [{"value": 99, "by": "2030-12-31", "label": "KANARI mål"}]},
    {"code": "apen-testindikator", "name": "Åpen testindikator", "unit": "percent",
     "direction": "higher_is_better", "period_type": "year", "published": true,
     "serves": [{"strategy": "zq7-strategi", "item": "zq7-mal"}, {"strategy": "zq7-strategi", "item": "zq7-tiltak"},
                {"strategy": "nes-2023-2030", "item": "1"}]},
    {"code": "apen-brokindikator", "name": "Åpen brøkindikator", "unit": "percent",
     "direction": "higher_is_better", "period_type": "year", "published": true, "kind": "ratio",
     "numerator": "zq7-indikator", "denominator": "apen-testindikator", "factor": 100}
  ],
  "measurements": [
    {"indicator": "zq7-indikator", "period": "2024", "value": 42, "note": "KANARI måling"},
    {"indicator": "apen-testindikator", "period": "2024", "value": 50}
  ],
  "reporting_periods": [
    {"strategy": "zq7-strategi", "code": "2025", "title": "KANARI periode i skjult strategi", "state": "published",
     "assessments": [{"subject": {"kind": "strategy"}, "status": "red", "comment": "KANARI vurdering"},
                     {"subject": {"kind": "item", "item": "zq7-mal"}, "status": "red", "comment": "KANARI mål-vurdering"}],
     "notes": [{"subject": {"kind": "strategy"}, "kind": "summary", "text": "KANARI sammendrag"}]},
    {"strategy": "nes-2023-2030", "code": "2024-Q2", "title": "KANARI upublisert periode", "state": "open",
     "assessments": [{"subject": {"kind": "strategy"}, "status": "green", "comment": "KANARI upublisert vurdering"},
                     {"subject": {"kind": "item", "item": "1"}, "status": "red", "comment": "KANARI upublisert mål"}],
     "notes": [{"subject": {"kind": "strategy"}, "kind": "theme", "title": "KANARI tema", "text": "KANARI tekst"}]}
  ],
  "organisations": [{"short_name": "testleverandor", "name": "Testleverandør", "kind": "vendor"}],
  "health_apps": [
    {"key": "zq7-app", "name": "KANARI app", "manufacturer": "testleverandor", "category_level": "selvdeklarerer",
     "intended_users": "KANARI brukere", "intended_use": "KANARI bruk", "description": "KANARI beskrivelse",
     "contact_email": "kanari@example.org",
     "evaluations": [{"catalogue": "tryggere-helseapper v1", "state": "under_review",
                      "answers": [{"requirement": "nytte-01", "answer": "yes", "evidence": "KANARI bevis"}],
                      "reviews": [{"requirement": "nytte-01", "verdict": "more_documentation", "comment": "KANARI kommentar"}]}]}
  ],
  "portfolio_items": [
    {"key": "apen-testprosjekt", "name": "Åpent testprosjekt", "description": "Et åpent prosjekt.",
     "serves_items": [{"strategy": "zq7-strategi", "item": "zq7-mal"}, {"strategy": "nes-2023-2030", "item": "1"}],
     "serves_indicators": ["zq7-indikator", "apen-testindikator"],
     "assessments": [
       {"strategy": "nes-2023-2030", "period": "2024-Q2", "status": "at_risk",
        "status_explanation": "KANARI forklaring", "risk": "high", "risk_description": "KANARI risiko"},
       {"strategy": "zq7-strategi", "period": "2025", "status": "off_track",
        "status_explanation": "KANARI forklaring i skjult strategi", "risk": "medium",
        "risk_description": "KANARI risiko i skjult strategi"}]}
  ],
  "risks": [
    {"key": "zq7-risiko", "subject": "zq7-strategi/zq7-mal", "description": "KANARI risiko i skjult strategi",
     "cause": "KANARI årsak", "likelihood": 5, "consequence": 5, "owner": "Hdir"},
    {"key": "zq7-apen-risiko", "subject": "nes-2023-2030/1", "description": "KANARI risiko ved et åpent mål",
     "mitigation": "KANARI tiltak", "likelihood": 4, "consequence": 5, "owner": "Hdir"},
    {"key": "zq7-portefoljerisiko", "subject_kind": "portfolio_item", "subject": "apen-testprosjekt",
     "description": "KANARI risiko i porteføljen", "likelihood": 3, "consequence": 3}
  ],
  "strategy_evaluations": [
    {"strategy": "zq7-strategi", "key": "zq7-evaluering", "title_nb": "KANARI evaluering", "date": "2025",
     "source": "KANARI kilde", "status_scale": "traffic_light",
     "questions": [{"question_nb": "KANARI spørsmål", "answer": "red", "comment_nb": "KANARI svar"}]}
  ],
  "benefits": [
    {"key": "zq7-gevinst", "description": "KANARI gevinst ved et åpent mål", "items": ["nes-2023-2030/1", "zq7-strategi/zq7-mal"],
     "baseline": "KANARI utgangspunkt", "comment": "KANARI kommentar", "state": "realising"}
  ],
  "meetings": [
    {"body": "nuit", "number": 1, "date": "2026-03-02", "state": "agenda_published", "start_time": "09:00",
     "cases": [{"number": 1, "title": "Åpen testsak", "type": "information", "start_time": "09:00",
                "summary": "En åpen sak som lenker til skjulte ting.",
                "links": [{"kind": "plan_item", "reference": "zq7-strategi/zq7-mal"},
                          {"kind": "plan_item", "reference": "nes-2023-2030/1"},
                          {"kind": "indicator", "reference": "zq7-indikator"},
                          {"kind": "indicator", "reference": "apen-testindikator"},
                          {"kind": "reporting_period", "reference": "nes-2023-2030/2024-Q2"},
                          {"kind": "report", "reference": "zq7-strategi/2025"},
                          {"kind": "portfolio_item", "reference": "apen-testprosjekt"}],
                "actions": [{"description": "Åpen oppfølging", "organisation": "Hdir",
                             "links": [{"kind": "plan_item", "reference": "zq7-strategi/zq7-mal"},
                                       {"kind": "indicator", "reference": "zq7-indikator"},
                                       {"kind": "health_app", "reference": "zq7-app"},
                                       {"kind": "plan_item", "reference": "nes-2023-2030/1"}]}]}],
     "minutes": {"state": "circulated",
                 "attendance": [{"person": "KANARI deltaker", "organisation": "KANARI organisasjon"}],
                 "cases": [{"number": 1, "discussion": "KANARI utkast til referat", "decision": "KANARI vedtak"}]}}
  ]
})";

// The text a reader of the response sees: PDFs through pdftotext, XLSX
// (zip) files as all their XML, everything else as sent.
std::string ReadableText(const HttpResult& r) {
  const std::string type = r.headers.count("Content-Type") ? r.headers.at("Content-Type") : "";
  bool pdf = Has(type, "pdf");
  bool zip = r.body.rfind("PK", 0) == 0;
  if (!pdf && !zip) return r.body;
  std::string path = "/tmp/fremdrift-canary-" + std::to_string(getpid()) + (pdf ? ".pdf" : ".zip");
  std::ofstream(path, std::ios::binary) << r.body;
  std::string text = pdf ? Shell("pdftotext -q " + path + " -")
                         : Shell("python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); "
                                 "[sys.stdout.write(z.read(n).decode(\"utf-8\", \"replace\")) for n in z.namelist()]' " +
                                 path);
  std::remove(path.c_str());
  EXPECT_FALSE(text.empty()) << "could not read the " << (pdf ? "PDF" : "zip file") << " (" << type << ")";
  return text;
}

class VisibilityCanaryTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(Have("pdftotext")) << "the walk reads PDFs with pdftotext (poppler-utils)";
    ASSERT_TRUE(Have("python3")) << "the walk reads XLSX files with python3";
    ImportText(kCanaries);
    // An assessment of the internal indicator in the published report: the
    // period is imported again with all it had.
    std::ifstream in(std::string(FREMDRIFT_SOURCE_DIR) + "/data/demo/40-status-2023.json");
    json status = json::parse(in);
    for (auto& p : status["reporting_periods"]) {
      if (p["code"] != "2023-Q1") continue;
      p["assessments"].push_back({{"subject", {{"kind", "indicator"}, {"indicator", "zq7-indikator"}}},
                                  {"status", "red"},
                                  {"comment", "KANARI vurdering av intern indikator"}});
      ImportText(json{{"format", "fremdrift-bundle"}, {"version", 1}, {"reporting_periods", {p}}}.dump());
    }
    // The people canaries: a user made by an admin, and a failed sign-in.
    auto made = server_->Send("POST", "/api/v1/users",
                              {{"name", "spurv-bruker"}, {"organisation", "Hdir"}, {"role", "editor"}}, AdminToken());
    ASSERT_EQ(made.status, 201) << made.body;
    Browser browser(server_->port());
    EXPECT_NE(browser.SignIn("spurv-gjett", "not the password at all").status, 303);
    reader_token_ = server_->AddUserWithToken("leser-annen", "FHI", Role::kReader);
  }

  // Values for each path parameter, read from the data as an admin sees it.
  std::map<std::string, std::vector<std::string>> ParameterValues() {
    auto ids = [&](const std::string& path, const char* field, size_t most) {
      std::vector<std::string> out;
      for (const auto& j : server_->Get(path, AdminToken()).Json()) {
        if (out.size() == most) break;
        out.push_back(j[field].is_string() ? j[field].get<std::string>() : j[field].dump());
      }
      return out;
    };
    std::vector<std::string> keys = {"nes-2023-2030", "zq7-strategi", "apen-testprosjekt", "nuit",
                                     "tryggere-helseapper", "sovnro-fiktiv", "zq7-app", "zq7-risiko",
                                     "zq7-evaluering"};
    for (const auto& k : ids("/api/v1/cost-sharing/solutions", "key", 1)) keys.push_back(k);
    for (const auto& k : ids("/api/v1/cost-sharing/groups", "key", 1)) keys.push_back(k);
    std::vector<std::string> id = {DemoItem("1")["id"].dump(), DemoItem("zq7-mal", "zq7-strategi")["id"].dump(),
                                   "zq7-strategi"};  // a strategy by key: its evaluations
    for (const auto& m : ids("/api/v1/meetings", "id", 10)) id.push_back(m);
    for (const auto& a : ids("/api/v1/actions", "id", 5)) id.push_back(a);
    for (const auto& c : server_->Get("/api/v1/cases", AdminToken()).Json()) {
      if (c["title"] == "Åpen testsak" || c["label"] == "16/22") id.push_back(c["id"].dump());
    }
    std::vector<std::string> codes = {"zq7-indikator", "apen-testindikator", "2023-Q1", "2024-Q2", "2025"};
    for (const auto& v : ids("/api/v1/roadmap-versions", "code", 2)) codes.push_back(v);
    std::vector<std::string> years;
    const json overview = server_->Get("/api/v1/cost-sharing", AdminToken()).Json();
    for (const auto& y : overview["years"]) {
      years.push_back(y["year"].dump());
      if (years.size() == 2) break;
    }
    std::vector<std::string> periods;
    for (const std::string p : {"2023-Q1", "2024-Q2", "2025"}) {
      for (const std::string format : {"", ".md", ".pdf"}) periods.push_back(p + format);
    }
    return {{"key", keys},
            {"item", {"1", "zq7-mal", "zq7-tiltak"}},
            {"evaluation", {"zq7-evaluering", "robusthet-2021"}},
            {"goal", {"1", "zq7-mal"}},
            {"id", id},
            {"code", codes},
            {"indicator", {"zq7-indikator", "apen-testindikator"}},
            {"period", periods},
            {"other", {"2023-Q1", "2024-Q2", "2025"}},
            {"subject", {"strategy", "item:1", "item:zq7-mal", "indicator:zq7-indikator"}},
            {"year", years},
            {"short_name", {"Hdir", "FHI"}},
            {"short", {"Hdir"}},
            {"number", {"1"}},
            {"page", {"1", "2"}},
            {"token", {"fr_zq7"}},
            {"provider", {"helseid"}},
            {"name", {"spurv-bruker", "leser-annen"}},
            {"a", {"site.css"}},
            {"b", {"x"}},
            {"c", {"x"}},
            {"d", {"x"}},
            {"e", {"x"}}};
  }

  // Every GET route of the application with its parameters filled in each
  // way; a parameter without values fails the test (so a new route is
  // walked, not skipped).
  std::vector<std::string> EveryGetPath(const std::map<std::string, std::vector<std::string>>& values) {
    std::vector<std::string> out;
    const Router router = BuildRouter();
    const std::regex param(R"(\{([a-z_]+)\})");
    for (const auto& route : router.routes()) {
      if (route.method != "GET") continue;
      std::vector<std::string> paths{route.pattern};
      std::smatch m;
      while (std::regex_search(paths.front(), m, param)) {
        const std::string name = m[1];
        auto it = values.find(name);
        if (it == values.end() || it->second.empty()) {
          ADD_FAILURE() << route.pattern << ": the canary walk has no values for {" << name << "}";
          paths.clear();
          break;
        }
        std::vector<std::string> next;
        for (const auto& p : paths) {
          for (const auto& v : it->second) {
            next.push_back(std::regex_replace(p, std::regex("\\{" + name + "\\}"), v,
                                              std::regex_constants::format_first_only));
          }
        }
        paths = next;
      }
      out.insert(out.end(), paths.begin(), paths.end());
    }
    return out;
  }

  // Fetches `path` (with `token`, or as the public) and checks that none of
  // `texts` comes back, nor any of `key_markers` unless the address asked
  // for it by key.
  void ExpectNothingOf(const std::string& path, const std::string& token, const std::vector<std::string>& texts,
                       const std::vector<std::string>& key_markers) {
    HttpResult r = server_->Get(path, token);
    SCOPED_TRACE(path + (token.empty() ? " (public)" : " (reader of FHI)"));
    EXPECT_LT(r.status, 500) << r.body.substr(0, 300);
    std::string seen = ReadableText(r);
    for (const auto& [name, value] : r.headers) seen += "\n" + name + ": " + value;
    for (const auto& text : texts) {
      size_t at = seen.find(text);
      EXPECT_EQ(at, std::string::npos) << "leaks \"" << text << "\": ..."
                                       << seen.substr(at == std::string::npos ? 0 : (at > 80 ? at - 80 : 0), 200);
    }
    for (const auto& marker : key_markers) {
      if (Has(path, marker)) continue;
      size_t at = seen.find(marker);
      EXPECT_EQ(at, std::string::npos) << "leaks a key with \"" << marker << "\": ..."
                                       << seen.substr(at == std::string::npos ? 0 : (at > 80 ? at - 80 : 0), 200);
    }
    ++walked_;
  }

  std::string reader_token_;
  size_t walked_ = 0;
};

TEST_P(VisibilityCanaryTest, ThePublicSeesNoCanaryOnAnyRouteOrFormat) {
  // The canaries are there for those who may see them.
  ASSERT_TRUE(Has(server_->Get("/api/v1/strategies/zq7-strategi", AdminToken()).body, "KANARI"));
  ASSERT_TRUE(Has(server_->Get("/api/v1/portfolio-items/apen-testprosjekt", AdminToken()).body, "KANARI"));
  ASSERT_TRUE(Has(server_->Get("/api/v1/indicators/apen-testindikator", AdminToken()).body, "zq7-mal"));
  ASSERT_TRUE(Has(server_->Get("/rapport/2023-Q1?strategy=nes-2023-2030", AdminToken()).body,
                  "KANARI vurdering av intern indikator"));
  auto cases = server_->Get("/api/v1/cases", AdminToken()).body;
  ASSERT_TRUE(Has(cases, "zq7-strategi/zq7-mal"));
  ASSERT_TRUE(Has(server_->Get("/api/v1/risks", AdminToken()).body, "KANARI risiko ved et åpent mål"));
  ASSERT_TRUE(Has(server_->Get("/api/v1/strategies/zq7-strategi/evaluations", AdminToken()).body, "KANARI evaluering"));
  ASSERT_TRUE(Has(server_->Get("/strategi/zq7-strategi", AdminToken()).body, "KANARI spørsmål"));

  // The public objects that link to them are public.
  EXPECT_EQ(server_->Get("/api/v1/portfolio-items/apen-testprosjekt").status, 200);
  EXPECT_EQ(server_->Get("/api/v1/indicators/apen-testindikator").status, 200);
  EXPECT_EQ(server_->Get("/rapport/2023-Q1?strategy=nes-2023-2030").status, 200);

  const auto values = ParameterValues();
  for (const auto& path : EveryGetPath(values)) {
    for (const std::string query : {"", "?strategy=nes-2023-2030",
                                    "?strategy=zq7-strategi&strategi=zq7-strategi&indicator=zq7-indikator"}) {
      ExpectNothingOf(path + query, "", {kCanaryText}, {kCanaryKey, kPeopleKey});
    }
  }
  EXPECT_GT(walked_, 300u);
}

TEST_P(VisibilityCanaryTest, AReaderOfAnotherOrganisationSeesNoOnesAccount) {
  // Admins see the people in the audit log.
  ASSERT_TRUE(Has(server_->Get("/api/v1/audit?entity=user", AdminToken()).body, "spurv-bruker"));
  ASSERT_TRUE(Has(server_->Get("/api/v1/audit", AdminToken()).body, "spurv-gjett"));
  // Readers are refused them, as they are refused /api/v1/users.
  EXPECT_EQ(server_->Get("/api/v1/users", reader_token_).status, 403);
  for (const std::string entity : {"user", "session", "sign_in", "api_token"}) {
    auto r = server_->Get("/api/v1/audit?entity=" + entity, reader_token_);
    EXPECT_EQ(r.status, 403) << entity << ": " << r.body.substr(0, 200);
  }
  // And the canary strategy is there for them: they are signed in.
  EXPECT_TRUE(Has(server_->Get("/api/v1/strategies/zq7-strategi", reader_token_).body, "KANARI"));

  for (const auto& path : EveryGetPath(ParameterValues())) ExpectNothingOf(path, reader_token_, {}, {kPeopleKey});
  EXPECT_GT(walked_, 300u);
}

INSTANTIATE_PER_ENGINE(VisibilityCanaryTest);

}  // namespace
}  // namespace fremdrift::testing
