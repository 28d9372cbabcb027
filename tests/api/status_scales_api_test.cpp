// Status scales as data over real HTTP, on both engines
// (docs/strategy-model.md, "Status scales"): migration 28 stores the
// built-in scales and keeps every strategy's scale and every status, the
// API reads the stored records, the bundle carries them and refuses a
// change that would leave assessments off their scale, and the report and
// the strategy page draw a status from the stored record.
#include "support/api_fixture.h"
#include "app/status_scales.h"
#include "domain/status_scale_catalogue.h"
#include "storage/migrations.h"
#include "storage/period_store.h"
#include "storage/status_scale_store.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

class StatusScalesApiTest : public ApiTest {
 protected:
  // Imports a bundle of one section; returns the refusal's problems
  // ("field: message [rule]" per line), or "" when it was taken.
  std::string TryImport(const std::string& section, const std::vector<json>& records) {
    try {
      json doc = {{"format", "fremdrift-bundle"}, {"version", 1}};
      doc[section] = json(records);  // an array, also of one record
      ImportText(doc.dump());
      return "";
    } catch (const Failure& f) {
      std::string out = f.what();
      for (const auto& p : f.problems()) out += "\n" + p.field + ": " + p.message + " [" + p.rule + "]";
      return out;
    }
  }

  json Scale(const std::string& key) { return server_->Get("/api/v1/status-scales/" + key).Json(); }
};

TEST_P(StatusScalesApiTest, TheMigrationStoresTheBuiltInScalesAndKeepsEveryStatus) {
  TempDatabase db(GetParam());
  auto conn = db.Connect();
  Migrate(*conn, 27);
  conn->Execute("INSERT INTO strategies (key, name, period_start, period_end, level_names, status_scale) "
                "VALUES ('s', 'S', 2023, 2030, '[\"Mål\"]', 'five_point')");
  int64_t sid = conn->Query("SELECT id FROM strategies WHERE key = 's'").at(0).Int(0);
  conn->Execute("INSERT INTO reporting_periods (strategy_id, code, state) VALUES (?, '2023', 'open')", {sid});
  int64_t pid = conn->Query("SELECT id FROM reporting_periods WHERE code = '2023'").at(0).Int(0);
  conn->Execute("INSERT INTO assessments (period_id, subject_kind, subject_key, status, suggested_status) "
                "VALUES (?, 'strategy', '', 'amber_red', 'red')",
                {pid});
  EXPECT_EQ(Migrate(*conn), static_cast<int>(AllMigrations().size()) - 27);

  // Every built-in record is stored exactly, levels, words, colours and shapes.
  StatusScaleStore store(*conn);
  ASSERT_EQ(store.List().size(), StatusScaleRecords().size());
  for (const auto& built_in : StatusScaleRecords()) EXPECT_EQ(store.Find(built_in.key), built_in) << built_in.key;
  // The strategy keeps its scale, and its assessment its status, by the same order.
  auto s = StrategyStore(*conn).FindByKey("s").value();
  StatusScale scale = StatusScaleOf(*conn, s);
  EXPECT_EQ(scale.key(), "five_point");
  EXPECT_EQ(scale.Rank("amber_red"), 3);
  auto a = PeriodStore(*conn).FindAssessment(pid, {SubjectKind::kStrategy, ""});
  ASSERT_TRUE(a);
  EXPECT_EQ(a->status, "amber_red");
  EXPECT_EQ(scale.Name(a->status, "nb"), "Gul/rød");
  EXPECT_EQ(store.StatusesInUse("five_point"), (std::vector<std::string>{"amber_red", "red"}));
}

