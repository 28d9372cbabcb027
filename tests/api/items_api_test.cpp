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

TEST_P(ItemsApiTest, MutationWithoutTokenIsUnauthenticated) {
  auto r = server_->Send("POST", "/api/v1/items", {{"title", "x"}});
  EXPECT_EQ(r.status, 401);
}

INSTANTIATE_PER_ENGINE(ItemsApiTest);

}  // namespace
}  // namespace fremdrift::testing
