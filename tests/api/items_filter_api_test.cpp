// GET /api/v1/items: each filter on its own and together, and a 400 that
// names the parameter for each bad value.
#include <set>

#include "support/api_fixture.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

class ItemsFilterApiTest : public ApiTest {
 protected:
  json List(const std::string& query) {
    auto r = server_->Get("/api/v1/items" + query);
    EXPECT_EQ(r.status, 200) << query << ": " << r.body;
    return r.status == 200 ? r.Json() : json::array();
  }

  void ExpectBadParameter(const std::string& query, const std::string& field) {
    auto r = server_->Get("/api/v1/items" + query);
    EXPECT_EQ(r.status, 400) << query << ": " << r.body;
    auto error = json::parse(r.body, nullptr, false);
    ASSERT_TRUE(error.is_object()) << r.body;
    EXPECT_EQ(error["error"]["code"], "invalid") << query;
    EXPECT_EQ(error["error"]["field"], field) << query;
    EXPECT_FALSE(error["error"]["message"].get<std::string>().empty());
  }
};

std::set<std::string> Titles(const json& items) {
  std::set<std::string> out;
  for (const auto& i : items) out.insert(i["title"].get<std::string>());
  return out;
}

TEST_P(ItemsFilterApiTest, WithoutFiltersListsEveryVisibleItem) {
  // 84 + 20 of the national strategies, 5 + 14 of the municipal plans on the six-step scale.
  EXPECT_EQ(List("").size(), 123u);
}

TEST_P(ItemsFilterApiTest, StrategyFilterTakesKeyOrId) {
  EXPECT_EQ(List("?strategy=nes-2023-2030").size(), 84u);
  auto old = List("?strategy=nes-2017-2022");
  ASSERT_EQ(old.size(), 20u);
  EXPECT_EQ(List("?strategy=" + std::to_string(old[0]["strategy_id"].get<int64_t>())), old);
  for (const auto& i : old) EXPECT_EQ(i["strategy"], "nes-2017-2022");
}

TEST_P(ItemsFilterApiTest, LevelFilter) {
  EXPECT_EQ(List("?strategy=nes-2023-2030&level=4").size(), 42u);
  EXPECT_EQ(List("?strategy=nes-2023-2030&level=1").size(), 5u);
  // 5 goals + 6 strategic areas, 5 KS areas, 2 parts of the welfare-technology programme
  EXPECT_EQ(List("?level=1").size(), 18u);
  EXPECT_EQ(List("?level=3&strategy=nes-2017-2022").size(), 0u);
  for (const auto& i : List("?level=2")) EXPECT_EQ(i["level"], 2);
}

TEST_P(ItemsFilterApiTest, OwnerFilter) {
  auto hdir = List("?owner=Hdir");
  EXPECT_EQ(hdir.size(), 42u);  // the source names Hdir as the owner of all 42 deliverables
  for (const auto& i : hdir) EXPECT_EQ(i["owners"], json({"Hdir"}));
  EXPECT_EQ(List("?owner=NHN").size(), 0u);  // known, owns nothing
}

TEST_P(ItemsFilterApiTest, UserGroupFilter) {
  auto items = List("?user_group=kommune-og-fylkeskommune");
  EXPECT_EQ(items.size(), 11u);
  for (const auto& i : items) {
    auto groups = i["user_groups"].get<std::vector<std::string>>();
    EXPECT_NE(std::find(groups.begin(), groups.end(), "kommune-og-fylkeskommune"), groups.end());
  }
  EXPECT_EQ(List("?user_group=spesialisthelsetjenesten-og-kommune").size(), 24u);
}

TEST_P(ItemsFilterApiTest, HdirDeliverablesForMunicipalities) {
  auto items = List("?strategy=nes-2023-2030&level=4&owner=Hdir&user_group=kommune-og-fylkeskommune");
  EXPECT_EQ(items.size(), 11u);
  for (const auto& i : items) EXPECT_EQ(i["level_name"], "Leveranse");
}

