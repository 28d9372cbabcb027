// The demo dataset (data/demo) loaded through the bundle importer, and
// concrete facts from the source documents asserted on each engine.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <regex>

#include "app/bundle.h"
#include "formats/plan_json.h"
#include "domain/item_filter.h"
#include "formats/bundle_files.h"
#include "storage/organisation_store.h"
#include "storage/phase_scale_store.h"
#include "storage/plan_item_store.h"
#include "storage/strategy_store.h"
#include "support/demo_data.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using testing::DemoDir;
using testing::Engine;
using testing::EngineName;
using testing::EngineTest;
using testing::TempDatabase;

class DemoDatasetTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
    summary_ = ImportDemo();
    strategy_ = StrategyStore(*conn_).FindByKey("nes-2023-2030").value();
    items_ = PlanItemStore(*conn_).List(strategy_.id);
  }

  std::vector<PlanItem> Matching(ItemFilter filter) { return FilterItems(filter, items_); }

  const PlanItem& ByTitle(const std::string& title) {
    auto it = std::find_if(items_.begin(), items_.end(),
                           [&](const PlanItem& i) { return i.title == title; });
    if (it == items_.end()) throw std::runtime_error("no item titled " + title);
    return *it;
  }

  ImportSummary summary_;
  Strategy strategy_;
  std::vector<PlanItem> items_;
};

TEST_P(DemoDatasetTest, ImportSummaryCountsEveryRecord) {
  EXPECT_EQ(summary_.sections["organisations"].created, 17);  // 14 from the sources, 3 fictional app vendors
  EXPECT_EQ(summary_.sections["user_groups"].created, 5);
  EXPECT_EQ(summary_.sections["strategies"].created, 4);
  EXPECT_EQ(summary_.sections["plan_items"].created, 123);
  EXPECT_EQ(summary_.sections["phase_scales"].created, 1);  // the default scale comes from migration 25
  EXPECT_EQ(summary_.sections["sources"].created, 5);
  EXPECT_EQ(summary_.sections["strategy_evaluations"].created, 1);  // the knowledge base's robustness rating
  for (const auto& [name, c] : summary_.sections) EXPECT_EQ(c.updated, 0) << name;
}

TEST_P(DemoDatasetTest, Strategy2023HasFortyTwoDeliverables) {
  ItemFilter f;
  f.level = 4;
  EXPECT_EQ(Matching(f).size(), 42u);
  EXPECT_EQ(strategy_.LevelName(4), "Leveranse");
  EXPECT_EQ(items_.size(), 84u);
}

TEST_P(DemoDatasetTest, Strategy2023HasFiveGoals) {
  ItemFilter f;
  f.level = 1;
  auto goals = Matching(f);
  ASSERT_EQ(goals.size(), 5u);
  for (size_t i = 0; i < goals.size(); ++i) {
    EXPECT_EQ(goals[i].code, std::to_string(i + 1));
    EXPECT_FALSE(goals[i].parent_id);
  }
  EXPECT_EQ(goals[2].title, "Helsedata til fornying og forbedring");
}

TEST_P(DemoDatasetTest, Icd11StartsOctober2026WithUndefinedEndAndTentativeSchedule) {
  const PlanItem& icd = ByTitle("ICD-11");
  EXPECT_EQ(icd.level, 4);
  ASSERT_TRUE(icd.start.is_set());
  EXPECT_EQ(icd.start.date().ToIso(), "2026-10-01");
  EXPECT_TRUE(icd.end.is_undefined());
  EXPECT_FALSE(icd.end.is_none());
  EXPECT_TRUE(icd.tentative);
  EXPECT_EQ(icd.owners, std::vector<std::string>{"Hdir"});
  ASSERT_TRUE(icd.phases);
  EXPECT_EQ(icd.phases->from, "tilpasning");
  EXPECT_EQ(icd.phases->to, "tilpasning");
  // Its parents: theme under sub-goal 4B under goal 4.
  auto theme = PlanItemStore(*conn_).FindById(*icd.parent_id).value();
  auto sub_goal = PlanItemStore(*conn_).FindById(*theme.parent_id).value();
  auto goal = PlanItemStore(*conn_).FindById(*sub_goal.parent_id).value();
  EXPECT_EQ(sub_goal.code, "4B");
  EXPECT_EQ(goal.code, "4");
}

