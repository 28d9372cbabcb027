// Choosing a benefit's plan items in the browser at national size, over
// real HTTP on each engine (docs/strategy-model.md, "Benefits"): the form
// lists only the items already chosen, suggests the items under one goal
// for a text field (the goal of the item the form was opened from, or one
// picked in a goal filter that needs no script), takes an item typed by
// its reference or key, and stays small with thousands of items.
#include <cstdio>

#include <gtest/gtest.h>

#include "support/api_fixture.h"
#include "support/demo_data.h"
#include "support/signed_in_browser.h"
#include "support/test_password.h"
#include "support/text_search.h"

namespace fremdrift::testing {
namespace {

using nlohmann::json;

// A monitor of national size: 1,000 published indicators "nasjonal-ind-0001"...,
// indicator i serving item m<g>-i<k> with g = (i - 1) % 40 + 1 (25 per goal of
// NationalPlan).
std::string NationalIndicators() {
  json indicators = json::array();
  for (int i = 1; i <= 1000; ++i) {
    char code[32];
    std::snprintf(code, sizeof code, "nasjonal-ind-%04d", i);
    const int goal = (i - 1) % 40 + 1;
    const int item = (i - 1) / 40 + 1;
    indicators.push_back({{"code", code}, {"name", "Indikator " + std::to_string(i)}, {"unit", "count"},
                          {"direction", "higher_is_better"}, {"period_type", "year"}, {"published", true},
                          {"serves", {{{"strategy", "nasjonal-test"},
                                       {"item", "m" + std::to_string(goal) + "-i" + std::to_string(item)}}}}});
  }
  return json{{"format", "fremdrift-bundle"}, {"version", 1}, {"indicators", indicators}}.dump();
}

// A plan of national size: 40 goals of 50 items each (2,040 items), all
// owned by Hdir.
std::string NationalPlan() {
  json items = json::array();
  for (int g = 1; g <= 40; ++g) {
    const std::string goal = "m" + std::to_string(g);
    items.push_back({{"key", goal}, {"code", std::to_string(g)}, {"level", 1}, {"parent", nullptr},
                     {"title", "Mål " + std::to_string(g)}, {"owners", {"Hdir"}}});
    for (int i = 1; i <= 50; ++i) {
      items.push_back({{"key", goal + "-i" + std::to_string(i)}, {"level", 2}, {"parent", goal},
                       {"title", "Tiltak " + std::to_string(g) + "." + std::to_string(i)}, {"owners", {"Hdir"}}});
    }
  }
  json doc = {{"format", "fremdrift-bundle"},
              {"version", 1},
              {"strategies", {{{"key", "nasjonal-test"}, {"name", "Nasjonal teststrategi"}, {"period_start", 2025},
                               {"period_end", 2035}, {"published", true}, {"level_names", {"Mål", "Tiltak"}},
                               {"items", items}}}}};
  return doc.dump();
}

FormFields NewBenefit(const std::string& key, const std::string& ticked, const std::string& typed) {
  FormFields f{{"key", key},         {"description", "Testgevinst med elementer"}, {"kind", "time"},
               {"owner", "Hdir"},    {"baseline", ""},  {"target", ""},  {"by", ""}, {"indicator", ""},
               {"state", "planned"}, {"comment", ""},   {"version", "0"}, {"items_add", typed}};
  if (!ticked.empty()) f.push_back({"items", ticked});
  return f;
}

class BenefitItemChoiceTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    server_->AddUserWithToken("kari", "Hdir", Role::kEditor);
    kari_ = std::make_unique<Browser>(server_->port());
    ASSERT_EQ(kari_->SignIn(*server_, "kari", kPassword).status, 303);
  }

  // The <datalist> of the field `field` ("items_add"), or "".
  static std::string Suggestions(const std::string& html, const std::string& field = "items_add") {
    size_t start = html.find("<datalist id=\"f-" + field + "-list\">");
    if (start == std::string::npos) return "";
    return html.substr(start, html.find("</datalist>", start) - start);
  }

  std::vector<std::string> ItemsOf(const std::string& key) {
    auto r = server_->Get("/api/v1/benefits/" + key, AdminToken());
    EXPECT_EQ(r.status, 200) << r.body;
    return r.Json()["items"].get<std::vector<std::string>>();
  }

  std::unique_ptr<Browser> kari_;
};

