// Phase scales as data over real HTTP, on both engines
// (docs/strategy-model.md, "Phase scales"): migration 25 carries the old
// phases over, the API lists the scales and each strategy names its own,
// items, the roadmap's filter, the timeline and the item form use the
// strategy's scale, and the bundle carries scales and refuses a change
// that would leave items with phases off their scale.
#include "support/api_fixture.h"
#include "app/phase_scales.h"
#include "storage/migrations.h"
#include "storage/phase_scale_store.h"
#include "support/signed_in_browser.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

class PhaseScalesApiTest : public ApiTest {
 protected:
  // The demo item of the KS strategy (on the six-step scale).
  json KsItem(const std::string& key) { return DemoItem(key, "ks-ehelse-2022"); }

  HttpResult SetPhases(const json& item, const json& from, const json& to) {
    return server_->Send("PUT", ItemPath(item),
                         {{"phase_from", from}, {"phase_to", to}, {"version", item["version"]}}, AdminToken());
  }

  // Every problem of a refused import, "field: message" per line.
  static std::string Problems(const Failure& f) {
    std::string out = f.what();
    for (const auto& p : f.problems()) out += "\n" + p.field + ": " + p.message;
    return out;
  }

  std::vector<std::string> Titles(const json& list) {
    std::vector<std::string> out;
    for (const auto& i : list) out.push_back(i["title"].get<std::string>());
    return out;
  }
};

TEST_P(PhaseScalesApiTest, TheMigrationCarriesTheOldPhasesOverToKeysOfTheDefaultScale) {
  TempDatabase db(GetParam());
  auto conn = db.Connect();
  Migrate(*conn, 24);
  conn->Execute("INSERT INTO strategies (key, name, period_start, period_end, level_names) "
                "VALUES ('s', 'S', 2023, 2030, '[\"Mål\"]')");
  int64_t sid = conn->Query("SELECT id FROM strategies WHERE key = 's'").at(0).Int(0);
  const int64_t kPhases[][2] = {{0, 0}, {1, 3}, {2, 2}, {3, 4}, {4, 4}};
  for (int i = 0; i < 5; ++i) {
    conn->Execute("INSERT INTO plan_items (strategy_id, key, level, title, phase_from, phase_to) "
                  "VALUES (?, ?, 1, 'x', ?, ?)",
                  {sid, "i" + std::to_string(i), kPhases[i][0], kPhases[i][1]});
  }
  conn->Execute("INSERT INTO plan_items (strategy_id, key, level, title) VALUES (?, 'none', 1, 'x')", {sid});
  EXPECT_EQ(Migrate(*conn), static_cast<int>(AllMigrations().size()) - 24);

  auto s = StrategyStore(*conn).FindByKey("s").value();
  EXPECT_EQ(s.phase_scale, "veikart");
  EXPECT_EQ(PhaseScaleStore(*conn).Find("veikart"), DefaultPhaseScale());
  PlanItemStore items(*conn);
  const char* kKeys[][2] = {{"konsept", "konsept"}, {"utvikling", "innforing"}, {"tilpasning", "tilpasning"},
                            {"innforing", "i_bruk"}, {"i_bruk", "i_bruk"}};
  for (int i = 0; i < 5; ++i) {
    auto item = items.FindByKey(sid, "i" + std::to_string(i)).value();
    ASSERT_TRUE(item.phases) << i;
    EXPECT_EQ(item.phases->from, kKeys[i][0]) << i;
    EXPECT_EQ(item.phases->to, kKeys[i][1]) << i;
  }
  EXPECT_FALSE(items.FindByKey(sid, "none")->phases);
}

