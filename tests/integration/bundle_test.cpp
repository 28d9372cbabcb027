// Bundle import and export on each engine: the round trip gives the same
// bytes, re-importing updates instead of duplicating, and a bad bundle
// reports every problem with its JSON path and changes nothing.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <set>

#include "app/bundle.h"
#include "domain/failure.h"
#include "formats/bundle_files.h"
#include "storage/audit_log.h"
#include "storage/migrations.h"
#include "storage/plan_item_store.h"
#include "storage/strategy_store.h"
#include "storage/user_store.h"
#include "support/demo_data.h"
#include "support/engine_fixture.h"

namespace fremdrift {
namespace {

using testing::DemoDir;
using testing::Engine;
using testing::EngineName;
using testing::EngineTest;
using testing::TempDatabase;

// The problems `action` reports, or fails the test if it throws none.
std::vector<FieldProblem> ProblemsOf(const std::function<void()>& action) {
  try {
    action();
  } catch (const Failure& f) {
    EXPECT_EQ(f.code(), FailureCode::kInvalid) << f.what();
    if (f.problems().empty()) return {{f.field(), f.what()}};
    return f.problems();
  }
  ADD_FAILURE() << "no failure";
  return {};
}

std::set<std::string> Paths(const std::vector<FieldProblem>& problems) {
  std::set<std::string> out;
  for (const auto& p : problems) out.insert(p.field);
  return out;
}

class BundleTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped()) return;
  }

  void ImportDemo(SqlConnection& conn) { ImportBundle(conn, ReadBundleFiles(DemoDir()), "test"); }

  size_t AuditCount(SqlConnection& conn) { return AuditLog(conn).List("", "", 100000).size(); }

};

TEST_P(BundleTest, ExportImportExportGivesIdenticalBytes) {
  ImportDemo(*conn_);
  UserStore(*conn_).Create({0, "kari", "Hdir", Role::kEditor});
  UserStore(*conn_).Create({0, "ada", "E-helse", Role::kAdmin});
  std::string first = ExportBundle(*conn_);
  ASSERT_EQ(first.back(), '\n');

  TempDatabase empty(GetParam());
  auto other = empty.Connect();
  Migrate(*other);
  auto summary = ImportBundle(*other, {ParseBundleText("export.json", first)}, "test");
  EXPECT_EQ(summary.sections["plan_items"].created, 123);
  EXPECT_EQ(summary.sections["users"].created, 2);
  std::string second = ExportBundle(*other);
  EXPECT_EQ(first, second);
  other.reset();
}

// A dry run counts what an import would create and update, in the shared
// import summary, and leaves the database as it was.
TEST_P(BundleTest, ADryRunCountsWhatWouldBeWrittenAndWritesNothing) {
  ImportDemo(*conn_);
  std::string bundle = ExportBundle(*conn_);
  TempDatabase empty(GetParam());
  auto other = empty.Connect();
  Migrate(*other);
  std::string before = ExportBundle(*other);
  auto dry = ImportBundle(*other, {ParseBundleText("export.json", bundle)}, "test", true);
  EXPECT_EQ(dry.status, ImportStatus::kDryRun);
  EXPECT_EQ(dry.sections["plan_items"].created, 123);
  EXPECT_GT(dry.imported, 123);
  EXPECT_EQ(dry.updated, 0);
  EXPECT_EQ(dry.ToJson()["status"], "dry_run");
  EXPECT_EQ(dry.ToJson()["sections"]["plan_items"]["created"], 123);
  EXPECT_EQ(ExportBundle(*other), before) << "a dry run writes nothing";
  EXPECT_EQ(AuditCount(*other), 0u) << "not even to the audit log";
  auto real = ImportBundle(*other, {ParseBundleText("export.json", bundle)}, "test");
  EXPECT_EQ(real.status, ImportStatus::kOk);
  EXPECT_EQ(real.imported, dry.imported) << "the dry run counted what the import did";
  EXPECT_EQ(ExportBundle(*other), bundle);
}