TEST_P(DemoDatasetTest, ElevenHdirDeliverablesServeMunicipalities) {
  // The user group as Helsedirektoratet's roadmap names it; its key is whatever the bundle says.
  std::optional<UserGroup> group;
  for (const auto& g : OrganisationStore(*conn_).ListUserGroups()) {
    if (g.name == "Kommune og fylkeskommune") group = g;
  }
  ASSERT_TRUE(group);
  EXPECT_EQ(group->key, "kommune-og-fylkeskommune");
  ItemFilter f;
  f.level = 4;
  f.owner = "Hdir";
  f.user_group = group->key;
  auto items = Matching(f);
  EXPECT_EQ(items.size(), 11u);
  // All 42 deliverables are Hdir's, as the source is Hdir's part of the roadmap.
  f.user_group.reset();
  EXPECT_EQ(Matching(f).size(), 42u);
}

TEST_P(DemoDatasetTest, UndefinedStartIsKeptApartFromNoDate) {
  const PlanItem& codes = ByTitle("Kodeverk og terminologi (SNOMED CT, ICD)");
  EXPECT_TRUE(codes.start.is_undefined());
  EXPECT_EQ(codes.end.ToText(), "2023-12-31");
  const PlanItem& goal = ByTitle("Helsedata til fornying og forbedring");
  EXPECT_TRUE(goal.start.is_none());
  EXPECT_TRUE(goal.end.is_none());
  EXPECT_FALSE(goal.phases);
}

TEST_P(DemoDatasetTest, LevelNamesAreDataPerStrategy) {
  EXPECT_EQ(strategy_.level_names,
            (std::vector<std::string>{"Mål", "Delmål", "Tema", "Leveranse"}));
  EXPECT_TRUE(strategy_.published);
  auto old = StrategyStore(*conn_).FindByKey("nes-2017-2022").value();
  EXPECT_EQ(old.level_names,
            (std::vector<std::string>{"Satsingsområde", "Innsatsområde", "Aktivitet"}));
  EXPECT_EQ(old.period_start, 2017);
  EXPECT_EQ(old.period_end, 2022);
  auto old_items = PlanItemStore(*conn_).List(old.id);
  EXPECT_EQ(std::count_if(old_items.begin(), old_items.end(),
                          [](const PlanItem& i) { return i.level == 1; }),
            6);
  EXPECT_EQ(std::count_if(old_items.begin(), old_items.end(),
                          [](const PlanItem& i) { return i.level == 2; }),
            14);
}

TEST_P(DemoDatasetTest, OrganisationsCarryKindAndSource) {
  auto orgs = OrganisationStore(*conn_).List();
  EXPECT_EQ(orgs.size(), 17u);  // 14 from the sources, 3 fictional app vendors
  auto nhn = OrganisationStore(*conn_).FindByShortName("NHN").value();
  EXPECT_EQ(nhn.name, "Norsk helsenett SF");
  EXPECT_EQ(nhn.kind, "state_enterprise");
  auto hso = OrganisationStore(*conn_).FindByShortName("HSØ").value();
  EXPECT_EQ(hso.kind, "rhf");
}

// Every "source" and "source_ref" in `j` (with its JSON path), except
// indicators' "source", which says where the figures come from (a survey,
// a register) and may be a computation.
void SourceFields(const Json& j, const std::string& path,
                  std::vector<std::pair<std::string, std::string>>& out) {
  if (j.is_object()) {
    for (const auto& [k, v] : j.items()) {
      std::string p = path + "." + k;
      bool indicator_source = k == "source" && path.rfind("$.indicators[", 0) == 0;
      if ((k == "source" || k == "source_ref") && v.is_string() && !indicator_source) {
        out.push_back({p, v.get<std::string>()});
      } else {
        SourceFields(v, p, out);
      }
    }
  } else if (j.is_array()) {
    for (size_t i = 0; i < j.size(); ++i) SourceFields(j[i], path + "[" + std::to_string(i) + "]", out);
  }
}