TEST_P(BenefitItemChoiceTest, TheFormListsTheChosenItemAndSuggestsTheItemsUnderItsGoal) {
  auto form = kari_->Get("/gevinster/ny?element=nes-2023-2030%2F4B-t1-d5");
  ASSERT_EQ(form.status, 200) << form.body.substr(0, 400);
  EXPECT_EQ(Count(form.body, "type=\"checkbox\" class=\"ds-input\" id=\"f-items-"), 1u) << "only the chosen item";
  EXPECT_TRUE(Has(form.body, std::string("value=\"") + kHdirItem + "\" checked"));
  EXPECT_TRUE(Has(form.body, "list=\"f-items_add-list\""));
  std::string list = Suggestions(form.body);
  EXPECT_TRUE(Has(list, "<option value=\"nes-2023-2030/4B-t1-d4\">")) << list;
  EXPECT_FALSE(Has(list, "nes-2023-2030/1B-t1-d1")) << "an item under another goal";
  EXPECT_FALSE(Has(list, std::string("\"") + kHdirItem + "\"")) << "the chosen item is not suggested again";
  // The goal filter offers the goals, with goal 4 picked.
  EXPECT_TRUE(Has(form.body, "<label for=\"benefit-goal\">Forslag fra målet</label>"));
  EXPECT_TRUE(Has(form.body, "<option value=\"nes-2023-2030/4\" selected>"));
  EXPECT_TRUE(Has(form.body, "<input type=\"hidden\" name=\"element\" value=\"nes-2023-2030/4B-t1-d5\">"));
  // Another goal picked: its items are suggested.
  auto other = kari_->Get("/gevinster/ny?element=nes-2023-2030%2F4B-t1-d5&maal=nes-2023-2030%2F1");
  ASSERT_EQ(other.status, 200);
  EXPECT_TRUE(Has(Suggestions(other.body), "nes-2023-2030/1B-t1-d1"));
  EXPECT_FALSE(Has(Suggestions(other.body), "nes-2023-2030/4B-t1-d4"));
  EXPECT_TRUE(Has(other.body, std::string("value=\"") + kHdirItem + "\" checked")) << "the chosen item stays chosen";
  auto en = kari_->Get("/gevinster/ny?element=nes-2023-2030%2F4B-t1-d5&lang=en");
  EXPECT_TRUE(Has(en.body, "<label for=\"benefit-goal\">Suggestions from the goal</label>"));
  EXPECT_TRUE(Has(en.body, ">Add items</label>"));
}

TEST_P(BenefitItemChoiceTest, ItemsTypedByReferenceOrKeyAreAddedToTheTickedOnes) {
  ASSERT_EQ(kari_->Get("/gevinster/ny").status, 200);  // for the CSRF token
  auto made = kari_->Post("/gevinster/ny", NewBenefit("test-valg-1", kHdirItem, "4B-t1-d4, nes-2023-2030/1B-t1-d1"));
  ASSERT_EQ(made.status, 303) << made.body.substr(0, 800);
  EXPECT_EQ(ItemsOf("test-valg-1"),
            (std::vector<std::string>{kHdirItem, "nes-2023-2030/4B-t1-d4", "nes-2023-2030/1B-t1-d1"}));
  // Unticking one and adding none keeps the others.
  ASSERT_EQ(kari_->Get("/gevinster/test-valg-1/rediger").status, 200);
  FormFields edit = NewBenefit("test-valg-1", kHdirItem, "");
  edit.push_back({"items", "nes-2023-2030/1B-t1-d1"});
  for (auto& [k, v] : edit) {
    if (k == "version") v = "1";
  }
  auto saved = kari_->Post("/gevinster/test-valg-1/rediger", edit);
  ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 800);
  EXPECT_EQ(ItemsOf("test-valg-1"), (std::vector<std::string>{kHdirItem, "nes-2023-2030/1B-t1-d1"}));
}

TEST_P(BenefitItemChoiceTest, AnItemThatDoesNotExistIsNamedAndNothingIsSaved) {
  ASSERT_EQ(kari_->Get("/gevinster/ny").status, 200);
  auto refused = kari_->Post("/gevinster/ny", NewBenefit("test-valg-2", "", "nes-2023-2030/finnes-ikke"));
  EXPECT_EQ(refused.status, 400) << refused.body.substr(0, 600);
  EXPECT_TRUE(Has(refused.body, "Elementet «nes-2023-2030/finnes-ikke» finnes ikke.")) << refused.body;
  EXPECT_EQ(server_->Get("/api/v1/benefits/test-valg-2", AdminToken()).status, 404);
  // No item at all is named too.
  auto none = kari_->Post("/gevinster/ny", NewBenefit("test-valg-2", "", ""));
  EXPECT_EQ(none.status, 400);
  EXPECT_TRUE(Has(none.body, "Velg minst ett element som gir gevinsten."));
}