TEST_P(PhaseScalesApiTest, TheApiListsTheScalesAndEachStrategyNamesItsOwn) {
  auto list = server_->Get("/api/v1/phase-scales");
  ASSERT_EQ(list.status, 200) << list.body;
  ASSERT_EQ(list.Json().size(), 2u);
  EXPECT_EQ(list.Json()[0]["key"], "tjenesteinnovasjon");
  EXPECT_EQ(list.Json()[1]["key"], "veikart");
  auto six = server_->Get("/api/v1/phase-scales/tjenesteinnovasjon");
  ASSERT_EQ(six.status, 200) << six.body;
  const json body = six.Json();
  std::vector<std::string> steps;
  for (const auto& p : body["phases"]) steps.push_back(p["name_nb"].get<std::string>());
  EXPECT_EQ(steps, (std::vector<std::string>{"Forankring", "Innsikt", "Tjenesteutvikling", "Pilotering",
                                             "Overgang til drift", "Ny praksis"}));
  EXPECT_EQ(server_->Get("/api/v1/phase-scales/veikart").Json()["phases"][3]["key"], "innforing");
  EXPECT_EQ(server_->Get("/api/v1/phase-scales/ingen").status, 404);
  EXPECT_EQ(server_->Get("/api/v1/strategies/ks-ehelse-2022").Json()["phase_scale"], "tjenesteinnovasjon");
  EXPECT_EQ(server_->Get("/api/v1/strategies/nes-2023-2030").Json()["phase_scale"], "veikart");
}

TEST_P(PhaseScalesApiTest, AnItemTakesPhasesOfItsStrategysScaleAndIsFilteredOnIt) {
  json item = KsItem("legemidler");
  auto wrong = SetPhases(item, "utvikling", "innforing");
  ASSERT_EQ(wrong.status, 400) << wrong.body;
  EXPECT_TRUE(Has(wrong.body, "forankring, innsikt, tjenesteutvikling")) << wrong.body;
  auto backwards = SetPhases(item, "pilotering", "innsikt");
  ASSERT_EQ(backwards.status, 400) << backwards.body;
  EXPECT_EQ(backwards.Json()["error"]["field"], "phase_to");
  auto set = SetPhases(item, "innsikt", "pilotering");
  ASSERT_EQ(set.status, 200) << set.body;
  EXPECT_EQ(set.Json()["phase_from"], "innsikt");

  auto within = server_->Get("/api/v1/items?strategy=ks-ehelse-2022&phase=tjenesteutvikling");
  ASSERT_EQ(within.status, 200) << within.body;
  EXPECT_EQ(Titles(within.Json()), std::vector<std::string>{"Legemidler"});
  EXPECT_TRUE(server_->Get("/api/v1/items?strategy=ks-ehelse-2022&phase=ny_praksis").Json().empty());
  // Without a strategy, each item is matched on its own scale.
  EXPECT_EQ(Titles(server_->Get("/api/v1/items?phase=pilotering").Json()), std::vector<std::string>{"Legemidler"});
  EXPECT_EQ(server_->Get("/api/v1/items?phase=innforing").Json().size(), 10u);
  // A key of another scale than the strategy's is refused, naming the parameter.
  auto other = server_->Get("/api/v1/items?strategy=ks-ehelse-2022&phase=innforing");
  ASSERT_EQ(other.status, 400) << other.body;
  EXPECT_EQ(other.Json()["error"]["field"], "phase");
  EXPECT_EQ(server_->Get("/api/v1/items?strategy=nes-2023-2030&phase=pilotering").status, 400);
}

TEST_P(PhaseScalesApiTest, TheRoadmapTimelineAndItemFormUseTheStrategysScale) {
  ASSERT_EQ(SetPhases(KsItem("legemidler"), "innsikt", "pilotering").status, 200);
  ASSERT_EQ(SetPhases(KsItem("samhandling"), "ny_praksis", "ny_praksis").status, 200);
  auto page = server_->Get("/veikart?strategi=ks-ehelse-2022");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(Has(page.body, "<option value=\"overgang_til_drift\"")) << "the filter offers the six steps";
  EXPECT_FALSE(Has(page.body, "<option value=\"innforing\""));
  EXPECT_TRUE(Has(page.body, "<rect class=\"tl-bar tl-phase-pilotering"));
  EXPECT_TRUE(Has(page.body, "<rect class=\"tl-swatch tl-phase-ny_praksis\""));
  EXPECT_TRUE(Has(page.body, "Innsikt → Tjenesteutvikling → Pilotering"));
  EXPECT_TRUE(Has(page.body, "phase-pilotering phase-pos-3")) << "the phone list's mark";
  auto filtered = server_->Get("/veikart?strategi=ks-ehelse-2022&fase=tjenesteutvikling");
  ASSERT_EQ(filtered.status, 200) << filtered.body;
  EXPECT_EQ(Count(filtered.body, "<rect class=\"tl-bar"), 1u);
  EXPECT_EQ(server_->Get("/veikart?strategi=ks-ehelse-2022&fase=innforing").status, 400);
  EXPECT_EQ(server_->Get("/veikart?fase=innforing").status, 200) << "the default roadmap keeps its phases";
  EXPECT_TRUE(Has(server_->Get("/veikart?strategi=ks-ehelse-2022&lang=en").body, ">Piloting</option>"));

  AdminToken();
  Browser admin(server_->port());
  ASSERT_EQ(admin.SignIn(*server_, "admin", "a long enough password").status, 303);
  auto form = admin.Get("/element/" + std::to_string(KsItem("legemidler")["id"].get<int64_t>()) + "/rediger");
  ASSERT_EQ(form.status, 200) << form.body;
  EXPECT_TRUE(Has(form.body, ">Overgang til drift</option>"));
  EXPECT_FALSE(Has(form.body, ">Innføring</option>"));
}

