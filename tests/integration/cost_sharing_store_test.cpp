// Cost sharing in the database on each engine: the demo dataset's records
// (the NUIT 3/22 papers, case 22/22) give the published 2022 table and the 2023
// proposal's totals; records keep exact amounts; stale saves are refused;
// the service layer audits, refuses non-admins and broken chains; and the
// cost sections survive an export-import-export round trip.
#include <gtest/gtest.h>

#include <memory>

#include "app/bundle.h"
#include "app/cost_sharing_service.h"
#include "domain/failure.h"
#include "formats/bundle_files.h"
#include "storage/audit_log.h"
#include "storage/cost_store.h"
#include "storage/migrations.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using testing::Engine;
using testing::EngineName;
using testing::EngineTest;
using testing::TempDatabase;

class CostSharingStoreTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
    summary_ = ImportDemo();
  }

  FailureCode CodeOf(const std::function<void()>& action) {
    try {
      action();
    } catch (const Failure& f) {
      return f.code();
    }
    ADD_FAILURE() << "no failure";
    return FailureCode::kInternal;
  }

  const User admin_{1, "ada", "E-helse", Role::kAdmin};
  const User editor_{2, "kari", "Hdir", Role::kEditor};
  ImportSummary summary_;
};

TEST_P(CostSharingStoreTest, DemoHoldsTheSourcesSolutionsGroupsAndYears) {
  EXPECT_EQ(summary_.sections["cost_groups"].created, 3);
  EXPECT_EQ(summary_.sections["national_solutions"].created, 4);
  EXPECT_EQ(summary_.sections["solution_years"].created, 12);
  EXPECT_EQ(CostSharingYears(*conn_), (std::vector<int>{2021, 2022, 2023}));
  auto hn = CostStore(*conn_).FindYear("helsenorge", 2022).value();
  EXPECT_EQ(hn.method, SharingMethod::kGrowth);
  EXPECT_EQ(hn.change.ExactText(), "47");
  EXPECT_EQ(hn.key.at("rhf"), 6000);
  EXPECT_NE(hn.source.find("22/22"), std::string::npos);
}

// The 2021 starting shares per group are an ASSUMPTION (the source prints
// only the 2021 costs): RHF/kommuner 49.2/49.2 (Grunndata og HelseID),
// 44.7/44.5 (Kjernejournal), 54.2/54.2 and apotek 13.4 (E-resept),
// 109.6/107.4 (Helsenorge); the demo records say so in their notes.
TEST_P(CostSharingStoreTest, Demo2022TableMatchesThePublishedFigures) {
  CostTable t = CostSharingTable(*conn_, 2022);
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(t.total_cost.RoundedText(0), "567");
  EXPECT_EQ(t.total_change->RoundedText(0), "41");
  EXPECT_EQ(t.group_totals["rhf"].RoundedText(1), "284.6");
  EXPECT_EQ(t.group_totals["kommuner"].RoundedText(1), "269.0");
  EXPECT_EQ(t.group_totals["apotek"].RoundedText(1), "13.7");
  EXPECT_EQ(t.rows[3].name, "Helsenorge");
  EXPECT_EQ(t.rows[3].cost.RoundedText(0), "264");
  EXPECT_EQ(t.rows[3].shares["rhf"].RoundedText(1), "137.8");
  EXPECT_EQ(t.rows[3].shares["kommuner"].RoundedText(1), "126.2");
  for (const auto& a : conn_->Query("SELECT notes FROM solution_years WHERE year = 2021")) {
    EXPECT_NE(a.Text(0).find("ANTAKELSE"), std::string::npos);
  }
}

TEST_P(CostSharingStoreTest, Demo2023ProposalMatchesThePublishedTotals) {
  CostTable t = CostSharingTable(*conn_, 2023);
  EXPECT_EQ(t.total_cost.RoundedText(0), "602");
  EXPECT_EQ(t.total_change->RoundedText(0), "35");
  EXPECT_EQ(t.rows[3].cost.RoundedText(0), "292");
  EXPECT_EQ(t.rows[3].method, SharingMethod::kIncreaseOverBase);
}

TEST_P(CostSharingStoreTest, AYearWithoutRecordsIsNotFound) {
  EXPECT_EQ(CodeOf([&] { CostSharingTable(*conn_, 2019); }), FailureCode::kNotFound);
}

TEST_P(CostSharingStoreTest, SavingKeepsExactAmountsAndRefusesStaleVersions) {
  auto body = nlohmann::json::parse(
      R"({"method":"growth","change":0.005,"key":{"rhf":33.33,"kommuner":33.33,"apotek":33.34}})");
  SolutionYear created = SaveSolutionYear(*conn_, admin_, "e-resept", 2024, body);
  EXPECT_EQ(created.version, 1);
  EXPECT_EQ(created.change.ExactText(), "0.005");
  EXPECT_EQ(created.key.at("apotek"), 3334);
  CostTable t = CostSharingTable(*conn_, 2024);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].cost.ExactText(), "124.805");
  EXPECT_EQ(t.group_totals["rhf"] + t.group_totals["kommuner"] + t.group_totals["apotek"], t.rows[0].cost);

  body["change"] = 1;
  EXPECT_EQ(CodeOf([&] { SaveSolutionYear(*conn_, admin_, "e-resept", 2024, body); }),
            FailureCode::kConflict);  // exists: the version is required
  body["version"] = 1;
  EXPECT_EQ(SaveSolutionYear(*conn_, admin_, "e-resept", 2024, body).version, 2);
  EXPECT_EQ(CodeOf([&] { SaveSolutionYear(*conn_, admin_, "e-resept", 2024, body); }),
            FailureCode::kConflict);  // version 1 is stale now
  EXPECT_EQ(CostStore(*conn_).FindYear("e-resept", 2024)->change.ExactText(), "1");
  EXPECT_EQ(AuditLog(*conn_).List("solution_year", "e-resept/2024").size(), 2u);
}

