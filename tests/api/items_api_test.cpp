// The plan-item API over real HTTP, on both engines.
#include <gtest/gtest.h>

#include "support/api_fixture.h"

namespace fremdrift::testing {
namespace {

class ItemsApiTest : public ApiTest {};

TEST_P(ItemsApiTest, EditorChangesOwnItemAndStaleVersionIsRefused) {
  std::string token = server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
  auto items = server_->Get("/api/v1/items?strategy=nes-2023-2030&level=4").Json();
  ASSERT_EQ(items.size(), 42u);
  int64_t id = items[0]["id"];
  int64_t version = items[0]["version"];

  auto first = server_->Send("PUT", "/api/v1/items/" + std::to_string(id),
                             {{"title", "Ny tittel"}, {"version", version}}, token);
  EXPECT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.Json()["version"], version + 1);

  auto stale = server_->Send("PUT", "/api/v1/items/" + std::to_string(id),
                             {{"title", "Annen tittel"}, {"version", version}}, token);
  EXPECT_EQ(stale.status, 409) << stale.body;
  EXPECT_EQ(stale.Json()["error"]["code"], "conflict");
  EXPECT_EQ(server_->Get("/api/v1/items/" + std::to_string(id)).Json()["title"], "Ny tittel");
}

// The list keeps each item's text while the item is unchanged
// (web/api_routes.cpp, KeptItemJsonText): every listed item is still the
// document GET /api/v1/items/{id} makes afresh, before and after an edit
// of its description, and an item whose parent got a new key names the
// new key.
TEST_P(ItemsApiTest, TheListIsWhatEachItemsOwnDocumentSays) {
  const std::string token = server_->AddUserWithToken("admin", "Hdir", Role::kAdmin);
  auto check = [&] {
    auto list = server_->Get("/api/v1/items?strategy=nes-2023-2030");
    EXPECT_EQ(list.status, 200);
    nlohmann::json items = list.Json();
    EXPECT_GT(items.size(), 40u);
    for (const auto& i : items) {
      EXPECT_EQ(i, server_->Get("/api/v1/items/" + std::to_string(i["id"].get<int64_t>())).Json()) << i["key"];
    }
    return items;
  };
  auto find = [](const nlohmann::json& items, const std::string& key) {
    for (const auto& i : items) {
      if (i["key"] == key) return i;
    }
    ADD_FAILURE() << "no item " << key;
    return nlohmann::json();
  };
  check();
  const nlohmann::json before = check();
  const nlohmann::json goal = find(before, "1B");
  ASSERT_EQ(find(before, "1B-t1")["parent"], "1B");

  const nlohmann::json task = find(before, "1B-t1");
  auto edited = server_->Send("PUT", "/api/v1/items/" + std::to_string(task["id"].get<int64_t>()),
                              {{"description", "Ny beskrivelse av temaet"}, {"version", task["version"]}}, token);
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(find(check(), "1B-t1")["description"], "Ny beskrivelse av temaet");

  auto renamed = server_->Send("PUT", "/api/v1/items/" + std::to_string(goal["id"].get<int64_t>()),
                               {{"key", "1B-ny"}, {"title", "Nytt navn"}, {"version", goal["version"]}}, token);
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  const nlohmann::json after = check();
  EXPECT_EQ(find(after, "1B-ny")["title"], "Nytt navn");
  EXPECT_EQ(find(after, "1B-t1")["parent"], "1B-ny");
}

TEST_P(ItemsApiTest, MutationWithoutTokenIsUnauthenticated) {
  auto r = server_->Send("POST", "/api/v1/items", {{"title", "x"}});
  EXPECT_EQ(r.status, 401);
}

INSTANTIATE_PER_ENGINE(ItemsApiTest);

}  // namespace
}  // namespace fremdrift::testing
