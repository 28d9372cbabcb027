#include <map>
#include <optional>
#include <set>

#include "app/bundle.h"
#include "app/cost_bundle.h"
#include "app/governance_bundle.h"
#include "app/health_app_bundle.h"
#include "app/input_text.h"
#include "app/measurement_import.h"
#include "app/plan_dependency_bundle.h"
#include "app/benefit_service.h"
#include "app/risk_service.h"
#include "app/phase_scales.h"
#include "app/status_scales.h"
#include "app/strategy_evaluations.h"
#include "app/portfolio_bundle.h"
#include "app/source_bundle.h"
#include "formats/indicator_json.h"
#include "formats/period_json.h"
#include "storage/retry_transaction.h"
#include "storage/period_store.h"
#include "domain/assessment.h"
#include "storage/indicator_store.h"
#include "domain/failure.h"
#include "domain/organisation.h"
#include "domain/plan_item_rules.h"
#include "domain/reporting_period.h"
#include "domain/status_rollup.h"
#include "domain/status_scale.h"
#include "formats/plan_json.h"
#include "storage/audit_log.h"
#include "storage/organisation_store.h"
#include "storage/phase_scale_store.h"
#include "storage/plan_item_store.h"
#include "storage/strategy_store.h"
#include "storage/user_store.h"

namespace fremdrift {
namespace {

const std::set<std::string> kTopLevel = {"format",     "version",    "organisations",
                                         "user_groups", "strategies", "indicators",
                                         "measurements", "reporting_periods", "users",
                                         "cost_groups", "national_solutions",
                                         "portfolio_items", "roadmap_versions",
                                         "bodies", "meetings", "sources",
                                         "app_catalogues", "health_apps",  // docs/health-apps.md
                                         // strategy model (docs/strategy-model.md)
                                         "phase_scales", "status_scales", "plan_dependencies", "risks",
                                         "benefits", "strategy_evaluations"};

// Imports one file's sections; every problem is added to `problems` with
// its JSON path and the offending record is skipped. The caller rolls the
// transaction back when any problem was found.
class BundleImporter {
 public:
  BundleImporter(SqlConnection& conn, std::string actor,
                 std::vector<FieldProblem>& problems, ImportSummary& summary)
      : conn_(conn), actor_(std::move(actor)), problems_(problems), summary_(summary) {}

  void ImportFile(const nlohmann::json& doc, const std::string& root) {
    if (!doc.is_object()) return Problem(root, "must be a JSON object");
    for (const auto& [k, v] : doc.items()) {
      if (!kTopLevel.count(k)) Problem(root + "." + k, "is not a known section");
    }
    if (doc.value("format", "") != "fremdrift-bundle") {
      Problem(root + ".format", "must be \"fremdrift-bundle\"");
    }
    if (!doc.contains("version") || doc["version"] != 1) {
      Problem(root + ".version", "must be 1 (the only format version this build reads)");
    }
    Section(doc, root, "sources", &BundleImporter::Source_);
    Section(doc, root, "organisations", &BundleImporter::Organisation_);
    Section(doc, root, "user_groups", &BundleImporter::UserGroup_);
    // Strategy model (docs/strategy-model.md): before the strategies that name them.
    if (doc.contains("phase_scales")) {
      ImportPhaseScales(conn_, doc["phase_scales"], root + ".phase_scales", actor_, problems_, summary_);
    }
    if (doc.contains("status_scales")) {
      ImportStatusScales(conn_, doc["status_scales"], root + ".status_scales", actor_, problems_, summary_);
    }
    Section(doc, root, "strategies", &BundleImporter::Strategy_);
    Section(doc, root, "indicators", &BundleImporter::Indicator_);
    Measurements(doc, root);
    Section(doc, root, "reporting_periods", &BundleImporter::Period_);
    Section(doc, root, "cost_groups", &BundleImporter::CostGroup_);
    Section(doc, root, "national_solutions", &BundleImporter::NationalSolution_);
    Section(doc, root, "users", &BundleImporter::User_);
    if (doc.contains("portfolio_items")) {
      ImportPortfolioItems(conn_, doc["portfolio_items"], root + ".portfolio_items", actor_, problems_, summary_);
    }
    if (doc.contains("roadmap_versions")) {
      ImportRoadmapVersions(conn_, doc["roadmap_versions"], root + ".roadmap_versions", actor_, problems_, summary_);
    }
    // Before governance: a case may link to an app catalogue.
    ImportHealthAppSections(conn_, doc, root, actor_, problems_, summary_);
    ImportGovernanceSections(conn_, doc, root, actor_, problems_, summary_);
    // Strategy model (docs/strategy-model.md): after the strategies.
    if (doc.contains("plan_dependencies")) {
      ImportPlanDependencies(conn_, doc["plan_dependencies"], root + ".plan_dependencies", actor_,
                             problems_, summary_);
    }
    if (doc.contains("risks")) {
      ImportRisks(conn_, doc["risks"], root + ".risks", actor_, problems_, summary_);
    }
    if (doc.contains("benefits")) {
      ImportBenefits(conn_, doc["benefits"], root + ".benefits", actor_, problems_, summary_);
    }
    if (doc.contains("strategy_evaluations")) {
      ImportStrategyEvaluations(conn_, doc["strategy_evaluations"], root + ".strategy_evaluations", actor_,
                                problems_, summary_);
    }
  }

