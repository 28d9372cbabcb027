// Strategies and their trees over HTTP, and the visibility rule: an
// unpublished strategy and its items exist only for signed-in users.
#include <set>

#include "support/api_fixture.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

// An internal (unpublished) strategy with a goal and a sub-goal.
constexpr const char* kInternalStrategy = R"({
  "format": "fremdrift-bundle", "version": 1,
  "strategies": [{
    "key": "intern-2025", "name": "Intern handlingsplan 2025",
    "period_start": 2025, "period_end": 2025, "published": false,
    "level_names": ["Mål", "Tiltak"],
    "items": [
      {"key": "m1", "code": "M1", "level": 1, "parent": null, "title": "Internt mål"},
      {"key": "m1-t1", "level": 2, "parent": "m1", "title": "Internt tiltak", "owners": ["Hdir"]}
    ]
  }]
})";

std::set<std::string> Keys(const json& list, const char* field = "key") {
  std::set<std::string> out;
  for (const auto& x : list) out.insert(x[field].get<std::string>());
  return out;
}

class StrategiesApiTest : public ApiTest {};

TEST_P(StrategiesApiTest, ListShowsBothDemoStrategiesNewestFirst) {
  auto r = server_->Get("/api/v1/strategies");
  ASSERT_EQ(r.status, 200) << r.body;
  auto list = r.Json();
  ASSERT_EQ(list.size(), 4u);
  EXPECT_EQ(list[0]["key"], "nes-2023-2030");
  EXPECT_EQ(list[0]["level_names"], json({"Mål", "Delmål", "Tema", "Leveranse"}));
  EXPECT_EQ(list[0]["published"], true);
  EXPECT_EQ(list[0]["period_start"], 2023);
  EXPECT_EQ(list[0]["period_end"], 2030);
  EXPECT_EQ(list[1]["key"], "ks-ehelse-2022");  // newest period first
  EXPECT_EQ(list[1]["phase_scale"], "tjenesteinnovasjon");
  EXPECT_EQ(list[2]["key"], "nes-2017-2022");
  EXPECT_EQ(list[2]["level_names"], json({"Satsingsområde", "Innsatsområde", "Aktivitet"}));
  EXPECT_EQ(list[3]["key"], "velferdsteknologiprogrammet");
  EXPECT_TRUE(list[0]["id"].is_number_integer());
  EXPECT_EQ(list[0].count("items"), 0u);
}

TEST_P(StrategiesApiTest, GetStrategyByIdOrKey) {
  auto by_key = server_->Get("/api/v1/strategies/nes-2017-2022");
  ASSERT_EQ(by_key.status, 200) << by_key.body;
  auto id = std::to_string(by_key.Json()["id"].get<int64_t>());
  auto by_id = server_->Get("/api/v1/strategies/" + id);
  ASSERT_EQ(by_id.status, 200);
  EXPECT_EQ(by_id.Json(), by_key.Json());
  auto missing = server_->Get("/api/v1/strategies/no-such-strategy");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.Json()["error"]["code"], "not_found");
}

TEST_P(StrategiesApiTest, UnpublishedStrategyIsHiddenFromThePublic) {
  ImportText(kInternalStrategy);
  std::string token = server_->AddUserWithToken("lesar", "NHN", Role::kReader);
  int64_t internal_item = DemoItem("m1-t1", "intern-2025")["id"];
  std::string item_path = "/api/v1/items/" + std::to_string(internal_item);

  // The list of strategies.
  EXPECT_EQ(Keys(server_->Get("/api/v1/strategies").Json()),
            (std::set<std::string>{"nes-2023-2030", "nes-2017-2022", "ks-ehelse-2022", "velferdsteknologiprogrammet"}));
  EXPECT_EQ(Keys(server_->Get("/api/v1/strategies", token).Json()),
            (std::set<std::string>{"nes-2023-2030", "nes-2017-2022", "ks-ehelse-2022", "velferdsteknologiprogrammet",
                                   "intern-2025"}));

  // The strategy and its tree.
  EXPECT_EQ(server_->Get("/api/v1/strategies/intern-2025").status, 404);
  EXPECT_EQ(server_->Get("/api/v1/strategies/intern-2025/tree").status, 404);
  auto tree = server_->Get("/api/v1/strategies/intern-2025/tree", token);
  ASSERT_EQ(tree.status, 200) << tree.body;
  ASSERT_EQ(tree.Json()["items"].size(), 1u);
  EXPECT_EQ(tree.Json()["items"][0]["children"][0]["title"], "Internt tiltak");
  // Its id does not reveal it either.
  std::string id = std::to_string(tree.Json()["id"].get<int64_t>());
  EXPECT_EQ(server_->Get("/api/v1/strategies/" + id).status, 404);
  EXPECT_EQ(server_->Get("/api/v1/strategies/" + id + "/tree").status, 404);

  // The flat item list, unfiltered and filtered by the strategy.
  auto public_items = server_->Get("/api/v1/items").Json();
  EXPECT_EQ(public_items.size(), 123u);
  EXPECT_EQ(Keys(public_items, "strategy"),
            (std::set<std::string>{"nes-2023-2030", "nes-2017-2022", "ks-ehelse-2022", "velferdsteknologiprogrammet"}));
  EXPECT_EQ(server_->Get("/api/v1/items", token).Json().size(), 125u);
  auto filtered = server_->Get("/api/v1/items?strategy=intern-2025");
  EXPECT_NE(filtered.status, 200);
  EXPECT_EQ(filtered.Json()["error"]["field"], "strategy");
  // The answer is the same as for a strategy that does not exist.
  auto nonexistent = server_->Get("/api/v1/items?strategy=finnes-ikke-2025");
  EXPECT_EQ(filtered.status, nonexistent.status);
  auto signed_in = server_->Get("/api/v1/items?strategy=intern-2025", token);
  ASSERT_EQ(signed_in.status, 200);
  EXPECT_EQ(Keys(signed_in.Json()), (std::set<std::string>{"m1", "m1-t1"}));

  // One item.
  auto hidden = server_->Get(item_path);
  EXPECT_EQ(hidden.status, 404);
  EXPECT_EQ(hidden.Json()["error"]["code"], "not_found");
  auto shown = server_->Get(item_path, token);
  ASSERT_EQ(shown.status, 200);
  EXPECT_EQ(shown.Json()["title"], "Internt tiltak");
  EXPECT_EQ(shown.Json()["level_name"], "Tiltak");
}

