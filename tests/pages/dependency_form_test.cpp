// The dependency form of a plan item's page over real HTTP, on each engine
// (docs/strategy-model.md, "Dependencies between plan items"): an editor
// of the item's organisation adds and removes a predecessor (CSRF, audit
// as the API's); a change that would make a cycle is refused with 409 and
// a message naming the items of the cycle; others may not use the form.
#include <gtest/gtest.h>

#include "support/api_fixture.h"
#include "support/html_page.h"
#include "support/signed_in_browser.h"
#include "support/test_password.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

class DependencyFormTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
    kari_ = std::make_unique<Browser>(server_->port());
    ASSERT_EQ(kari_->SignIn(*server_, "kari", kPassword).status, 303);
    item_ = DemoItem("4B-t1-d5");
    other_ = DemoItem("4B-t1-d4");
    form_ = "/element/" + item_["id"].dump() + "/avhengigheter";
  }

  std::vector<std::string> DependsOn() {
    auto r = server_->Get("/api/v1/items/" + item_["id"].dump() + "/dependencies", AdminToken());
    return r.Json()["depends_on"].get<std::vector<std::string>>();
  }

  std::unique_ptr<Browser> kari_;
  nlohmann::json item_, other_;
  std::string form_;
};

TEST_P(DependencyFormTest, AnEditorAddsAndRemovesAPredecessor) {
  auto page = kari_->Get("/strategi/nes-2023-2030/4B-t1-d5");
  EXPECT_TRUE(HtmlPage(page.body).Has("//main//a[@href='" + form_ + "']")) << "the item page links to the form";
  ASSERT_EQ(kari_->Get(form_).status, 200);
  auto added = kari_->Post(form_, {{"action", "add"}, {"key", "4B-t1-d4"}});
  ASSERT_EQ(added.status, 303) << added.body.substr(0, 400);
  EXPECT_EQ(DependsOn(), std::vector<std::string>{"4B-t1-d4"});
  auto shown = kari_->Get(form_);
  EXPECT_TRUE(HtmlPage(shown.body).Has("//form[@method='post'][.//*[@name='action'][@value='remove']]"
                                       "//input[@type='hidden'][@name='key'][@value='4B-t1-d4']"))
      << "a button that removes the predecessor";
  ASSERT_EQ(kari_->Post(form_, {{"action", "remove"}, {"key", "4B-t1-d4"}}).status, 303);
  EXPECT_TRUE(DependsOn().empty());
  EXPECT_EQ(kari_->Post(form_, {{"action", "add"}, {"key", "4B-t1-d4"}}, false).status, 403) << "no CSRF token";
  EXPECT_TRUE(Has(server_->Get("/api/v1/audit?entity=plan_item", AdminToken()).body, "4B-t1-d4"));
}

TEST_P(DependencyFormTest, ACycleIsRefusedNamingItsItems) {
  auto set = server_->Send("PUT", "/api/v1/items/" + other_["id"].dump() + "/dependencies",
                           {{"depends_on", {"4B-t1-d5"}}}, AdminToken());
  ASSERT_EQ(set.status, 200) << set.body;
  ASSERT_EQ(kari_->Get(form_).status, 200);
  auto refused = kari_->Post(form_, {{"action", "add"}, {"key", "4B-t1-d4"}});
  ASSERT_EQ(refused.status, 409) << refused.body.substr(0, 400);
  HtmlPage page(refused.body);
  EXPECT_TRUE(page.HasText("//*[@role='alert']", "den ville gitt en sirkel"));
  EXPECT_TRUE(page.HasText("//*[@role='alert']", other_["title"].get<std::string>())) << "names the other item";
  EXPECT_TRUE(page.HasText("//*[@role='alert']", item_["title"].get<std::string>()));
  EXPECT_TRUE(DependsOn().empty());
}

TEST_P(DependencyFormTest, OthersMayNotUseTheForm) {
  Browser anonymous(server_->port());
  EXPECT_NE(anonymous.Get(form_).status, 200);
  server_->AddUserWithToken("nina", "NHN", Role::kEditor);
  Browser nina(server_->port());
  ASSERT_EQ(nina.SignIn(*server_, "nina", kPassword).status, 303);
  EXPECT_EQ(nina.Get(form_).status, 403);
  EXPECT_FALSE(HtmlPage(nina.Get("/strategi/nes-2023-2030/4B-t1-d5").body).Has("//a[@href='" + form_ + "']"));
}

INSTANTIATE_PER_ENGINE(DependencyFormTest);

}  // namespace
}  // namespace fremdrift::testing