 private:
  using RecordFn = void (BundleImporter::*)(const nlohmann::json&, const std::string&);

  void Problem(const std::string& path, const std::string& message) {
    problems_.push_back({path, message});
  }

  void Section(const nlohmann::json& doc, const std::string& root,
               const char* name, RecordFn fn) {
    if (!doc.contains(name)) return;
    const auto& list = doc[name];
    std::string path = root + "." + name;
    if (!list.is_array()) return Problem(path, "must be an array");
    for (size_t i = 0; i < list.size(); ++i) {
      std::string p = path + "[" + std::to_string(i) + "]";
      if (!list[i].is_object()) {
        Problem(p, "must be an object");
        continue;
      }
      (this->*fn)(list[i], p);
    }
  }

  void Count(const std::string& section, bool created) { summary_.CountRecord(section, created); }

  void Audit(const std::string& entity, int64_t id, const std::string& after) {
    AuditLog(conn_).Append({.actor = actor_,
                            .entity = entity,
                            .entity_id = std::to_string(id),
                            .action = "import",
                            .after = after});
  }

  void CheckKnownFields(const nlohmann::json& rec, const std::string& path,
                        const std::set<std::string>& known) {
    for (const auto& [k, v] : rec.items()) {
      if (!known.count(k)) Problem(path + "." + k, "is not a known field");
    }
  }

  void CostRecords(const std::vector<ImportedCostRecord>& records) {
    for (const auto& r : records) {
      Count(r.section, r.created);
      AuditLog(conn_).Append({.actor = actor_,
                              .entity = r.entity,
                              .entity_id = r.entity_id,
                              .action = "import",
                              .after = r.after});
    }
  }

  void CostGroup_(const nlohmann::json& rec, const std::string& path) {
    CostRecords(ImportCostGroupRecord(conn_, rec, path, problems_));
  }

  void NationalSolution_(const nlohmann::json& rec, const std::string& path) {
    CostRecords(ImportNationalSolutionRecord(conn_, rec, path, problems_));
  }

  void Source_(const nlohmann::json& rec, const std::string& path) {
    if (auto imported = ImportSourceRecord(conn_, rec, path, problems_)) {
      Count("sources", imported->created);
      AuditLog(conn_).Append({.actor = actor_,
                              .entity = "source_document",
                              .entity_id = imported->key,
                              .action = "import",
                              .after = imported->after});
    }
  }

  void Organisation_(const nlohmann::json& rec, const std::string& path) {
    size_t before = problems_.size();
    CheckKnownFields(rec, path, {"short_name", "name", "kind", "source"});
    std::string p = path + ".";
    Organisation o{0, StringMember(rec, "short_name", p, true, problems_),
                   StringMember(rec, "name", p, true, problems_),
                   StringMember(rec, "kind", p, true, problems_),
                   StringMember(rec, "source", p, false, problems_)};
    if (!o.kind.empty() && !IsOrganisationKind(o.kind)) {
      Problem(p + "kind", "'" + o.kind + "' is not a known kind (see docs/bundle-format.md)");
    }
    if (problems_.size() != before) return;
    OrganisationStore store(conn_);
    bool created = !store.FindByShortName(o.short_name);
    int64_t id = store.Upsert(o);
    Count("organisations", created);
    Audit("organisation", id, OrganisationToJson(o).dump());
  }