TEST_P(DemoDatasetTest, NothingInTheExportSaysSeed) {
  std::string text = ExportBundle(*conn_);
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  size_t at = text.find("seed");
  EXPECT_EQ(at, std::string::npos) << text.substr(at == std::string::npos ? 0 : at - std::min<size_t>(at, 200), 400);
}

// An indicator's public texts are written for readers: they never name a
// unit key ("Enheten er «other»") or a breakdown's keys
// ("fastlege-til-kommune"); such working notes go to data/demo/README.md,
// and pages show the unit's and the values' labels.
TEST_P(DemoDatasetTest, IndicatorTextsNameNoKeys) {
  Json doc = Json::parse(ExportBundle(*conn_));
  const std::regex slug(R"((^|[^\w-])([a-z0-9]+(-[a-z0-9]+){2,})($|[^\w-]))");
  const std::regex quoted_unit("«(other|percent|count|count_per_week|count_per_month|count_per_year|mnok|days|ratio)»");
  int texts = 0;
  for (const auto& ind : doc["indicators"]) {
    for (const char* field : {"name", "description", "data_note", "unit_label"}) {
      if (!ind.contains(field) || !ind[field].is_string()) continue;
      const std::string text = ind[field];
      ++texts;
      std::smatch m;
      EXPECT_FALSE(std::regex_search(text, m, slug)) << ind["code"] << "." << field << " names a key: " << m.str(2);
      EXPECT_FALSE(std::regex_search(text, m, quoted_unit)) << ind["code"] << "." << field << ": " << m.str(0);
      EXPECT_EQ(text.find("dimensjon «"), std::string::npos) << ind["code"] << "." << field << ": " << text;
    }
  }
  EXPECT_GT(texts, 200);
}

// data/demo/README.md's table lists every bundle file of the folder, and
// names no machine's path.
TEST_P(DemoDatasetTest, TheReadmeListsEveryBundleFile) {
  std::ifstream in(DemoDir() + "/README.md");
  std::stringstream buf;
  buf << in.rdbuf();
  const std::string readme = buf.str();
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(DemoDir())) {
    if (e.path().extension() != ".json") continue;
    ++files;
    const std::string name = e.path().filename().string();
    EXPECT_NE(readme.find("| `" + name + "` |"), std::string::npos) << "README.md does not list " << name;
  }
  EXPECT_GE(files, 10);
  for (const char* path : {"/home/", "/root/", "/work/", "/tmp/", "C:\\"}) {
    EXPECT_EQ(readme.find(path), std::string::npos) << "a machine path: " << path;
  }
}

TEST_P(DemoDatasetTest, EverySourceFieldCitesAListedDocument) {
  Json doc = Json::parse(ExportBundle(*conn_));
  std::vector<std::string> citations;
  for (const auto& s : doc["sources"]) citations.push_back(s["citation"]);
  ASSERT_EQ(citations.size(), 5u);
  EXPECT_EQ(doc["sources"][0]["citation"],
            "Statusrapport for Nasjonal e-helsestrategi, 1. kvartal 2023 (Direktoratet for e-helse, 2023)");
  std::vector<std::pair<std::string, std::string>> fields;
  SourceFields(doc, "$", fields);
  EXPECT_GT(fields.size(), 400u);  // organisations, plan items, indicators, measurements, cases...
  for (const auto& [path, value] : fields) {
    if (value.empty()) continue;
    // Several documents are separated by "; "; each part begins with a
    // citation and may add where in the document (", sak 22/22").
    size_t start = 0;
    while (start <= value.size()) {
      size_t end = value.find("; ", start);
      std::string part = value.substr(start, end == std::string::npos ? std::string::npos : end - start);
      // A fictional example (the health-app vendors and apps) has no source
      // document and says so instead.
      bool cited = part.rfind("Fiktiv", 0) == 0 ||
                   std::any_of(citations.begin(), citations.end(),
                               [&](const std::string& c) { return part.rfind(c, 0) == 0; });
      EXPECT_TRUE(cited) << path << ": " << part;
      if (end == std::string::npos) break;
      start = end + 2;
    }
  }
}