TEST_P(BundleTest, ExportHoldsEverySectionInTheDocumentedOrder) {
  ImportDemo(*conn_);
  auto doc = nlohmann::ordered_json::parse(ExportBundle(*conn_));
  std::vector<std::string> keys;
  for (const auto& [k, v] : doc.items()) keys.push_back(k);
  // The plan's sections in the documented order (other modules add theirs
  // between strategies and users).
  std::vector<std::string> plan_sections;
  for (const auto& k : keys) {
    if (k == "format" || k == "version" || k == "organisations" || k == "user_groups" ||
        k == "strategies" || k == "users") {
      plan_sections.push_back(k);
    }
  }
  EXPECT_EQ(plan_sections, (std::vector<std::string>{"format", "version", "organisations",
                                                     "user_groups", "strategies", "users"}));
  EXPECT_EQ(keys.front(), "format");
  EXPECT_EQ(keys.back(), "users");
  EXPECT_EQ(doc["format"], "fremdrift-bundle");
  EXPECT_EQ(doc["version"], 1);
  // Strategies sorted by key, items in tree order (parents first).
  EXPECT_EQ(doc["strategies"][0]["key"], "ks-ehelse-2022");
  EXPECT_EQ(doc["strategies"][1]["key"], "nes-2017-2022");
  EXPECT_EQ(doc["strategies"][2]["key"], "nes-2023-2030");
  EXPECT_EQ(doc["strategies"][3]["key"], "velferdsteknologiprogrammet");
  std::set<std::string> seen;
  for (const auto& item : doc["strategies"][2]["items"]) {
    if (!item["parent"].is_null()) EXPECT_TRUE(seen.count(item["parent"])) << item["key"];
    seen.insert(item["key"]);
  }
  EXPECT_EQ(seen.size(), 84u);
  // No database ids anywhere.
  EXPECT_EQ(ExportBundle(*conn_).find("\"id\""), std::string::npos);
}

TEST_P(BundleTest, ReimportUpdatesInsteadOfDuplicating) {
  ImportDemo(*conn_);
  auto strategy = StrategyStore(*conn_).FindByKey("nes-2023-2030").value();
  auto before = PlanItemStore(*conn_).List(std::nullopt);
  std::string exported = ExportBundle(*conn_);

  auto summary = ImportBundle(*conn_, ReadBundleFiles(DemoDir()), "test");
  for (const auto& [name, c] : summary.sections) EXPECT_EQ(c.created, 0) << name;
  EXPECT_EQ(summary.sections["plan_items"].updated, 123);
  EXPECT_EQ(summary.sections["organisations"].updated, 17);

  auto after = PlanItemStore(*conn_).List(std::nullopt);
  ASSERT_EQ(after.size(), before.size());
  for (size_t i = 0; i < after.size(); ++i) {
    EXPECT_EQ(after[i].id, before[i].id);
    EXPECT_EQ(after[i].key, before[i].key);
    EXPECT_EQ(after[i].parent_id, before[i].parent_id);
  }
  EXPECT_EQ(StrategyStore(*conn_).FindByKey("nes-2023-2030")->id, strategy.id);
  EXPECT_EQ(StrategyStore(*conn_).List(ListScope::kAll).size(), 4u);
  EXPECT_EQ(ExportBundle(*conn_), exported);
}

TEST_P(BundleTest, ReimportAppliesChangedFields) {
  ImportDemo(*conn_);
  auto changed = ParseBundleText("change.json", R"({
    "format": "fremdrift-bundle", "version": 1,
    "organisations": [{"short_name": "NHN", "name": "Norsk helsenett", "kind": "state_enterprise"}]
  })");
  auto summary = ImportBundle(*conn_, {changed}, "test");
  EXPECT_EQ(summary.sections["organisations"].updated, 1);
  EXPECT_EQ(summary.sections["organisations"].created, 0);
  auto doc = nlohmann::json::parse(ExportBundle(*conn_));
  size_t nhn = 0;
  for (const auto& o : doc["organisations"]) {
    if (o["short_name"] == "NHN") {
      ++nhn;
      EXPECT_EQ(o["name"], "Norsk helsenett");
    }
  }
  EXPECT_EQ(nhn, 1u);
}