  void UserGroup_(const nlohmann::json& rec, const std::string& path) {
    size_t before = problems_.size();
    CheckKnownFields(rec, path, {"key", "name", "source"});
    std::string p = path + ".";
    UserGroup g{0, StringMember(rec, "key", p, true, problems_),
                StringMember(rec, "name", p, true, problems_),
                StringMember(rec, "source", p, false, problems_)};
    if (problems_.size() != before) return;
    OrganisationStore store(conn_);
    bool created = !store.FindUserGroup(g.key);
    int64_t id = store.UpsertUserGroup(g);
    Count("user_groups", created);
    Audit("user_group", id, UserGroupToJson(g).dump());
  }

  void Strategy_(const nlohmann::json& rec, const std::string& path) {
    size_t before = problems_.size();
    CheckKnownFields(rec, path, {"key", "name", "period_start", "period_end", "vision",
                                 "published", "level_names", "source", "items",
                                 "status_scale", "rollup_rule", "cadence", "phase_scale"});
    std::string p = path + ".";
    Strategy s;
    s.key = StringMember(rec, "key", p, true, problems_);
    s.name = StringMember(rec, "name", p, true, problems_);
    s.vision = StringMember(rec, "vision", p, false, problems_);
    s.source = StringMember(rec, "source", p, false, problems_);
    for (const char* f : {"period_start", "period_end"}) {
      if (!rec.contains(f) || !rec[f].is_number_integer()) {
        Problem(p + f, "is required and must be a year (integer)");
      }
    }
    if (problems_.size() == before) {
      s.period_start = rec["period_start"].get<int>();
      s.period_end = rec["period_end"].get<int>();
      if (s.period_end < s.period_start) Problem(p + "period_end", "must not be before period_start");
    }
    if (!rec.contains("published") || !rec["published"].is_boolean()) {
      Problem(p + "published", "is required and must be true or false");
    } else {
      s.published = rec["published"].get<bool>();
    }
    const auto levels = rec.value("level_names", nlohmann::json());
    if (!levels.is_array() || levels.empty() ||
        !std::all_of(levels.begin(), levels.end(), [](const auto& l) {
          return l.is_string() && !l.template get<std::string>().empty();
        })) {
      Problem(p + "level_names", "is required: a non-empty array of names, top level first");
    } else {
      s.level_names = levels.get<std::vector<std::string>>();
    }
    if (rec.contains("status_scale")) s.status_scale = StringMember(rec, "status_scale", p, true, problems_);
    if (rec.contains("rollup_rule")) {
      s.rollup_rule = StringMember(rec, "rollup_rule", p, true, problems_);
      if (!RollupRuleFromKey(s.rollup_rule)) Problem(p + "rollup_rule", "must be worst_of or weighted");
    }
    if (rec.contains("cadence")) {
      s.cadence = StringMember(rec, "cadence", p, true, problems_);
      if (!CadenceFromKey(s.cadence)) Problem(p + "cadence", "must be yearly, tertial or quarterly");
    }
    if (rec.contains("phase_scale")) {
      s.phase_scale = StringMember(rec, "phase_scale", p, true, problems_);
      if (!s.phase_scale.empty() && !PhaseScaleStore(conn_).Find(s.phase_scale)) {
        Problem(p + "phase_scale", "no phase scale '" + s.phase_scale + "' (give it in the section phase_scales)");
      }
    }
    StrategyStore store(conn_);
    auto stored = store.FindByKey(s.key);
    if (!s.status_scale.empty()) CheckStrategyStatusScale(conn_, stored, s.status_scale, p + "status_scale", problems_);
    if (stored && stored->phase_scale != s.phase_scale && problems_.size() == before) {
      // Moving a strategy to another scale: its stored items must hold
      // phases of the new one, unless this record gives them anew (those
      // are checked with the items).
      std::set<std::string> given;
      for (const auto& i : rec.value("items", nlohmann::json::array())) {
        if (i.is_object() && i.contains("key") && i["key"].is_string()) given.insert(i["key"].get<std::string>());
      }
      auto scale = PhaseScaleStore(conn_).Find(s.phase_scale);
      std::vector<std::string> used;
      for (const auto& i : PlanItemStore(conn_).List(stored->id)) {
        if (i.phases && !given.count(i.key)) used.insert(used.end(), {i.phases->from, i.phases->to});
      }
      auto missing = scale ? PhasesMissingFrom(*scale, used) : std::vector<std::string>{};
      if (!missing.empty()) {
        std::string keys;
        for (const auto& k : missing) keys += (keys.empty() ? "" : ", ") + k;
        Problem(p + "phase_scale", "the strategy's items hold phases that are not on " + s.phase_scale + ": " + keys);
      }
    }
    if (problems_.size() != before) return;
    bool created = !stored;
    s.id = store.Upsert(s);
    Count("strategies", created);
    Audit("strategy", s.id, StrategyToJson(s).dump());
    if (!rec.contains("items")) return;
    if (!rec["items"].is_array()) return Problem(p + "items", "must be an array");
    ItemsOf(s, rec["items"], p + "items");
  }

