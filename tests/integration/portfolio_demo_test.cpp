// The demo's portfolio and roadmap version 22.2 (the NUIT 3/22 papers, case 21/22)
// loaded through the bundle importer on each engine, and the stores'
// round trips.
#include <gtest/gtest.h>

#include <memory>

#include "domain/roadmap_diff.h"
#include "storage/period_store.h"
#include "storage/portfolio_store.h"
#include "storage/roadmap_version_store.h"
#include "storage/strategy_store.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using testing::Engine;
using testing::EngineName;
using testing::EngineTest;
using testing::TempDatabase;

class PortfolioDemoTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
    summary_ = ImportDemo();
  }

  ImportSummary summary_;
};

TEST_P(PortfolioDemoTest, HoldsTheItemsTheNuitPapersNameWithoutInventedStatuses) {
  EXPECT_EQ(summary_.sections["portfolio_items"].created, 10);
  PortfolioStore store(*conn_);
  for (const char* key : {"helseplattformen", "pasientens-legemiddelliste", "program-digital-samhandling",
                          "helseanalyseplattformen", "dokumentdeling-kjernejournal", "kritisk-informasjon"}) {
    auto item = store.FindByKey(key);
    ASSERT_TRUE(item.has_value()) << key;
    EXPECT_FALSE(item->source.empty()) << key;
    // The source's status, risk and segment charts were images and are lost.
    EXPECT_TRUE(store.Assessments(item->id).empty()) << key;
    EXPECT_EQ(item->segment, "") << key;
  }
  auto pll = store.FindByKey("pasientens-legemiddelliste").value();
  EXPECT_EQ(pll.kind, PortfolioKind::kProgramme);
  EXPECT_EQ(pll.owner, "E-helse");
  EXPECT_EQ(pll.serves_items, (std::vector<PlanItemRef>{{"nes-2023-2030", "2B"}}));
  EXPECT_EQ(store.FindByKey("kjernejournal-sykehjem-hjemmetjenester")->programme, "pasientens-legemiddelliste");
  EXPECT_EQ(store.FindByKey("kritisk-informasjon")->programme, "program-digital-samhandling");
  EXPECT_EQ(store.FindByKey("helseplattformen")->owner, "HMN");
  EXPECT_EQ(store.FindByKey("dokumentdeling-kjernejournal")->depends_on,
            std::vector<std::string>{"kjernejournal-sykehjem-hjemmetjenester"});
}

TEST_P(PortfolioDemoTest, Version22_2HoldsTheJournalDocumentServiceAndItsActions) {
  EXPECT_EQ(summary_.sections["roadmap_versions"].created, 1);
  auto v = RoadmapVersionStore(*conn_).FindByCode("22.2");
  ASSERT_TRUE(v.has_value());
  EXPECT_EQ(v->status, RoadmapStatus::kDraft) << "presented to NUIT before publication";
  ASSERT_EQ(v->services.size(), 8u);
  const RoadmapService* docs = nullptr;
  for (const auto& s : v->services) {
    if (s.key == "journaldokumenter") docs = &s;
    ASSERT_EQ(s.measures.size(), 1u) << s.key;
    EXPECT_EQ(s.measures[0].year, 2023);
  }
  ASSERT_NE(docs, nullptr);
  EXPECT_EQ(docs->title.rfind("Helsepersonell skal ha tilgang til journaldokumenter", 0), 0u);
  EXPECT_NE(docs->target.find("2026"), std::string::npos);
  ASSERT_EQ(docs->actions.size(), 10u);
  std::map<std::string, const RoadmapAction*> by_key;
  for (const auto& a : docs->actions) by_key[a.key] = &a;
  const RoadmapAction& hso = *by_key.at("helse-sor-ost");
  EXPECT_EQ(hso.organisation, "HSØ");
  EXPECT_EQ(hso.start.ToText(), "2022");
  EXPECT_EQ(hso.end.ToText(), "2025");
  const RoadmapAction& pleie = *by_key.at("kommunal-pleie-og-omsorg");
  EXPECT_EQ(pleie.actor_group, "Kommunal sektor");
  EXPECT_FALSE(pleie.start.is_set()) << "the source shows only the end: → 2023";
  EXPECT_EQ(pleie.end.ToText(), "2023");
  EXPECT_EQ(by_key.at("avtalespesialister")->start.ToText(), "2023");
  EXPECT_EQ(by_key.at("avtalespesialister")->end.ToText(), "2026");
  EXPECT_EQ(by_key.at("e-helse-finansiering-pds-steg-2")->what, "Finansiering av PDS steg 2");
}

TEST_P(PortfolioDemoTest, AReplacedVersionReadsBackAsWritten) {
  RoadmapVersionStore store(*conn_);
  RoadmapVersion copy = CopyRoadmapVersion(*store.FindByCode("22.2"), "22.3");
  copy.date = Date{2022, 10, 15};
  WriteTransaction tx(*conn_);
  store.Insert(copy);
  RoadmapVersion read = *store.FindByCode("22.3");
  read.services[3].actions[4].end = RoadmapTime::Year(2026);
  read.services[3].actions.pop_back();
  store.Replace(read);
  tx.Commit();
  RoadmapVersion again = *store.FindByCode("22.3");
  EXPECT_EQ(again.version, 2);
  EXPECT_EQ(again.based_on, "22.2");
  EXPECT_EQ(again.date, (Date{2022, 10, 15}));
  EXPECT_EQ(again.services, read.services);
  auto diff = CompareRoadmapVersions(*store.FindByCode("22.2"), again);
  EXPECT_EQ(diff.services[3].changes.size(), 2u);
  read.version = 1;
  EXPECT_THROW(store.Replace(read), Failure) << "a stale version is refused";
}

TEST_P(PortfolioDemoTest, AssessmentsKeepTheirHistoryPerPeriod) {
  PortfolioStore store(*conn_);
  auto item = store.FindByKey("helseplattformen").value();
  auto s = StrategyStore(*conn_).FindByKey("nes-2023-2030").value();
  auto q1 = PeriodStore(*conn_).Find(s.id, "2023-Q1").value();
  auto q3 = PeriodStore(*conn_).Find(s.id, "2023-Q3").value();
  auto assessment = [&](int64_t period, const char* status, const char* risk) {
    PortfolioAssessment a;
    a.item_id = item.id;
    a.period_id = period;
    a.status = status;
    a.risk = risk;
    a.assessed_by = "a";
    return a;
  };
  WriteTransaction tx(*conn_);
  store.SaveAssessment(assessment(q1.id, "on_track", "medium"), false);
  store.SaveAssessment(assessment(q3.id, "at_risk", "high"), false);
  tx.Commit();
  auto history = store.Assessments(item.id);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].period, "2023-Q1");
  EXPECT_EQ(history[0].assessment.status, "on_track");
  EXPECT_EQ(history[1].assessment.risk, "high");
  EXPECT_EQ(history[1].period_state, "open");
}

INSTANTIATE_PER_ENGINE(PortfolioDemoTest);

}  // namespace
}  // namespace fremdrift