// A bundle with one problem of each kind, each in its own place, among
// records that are valid and would change the database if written.
constexpr const char* kBadBundle = R"({
  "format": "fremdrift-bundle", "version": 1,
  "organisations": [
    {"short_name": "Hdir", "name": "Endret navn", "kind": "directorate"},
    {"short_name": "Ny", "name": "Ny organisasjon", "kind": "other"}
  ],
  "strategies": [{
    "key": "nes-2023-2030", "name": "Nasjonal e-helsestrategi 2023–2030",
    "period_start": 2023, "period_end": 2030, "published": true,
    "level_names": ["Mål", "Delmål", "Tema", "Leveranse"],
    "items": [
      {"key": "6", "code": "6", "level": 1, "parent": null, "title": "Nytt mål"},
      {"key": "6A", "level": 2, "parent": "6", "title": "Ukjent eier", "owners": ["Finnes-ikke"]},
      {"key": "6B", "level": 2, "parent": "6", "title": "Dårlig dato", "start": "2024-02-30"},
      {"key": "6C", "level": 2, "parent": "6", "title": "Baklengs",
       "start": "2025-01-01", "end": "2024-12-31"},
      {"key": "6D", "level": 3, "parent": "6", "title": "Feil nivå på forelder"},
      {"key": "6E", "level": 2, "parent": "6"},
      {"key": "6F", "level": 2, "parent": "6", "title": "Gyldig delmål"}
    ]
  }]
})";

TEST_P(BundleTest, BadBundleReportsEveryProblemWithItsPathAndChangesNothing) {
  ImportDemo(*conn_);
  std::string before = ExportBundle(*conn_);
  size_t audit_before = AuditCount(*conn_);
  auto items_before = PlanItemStore(*conn_).List(std::nullopt);

  auto problems = ProblemsOf([&] {
    ImportBundle(*conn_, {ParseBundleText("bad.json", kBadBundle)}, "test");
  });
  EXPECT_EQ(Paths(problems), (std::set<std::string>{
                                 "$.strategies[0].items[1].owners[0]",
                                 "$.strategies[0].items[2].start",
                                 "$.strategies[0].items[3].end",
                                 "$.strategies[0].items[4].parent",
                                 "$.strategies[0].items[5].title",
                             }));
  for (const auto& p : problems) EXPECT_FALSE(p.message.empty()) << p.field;

  EXPECT_EQ(ExportBundle(*conn_), before);
  EXPECT_EQ(AuditCount(*conn_), audit_before);
  auto items_after = PlanItemStore(*conn_).List(std::nullopt);
  ASSERT_EQ(items_after.size(), items_before.size());
  for (size_t i = 0; i < items_after.size(); ++i) {
    EXPECT_EQ(items_after[i].version, items_before[i].version) << items_after[i].key;
  }
  // The connection is usable afterwards: the transaction was rolled back.
  UserStore(*conn_).Create({0, "etterpaa", "Hdir", Role::kReader});
}

TEST_P(BundleTest, BadBundleIntoEmptyDatabaseLeavesItEmpty) {
  auto problems = ProblemsOf([&] {
    ImportBundle(*conn_, {ParseBundleText("bad.json", kBadBundle)}, "test");
  });
  // Without the demo the owner "Hdir" exists only in this bundle; the same
  // five problems are found.
  EXPECT_EQ(problems.size(), 5u);
  auto doc = nlohmann::json::parse(ExportBundle(*conn_));
  EXPECT_TRUE(doc["organisations"].empty());
  EXPECT_TRUE(doc["strategies"].empty());
  EXPECT_EQ(AuditCount(*conn_), 0u);
}

