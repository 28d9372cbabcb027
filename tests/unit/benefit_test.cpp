// The benefit model's rules and its JSON (domain/benefit.h,
// formats/benefit_json.h; docs/strategy-model.md, "Benefits").
#include <gtest/gtest.h>

#include "formats/benefit_json.h"

namespace fremdrift {
namespace {

TEST(BenefitTest, NeedsAKeyADescriptionAndAtLeastOneItemEachOnce) {
  Benefit b;
  std::vector<std::string> fields;
  for (const auto& [f, reason] : BenefitProblems(b)) fields.push_back(f);
  EXPECT_EQ(fields, (std::vector<std::string>{"key", "description", "items"}));
  b.key = "g";
  b.description = "d";
  b.items = {"nes-2023-2030/1", "nes-2023-2030/1", "no-slash"};
  fields.clear();
  for (const auto& [f, reason] : BenefitProblems(b)) fields.push_back(f);
  EXPECT_EQ(fields, (std::vector<std::string>{"items[1]", "items[2]"}));
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
}

}  // namespace
}  // namespace fremdrift
