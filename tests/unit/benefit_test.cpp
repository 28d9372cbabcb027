// The benefit model's rules and its JSON (domain/benefit.h,
// formats/benefit_json.h; docs/strategy-model.md, "Benefits").
#include <gtest/gtest.h>

#include "formats/benefit_json.h"

namespace fremdrift {
namespace {

TEST(BenefitTest, NeedsAKeyADescriptionAndAtLeastOneItemEachOnce) {
  Benefit b;
  std::vector<std::string> fields;
  std::vector<std::string> rules;
  for (const auto& p : BenefitProblems(b)) fields.push_back(p.field), rules.push_back(p.rule);
  EXPECT_EQ(fields, (std::vector<std::string>{"key", "description", "items"}));
  EXPECT_EQ(rules, (std::vector<std::string>{"required", "required", "benefit_items_required"}))
      << "each problem has a rule, so a form says it in the reader's language";
  b.key = "g";
  b.description = "d";
  b.items = {"nes-2023-2030/1", "nes-2023-2030/1", "no-slash"};
  fields.clear();
  rules.clear();
  for (const auto& p : BenefitProblems(b)) fields.push_back(p.field), rules.push_back(p.rule);
  EXPECT_EQ(fields, (std::vector<std::string>{"items[1]", "items[2]"}));
  EXPECT_EQ(rules, (std::vector<std::string>{"listed_twice", "not_an_item_ref"}));
}

TEST(BenefitTest, JsonRoundTripsAndNamesBadKindAndState) {
  nlohmann::json in = {{"key", "g-1"},          {"description", "Færre dobbeltregistreringer"},
                       {"kind", "time"},        {"owner", "Hdir"},
                       {"items", {"nes-2023-2030/1"}}, {"baseline", "20 min"},
                       {"target", "5 min"},     {"by", "2030-12-31"},
                       {"state", "realising"},  {"comment", "Pilot i to kommuner"}};
  std::vector<FieldProblem> problems;
  Benefit b = BenefitFromJson(in, "", problems);
  ASSERT_TRUE(problems.empty()) << problems.front().field;
  EXPECT_EQ(b.kind, BenefitKind::kTime);
  EXPECT_EQ(b.state, BenefitState::kRealising);
  nlohmann::ordered_json out = BenefitToJson(b);
  EXPECT_EQ(out["by"], "2030-12-31");
  EXPECT_EQ(out["indicator"], nullptr);
  EXPECT_EQ(out["items"][0], "nes-2023-2030/1");

  in["kind"] = "money";
  in["state"] = "done";
  problems.clear();
  BenefitFromJson(in, "benefits[0]", problems);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].field, "benefits[0].kind");
  EXPECT_EQ(problems[1].field, "benefits[0].state");
  EXPECT_EQ(problems[0].rule, "not_a_choice");
}

TEST(BenefitTest, TheBenefitsOfItemsAreThoseAnyOfThemBringsAboutEachOnceInOrder) {
  Benefit a, b, c;
  a.key = "a", a.items = {"s/1A", "s/1B"};
  b.key = "b", b.items = {"s/2A"};
  c.key = "c", c.items = {"s/1B", "other/1A"};
  auto keys = [](const std::vector<Benefit>& list) {
    std::vector<std::string> out;
    for (const auto& x : list) out.push_back(x.key);
    return out;
  };
  EXPECT_EQ(keys(BenefitsOfItems({a, b, c}, {"s/1A", "s/1B"})), (std::vector<std::string>{"a", "c"}))
      << "a benefit of two of the goal's items is listed once";
  EXPECT_EQ(keys(BenefitsOfItems({a, b, c}, {"s/2A"})), (std::vector<std::string>{"b"}));
  EXPECT_TRUE(BenefitsOfItems({a, b, c}, {"s/3"}).empty());
  EXPECT_TRUE(BenefitsOfItems({a, b, c}, {"1A"}).empty()) << "a reference names its strategy";
}

}  // namespace
}  // namespace fremdrift