TEST_P(BundleTest, ProblemsInSeveralFilesArePrefixedWithTheFileName) {
  ImportDemo(*conn_);
  std::string before = ExportBundle(*conn_);
  auto problems = ProblemsOf([&] {
    ImportBundle(*conn_,
                 {ParseBundleText("10-orgs.json", R"({"format": "fremdrift-bundle", "version": 1,
                    "organisations": [{"short_name": "X", "name": "X", "kind": "planet"}]})"),
                  ParseBundleText("20-users.json", R"({"format": "fremdrift-bundle", "version": 1,
                    "users": [{"name": "u", "organisation": "Nowhere", "role": "boss"}],
                    "extra": []})")},
                 "test");
  });
  EXPECT_EQ(Paths(problems), (std::set<std::string>{
                                 "10-orgs.json:$.organisations[0].kind",
                                 "20-users.json:$.extra",
                                 "20-users.json:$.users[0].organisation",
                                 "20-users.json:$.users[0].role",
                             }));
  EXPECT_EQ(ExportBundle(*conn_), before);
}

TEST_P(BundleTest, MissingRequiredFieldsAndWrongTypesAreReported) {
  auto problems = ProblemsOf([&] {
    ImportBundle(*conn_, {ParseBundleText("b.json", R"({
      "format": "fremdrift-bundle", "version": 2,
      "user_groups": [{"key": "k"}],
      "strategies": [{"key": "s", "name": "S", "period_start": "2023", "period_end": 2030,
                      "published": "yes", "level_names": []}]
    })")},
                 "test");
  });
  EXPECT_EQ(Paths(problems), (std::set<std::string>{
                                 "$.version",
                                 "$.user_groups[0].name",
                                 "$.strategies[0].period_start",
                                 "$.strategies[0].published",
                                 "$.strategies[0].level_names",
                             }));
}

TEST_P(BundleTest, SyntaxErrorNamesFileAndLine) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("fremdrift-bundle-" + EngineName(GetParam()) + "-" +
                                              std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "10-good.json") << R"({"format": "fremdrift-bundle", "version": 1})";
  std::ofstream(dir / "20-bad.json") << "{\n  \"format\": \"fremdrift-bundle\",\n"
                                        "  \"version\": 1,\n  \"organisations\": [\n"
                                        "    {\"short_name\": \"X\" \"name\": \"Y\"}\n  ]\n}\n";
  try {
    ReadBundleFiles(dir.string());
    ADD_FAILURE() << "no failure";
  } catch (const Failure& f) {
    EXPECT_EQ(f.code(), FailureCode::kInvalid);
    std::string message = f.what();
    EXPECT_NE(message.find("20-bad.json"), std::string::npos) << message;
    EXPECT_NE(message.find("line 5"), std::string::npos) << message;
  }
  fs::remove_all(dir);
}

TEST_P(BundleTest, SyntaxErrorsInSeveralFilesAreAllReported) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("fremdrift-bundle2-" + EngineName(GetParam()) +
                                              "-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "10-a.json") << "{\n\"format\": }\n";
  std::ofstream(dir / "20-b.json") << "{}\n";
  std::ofstream(dir / "30-c.json") << "{\n\n\n[\n";
  auto problems = ProblemsOf([&] { ReadBundleFiles(dir.string()); });
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].field, "10-a.json");
  EXPECT_NE(problems[0].message.find("line 2"), std::string::npos) << problems[0].message;
  EXPECT_EQ(problems[1].field, "30-c.json");
  EXPECT_NE(problems[1].message.find("line 4"), std::string::npos) << problems[1].message;
  fs::remove_all(dir);
}

INSTANTIATE_PER_ENGINE(BundleTest);

}  // namespace
}  // namespace fremdrift
