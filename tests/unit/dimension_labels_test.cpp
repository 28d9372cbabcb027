// The label catalogue of an indicator's breakdowns (domain/dimension_labels.h):
// labels in either language, order, the fallback for a value without a
// label, the catalogue's rules; and the explicit choice a form needs for a
// new breakdown value (domain/dimension_value.h ChosenDimensionValue).
#include <gtest/gtest.h>

#include "domain/dimension_labels.h"
#include "domain/dimension_value.h"

namespace fremdrift {
namespace {

std::vector<DimensionLabels> Services() {
  return {{"tjeneste", "Tjeneste", "Service",
           {{"fastlege", "Fastlege", "Regular GP"},
            {"hjemmebaserte-tjenester", "Hjemmebaserte tjenester", ""},
            {"sykehjem", "Sykehjem", "Nursing homes"}}}};
}

TEST(DimensionLabels, ValuesAndNamesReadInTheReadersLanguage) {
  auto c = Services();
  EXPECT_EQ(DimensionValueWords(c, "tjeneste", "sykehjem", "nb"), "Sykehjem");
  EXPECT_EQ(DimensionValueWords(c, "tjeneste", "sykehjem", "en"), "Nursing homes");
  EXPECT_EQ(DimensionNameWords(c, "tjeneste", "en"), "Service");
  // English falls back to bokmål.
  EXPECT_EQ(DimensionValueWords(c, "tjeneste", "hjemmebaserte-tjenester", "en"), "Hjemmebaserte tjenester");
}

TEST(DimensionLabels, AValueWithoutALabelReadsAsItsKeyInWords) {
  auto c = Services();
  EXPECT_EQ(DimensionValueWords(c, "tjeneste", "legevakt", "nb"), "Legevakt");
  EXPECT_EQ(DimensionValueWords({}, "svar", "ikke-svart", "nb"), "Ikke svart");
  EXPECT_EQ(DimensionNameWords({}, "ikt_omrade", "nb"), "Ikt omrade");
  EXPECT_EQ(DimensionKeyWords("økonomi"), "Økonomi");
  EXPECT_EQ(DimensionValueLabelText(c, "tjeneste", "legevakt", "nb"), "");
}

TEST(DimensionLabels, ValuesFollowTheCataloguesOrderThenTheirOwn) {
  auto c = Services();
  EXPECT_EQ(OrderedDimensionValues(c, "tjeneste", {"sykehjem", "legevakt", "", "fastlege", "apotek"}),
            (std::vector<std::string>{"", "fastlege", "sykehjem", "apotek", "legevakt"}));
}

TEST(DimensionLabels, ADuplicateKeyOrAMissingBokmaalLabelIsRefusedWithItsRule) {
  std::vector<DimensionLabels> c{{"tjeneste", "", "", {{"sykehjem", "Sykehjem", ""}, {"Sykehjem ", "X", ""}, {"legevakt", "", "Out of hours"}}},
                                 {"tjeneste", "", "", {}}};
  auto problems = ValidateDimensionLabels(c);
  std::vector<std::string> rules;
  for (const auto& p : problems) rules.push_back(p.rule + "@" + p.field);
  EXPECT_EQ(rules, (std::vector<std::string>{"dimension_label_duplicate@dimension_labels[0].values[1].key",
                                             "dimension_label_nb_missing@dimension_labels[0].values[2].nb",
                                             "dimension_label_duplicate@dimension_labels[1].dimension"}));
  EXPECT_TRUE(ValidateDimensionLabels(Services()).empty());
}

TEST(DimensionChoice, ANewValueNeedsTheExplicitChoice) {
  std::vector<std::string> existing{"sykehjem", "fastlege"};
  MessageParams name{{"name", "Tjeneste"}};
  std::vector<FieldProblem> problems;
  EXPECT_EQ(ChosenDimensionValue("sykehjem", "", existing, name, problems), "sykehjem");
  EXPECT_EQ(ChosenDimensionValue("", "", existing, name, problems), "");
  EXPECT_TRUE(problems.empty());
  // Typed without choosing "new", or a value the list does not hold.
  EXPECT_EQ(ChosenDimensionValue("", "Legevakt", existing, name, problems), "");
  EXPECT_EQ(ChosenDimensionValue("legevakt", "", existing, name, problems), "");
  // "New" without a value.
  EXPECT_EQ(ChosenDimensionValue(kNewDimensionValueChoice, " ", existing, name, problems), "");
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0].rule, "dimension_new_value_unchosen");
  EXPECT_EQ(problems[1].rule, "dimension_new_value_unchosen");
  EXPECT_EQ(problems[2].rule, "dimension_new_value_missing");
  EXPECT_EQ(problems[2].field, "dimensions");
}

TEST(DimensionChoice, ANewValueSpellingAnExistingOneGivesTheExistingOne) {
  std::vector<FieldProblem> problems;
  EXPECT_EQ(ChosenDimensionValue(kNewDimensionValueChoice, " SYKEHJEM", {"sykehjem"}, {}, problems), "sykehjem");
  EXPECT_EQ(ChosenDimensionValue(kNewDimensionValueChoice, "  Lege  vakt ", {"sykehjem"}, {}, problems), "Lege vakt");
  EXPECT_TRUE(problems.empty());
}

}  // namespace
}  // namespace fremdrift