TEST_P(ItemsFilterApiTest, PhaseFilterMatchesAnyPhaseInTheRange) {
  EXPECT_EQ(List("?phase=konsept").size(), 13u);
  EXPECT_EQ(List("?phase=utvikling").size(), 13u);
  EXPECT_EQ(List("?phase=tilpasning").size(), 10u);
  EXPECT_EQ(List("?phase=innforing").size(), 10u);
  EXPECT_EQ(List("?phase=i_bruk").size(), 7u);
  const std::vector<std::string> scale = {"konsept", "utvikling", "tilpasning", "innforing",
                                          "i_bruk"};
  auto index = [&](const json& key) {
    return std::find(scale.begin(), scale.end(), key.get<std::string>()) - scale.begin();
  };
  for (const auto& i : List("?phase=tilpasning")) {
    EXPECT_LE(index(i["phase_from"]), 2) << i["title"];
    EXPECT_GE(index(i["phase_to"]), 2) << i["title"];
  }
}

TEST_P(ItemsFilterApiTest, ActiveOnFilterCountsUndefinedEndsAsOpen) {
  auto on = List("?active_on=2026-10-01");
  EXPECT_EQ(on.size(), 11u);
  EXPECT_TRUE(Titles(on).count("ICD-11"));  // starts that day, no end
  auto before = List("?active_on=2026-09-30");
  EXPECT_EQ(before.size(), 10u);
  EXPECT_FALSE(Titles(before).count("ICD-11"));
  // After every dated end only the deliverables with undefined ends remain.
  auto later = List("?active_on=2031-01-01");
  EXPECT_EQ(later.size(), 5u);
  for (const auto& i : later) EXPECT_EQ(i["end"], "undefined");
  EXPECT_EQ(List("?active_on=2024-01-01").size(), 24u);
}

TEST_P(ItemsFilterApiTest, FiltersCombine) {
  auto items = List("?strategy=nes-2023-2030&phase=tilpasning&active_on=2026-10-01");
  EXPECT_TRUE(Titles(items).count("ICD-11"));
  for (const auto& i : items) EXPECT_EQ(i["level"], 4);
  EXPECT_LT(items.size(), 11u);
}

TEST_P(ItemsFilterApiTest, BadStrategyIsRefusedNamingTheField) {
  ExpectBadParameter("?strategy=finnes-ikke", "strategy");
  ExpectBadParameter("?strategy=", "strategy");
  ExpectBadParameter("?strategy=999999", "strategy");
}

TEST_P(ItemsFilterApiTest, BadLevelIsRefusedNamingTheField) {
  for (const char* q : {"?level=", "?level=x", "?level=-1", "?level=1.5", "?level=0",
                        "?level=99999999999"}) {
    ExpectBadParameter(q, "level");
  }
}

TEST_P(ItemsFilterApiTest, BadOwnerIsRefusedNamingTheField) {
  ExpectBadParameter("?owner=Finnes-ikke", "owner");
  ExpectBadParameter("?owner=hdir", "owner");  // short names are exact
  ExpectBadParameter("?owner=", "owner");
}

TEST_P(ItemsFilterApiTest, BadUserGroupIsRefusedNamingTheField) {
  ExpectBadParameter("?user_group=Kommune%20og%20fylkeskommune", "user_group");
  ExpectBadParameter("?user_group=", "user_group");
}

TEST_P(ItemsFilterApiTest, BadPhaseIsRefusedNamingTheField) {
  for (const char* q : {"?phase=", "?phase=Konsept", "?phase=innf%C3%B8ring", "?phase=done"}) {
    ExpectBadParameter(q, "phase");
  }
}

TEST_P(ItemsFilterApiTest, BadActiveOnIsRefusedNamingTheField) {
  for (const char* q : {"?active_on=", "?active_on=2023-02-29", "?active_on=01.10.2026",
                        "?active_on=undefined", "?active_on=2026-13-01"}) {
    ExpectBadParameter(q, "active_on");
  }
}

TEST_P(ItemsFilterApiTest, LeapDayIsAValidActiveOn) {
  EXPECT_EQ(server_->Get("/api/v1/items?active_on=2024-02-29").status, 200);
}

INSTANTIATE_PER_ENGINE(ItemsFilterApiTest);

}  // namespace
}  // namespace fremdrift::testing