TEST_P(StatusScalesApiTest, TheApiReadsTheStoredScales) {
  auto list = server_->Get("/api/v1/status-scales");
  ASSERT_EQ(list.status, 200) << list.body;
  std::vector<std::string> keys;
  for (const auto& r : list.Json()) keys.push_back(r["key"].get<std::string>());
  EXPECT_EQ(keys, (std::vector<std::string>{"five_point", "ikt_ressursrapport", "robusthet", "traffic_light"}));
  auto lights = server_->Get("/api/v1/status-scales/traffic_light");
  ASSERT_EQ(lights.status, 200) << lights.body;
  EXPECT_EQ(lights.Json()["levels"][2]["name_nb"], "Rød");
  EXPECT_EQ(lights.Json()["levels"][2]["shape"], "square");
  EXPECT_EQ(Scale("robusthet")["levels"][1]["name_nb"], "I begrenset grad");
  EXPECT_EQ(server_->Get("/api/v1/status-scales/rainbow").status, 404);

  // A scale given in a bundle is served at once.
  json four = {{"key", "modenhet"},
               {"name_nb", "Modenhet"},
               {"name_en", "Maturity"},
               {"source", ""},
               {"good_end", "last"},
               {"levels",
                {{{"key", "lav"}, {"name_nb", "Lav"}, {"name_en", "Low"}, {"colour", "#c62828"}, {"shape", "square"}},
                 {{"key", "hoy"}, {"name_nb", "Høy"}, {"name_en", "High"}, {"colour", "#1a7f37"}, {"shape", "circle"}}}}};
  ASSERT_EQ(TryImport("status_scales", {four}), "");
  auto stored = server_->Get("/api/v1/status-scales/modenhet");
  ASSERT_EQ(stored.status, 200) << stored.body;
  EXPECT_EQ(stored.Json(), four);
  EXPECT_EQ(server_->Get("/api/v1/status-scales").Json().size(), 5u);
  EXPECT_EQ(server_->Get("/api/v1/strategies/nes-2017-2022").Json()["status_scale"], "ikt_ressursrapport");
}

TEST_P(StatusScalesApiTest, TheBundleCarriesScalesAndRefusesLeavingAssessmentsOffTheirScale) {
  std::string exported = Export();
  json doc = json::parse(exported);
  ASSERT_EQ(doc["status_scales"].size(), 4u);
  EXPECT_EQ(doc["status_scales"][1]["key"], "ikt_ressursrapport");

  // Round trip into an empty database: the same text.
  TestServer empty(GetParam(), false);
  {
    auto lease = empty.pool().Acquire();
    ImportBundle(*lease, {ParseBundleText("all.json", exported)}, "test");
    EXPECT_EQ(ExportBundle(*lease), exported);
  }

  // Dropping "Kommet langt", which the 2017-2022 strategy's areas hold, is refused and writes nothing.
  json ict = doc["status_scales"][1];
  json dropped = ict;
  dropped["levels"] = json::array({{{"key", "godt_i_gang"}, {"name_nb", "Godt i gang"}, {"name_en", "Well under way"},
                                    {"colour", "#1a7f37"}, {"shape", "circle"}}});
  std::string refusal = TryImport("status_scales", {dropped});
  EXPECT_TRUE(Has(refusal, "kommet_langt [status_level_in_use]")) << refusal;
  EXPECT_EQ(Export(), exported);

  // Moving that strategy to the traffic light, whose levels its statuses are not on, is refused too.
  json strategy = server_->Get("/api/v1/strategies/nes-2017-2022").Json();
  strategy.erase("id");
  strategy["status_scale"] = "traffic_light";
  refusal = TryImport("strategies", {strategy});
  EXPECT_TRUE(Has(refusal, "status_scale: ")) << refusal;
  EXPECT_TRUE(Has(refusal, "kommet_langt [status_off_scale]")) << refusal;
  strategy["status_scale"] = "rainbow";
  EXPECT_TRUE(Has(TryImport("strategies", {strategy}), "[not_a_status_scale]"));
  EXPECT_EQ(Export(), exported);

  // A broken record names its rule.
  json broken = ict;
  broken["levels"][0]["shape"] = "star";
  broken["levels"][0]["colour"] = "green";
  refusal = TryImport("status_scales", {broken});
  EXPECT_TRUE(Has(refusal, "levels[0].shape")) << refusal;
  EXPECT_TRUE(Has(refusal, "[not_a_shape]")) << refusal;

  // A level may be reworded and given another look; the key keeps the statuses, and it is audited.
  json reworded = ict;
  reworded["levels"][0]["name_nb"] = "Langt på vei";
  reworded["levels"][0]["shape"] = "diamond";
  size_t audited = AuditCount();
  ASSERT_EQ(TryImport("status_scales", {reworded}), "");
  EXPECT_EQ(AuditCount(), audited + 1);
  EXPECT_EQ(Scale("ikt_ressursrapport")["levels"][0]["name_nb"], "Langt på vei");
  // An identical record is ignored and writes nothing.
  ASSERT_EQ(TryImport("status_scales", {reworded}), "");
  EXPECT_EQ(AuditCount(), audited + 1);
}