  void ItemsOf(const Strategy& s, const nlohmann::json& items, const std::string& path) {
    PlanItemStore store(conn_);
    const PhaseScale scale = PhaseScaleOf(conn_, s);
    OrganisationStore orgs(conn_);
    std::map<std::string, int64_t> seen;  // keys imported from this list
    std::set<std::string> failed;
    for (size_t i = 0; i < items.size(); ++i) {
      std::string p = path + "[" + std::to_string(i) + "].";
      const auto& rec = items[i];
      if (!rec.is_object()) {
        Problem(p.substr(0, p.size() - 1), "must be an object");
        continue;
      }
      size_t before = problems_.size();
      PlanItem item;
      item.strategy_id = s.id;
      item.level = 0;
      item.sort_order = static_cast<int64_t>(i);
      ApplyPlanItemFields(rec, item, p, {"parent"}, problems_);
      if (!rec.contains("level")) Problem(p + "level", "is required");
      if (item.key.empty()) {
        if (!rec.contains("key")) Problem(p + "key", "is required");
      } else if (seen.count(item.key) || failed.count(item.key)) {
        Problem(p + "key", "'" + item.key + "' appears twice in this strategy");
      }
      std::string parent_key = StringMember(rec, "parent", p, false, problems_);
      std::optional<PlanItem> parent;
      if (!parent_key.empty()) {
        if (failed.count(parent_key)) {
          Problem(p + "parent", "parent '" + parent_key + "' has problems of its own");
        } else if (auto it = seen.find(parent_key); it != seen.end()) {
          parent = store.FindById(it->second);
        } else {
          parent = store.FindByKey(s.id, parent_key);
          if (!parent) {
            Problem(p + "parent", "no item with key '" + parent_key +
                                      "' before this one in strategy " + s.key);
          }
        }
        if (parent) item.parent_id = parent->id;
      }
      for (size_t k = 0; k < item.owners.size(); ++k) {
        if (!orgs.FindByShortName(item.owners[k])) {
          Problem(p + "owners[" + std::to_string(k) + "]",
                  "unknown organisation '" + item.owners[k] + "'");
        }
      }
      for (size_t k = 0; k < item.user_groups.size(); ++k) {
        if (!orgs.FindUserGroup(item.user_groups[k])) {
          Problem(p + "user_groups[" + std::to_string(k) + "]",
                  "unknown user group '" + item.user_groups[k] + "'");
        }
      }
      if (problems_.size() == before) {
        bool missing_parent = !parent_key.empty() && !parent;
        for (const auto& v : ValidatePlanItem(item, s, parent ? &*parent : nullptr, scale)) {
          if (!(missing_parent && v.field == "parent")) Problem(p + v.field, v.message);
        }
      }
      if (problems_.size() != before) {
        if (!item.key.empty()) failed.insert(item.key);
        continue;
      }
      auto existing = store.FindByKey(s.id, item.key);
      if (existing) {
        item.id = existing->id;
        item.version = existing->version;
        store.Update(item);
      } else {
        item.id = store.Insert(item);
      }
      seen[item.key] = item.id;
      Count("plan_items", !existing);
      Audit("plan_item", item.id, PlanItemFieldsToJson(item).dump());
    }
  }