TEST_P(PhaseScalesApiTest, TheBundleCarriesScalesAndRefusesDroppingAPhaseInUse) {
  ASSERT_EQ(SetPhases(KsItem("samhandling"), "ny_praksis", "ny_praksis").status, 200);
  std::string exported = Export();
  json doc = json::parse(exported);
  ASSERT_EQ(doc["phase_scales"].size(), 2u);
  EXPECT_EQ(doc["phase_scales"][1]["key"], "veikart");

  // Round trip into an empty database: the same text.
  TestServer empty(GetParam(), false);
  {
    auto lease = empty.pool().Acquire();
    ImportBundle(*lease, {ParseBundleText("all.json", exported)}, "test");
    EXPECT_EQ(ExportBundle(*lease), exported);
    EXPECT_EQ(PhaseScaleOf(*lease, StrategyStore(*lease).FindByKey("ks-ehelse-2022").value()).key,
              "tjenesteinnovasjon");
  }

  // A change that drops "ny_praksis", which an item holds, is refused and writes nothing.
  json scale = doc["phase_scales"][0];
  scale["phases"].erase(scale["phases"].size() - 1);
  try {
    ImportText(json{{"format", "fremdrift-bundle"}, {"version", 1}, {"phase_scales", {scale}}}.dump());
    ADD_FAILURE() << "the import should be refused";
  } catch (const Failure& f) {
    EXPECT_TRUE(Has(Problems(f), "ny_praksis")) << Problems(f);
  }
  EXPECT_EQ(Export(), exported);
  // Renaming a step keeps its key, and is taken.
  scale = doc["phase_scales"][0];
  scale["phases"][3]["name_nb"] = "Utprøving";
  ImportText(json{{"format", "fremdrift-bundle"}, {"version", 1}, {"phase_scales", {scale}}}.dump());
  EXPECT_EQ(server_->Get("/api/v1/phase-scales/tjenesteinnovasjon").Json()["phases"][3]["name_nb"], "Utprøving");

  // A strategy naming a scale that does not exist is refused.
  json strategy = server_->Get("/api/v1/strategies/ks-ehelse-2022").Json();
  strategy.erase("id");
  strategy["phase_scale"] = "ingen";
  try {
    ImportText(json{{"format", "fremdrift-bundle"}, {"version", 1}, {"strategies", {strategy}}}.dump());
    ADD_FAILURE() << "the import should be refused";
  } catch (const Failure& f) {
    EXPECT_TRUE(Has(Problems(f), "phase_scale")) << Problems(f);
  }
  // Moving it to the default scale while an item holds "ny_praksis" is refused too.
  strategy["phase_scale"] = "veikart";
  try {
    ImportText(json{{"format", "fremdrift-bundle"}, {"version", 1}, {"strategies", {strategy}}}.dump());
    ADD_FAILURE() << "the import should be refused";
  } catch (const Failure& f) {
    EXPECT_TRUE(Has(Problems(f), "ny_praksis")) << Problems(f);
  }
  EXPECT_EQ(server_->Get("/api/v1/strategies/ks-ehelse-2022").Json()["phase_scale"], "tjenesteinnovasjon");
}

INSTANTIATE_PER_ENGINE(PhaseScalesApiTest);

}  // namespace
}  // namespace fremdrift::testing
