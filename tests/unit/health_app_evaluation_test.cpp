// The states of a health-app evaluation and who may act on it.
#include <gtest/gtest.h>

#include <set>

#include "domain/health_app_catalogue.h"
#include "domain/health_app_evaluation.h"
#include "domain/health_app_rules.h"

namespace fremdrift {
namespace {

TEST(HealthAppEvaluation, FollowsTheDrawnPath) {
  EXPECT_EQ(TransitionProblem(EvaluationState::kDraft, EvaluationState::kSubmitted), "");
  EXPECT_EQ(TransitionProblem(EvaluationState::kSubmitted, EvaluationState::kUnderReview), "");
  EXPECT_EQ(TransitionProblem(EvaluationState::kUnderReview, EvaluationState::kMoreDocumentation), "");
  EXPECT_EQ(TransitionProblem(EvaluationState::kMoreDocumentation, EvaluationState::kSubmitted), "");
  EXPECT_EQ(TransitionProblem(EvaluationState::kUnderReview, EvaluationState::kDecided, Decision::kAwarded), "");
  EXPECT_EQ(TransitionProblem(EvaluationState::kUnderReview, EvaluationState::kDecided, Decision::kRefused), "");
  EXPECT_EQ(TransitionProblem(EvaluationState::kMoreDocumentation, EvaluationState::kDecided, Decision::kRefused), "");
}

TEST(HealthAppEvaluation, RefusesShortcuts) {
  EXPECT_NE(TransitionProblem(EvaluationState::kDraft, EvaluationState::kUnderReview), "");
  EXPECT_NE(TransitionProblem(EvaluationState::kDraft, EvaluationState::kDecided, Decision::kAwarded), "");
  EXPECT_NE(TransitionProblem(EvaluationState::kSubmitted, EvaluationState::kDecided, Decision::kAwarded), "");
  EXPECT_NE(TransitionProblem(EvaluationState::kMoreDocumentation, EvaluationState::kDecided, Decision::kAwarded), "");
  EXPECT_NE(TransitionProblem(EvaluationState::kSubmitted, EvaluationState::kMoreDocumentation), "");
  EXPECT_NE(TransitionProblem(EvaluationState::kUnderReview, EvaluationState::kDecided), "");  // no decision named
}

TEST(HealthAppEvaluation, WithdrawnFromAnyOpenStateAndDecidedIsFinal) {
  for (EvaluationState s : {EvaluationState::kDraft, EvaluationState::kSubmitted, EvaluationState::kUnderReview,
                            EvaluationState::kMoreDocumentation}) {
    EXPECT_EQ(TransitionProblem(s, EvaluationState::kDecided, Decision::kWithdrawn), "") << StateKey(s);
  }
  EXPECT_NE(TransitionProblem(EvaluationState::kDecided, EvaluationState::kSubmitted), "");
  EXPECT_NE(TransitionProblem(EvaluationState::kDecided, EvaluationState::kDecided, Decision::kWithdrawn), "");
}

TEST(HealthAppEvaluation, AnswersAndReviewsOpenInTurn) {
  EXPECT_TRUE(AnswersOpen(EvaluationState::kDraft));
  EXPECT_TRUE(AnswersOpen(EvaluationState::kMoreDocumentation));
  EXPECT_FALSE(AnswersOpen(EvaluationState::kSubmitted));
  EXPECT_TRUE(ReviewOpen(EvaluationState::kSubmitted));
  EXPECT_TRUE(ReviewOpen(EvaluationState::kUnderReview));
  EXPECT_FALSE(ReviewOpen(EvaluationState::kMoreDocumentation));
}

TEST(HealthAppEvaluation, KeysRoundTrip) {
  for (EvaluationState s : {EvaluationState::kDraft, EvaluationState::kSubmitted, EvaluationState::kUnderReview,
                            EvaluationState::kMoreDocumentation, EvaluationState::kDecided}) {
    EXPECT_EQ(StateFromKey(StateKey(s)), s);
  }
  EXPECT_EQ(AnswerFromKey("not_relevant"), Answer::kNotRelevant);
  EXPECT_EQ(VerdictFromKey("more_documentation"), Verdict::kMoreDocumentation);
  EXPECT_EQ(DecisionFromKey("withdrawn"), Decision::kWithdrawn);
  EXPECT_FALSE(StateFromKey("approved"));
}

User Person(const std::string& name, const std::string& org, Role role) {
  User u;
  u.name = name;
  u.organisation = org;
  u.role = role;
  return u;
}

TEST(HealthAppRules, VendorUsersActForTheirOwnAppsOnly) {
  HealthApp app;
  app.manufacturer = "sovnlab";
  EXPECT_TRUE(MayActForVendor(Person("v", "sovnlab", Role::kEditor), app));
  EXPECT_FALSE(MayActForVendor(Person("v", "sovnlab", Role::kReader), app));
  EXPECT_FALSE(MayActForVendor(Person("o", "annen", Role::kEditor), app));
  EXPECT_TRUE(MayActForVendor(Person("a", "Hdir", Role::kAdmin), app));
}

TEST(HealthAppRules, EvaluatorNeverReviewsOwnOrganisationsApp) {
  HealthApp app;
  app.manufacturer = "sovnlab";
  Evaluation e;
  e.evaluator = "eva";
  User eva = Person("eva", "NHN", Role::kReader);
  EXPECT_TRUE(MayReview(eva, true, app, e));
  EXPECT_FALSE(MayReview(eva, false, app, e));  // not approved
  User own = Person("eva", "sovnlab", Role::kEditor);
  EXPECT_FALSE(MayBeAssigned(own, true, app));
  EXPECT_FALSE(MayReview(own, true, app, e));
  e.evaluator = "someone-else";
  EXPECT_FALSE(MayReview(eva, true, app, e));
}

TEST(HealthAppCatalogue, ValidatesReferencesBetweenItsParts) {
  AppCatalogue c;
  c.key = "k";
  c.title.nb = "Katalog";
  c.levels = {{"fri-bruk", {"Fri bruk", ""}, {"Tusen blomster", ""}, {}, false},
              {"selv", {"Selvhjelp", ""}, {"Selvdeklarerer", ""}, {}, true}};
  c.areas = {{"nytte", {"Helsenytte", ""}}};
  c.sub_areas = {{"opplevd", "nytte", {"Opplevd nytte", ""}}};
  c.label_areas = {{"healthy-and-safe", {"Trygg", ""}}};
  c.requirements = {{"r1", "nytte", "opplevd", {"Krav", ""}, {}, {"https://owasp.org/"}, {"selv"}, "healthy-and-safe"}};
  EXPECT_TRUE(ValidateCatalogue(c).empty());
  EXPECT_EQ(ApplicableRequirements(c, "selv").size(), 1u);
  EXPECT_TRUE(ApplicableRequirements(c, "fri-bruk").empty());
  c.requirements[0].levels = {"fri-bruk"};  // outside the scheme
  c.requirements[0].best_practice = {"http://example.org"};
  c.requirements[0].label_area = "nowhere";
  c.requirements.push_back(c.requirements[0]);
  auto problems = ValidateCatalogue(c);
  std::set<std::string> fields;
  for (const auto& p : problems) fields.insert(p.field);
  EXPECT_TRUE(fields.count("requirements[0].levels"));
  EXPECT_TRUE(fields.count("requirements[0].best_practice"));
  EXPECT_TRUE(fields.count("requirements[0].label_area"));
  EXPECT_TRUE(fields.count("requirements[1].key"));
}

}  // namespace
}  // namespace fremdrift

