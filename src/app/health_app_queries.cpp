#include "app/health_app_queries.h"

#include <map>

#include "app/app_catalogues.h"
#include "domain/health_app_rules.h"
#include "storage/app_evaluation_store.h"
#include "storage/app_evaluator_store.h"
#include "storage/app_label_store.h"
#include "storage/health_app_store.h"
#include "storage/organisation_store.h"

namespace fremdrift {
namespace {

// Catalogue versions by id, each read once.
class Catalogues {
 public:
  explicit Catalogues(SqlConnection& conn) : conn_(conn) {}
  const AppCatalogue& Get(int64_t id) {
    auto it = cache_.find(id);
    if (it == cache_.end()) it = cache_.emplace(id, LoadCatalogue(conn_, id)).first;
    return it->second;
  }
  int64_t LatestIdOf(const std::string& key) {
    auto it = latest_.find(key);
    if (it == latest_.end()) it = latest_.emplace(key, LoadCatalogue(conn_, key).id).first;
    return it->second;
  }

 private:
  SqlConnection& conn_;
  std::map<int64_t, AppCatalogue> cache_;
  std::map<std::string, int64_t> latest_;
};

std::optional<RegisterEntry> EntryOf(SqlConnection& conn, const HealthApp& app, Catalogues& catalogues,
                                     const std::string& today) {
  for (const auto& e : AppEvaluationStore(conn).List(app.id)) {  // newest first
    if (!OnPublicRegister(e)) continue;
    RegisterEntry entry{app, e, catalogues.Get(e.catalogue_id), std::nullopt, ""};
    if (e.decision == Decision::kAwarded) {
      entry.label = AppLabelStore(conn).LatestFor(app.id);
      if (entry.label) {
        entry.label->catalogue = CatalogueLabel(entry.catalogue);
        entry.due_reason = LabelReassessmentReason(*entry.label, app.app_version,
                                                   catalogues.LatestIdOf(entry.catalogue.key), today);
      }
    }
    return entry;
  }
  return std::nullopt;
}

EvaluationCase CaseOf(SqlConnection& conn, const User& actor, const Evaluation& e, const HealthApp& app,
                      Catalogues& catalogues, bool approved) {
  EvaluationCase c{e, app, catalogues.Get(e.catalogue_id)};
  bool vendor = MayActForVendor(actor, app);
  c.may_answer = vendor && AnswersOpen(e.state);
  c.may_submit = vendor && TransitionProblem(e.state, EvaluationState::kSubmitted).empty();
  c.may_review = MayReview(actor, approved, app, e) && ReviewOpen(e.state);
  c.may_decide = actor.role == Role::kAdmin && e.state != EvaluationState::kDecided;
  c.may_withdraw = vendor && e.state != EvaluationState::kDecided;
  return c;
}

}  // namespace

std::vector<RegisterEntry> LoadRegister(SqlConnection& conn, const std::string& today) {
  Catalogues catalogues(conn);
  std::vector<RegisterEntry> out;
  for (const auto& app : HealthAppStore(conn).List()) {
    if (auto entry = EntryOf(conn, app, catalogues, today)) out.push_back(std::move(*entry));
  }
  return out;
}

RegisterEntry LoadRegisterEntry(SqlConnection& conn, const std::string& key, const std::string& today) {
  auto app = HealthAppStore(conn).FindByKey(key);
  Catalogues catalogues(conn);
  std::optional<RegisterEntry> entry;
  if (app) entry = EntryOf(conn, *app, catalogues, today);
  if (!entry) throw Failure(FailureCode::kNotFound, "no health app '" + key + "' on the register");
  return *entry;
}

EvaluationCase LoadEvaluationCase(SqlConnection& conn, const User& actor, int64_t id) {
  auto e = AppEvaluationStore(conn).FindById(id);
  std::optional<HealthApp> app;
  if (e) app = HealthAppStore(conn).FindById(e->app_id);
  bool approved = AppEvaluatorStore(conn).IsApproved(actor.name);
  if (!e || !app || !MayReadEvaluation(actor, approved, *app, *e)) {
    throw Failure(FailureCode::kNotFound, "no evaluation with id " + std::to_string(id));
  }
  Catalogues catalogues(conn);
  return CaseOf(conn, actor, *e, *app, catalogues, approved);
}

std::vector<EvaluationCase> ListEvaluationCases(SqlConnection& conn, const User& actor) {
  bool approved = AppEvaluatorStore(conn).IsApproved(actor.name);
  std::map<int64_t, HealthApp> apps;
  for (auto& a : HealthAppStore(conn).List()) apps.emplace(a.id, a);
  Catalogues catalogues(conn);
  std::vector<EvaluationCase> out;
  for (const auto& e : AppEvaluationStore(conn).List()) {
    const HealthApp& app = apps.at(e.app_id);
    if (MayReadEvaluation(actor, approved, app, e)) out.push_back(CaseOf(conn, actor, e, app, catalogues, approved));
  }
  return out;
}

std::vector<HealthApp> ListVendorApps(SqlConnection& conn, const User& actor) {
  std::vector<HealthApp> out;
  for (auto& a : HealthAppStore(conn).List()) {
    if (MayActForVendor(actor, a)) out.push_back(std::move(a));
  }
  return out;
}

bool IsApprovedEvaluator(SqlConnection& conn, const std::string& name) {
  return AppEvaluatorStore(conn).IsApproved(name);
}

std::vector<std::string> ListApprovedEvaluators(SqlConnection& conn) {
  std::vector<std::string> out;
  for (const auto& e : AppEvaluatorStore(conn).List()) out.push_back(e.name);
  return out;
}

std::vector<std::pair<std::string, std::string>> ListVendors(SqlConnection& conn) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& o : OrganisationStore(conn).List()) {
    if (o.kind == "vendor") out.emplace_back(o.short_name, o.name);
  }
  return out;
}

bool MayRegisterApps(SqlConnection& conn, const User& actor) {
  if (actor.role == Role::kAdmin) return true;
  auto org = OrganisationStore(conn).FindByShortName(actor.organisation);
  return actor.role == Role::kEditor && org && org->kind == "vendor";
}

}  // namespace fremdrift