TEST_P(StatusScalesApiTest, TheReportAndStrategyPageDrawStatusFromTheStoredRecord) {
  // The ICT resource report's rating of the 2017-2022 strategy's areas.
  auto report = server_->Get("/rapport/2022?strategy=nes-2017-2022");
  ASSERT_EQ(report.status, 200) << report.body;
  EXPECT_TRUE(Has(report.body, "<span class=\"report-status-word\">Kommet langt</span>")) << report.body;
  EXPECT_TRUE(Has(report.body, "report-status-shape-circle")) << "a shape beside the word";
  auto area = server_->Get("/rapport/2021?strategy=nes-2017-2022");
  ASSERT_EQ(area.status, 200) << area.body;
  EXPECT_TRUE(Has(area.body, "Helsedataservice")) << "the knowledge base's comment per area";
  auto page = server_->Get("/strategi/nes-2017-2022");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(Has(page.body, "Kommet langt")) << "the latest report's status on the strategy's page";
  EXPECT_TRUE(Has(server_->Get("/rapport/2022?strategy=nes-2017-2022&lang=en").body, ">Far along</span>"));
  // The roll-up works on the stored one-level scale by its order: six areas far along suggest the same.
  auto rollup = server_->Get("/api/v1/periods/2022/rollup?strategy=nes-2017-2022", AdminToken());
  ASSERT_EQ(rollup.status, 200) << rollup.body;
  ASSERT_FALSE(rollup.Json()["rollup"].empty()) << rollup.body;
  EXPECT_EQ(rollup.Json()["rollup"][0]["subject"]["kind"], "strategy");
  EXPECT_EQ(rollup.Json()["rollup"][0]["suggested_status"], "kommet_langt");

  // A reworded level, drawn in another shape, is what the pages show next.
  json ict = Scale("ikt_ressursrapport");
  ict["levels"][0]["name_nb"] = "Langt på vei";
  ict["levels"][0]["shape"] = "diamond";
  ict["levels"][0]["colour"] = "#2e7d32";
  ASSERT_EQ(TryImport("status_scales", {ict}), "");
  report = server_->Get("/rapport/2022?strategy=nes-2017-2022");
  EXPECT_TRUE(Has(report.body, "<span class=\"report-status-word\">Langt på vei</span>"));
  EXPECT_TRUE(Has(report.body, "report-status-shape-diamond"));
  EXPECT_TRUE(Has(report.body, "fill=\"#2e7d32\""));
  EXPECT_FALSE(Has(report.body, "Kommet langt</span>"));
  auto md = server_->Get("/rapport/2022.md?strategy=nes-2017-2022");
  ASSERT_EQ(md.status, 200) << md.body;
  EXPECT_TRUE(Has(md.body, "🟢 Langt på vei")) << md.body;
}

INSTANTIATE_PER_ENGINE(StatusScalesApiTest);

}  // namespace
}  // namespace fremdrift::testing
