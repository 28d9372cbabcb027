// The risk register on each engine: a risk on a plan item is kept under
// the item's rights, with its derived score and level and its history in
// the audit log; bad ratings are named by field; the bundle round trip
// keeps it (docs/strategy-model.md, "Risks").
#include <gtest/gtest.h>

#include <memory>

#include "app/bundle.h"
#include "app/risk_service.h"
#include "domain/failure.h"
#include "formats/bundle_files.h"
#include "storage/audit_log.h"
#include "storage/migrations.h"
#include "storage/risk_store.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using testing::Engine;
using testing::EngineName;
using testing::EngineTest;
using testing::TempDatabase;

// A test risk: not from the sources, so never in the demo.
nlohmann::json TestRisk() {
  return {{"key", "test-icd11"},
          {"subject", "nes-2023-2030/4B-t1-d5"},
          {"description", "Overgangen til ICD-11 blir forsinket"},
          {"cause", "Journalleverandørene er ikke klare"},
          {"effect", "Registrene får ikke data i ny kode"},
          {"likelihood", 3},
          {"consequence", 4},
          {"mitigation", "Tidlig dialog med leverandørene"},
          {"owner", "Hdir"},
          {"review_by", "2026-06-30"}};
}

class RiskRegisterTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
    ImportDemo();
  }
};

TEST_P(RiskRegisterTest, EditorOfTheOwnerKeepsTheRiskWithScoreLevelAndHistory) {
  User kari{0, "kari", "Hdir", Role::kEditor};
  Risk r = SaveRisk(*conn_, kari, TestRisk());
  EXPECT_EQ(r.Score(), 12);
  EXPECT_EQ(r.Level(), RiskLevel::kHigh);
  EXPECT_EQ(r.owner, "Hdir");
  ASSERT_TRUE(r.review_by.has_value());
  EXPECT_EQ(r.review_by->ToIso(), "2026-06-30");

  auto closed = TestRisk();
  closed["state"] = "closed";
  EXPECT_EQ(SaveRisk(*conn_, kari, closed).state, RiskState::kClosed);
  auto history = AuditLog(*conn_).List("risk", "test-icd11", 10);
  ASSERT_EQ(history.size(), 2u);
}

TEST_P(RiskRegisterTest, EditorOfAnotherOrganisationMayNot) {
  User nina{0, "nina", "NHN", Role::kEditor};
  try {
    SaveRisk(*conn_, nina, TestRisk());
    FAIL() << "no failure";
  } catch (const Failure& f) {
    EXPECT_EQ(f.code(), FailureCode::kForbidden);
  }
  EXPECT_FALSE(RiskStore(*conn_).FindByKey("test-icd11").has_value());
}

TEST_P(RiskRegisterTest, RatingsOutsideOneToFiveAreNamedByField) {
  auto bad = TestRisk();
  bad["likelihood"] = 6;
  bad["consequence"] = "high";
  User ada{0, "ada", "E-helse", Role::kAdmin};
  try {
    SaveRisk(*conn_, ada, bad);
    FAIL() << "no failure";
  } catch (const Failure& f) {
    EXPECT_EQ(f.code(), FailureCode::kInvalid);
    std::set<std::string> fields;
    for (const auto& p : f.problems()) fields.insert(p.field);
    EXPECT_EQ(fields, (std::set<std::string>{"likelihood", "consequence"}));
  }
}

TEST_P(RiskRegisterTest, BundleRoundTripKeepsTheRisk) {
  SaveRisk(*conn_, User{0, "ada", "E-helse", Role::kAdmin}, TestRisk());
  std::string first = ExportBundle(*conn_);
  EXPECT_NE(first.find("\"test-icd11\""), std::string::npos);
  TempDatabase empty(GetParam());
  auto other = empty.Connect();
  Migrate(*other);
  ImportBundle(*other, {ParseBundleText("export.json", first)}, "test");
  EXPECT_EQ(ExportBundle(*other), first);
  other.reset();
}

INSTANTIATE_PER_ENGINE(RiskRegisterTest);

}  // namespace
}  // namespace fremdrift