  void Indicator_(const nlohmann::json& rec, const std::string& path) {
    size_t before = problems_.size();
    Indicator ind = IndicatorFromJson(rec, path + ".", problems_);
    if (!ind.responsible_organisation.empty() &&
        !OrganisationStore(conn_).FindByShortName(ind.responsible_organisation)) {
      Problem(path + ".responsible_organisation", "no organisation '" + ind.responsible_organisation + "'");
    }
    if (problems_.size() != before) return;
    IndicatorStore store(conn_);
    bool created = !store.FindByCode(ind.code);
    try {
      ind.id = store.Upsert(ind);
    } catch (const Failure& f) {
      if (f.code() != FailureCode::kInvalid) throw;
      return Problem(path + "." + f.field(), f.what());
    }
    Count("indicators", created);
    Audit("indicator", ind.id, IndicatorToJson(ind).dump());
    // When its figures last changed per the source: applied once the
    // bundle's measurements are in (ApplyDataDates), since writing them
    // sets the time of the import.
    if (auto d = rec.find("data_updated_at"); d != rec.end()) {
      data_dates_[ind.code] = d->is_null() ? std::nullopt : std::optional<std::string>(ind.data_updated_at);
    }
  }

 public:
  // Sets each indicator's data_updated_at as the bundle gives it (null:
  // not known); indicators that leave it out keep the time their
  // measurements were written.
  void ApplyDataDates() {
    IndicatorStore store(conn_);
    for (const auto& [code, when] : data_dates_) store.SetDataUpdatedAt(code, when);
  }

 private:

  void Measurements(const nlohmann::json& doc, const std::string& root) {
    if (!doc.contains("measurements")) return;
    const auto& list = doc["measurements"];
    if (!list.is_array()) return Problem(root + ".measurements", "must be an array");
    auto s = ImportMeasurementArray(conn_, list, root + ".measurements", problems_);
    summary_.sections["measurements"].created += static_cast<int>(s.imported);
    summary_.sections["measurements"].updated += static_cast<int>(s.updated);
  }

  // Whether the subject exists: an item of the strategy or an indicator.
  bool SubjectExists(const Subject& s, const Strategy& strategy) {
    switch (s.kind) {
      case SubjectKind::kStrategy: return true;
      case SubjectKind::kItem: return PlanItemStore(conn_).FindByKey(strategy.id, s.key).has_value();
      case SubjectKind::kIndicator: return IndicatorStore(conn_).FindByCode(s.key).has_value();
    }
    return false;
  }

  void Period_(const nlohmann::json& rec, const std::string& path) {
    size_t before = problems_.size();
    CheckKnownFields(rec, path, {"strategy", "code", "title", "state", "source_ref", "published_on", "publisher",
                                 "assessments", "notes"});
    std::string p = path + ".";
    std::string strategy_key = StringMember(rec, "strategy", p, true, problems_);
    ReportingPeriod period;
    period.code = StringMember(rec, "code", p, true, problems_);
    period.title = StringMember(rec, "title", p, false, problems_);
    std::string source_ref = StringMember(rec, "source_ref", p, false, problems_);
    std::string state = StringMember(rec, "state", p, true, problems_);
    if (auto st = PeriodStateFromKey(state)) period.state = *st;
    else if (!state.empty()) Problem(p + "state", "must be open, in_review, approved or published");
    period.published_on = StringMember(rec, "published_on", p, false, problems_);
    if (!period.published_on.empty() && !Date::Parse(period.published_on)) {
      Problem(p + "published_on", "must be a date YYYY-MM-DD");
    }
    period.publisher = StringMember(rec, "publisher", p, false, problems_);
    auto strategy = StrategyStore(conn_).FindByKey(strategy_key);
    if (!strategy) {
      if (!strategy_key.empty()) Problem(p + "strategy", "no strategy '" + strategy_key + "'");
      return;
    }
    auto cadence = CadenceFromKey(strategy->cadence).value_or(Cadence::kYearly);
    if (!period.code.empty() && !CodeFitsCadence(period.code, cadence)) {
      Problem(p + "code", "'" + period.code + "' is not a period of the strategy's cadence (" +
                              strategy->cadence + ")");
    }
    const StatusScale scale = StatusScaleOf(conn_, *strategy);
    std::vector<Assessment> assessments;
    std::set<Subject> assessed;
    const auto list = rec.value("assessments", nlohmann::json::array());
    for (size_t i = 0; i < list.size(); ++i) {
      std::string ap = p + "assessments[" + std::to_string(i) + "]";
      if (!list[i].is_object()) {
        Problem(ap, "must be an object");
        continue;
      }
      CheckKnownFields(list[i], ap, {"subject", "status", "target_label", "comment", "justification",
                                     "assessed_by", "source_ref"});
      Assessment a;
      a.subject = SubjectFromJson(list[i].value("subject", nlohmann::json()), ap + ".subject", problems_);
      ApplyAssessmentFields(list[i], a, ap + ".", problems_);
      if (!list[i].contains("status")) Problem(ap + ".status", "is required");
      if (!SubjectExists(a.subject, *strategy)) Problem(ap + ".subject", "no such " + std::string(SubjectKindKey(a.subject.kind)) + " '" + a.subject.key + "'");
      if (!assessed.insert(a.subject).second) Problem(ap + ".subject", "is assessed twice in this period");
      if (auto why = AssessmentRefusal(a, scale)) Problem(ap + ".status", why->message);
      assessments.push_back(a);
    }
    std::vector<PeriodNote> notes;
    const auto nlist = rec.value("notes", nlohmann::json::array());
    for (size_t i = 0; i < nlist.size(); ++i) {
      std::string np = p + "notes[" + std::to_string(i) + "]";
      PeriodNote n = NoteFromJson(nlist[i], np, problems_);
      if (n.subject.kind == SubjectKind::kIndicator) Problem(np + ".subject", "notes belong to the strategy or an item");
      else if (!SubjectExists(n.subject, *strategy)) Problem(np + ".subject", "no item '" + n.subject.key + "'");
      notes.push_back(n);
    }
    if (problems_.size() != before) return;
    PeriodStore store(conn_);
    period.strategy_id = strategy->id;
    bool created = !store.Find(strategy->id, period.code);
    period.id = store.Upsert(period, source_ref);
    for (auto& a : assessments) {
      a.period_id = period.id;
      store.SaveAssessment(a, false);
    }
    store.ReplaceNotes(period.id, notes);
    Count("reporting_periods", created);
    Audit("reporting_period", period.id, rec.dump());
  }

