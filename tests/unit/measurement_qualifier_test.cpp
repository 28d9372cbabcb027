#include <gtest/gtest.h>

#include "domain/measurement_qualifier.h"

namespace fremdrift {
namespace {

TEST(MeasurementQualifierTest, KeysRoundTripAndEmptyIsExact) {
  for (Qualifier q : {Qualifier::kExact, Qualifier::kAbout, Qualifier::kUnder, Qualifier::kOver}) {
    EXPECT_EQ(ParseQualifier(QualifierKey(q)), q);
  }
  EXPECT_EQ(ParseQualifier(""), Qualifier::kExact);
  EXPECT_EQ(ParseQualifier("roughly"), std::nullopt);
  EXPECT_EQ(ParseQualifier("Under"), std::nullopt);
}

TEST(MeasurementQualifierTest, FilesMayUseTheNorwegianWords) {
  EXPECT_EQ(ParseQualifierWord(" Om lag "), Qualifier::kAbout);
  EXPECT_EQ(ParseQualifierWord("eksakt"), Qualifier::kExact);
  EXPECT_EQ(ParseQualifierWord("UNDER"), Qualifier::kUnder);
  EXPECT_EQ(ParseQualifierWord("over"), Qualifier::kOver);
  EXPECT_EQ(ParseQualifierWord(""), Qualifier::kExact);
  EXPECT_EQ(ParseQualifierWord("ca"), std::nullopt);
}

TEST(MeasurementQualifierTest, SumKeepsTheSidesEitherPartMayBeOff) {
  EXPECT_EQ(CombineQualifiers(Qualifier::kExact, Qualifier::kExact), Qualifier::kExact);
  EXPECT_EQ(CombineQualifiers(Qualifier::kUnder, Qualifier::kExact), Qualifier::kUnder);
  EXPECT_EQ(CombineQualifiers(Qualifier::kUnder, Qualifier::kUnder), Qualifier::kUnder);
  EXPECT_EQ(CombineQualifiers(Qualifier::kExact, Qualifier::kOver), Qualifier::kOver);
  EXPECT_EQ(CombineQualifiers(Qualifier::kUnder, Qualifier::kOver), Qualifier::kAbout);
  EXPECT_EQ(CombineQualifiers(Qualifier::kAbout, Qualifier::kExact), Qualifier::kAbout);
}

TEST(MeasurementQualifierTest, DenominatorBoundTurnsAroundInAQuotient) {
  // Fewer than stated in the denominator: the share may be higher.
  EXPECT_EQ(QuotientQualifier(Qualifier::kExact, Qualifier::kUnder), Qualifier::kOver);
  EXPECT_EQ(QuotientQualifier(Qualifier::kUnder, Qualifier::kExact), Qualifier::kUnder);
  EXPECT_EQ(QuotientQualifier(Qualifier::kUnder, Qualifier::kOver), Qualifier::kUnder);
  EXPECT_EQ(QuotientQualifier(Qualifier::kUnder, Qualifier::kUnder), Qualifier::kAbout);
  EXPECT_EQ(QuotientQualifier(Qualifier::kExact, Qualifier::kExact), Qualifier::kExact);
}

}  // namespace
}  // namespace fremdrift