// Checks every node below `node`: children point back to it, sit one
// level below it, and carry the strategy's name of their level.
void CheckSubtree(const json& node, const std::vector<std::string>& level_names, int& count) {
  ++count;
  int level = node["level"];
  EXPECT_EQ(node["level_name"], level_names.at(level - 1)) << node["key"];
  for (const auto& child : node["children"]) {
    EXPECT_EQ(child["parent_id"], node["id"]) << child["key"];
    EXPECT_EQ(child["parent"], node["key"]) << child["key"];
    EXPECT_EQ(child["level"], level + 1) << child["key"];
    CheckSubtree(child, level_names, count);
  }
}

TEST_P(StrategiesApiTest, TreeNestsFiveGoalsWithEveryChildUnderItsParent) {
  auto r = server_->Get("/api/v1/strategies/nes-2023-2030/tree");
  ASSERT_EQ(r.status, 200) << r.body;
  auto tree = r.Json();
  EXPECT_EQ(tree["key"], "nes-2023-2030");
  const auto& goals = tree["items"];
  ASSERT_EQ(goals.size(), 5u);
  for (size_t i = 0; i < goals.size(); ++i) {
    EXPECT_EQ(goals[i]["code"], std::to_string(i + 1));
    EXPECT_EQ(goals[i]["level"], 1);
    EXPECT_TRUE(goals[i]["parent_id"].is_null());
  }
  EXPECT_EQ(goals[0]["title"], "Aktiv medvirkning i egen og næres helse");
  EXPECT_EQ(goals[3]["title"], "Tilgjengelig informasjon og styrket samhandling");
  int count = 0;
  for (const auto& g : goals) CheckSubtree(g, {"Mål", "Delmål", "Tema", "Leveranse"}, count);
  EXPECT_EQ(count, 84);

  // Goal 4's sub-goals in the bundle's order, and ICD-11 four levels down.
  std::vector<std::string> sub_goals;
  for (const auto& c : goals[3]["children"]) sub_goals.push_back(c["key"]);
  EXPECT_EQ(sub_goals, (std::vector<std::string>{"4A", "4B", "4C", "4-si1"}));
  const json* b4 = nullptr;
  for (const auto& c : goals[3]["children"]) if (c["key"] == "4B") b4 = &c;
  ASSERT_NE(b4, nullptr);
  ASSERT_EQ((*b4)["children"].size(), 1u);
  const auto& theme = (*b4)["children"][0];
  EXPECT_EQ(theme["title"], "Standardisert bruk av kodeverk og terminologi");
  std::set<std::string> deliverables;
  for (const auto& d : theme["children"]) deliverables.insert(d["title"]);
  EXPECT_TRUE(deliverables.count("ICD-11"));
  for (const auto& d : theme["children"]) EXPECT_TRUE(d["children"].empty());
}

TEST_P(StrategiesApiTest, TreeOfThreeLevelStrategyUsesItsOwnLevelNames) {
  auto tree = server_->Get("/api/v1/strategies/nes-2017-2022/tree").Json();
  ASSERT_EQ(tree["items"].size(), 6u);
  int count = 0;
  for (const auto& area : tree["items"]) {
    EXPECT_EQ(area["level_name"], "Satsingsområde");
    CheckSubtree(area, {"Satsingsområde", "Innsatsområde", "Aktivitet"}, count);
  }
  EXPECT_EQ(count, 20);
}

TEST_P(StrategiesApiTest, TreeOfUnknownStrategyIsNotFound) {
  auto r = server_->Get("/api/v1/strategies/999999/tree");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.Json()["error"]["code"], "not_found");
}

INSTANTIATE_PER_ENGINE(StrategiesApiTest);

}  // namespace
}  // namespace fremdrift::testing