  void User_(const nlohmann::json& rec, const std::string& path) {
    size_t before = problems_.size();
    CheckKnownFields(rec, path, {"name", "organisation", "role"});
    std::string p = path + ".";
    User u;
    u.name = StringMember(rec, "name", p, true, problems_);
    u.organisation = StringMember(rec, "organisation", p, true, problems_);
    std::string role = StringMember(rec, "role", p, true, problems_);
    if (auto r = RoleFromName(role)) u.role = *r;
    else if (!role.empty()) Problem(p + "role", "must be admin, editor or reader");
    if (!u.organisation.empty() && !OrganisationStore(conn_).FindByShortName(u.organisation)) {
      Problem(p + "organisation", "unknown organisation '" + u.organisation + "'");
    }
    if (problems_.size() != before) return;
    UserStore store(conn_);
    bool created = !store.FindByName(u.name);
    int64_t id = store.Upsert(u);
    Count("users", created);
    Audit("user", id, UserToJson(u).dump());
  }

  SqlConnection& conn_;
  std::string actor_;
  std::vector<FieldProblem>& problems_;
  ImportSummary& summary_;
  std::map<std::string, std::optional<std::string>> data_dates_;  // indicator code -> data_updated_at
};

}  // namespace

namespace {

ImportSummary ImportBundleOnce(SqlConnection& conn, const std::vector<BundleFile>& files, const std::string& actor,
                               bool dry_run) {
  ImportSummary summary;
  std::vector<FieldProblem> problems;
  // Every text of every file keeps the text rules before anything is read.
  for (const auto& f : files) {
    for (auto& p : InputTextProblems(f.json, files.size() > 1 ? f.name + ":$" : "$")) {
      problems.push_back(std::move(p));
    }
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
  WriteTransaction tx(conn);
  BundleImporter importer(conn, actor, problems, summary);
  for (const auto& f : files) {
    importer.ImportFile(f.json, files.size() > 1 ? f.name + ":$" : "$");
  }
  if (!problems.empty()) throw Failure::Invalid(problems);
  importer.ApplyDataDates();
  for (const auto& [name, c] : summary.sections) {
    summary.imported += c.created;
    summary.updated += c.updated;
  }
  if (dry_run) {
    summary.status = ImportStatus::kDryRun;
    return summary;  // the transaction rolls back
  }
  tx.Commit();
  return summary;
}

}  // namespace

// Run again should PostgreSQL give the transaction up to break a deadlock
// with another writer of the same indicators.
ImportSummary ImportBundle(SqlConnection& conn, const std::vector<BundleFile>& files, const std::string& actor,
                           bool dry_run) {
  return RetryTransaction([&] { return ImportBundleOnce(conn, files, actor, dry_run); });
}

}  // namespace fremdrift