TEST_P(BenefitItemChoiceTest, AtNationalSizeTheFormStaysSmallAndTheGoalFilterNarrowsTheSuggestions) {
  ImportText(NationalPlan());
  auto form = kari_->Get("/gevinster/ny");
  ASSERT_EQ(form.status, 200);
  // Over 2,000 items Kari may choose: none is listed or suggested before a goal is picked.
  EXPECT_EQ(Suggestions(form.body), "");
  EXPECT_FALSE(Has(form.body, "nasjonal-test/m7-i12"));
  EXPECT_TRUE(Has(form.body, "<optgroup label=\"Nasjonal teststrategi\">"));
  EXPECT_TRUE(Has(form.body, "<option value=\"nasjonal-test/m7\">7 Mål 7 (51 elementer)</option>"));
  EXPECT_LT(Count(form.body, "<option"), 150u) << "goals, organisations, indicators and the fixed choices";
  EXPECT_LT(form.body.size(), 120000u);
  // A goal picked: its 51 items (the goal and the 50 below it) are suggested.
  auto goal = kari_->Get("/gevinster/ny?maal=nasjonal-test%2Fm7");
  ASSERT_EQ(goal.status, 200);
  std::string list = Suggestions(goal.body);
  EXPECT_EQ(Count(list, "<option value=\"nasjonal-test/m7"), 51u) << list.substr(0, 300);
  EXPECT_EQ(Count(list, "<option"), 51u);
  EXPECT_TRUE(Has(goal.body, "<input type=\"hidden\" name=\"maal\" value=\"nasjonal-test/m7\">"));
  // The suggestion is saved as typed.
  auto made = kari_->Post("/gevinster/ny", NewBenefit("test-valg-3", "", "nasjonal-test/m7-i12"));
  ASSERT_EQ(made.status, 303) << made.body.substr(0, 800);
  EXPECT_EQ(ItemsOf("test-valg-3"), (std::vector<std::string>{"nasjonal-test/m7-i12"}));
}

TEST_P(BenefitItemChoiceTest, AtNationalSizeTheIndicatorIsTypedWithSuggestionsFromTheGoal) {
  ImportText(NationalPlan());
  ImportText(NationalIndicators());
  auto form = kari_->Get("/gevinster/ny");
  ASSERT_EQ(form.status, 200);
  // Over 1,000 indicators: none is listed or suggested before a goal is picked.
  EXPECT_EQ(Suggestions(form.body, "indicator"), "");
  EXPECT_FALSE(Has(form.body, "nasjonal-ind-0007"));
  EXPECT_TRUE(Has(form.body, "<input id=\"f-indicator\" class=\"ds-input\" name=\"indicator\" type=\"text\""))
      << "a text field, not a select of every indicator";
  EXPECT_TRUE(Has(form.body, "Velg et mål over for å få forslag."));
  EXPECT_LT(Count(form.body, "<option"), 150u) << "goals, organisations and the fixed choices";
  EXPECT_LT(form.body.size(), 120000u);
  // A goal picked: the 25 indicators that serve its items are suggested.
  auto goal = kari_->Get("/gevinster/ny?maal=nasjonal-test%2Fm7");
  ASSERT_EQ(goal.status, 200);
  std::string list = Suggestions(goal.body, "indicator");
  EXPECT_EQ(Count(list, "<option"), 25u) << list.substr(0, 300);
  EXPECT_TRUE(Has(list, "<option value=\"nasjonal-ind-0007\">Indikator 7 (nasjonal-ind-0007)</option>")) << list.substr(0, 300);
  EXPECT_FALSE(Has(list, "nasjonal-ind-0008")) << "an indicator of goal 8";
  EXPECT_LT(goal.body.size(), 120000u);
  EXPECT_LT(Count(goal.body, "<option"), 250u) << "goals, the goal's 51 items and 25 indicators, organisations";
  // Saved as typed, and named on the form when changed later.
  auto made = kari_->Post("/gevinster/ny", [] {
    FormFields f = NewBenefit("test-valg-4", "", "nasjonal-test/m7-i12");
    for (auto& [k, v] : f) {
      if (k == "indicator") v = " nasjonal-ind-0007 ";
    }
    return f;
  }());
  ASSERT_EQ(made.status, 303) << made.body.substr(0, 800);
  auto stored = server_->Get("/api/v1/benefits/test-valg-4", AdminToken());
  EXPECT_EQ(stored.Json()["indicator"], "nasjonal-ind-0007");
  auto edit = kari_->Get("/gevinster/test-valg-4/rediger");
  ASSERT_EQ(edit.status, 200);
  EXPECT_TRUE(Has(edit.body, "value=\"nasjonal-ind-0007\""));
  EXPECT_TRUE(Has(edit.body, "Nå: Indikator 7 (nasjonal-ind-0007).")) << "the chosen indicator by name";
  EXPECT_TRUE(Has(Suggestions(edit.body, "indicator"), "nasjonal-ind-0047")) << "suggestions from the item's goal";
  // An unknown code is named next to the field, and nothing is saved.
  auto refused = kari_->Post("/gevinster/ny", [] {
    FormFields f = NewBenefit("test-valg-5", "", "nasjonal-test/m7-i12");
    for (auto& [k, v] : f) {
      if (k == "indicator") v = "finnes-ikke";
    }
    return f;
  }());
  EXPECT_EQ(refused.status, 400);
  EXPECT_TRUE(Has(refused.body, "id=\"f-indicator-error\"")) << refused.body.substr(0, 400);
  EXPECT_EQ(server_->Get("/api/v1/benefits/test-valg-5", AdminToken()).status, 404);
}

INSTANTIATE_PER_ENGINE(BenefitItemChoiceTest);

}  // namespace
}  // namespace fremdrift::testing
