// The rules of indicators and single measurements (domain/indicator_rules.h).
#include <gtest/gtest.h>

#include <set>

#include "domain/indicator_rules.h"

namespace fremdrift {
namespace {

std::set<std::string> FieldSet(const std::vector<FieldProblem>& problems) {
  std::set<std::string> out;
  for (const auto& p : problems) out.insert(p.field);
  return out;
}

TEST(IndicatorRulesTest, AdminsAndEditorsMayEditIndicatorsReadersMayNot) {
  EXPECT_TRUE(MayEditIndicators({1, "a", "E-helse", Role::kAdmin}));
  EXPECT_TRUE(MayEditIndicators({2, "e", "Hdir", Role::kEditor}));
  EXPECT_FALSE(MayEditIndicators({3, "r", "Hdir", Role::kReader}));
}

TEST(IndicatorRulesTest, OnlyAdminsChangeTheResponsibleOrganisation) {
  User admin{1, "a", "E-helse", Role::kAdmin};
  User editor{2, "e", "Hdir", Role::kEditor};
  EXPECT_EQ(ResponsibleChangeRefusal(admin, "", "Hdir"), "");
  EXPECT_EQ(ResponsibleChangeRefusal(admin, "Hdir", ""), "");
  EXPECT_EQ(ResponsibleChangeRefusal(editor, "Hdir", "Hdir"), "") << "unchanged is no change";
  EXPECT_EQ(ResponsibleChangeRefusal(editor, "", ""), "");
  EXPECT_NE(ResponsibleChangeRefusal(editor, "", "Hdir"), "");
  EXPECT_NE(ResponsibleChangeRefusal(editor, "Hdir", "NHN"), "");
  EXPECT_NE(ResponsibleChangeRefusal(editor, "Hdir", ""), "");
}

TEST(IndicatorRulesTest, ARatioNamesOtherIndicatorsAndANonZeroFactor) {
  Indicator i;
  i.code = "andel";
  i.kind = IndicatorKind::kRatio;
  i.numerator = "andel";
  i.denominator = "andel";
  i.factor = 0;
  EXPECT_EQ(FieldSet(ValidateIndicator(i)), (std::set<std::string>{"numerator", "denominator", "factor"}));
  i.numerator = "teller";
  i.denominator = "nevner";
  i.factor = 100;
  EXPECT_TRUE(ValidateIndicator(i).empty());
}

TEST(IndicatorRulesTest, APartOfACompositeHasAPartNumberAndAnotherParent) {
  Indicator i;
  i.code = "del";
  i.parent = "del";
  EXPECT_EQ(FieldSet(ValidateIndicator(i)), (std::set<std::string>{"parent", "part_number"}));
  i.parent = "hel";
  i.part_number = 1;
  EXPECT_TRUE(ValidateIndicator(i).empty());
}

TEST(IndicatorRulesTest, AMeasurementNeedsACanonicalPeriodAndAValueOrANote) {
  MeasuredIndicator ind;
  Measurement m;
  m.period = "2022-q1";
  EXPECT_EQ(FieldSet(ValidateMeasurement(m, ind, {})), (std::set<std::string>{"period", "value"}));
  m.period = "2022-Q1";
  m.note = "Tallene kommer i februar";
  EXPECT_TRUE(ValidateMeasurement(m, ind, {}).empty()) << "a note may stand for a missing value";
  m.period = "";
  m.value = 3;
  EXPECT_EQ(FieldSet(ValidateMeasurement(m, ind, {})), (std::set<std::string>{"period"}));
}

TEST(IndicatorRulesTest, ARatioTakesNoMeasurements) {
  MeasuredIndicator ind;
  ind.kind = IndicatorKind::kRatio;
  Measurement m;
  m.period = "2022";
  m.value = 1;
  EXPECT_EQ(FieldSet(ValidateMeasurement(m, ind, {})), (std::set<std::string>{"indicator"}));
}

TEST(IndicatorRulesTest, AMeasurementMayNotMakeAFifthDimension) {
  MeasuredIndicator ind;
  Measurement m;
  m.period = "2022";
  m.value = 1;
  m.dimensions = {{"e", "1"}};
  EXPECT_TRUE(ValidateMeasurement(m, ind, {"a", "b", "c", "e"}).empty());
  EXPECT_EQ(FieldSet(ValidateMeasurement(m, ind, {"a", "b", "c", "d"})), (std::set<std::string>{"dimensions"}));
}

}  // namespace
}  // namespace fremdrift