#include "domain/health_app_register.h"

namespace fremdrift {
namespace {

RegisterEntry AppEntry(const std::string& name, const std::string& overall, const std::string& secure) {
  RegisterEntry e;
  e.app.name = name;
  e.app.manufacturer = "Søvnlab";
  e.app.category_level = "selvdeklarerer";
  e.app.platforms = {"ios"};
  e.app.target_groups = {"voksne"};
  e.evaluation.state = EvaluationState::kDecided;
  e.evaluation.decision = overall.empty() ? Decision::kRefused : Decision::kAwarded;
  if (!overall.empty()) {
    HealthAppLabel l;
    l.grades.overall = overall;
    l.grades.areas = {{"secure-data", 1, 1, secure}};
    e.label = l;
  }
  return e;
}

TEST(HealthAppRegister, OnlyDecidedEvaluationsArePublic) {
  Evaluation e;
  for (auto s : {EvaluationState::kDraft, EvaluationState::kSubmitted, EvaluationState::kUnderReview,
                 EvaluationState::kMoreDocumentation}) {
    e.state = s;
    EXPECT_FALSE(OnPublicRegister(e));
  }
  e.state = EvaluationState::kDecided;
  e.decision = Decision::kRefused;
  EXPECT_TRUE(OnPublicRegister(e));
}

TEST(HealthAppRegister, FiltersByGradeOrBetter) {
  RegisterFilter f;
  f.grade = "B";
  EXPECT_TRUE(MatchesRegisterFilter(AppEntry("Søvn", "A", "C"), f));
  EXPECT_TRUE(MatchesRegisterFilter(AppEntry("Søvn", "B", "C"), f));
  EXPECT_FALSE(MatchesRegisterFilter(AppEntry("Søvn", "C", "A"), f));
  EXPECT_FALSE(MatchesRegisterFilter(AppEntry("Søvn", "", ""), f));  // refused: no label
  f.label_area = "secure-data";
  EXPECT_TRUE(MatchesRegisterFilter(AppEntry("Søvn", "C", "A"), f));
  EXPECT_FALSE(MatchesRegisterFilter(AppEntry("Søvn", "A", "C"), f));
}

TEST(HealthAppRegister, FiltersByTextPlatformAndGroup) {
  RegisterFilter f;
  f.text = "SØVN";
  EXPECT_TRUE(MatchesRegisterFilter(AppEntry("søvnhjelp", "A", "A"), f));
  f.text = "angst";
  EXPECT_FALSE(MatchesRegisterFilter(AppEntry("søvnhjelp", "A", "A"), f));
  EXPECT_TRUE(MatchesRegisterFilter(AppEntry("Søvn", "A", "A"), RegisterFilter{.platform = "ios"}));
  EXPECT_FALSE(MatchesRegisterFilter(AppEntry("Søvn", "A", "A"), RegisterFilter{.platform = "android"}));
  EXPECT_FALSE(MatchesRegisterFilter(AppEntry("Søvn", "A", "A"), RegisterFilter{.target_group = "ungdom"}));
  EXPECT_TRUE(MatchesRegisterFilter(AppEntry("Søvn", "A", "A"), RegisterFilter{.category_level = "selvdeklarerer"}));
}

}  // namespace
}  // namespace fremdrift
