#include "app/health_app_service.h"

#include "app/app_catalogues.h"
#include "app/input_text.h"
#include "domain/health_app_rules.h"
#include "formats/health_app_json.h"
#include "storage/app_evaluation_store.h"
#include "storage/app_evaluator_store.h"
#include "storage/app_label_store.h"
#include "storage/audit_log.h"
#include "storage/health_app_store.h"
#include "storage/organisation_store.h"
#include "storage/user_store.h"

namespace fremdrift {
namespace {

void RequireHealthAppAdmin(const User& actor, const std::string& what) {
  if (actor.role != Role::kAdmin) throw Failure(FailureCode::kForbidden, "only an admin may " + what);
}

HealthApp LoadApp(SqlConnection& conn, const std::string& key) {
  auto a = HealthAppStore(conn).FindByKey(key);
  if (!a) throw Failure(FailureCode::kNotFound, "no health app '" + key + "'");
  return *a;
}

struct Loaded {
  Evaluation evaluation;
  HealthApp app;
};

Loaded LoadEvaluation(SqlConnection& conn, int64_t id) {
  auto e = AppEvaluationStore(conn).FindById(id);
  if (!e) throw Failure(FailureCode::kNotFound, "no evaluation with id " + std::to_string(id));
  return {*e, HealthAppStore(conn).FindById(e->app_id).value()};
}

void RequireVendor(const User& actor, const HealthApp& app) {
  if (!MayActForVendor(actor, app)) {
    throw Failure(FailureCode::kForbidden, "user '" + actor.name + "' may not act for " + app.manufacturer);
  }
}

void RequireTransition(const Evaluation& e, EvaluationState to, Decision d = Decision::kNone) {
  std::string why = TransitionProblem(e.state, to, d);
  if (!why.empty()) throw Failure(FailureCode::kConflict, why, "state", "ha_wrong_state", {{"state", StateKey(e.state)}});
}

std::string AppAudit(const HealthApp& a) { return HealthAppToJson(a).dump(); }

std::string EvaluationAudit(const Evaluation& e) {
  OJson j = {{"app_id", e.app_id},         {"app_version", e.app_version}, {"catalogue_id", e.catalogue_id},
             {"state", StateKey(e.state)}, {"decision", DecisionKey(e.decision)},
             {"decision_reason", e.decision_reason}, {"evaluator", e.evaluator}};
  return j.dump();
}

void AuditHealthApp(SqlConnection& conn, const User& actor, const std::string& entity, int64_t id, const std::string& action,
           const std::string& before, const std::string& after) {
  AuditLog(conn).Append({.actor = actor.name, .entity = entity, .entity_id = std::to_string(id), .action = action,
                         .before = before, .after = after});
}

// Writes the state of `e` (read at `e.version`) and audits the change.
Evaluation WriteState(SqlConnection& conn, const User& actor, const Evaluation& before, const Evaluation& after,
                      const std::string& action) {
  AppEvaluationStore store(conn);
  store.UpdateState(after);
  AuditHealthApp(conn, actor, "app_evaluation", after.id, action, EvaluationAudit(before), EvaluationAudit(after));
  return store.FindById(after.id).value();
}

void CheckApp(SqlConnection& conn, const HealthApp& a, std::vector<FieldProblem> problems) {
  for (auto& p : ValidateHealthApp(a)) problems.push_back(p);
  auto org = OrganisationStore(conn).FindByShortName(a.manufacturer);
  if (!a.manufacturer.empty() && (!org || org->kind != "vendor")) {
    problems.push_back({"manufacturer", "must be an organisation of kind vendor", "ha_not_a_vendor",
                        {{"organisation", a.manufacturer}}});
  }
  if (!a.category_level.empty()) {
    auto catalogue = NewestCatalogue(conn);
    const CategoryLevel* level = catalogue ? FindLevel(*catalogue, a.category_level) : nullptr;
    if (!level || !level->in_scheme) {
      problems.push_back({"category_level", "is not a category level in the scheme", "ha_unknown_key",
                          {{"key", a.category_level}}});
    }
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
}

}  // namespace

HealthApp RegisterHealthApp(SqlConnection& conn, const User& actor, const nlohmann::json& in) {
  RequireValidInputText(in);
  std::vector<FieldProblem> problems;
  HealthApp a;
  a.manufacturer = actor.organisation;
  ApplyHealthAppFields(in, a, true, "", problems);
  RequireVendor(actor, a);
  CheckApp(conn, a, problems);
  WriteTransaction tx(conn);
  HealthAppStore store(conn);
  a.id = store.Insert(a);
  AuditHealthApp(conn, actor, "health_app", a.id, "create", "", AppAudit(a));
  tx.Commit();
  return store.FindById(a.id).value();
}

HealthApp UpdateHealthApp(SqlConnection& conn, const User& actor, const std::string& key, const nlohmann::json& in) {
  RequireValidInputText(in);
  WriteTransaction tx(conn);
  HealthApp before = LoadApp(conn, key);
  RequireVendor(actor, before);
  std::vector<FieldProblem> problems;
  HealthApp a = before;
  ApplyHealthAppFields(in, a, false, "", problems);
  if (!in.contains("version") || !in["version"].is_number_integer()) {
    problems.push_back({"version", "is required: send the version you read", "version_required", {}});
  } else {
    a.version = in["version"].get<int64_t>();
  }
  RequireVendor(actor, a);  // may not hand the app to another vendor
  CheckApp(conn, a, problems);
  HealthAppStore store(conn);
  store.Update(a);
  AuditHealthApp(conn, actor, "health_app", a.id, "update", AppAudit(before), AppAudit(a));
  HealthApp out = store.FindById(a.id).value();
  tx.Commit();
  return out;
}

Evaluation StartEvaluation(SqlConnection& conn, const User& actor, const std::string& app_key,
                           const nlohmann::json& in) {
  WriteTransaction tx(conn);
  HealthApp app = LoadApp(conn, app_key);
  RequireVendor(actor, app);
  AppCatalogue catalogue;
  std::string wanted = in.is_object() ? in.value("catalogue", "") : "";
  if (wanted.empty()) {
    auto newest = NewestCatalogue(conn);
    if (!newest) throw Failure(FailureCode::kConflict, "no catalogue is published yet");
    catalogue = *newest;
  } else {
    size_t v = wanted.find(" v");
    catalogue = v == std::string::npos ? LoadCatalogue(conn, wanted)
                                       : LoadCatalogue(conn, wanted.substr(0, v), std::atoi(wanted.c_str() + v + 2));
  }
  AppEvaluationStore store(conn);
  for (const auto& e : store.List(app.id)) {
    if (e.state != EvaluationState::kDecided) {
      throw Failure(FailureCode::kConflict, "the app already has an open evaluation (id " + std::to_string(e.id) + ")",
                    "", "ha_open_evaluation", {{"id", std::to_string(e.id)}});
    }
  }
  Evaluation e;
  e.app_id = app.id;
  e.app_version = app.app_version;
  e.catalogue_id = catalogue.id;
  e.id = store.Insert(e);
  AuditHealthApp(conn, actor, "app_evaluation", e.id, "create", "", EvaluationAudit(e));
  Evaluation out = store.FindById(e.id).value();
  tx.Commit();
  return out;
}

Evaluation SaveAnswers(SqlConnection& conn, const User& actor, int64_t id, const nlohmann::json& in) {
  WriteTransaction tx(conn);
  auto [e, app] = LoadEvaluation(conn, id);
  RequireVendor(actor, app);
  if (!AnswersOpen(e.state)) {
    throw Failure(FailureCode::kConflict, "answers can only change in a draft or when more documentation is asked",
                  "state", "ha_wrong_state", {{"state", StateKey(e.state)}});
  }
  RequireValidInputText(in);
  std::vector<FieldProblem> problems;
  if (!in.is_object() || !in.contains("answers")) {
    problems.push_back({"answers", "is required", "required", {}});
    throw Failure::Invalid(problems);
  }
  auto answers = AnswersFromJson(in["answers"], "answers", problems);
  AppCatalogue catalogue = LoadCatalogue(conn, e.catalogue_id);
  for (size_t i = 0; i < answers.size(); ++i) {
    if (!FindRequirement(catalogue, answers[i].requirement)) {
      problems.push_back({"answers[" + std::to_string(i) + "].requirement", "is not a requirement of the catalogue",
                          "ha_unknown_key", {{"key", answers[i].requirement}}});
    }
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
  AppEvaluationStore store(conn);
  store.SaveAnswers(id, answers);
  AuditHealthApp(conn, actor, "app_evaluation", id, "answer", "", OJson{{"answers", AnswersToJson(answers)}}.dump());
  Evaluation out = store.FindById(id).value();
  tx.Commit();
  return out;
}

Evaluation SubmitEvaluation(SqlConnection& conn, const User& actor, int64_t id, const std::string& today) {
  WriteTransaction tx(conn);
  auto [e, app] = LoadEvaluation(conn, id);
  RequireVendor(actor, app);
  RequireTransition(e, EvaluationState::kSubmitted);
  AppCatalogue catalogue = LoadCatalogue(conn, e.catalogue_id);
  std::vector<FieldProblem> problems;
  for (const Requirement* r : ApplicableRequirements(catalogue, app.category_level)) {
    if (!FindAnswer(e, r->key)) {
      problems.push_back({"answers." + r->key, "requirement " + r->key + " has no answer", "ha_answer_missing",
                          {{"key", r->key}}});
    }
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
  Evaluation after = e;
  after.state = EvaluationState::kSubmitted;
  after.submitted_on = today;
  Evaluation out = WriteState(conn, actor, e, after, "submit");
  tx.Commit();
  return out;
}

Evaluation AssignEvaluator(SqlConnection& conn, const User& actor, int64_t id, const std::string& evaluator) {
  RequireHealthAppAdmin(actor, "assign evaluators");
  WriteTransaction tx(conn);
  auto [e, app] = LoadEvaluation(conn, id);
  if (e.state == EvaluationState::kDecided) RequireTransition(e, EvaluationState::kUnderReview);
  auto user = UserStore(conn).FindByName(evaluator);
  if (!user) throw Failure(FailureCode::kInvalid, "no user '" + evaluator + "'", "evaluator", "ha_unknown_user", {{"user", evaluator}});
  if (!MayBeAssigned(*user, AppEvaluatorStore(conn).IsApproved(evaluator), app)) {
    throw Failure(FailureCode::kInvalid, "'" + evaluator + "' is not an approved evaluator outside " + app.manufacturer,
                  "evaluator", "ha_evaluator_not_allowed", {{"user", evaluator}});
  }
  Evaluation after = e;
  after.evaluator = evaluator;
  Evaluation out = WriteState(conn, actor, e, after, "assign");
  tx.Commit();
  return out;
}

Evaluation SaveReviews(SqlConnection& conn, const User& actor, int64_t id, const nlohmann::json& in,
                       const std::string& today) {
  WriteTransaction tx(conn);
  auto [e, app] = LoadEvaluation(conn, id);
  if (!MayReview(actor, AppEvaluatorStore(conn).IsApproved(actor.name), app, e)) {
    throw Failure(FailureCode::kForbidden, "only the assigned evaluator may review this evaluation");
  }
  if (!ReviewOpen(e.state)) {
    throw Failure(FailureCode::kConflict, "verdicts can only be given on a submitted evaluation", "state",
                  "ha_wrong_state", {{"state", StateKey(e.state)}});
  }
  RequireValidInputText(in);
  std::vector<FieldProblem> problems;
  if (!in.is_object() || !in.contains("reviews")) {
    problems.push_back({"reviews", "is required", "required", {}});
    throw Failure::Invalid(problems);
  }
  auto reviews = ReviewsFromJson(in["reviews"], "reviews", problems);
  AppCatalogue catalogue = LoadCatalogue(conn, e.catalogue_id);
  for (size_t i = 0; i < reviews.size(); ++i) {
    std::string p = "reviews[" + std::to_string(i) + "].";
    if (!FindRequirement(catalogue, reviews[i].requirement)) {
      problems.push_back({p + "requirement", "is not a requirement of the catalogue", "ha_unknown_key",
                          {{"key", reviews[i].requirement}}});
    }
    if (reviews[i].verdict != Verdict::kAccepted && reviews[i].comment.empty()) {
      problems.push_back({p + "comment", "a verdict other than accepted needs a comment", "ha_comment_required", {}});
    }
    reviews[i].reviewer = actor.name;
    reviews[i].reviewed_on = today;
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
  AppEvaluationStore store(conn);
  store.SaveReviews(id, reviews);
  AuditHealthApp(conn, actor, "app_evaluation", id, "review", "", OJson{{"reviews", ReviewsToJson(reviews)}}.dump());
  if (e.state == EvaluationState::kSubmitted) {
    Evaluation after = e;
    after.state = EvaluationState::kUnderReview;
    WriteState(conn, actor, e, after, "start_review");
  }
  Evaluation out = store.FindById(id).value();
  tx.Commit();
  return out;
}

Evaluation RequestDocumentation(SqlConnection& conn, const User& actor, int64_t id) {
  WriteTransaction tx(conn);
  auto [e, app] = LoadEvaluation(conn, id);
  if (!MayReview(actor, AppEvaluatorStore(conn).IsApproved(actor.name), app, e)) {
    throw Failure(FailureCode::kForbidden, "only the assigned evaluator may ask for documentation");
  }
  RequireTransition(e, EvaluationState::kMoreDocumentation);
  bool asked = false;
  for (const auto& r : e.reviews) asked = asked || r.verdict == Verdict::kMoreDocumentation;
  if (!asked) {
    throw Failure(FailureCode::kInvalid, "mark at least one requirement as needing more documentation", "reviews",
                  "ha_nothing_asked", {});
  }
  Evaluation after = e;
  after.state = EvaluationState::kMoreDocumentation;
  Evaluation out = WriteState(conn, actor, e, after, "request_documentation");
  tx.Commit();
  return out;
}

Evaluation DecideEvaluation(SqlConnection& conn, const User& actor, int64_t id, const std::string& decision,
                            const std::string& reason, const std::string& today) {
  auto d = DecisionFromKey(decision);
  if (!d || *d == Decision::kNone) {
    throw Failure(FailureCode::kInvalid, "decision must be awarded, refused or withdrawn", "decision", "not_a_choice",
                  {{"value", decision}, {"choices", "awarded, refused, withdrawn"}});
  }
  WriteTransaction tx(conn);
  auto [e, app] = LoadEvaluation(conn, id);
  if (*d == Decision::kWithdrawn) {
    RequireVendor(actor, app);
  } else {
    RequireHealthAppAdmin(actor, "award or refuse a label");
  }
  RequireTransition(e, EvaluationState::kDecided, *d);
  if (*d != Decision::kAwarded && reason.empty()) {
    throw Failure(FailureCode::kInvalid, "a refusal or withdrawal needs a reason", "reason", "ha_reason_required", {});
  }
  RequireValidInputText(nlohmann::json{{"reason", reason}});
  AppCatalogue catalogue = LoadCatalogue(conn, e.catalogue_id);
  if (*d == Decision::kAwarded) {
    std::string why = AwardProblem(catalogue, app.category_level, e);
    if (!why.empty()) throw Failure(FailureCode::kConflict, why, "state", "ha_not_ready_for_award", {});
  }
  Evaluation after = e;
  after.state = EvaluationState::kDecided;
  after.decision = *d;
  after.decision_reason = reason;
  after.decided_on = today;
  Evaluation out = WriteState(conn, actor, e, after, "decide");
  if (*d == Decision::kAwarded) {
    HealthAppLabel label;
    label.app_id = app.id;
    label.evaluation_id = e.id;
    label.app_version = e.app_version;
    label.catalogue_id = catalogue.id;
    label.grades = ComputeLabelGrades(catalogue, app.category_level, e);
    label.checked_on = today;
    label.valid_until = LabelValidUntil(today, kLabelValidYears);
    int64_t label_id = AppLabelStore(conn).Insert(label);
    AuditHealthApp(conn, actor, "app_label", label_id, "award", "",
          OJson{{"app", app.key}, {"grades", LabelGradesToJson(label.grades)}, {"valid_until", label.valid_until}}.dump());
  }
  tx.Commit();
  return out;
}

void ApproveEvaluator(SqlConnection& conn, const User& actor, const std::string& name, const std::string& today) {
  RequireHealthAppAdmin(actor, "approve evaluators");
  WriteTransaction tx(conn);
  AppEvaluatorStore(conn).Approve(name, actor.name, today);
  AuditHealthApp(conn, actor, "app_evaluator", 0, "approve", "", OJson{{"user", name}, {"approved_on", today}}.dump());
  tx.Commit();
}

void StateReassessment(SqlConnection& conn, const User& actor, const std::string& app_key, const std::string& reason) {
  RequireHealthAppAdmin(actor, "state a reason for reassessment");
  RequireValidInputText(nlohmann::json{{"reason", reason}});
  WriteTransaction tx(conn);
  HealthApp app = LoadApp(conn, app_key);
  AppLabelStore labels(conn);
  auto label = labels.LatestFor(app.id);
  if (!label) throw Failure(FailureCode::kNotFound, "the app has no label");
  labels.SetReassessmentReason(label->id, reason);
  AuditHealthApp(conn, actor, "app_label", label->id, "reassessment", OJson{{"reason", label->reassessment_reason}}.dump(),
        OJson{{"reason", reason}}.dump());
  tx.Commit();
}

}  // namespace fremdrift