TEST_P(CostSharingStoreTest, OnlyAdminsChangeAndBadRecordsChangeNothing) {
  auto body = nlohmann::json::parse(R"({"method":"growth","change":1,"key":{"rhf":50,"kommuner":49}})");
  std::string before = ExportBundle(*conn_);
  EXPECT_EQ(CodeOf([&] { SaveSolutionYear(*conn_, editor_, "helsenorge", 2024, body); }),
            FailureCode::kForbidden);
  EXPECT_EQ(CodeOf([&] { SaveSolutionYear(*conn_, admin_, "helsenorge", 2024, body); }),
            FailureCode::kInvalid);  // 99 %
  body["key"]["kommuner"] = 50;
  EXPECT_EQ(CodeOf([&] { SaveSolutionYear(*conn_, admin_, "helsenorge", 2025, body); }),
            FailureCode::kInvalid);  // no record for 2024
  EXPECT_EQ(CodeOf([&] { SaveSolutionYear(*conn_, admin_, "nosuch", 2024, body); }),
            FailureCode::kNotFound);
  EXPECT_EQ(CodeOf([&] { DeleteSolutionYear(*conn_, admin_, "helsenorge", 2022, 1); }),
            FailureCode::kConflict);  // 2023 builds on 2022
  EXPECT_EQ(ExportBundle(*conn_), before);
  DeleteSolutionYear(*conn_, admin_, "helsenorge", 2023, 1);
  EXPECT_FALSE(CostStore(*conn_).FindYear("helsenorge", 2023));
}

TEST_P(CostSharingStoreTest, SolutionsAndGroupsAreVersioned) {
  auto s = SaveNationalSolution(*conn_, admin_, "helseid", {{"name", "HelseID"}, {"sort_order", 5}});
  EXPECT_EQ(s.version, 1);
  EXPECT_EQ(CodeOf([&] { SaveNationalSolution(*conn_, admin_, "helseid", {{"name", "X"}, {"version", 7}}); }),
            FailureCode::kConflict);
  EXPECT_EQ(SaveNationalSolution(*conn_, admin_, "helseid", {{"notes", "Ny"}, {"version", 1}}).name, "HelseID");
  auto g = SaveCostGroup(*conn_, admin_, "nav", {{"name", "NAV"}, {"sort_order", 4}});
  EXPECT_EQ(g.version, 1);
  EXPECT_EQ(CodeOf([&] { SaveCostGroup(*conn_, admin_, "nav", {{"name", "NAV"}}); }), FailureCode::kConflict);
  EXPECT_EQ(CodeOf([&] { SaveCostGroup(*conn_, editor_, "x", {{"name", "X"}}); }), FailureCode::kForbidden);
  EXPECT_EQ(CodeOf([&] { SaveCostGroup(*conn_, admin_, "Bad Key", {{"name", "X"}}); }), FailureCode::kInvalid);
}

TEST_P(CostSharingStoreTest, ExportImportExportKeepsTheCostSections) {
  std::string first = ExportBundle(*conn_);
  auto doc = nlohmann::json::parse(first);
  ASSERT_TRUE(doc.contains("cost_groups"));
  ASSERT_EQ(doc["national_solutions"].size(), 4u);
  TempDatabase empty(GetParam());
  auto other = empty.Connect();
  Migrate(*other);
  ImportBundle(*other, {ParseBundleText("export.json", first)}, "test");
  EXPECT_EQ(ExportBundle(*other), first);
  EXPECT_EQ(CostSharingTable(*other, 2022).total_cost, CostSharingTable(*conn_, 2022).total_cost);
  other.reset();
}

TEST_P(CostSharingStoreTest, ImportReportsBrokenKeysAndChainsWithTheirPaths) {
  std::string bad = R"({"format":"fremdrift-bundle","version":1,
    "cost_groups":[{"key":"a","name":"A"}],
    "national_solutions":[{"key":"x","name":"X","years":[
      {"year":2021,"method":"growth","change":1,"key":{"a":90}}]}]})";
  try {
    ImportBundle(*conn_, {ParseBundleText("bad.json", bad)}, "test");
    ADD_FAILURE() << "no failure";
  } catch (const Failure& f) {
    ASSERT_FALSE(f.problems().empty());
    EXPECT_EQ(f.problems()[0].field, "$.national_solutions[0].years[0].key");
  }
  EXPECT_FALSE(CostStore(*conn_).FindSolution("x"));
}

INSTANTIATE_PER_ENGINE(CostSharingStoreTest);

}  // namespace
}  // namespace fremdrift