TEST_P(DemoDatasetTest, Meeting322RecordsWhatTheSourceStatesAsDecided) {
  Json doc = Json::parse(ExportBundle(*conn_));
  Json meeting;
  for (const auto& m : doc["meetings"]) {
    if (m["date"] == "2022-05-19") meeting = m;
  }
  ASSERT_EQ(meeting["date"], "2022-05-19");
  EXPECT_EQ(meeting["state"], "held");
  std::map<int, Json> cases;
  for (const auto& c : meeting["cases"]) cases[c["number"].get<int>()] = c;
  ASSERT_EQ(cases.size(), 16u);
  for (const auto& [number, c] : cases) {
    EXPECT_EQ(c["status"], number == 30 ? "postponed" : "handled") << number;
    bool decided = number == 24 || number == 26 || number == 27;
    EXPECT_EQ(!c["decision"].get<std::string>().empty(), decided) << number;
  }
  // The source's formula, not "til etterretning".
  EXPECT_EQ(cases[18]["proposed_decision"], "Utvalget tar sakene til orientering.");
  // 24/22 has the second point, on the report on ICT resource use, and its
  // slide is headed "Vedtak:".
  std::string decision24 = cases[24]["decision"];
  EXPECT_NE(decision24.find("1. Utvalget anbefaler planen for videre utvikling av Nasjonal e-helsemonitor"),
            std::string::npos);
  EXPECT_NE(decision24.find("2. Utvalget anbefaler forbedringsprosessen for nytt format og ny utforming av "
                            "rapporten «Ressursbruk på IKT i helse- og omsorgstjenesten»"),
            std::string::npos);
  EXPECT_EQ(cases[24]["proposed_decision"], decision24);
  EXPECT_NE(cases[27]["decision"].get<std::string>().find("tok presentasjonen"), std::string::npos);
  // Where the papers disagree with themselves, the agenda is kept.
  EXPECT_EQ(cases[25]["start_time"], "12:30");
  EXPECT_EQ(cases[29]["start_time"], "14:40");
  EXPECT_EQ(cases[26]["presenters"][1]["organisation"], "KS");
}

TEST_P(DemoDatasetTest, TheMunicipalPlansFollowTheSixStepScaleFromTheSwedishOverview) {
  auto scale = PhaseScaleStore(*conn_).Find("tjenesteinnovasjon").value();
  std::vector<std::string> steps;
  for (const auto& p : scale.phases) steps.push_back(p.name_nb);
  EXPECT_EQ(steps, (std::vector<std::string>{"Forankring", "Innsikt", "Tjenesteutvikling", "Pilotering",
                                             "Overgang til drift", "Ny praksis"}));
  const std::string overview = "Svensk oversikt over e-helse i Norge";
  EXPECT_EQ(scale.source.rfind(overview, 0), 0u);
  auto ks = StrategyStore(*conn_).FindByKey("ks-ehelse-2022").value();
  auto nvp = StrategyStore(*conn_).FindByKey("velferdsteknologiprogrammet").value();
  EXPECT_EQ(ks.phase_scale, "tjenesteinnovasjon");
  EXPECT_EQ(nvp.phase_scale, "tjenesteinnovasjon");
  auto ks_items = PlanItemStore(*conn_).List(ks.id);
  ASSERT_EQ(ks_items.size(), 5u);  // the five e-health areas
  EXPECT_EQ(ks_items[2].title, "Velferdsteknologi og digital hjemmeoppfølging");
  auto nvp_items = PlanItemStore(*conn_).List(nvp.id);
  EXPECT_EQ(std::count_if(nvp_items.begin(), nvp_items.end(), [](const PlanItem& i) { return i.level == 2; }), 12)
      << "five sub-goals and seven focus areas";
  for (const auto* items : {&ks_items, &nvp_items}) {
    for (const auto& i : *items) {
      EXPECT_EQ(i.source.rfind(overview, 0), 0u) << i.key;
      EXPECT_FALSE(i.phases) << i.key << ": the source gives no item's step";
    }
  }
}

INSTANTIATE_PER_ENGINE(DemoDatasetTest);

}  // namespace
}  // namespace fremdrift
