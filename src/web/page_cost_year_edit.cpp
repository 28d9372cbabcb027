#include "web/page_cost_year_edit.h"

#include "app/cost_sharing_service.h"
#include "domain/cost_sharing_rules.h"
#include "domain/failure.h"
#include "render/cost_record_view.h"
#include "render/problem_text.h"
#include "render/url_for.h"
#include "web/cost_admin.h"
#include "web/cost_edit_form.h"
#include "web/error_response.h"
#include "web/page_cost_objects.h"
#include "web/page_frame.h"

namespace fremdrift {
namespace {

constexpr SharingMethod kMethods[] = {SharingMethod::kOpening, SharingMethod::kGrowth,
                                      SharingMethod::kIncreaseOverBase};

// Form field names of a group's key share and starting share.
std::string KeyField(const std::string& group) { return "key_" + group; }
std::string OpeningField(const std::string& group) { return "opening_" + group; }

FormValues FromRecord(const SolutionYear& r, const std::vector<CostGroup>& groups, const Catalogue& t) {
  FormValues v{{"year", std::to_string(r.year)},
               {"method", std::string(SharingMethodKey(r.method))},
               {"change", r.method == SharingMethod::kOpening ? "" : ExactAmountText(r.change, t)},
               {"base_year", r.base_year ? std::to_string(*r.base_year) : ""},
               {"source", r.source},
               {"notes", r.notes}};
  for (const auto& g : groups) {
    auto k = r.key.find(g.key);
    v[KeyField(g.key)] = k == r.key.end() ? "" : KeyShareText(k->second, t);
    auto o = r.opening_shares.find(g.key);
    v[OpeningField(g.key)] = o == r.opening_shares.end() ? "" : ExactAmountText(o->second, t);
  }
  return v;
}

// A new record follows on from the latest one: the next year, the same
// method (growth after a starting year), base year and key.
FormValues ForNewRecord(const std::vector<SolutionYear>& records, const std::vector<CostGroup>& groups,
                        const Catalogue& t) {
  if (records.empty()) {
    FormValues v = FromRecord(SolutionYear{}, groups, t);
    v["year"] = "";
    v["method"] = std::string(SharingMethodKey(SharingMethod::kOpening));
    v["change"] = "";
    return v;
  }
  SolutionYear next = records.back();
  next.year += 1;
  if (next.method == SharingMethod::kOpening) next.method = SharingMethod::kGrowth;
  next.opening_shares.clear();
  next.change = Mnok();
  next.source.clear();
  next.notes.clear();
  FormValues v = FromRecord(next, groups, t);
  v["change"] = "";
  return v;
}

FormValues CostYearEditFromForm(const FormData& form, const std::vector<CostGroup>& groups) {
  FormValues v;
  for (const char* f : {"year", "method", "change", "base_year", "source", "notes"}) v[f] = form.Get(f);
  for (const auto& g : groups) {
    v[KeyField(g.key)] = form.Get(KeyField(g.key));
    v[OpeningField(g.key)] = form.Get(OpeningField(g.key));
  }
  return v;
}

// The API's body: the fields of the chosen method (all of them when the
// method is not one we know, so that the use case names what is wrong).
nlohmann::json CostYearEditRequestBody(const FormValues& v, const std::vector<CostGroup>& groups) {
  nlohmann::json body{{"method", v.at("method")}, {"source", v.at("source")}, {"notes", v.at("notes")}};
  auto method = ParseSharingMethod(v.at("method"));
  bool opening = method == SharingMethod::kOpening;
  if (!opening) {
    if (!v.at("change").empty()) body["change"] = NumberFromForm(v.at("change"));
    nlohmann::json key = nlohmann::json::object();
    for (const auto& g : groups) {
      const std::string& share = v.at(KeyField(g.key));
      if (!share.empty()) key[g.key] = NumberFromForm(share);
    }
    body["key"] = key;
    if (method != SharingMethod::kGrowth && !v.at("base_year").empty()) {
      body["base_year"] = WholeNumberFromForm(v.at("base_year"));
    }
  }
  if (opening || !method) {
    nlohmann::json shares = nlohmann::json::object();
    for (const auto& g : groups) {
      const std::string& share = v.at(OpeningField(g.key));
      if (!share.empty()) shares[g.key] = NumberFromForm(share);
    }
    body["opening_shares"] = shares;
  }
  return body;
}

// The use case names a group's share "key.rhf" / "opening_shares.rhf"; the
// form's fields are "key_rhf" / "opening_rhf".
FormProblems ProblemsOfRecord(const Failure& f, const std::vector<CostGroup>& groups, bool with_year,
                              const Catalogue& t) {
  std::vector<FieldProblem> problems = f.problems();
  if (problems.empty()) problems.push_back({f.field(), f.what(), f.rule(), f.params()});
  for (auto& p : problems) {
    if (p.field.rfind("key.", 0) == 0) p.field = KeyField(p.field.substr(4));
    if (p.field.rfind("opening_shares.", 0) == 0) p.field = OpeningField(p.field.substr(15));
  }
  std::vector<std::string> known = {"method", "change", "base_year", "key", "opening_shares", "source", "notes"};
  if (with_year) known.push_back("year");
  for (const auto& g : groups) {
    known.push_back(KeyField(g.key));
    known.push_back(OpeningField(g.key));
  }
  return ProblemsForForm(Failure::Invalid(problems), known, t);
}

struct RecordForm {
  NationalSolution solution;
  std::optional<int> year;         // nullopt: a new record
  std::optional<int64_t> version;  // the form's
  FormValues values;
  FormProblems problems;
  bool stale = false;
};

// One fieldset of shares per group: the key or the starting shares.
mstch::map ShareSet(const Catalogue& t, const std::string& name, const std::vector<CostGroup>& groups,
                    const RecordForm& form, std::vector<FormField>& summary) {
  const bool key = name == "key";
  FormField set;
  set.name = name;
  set.label = t.Text("costs_forms_" + name + "_legend");
  if (auto it = form.problems.by_field.find(name); it != form.problems.by_field.end()) set.error = it->second;
  summary.push_back(set);
  mstch::array fields;
  for (const auto& g : groups) {
    FormField f;
    f.name = key ? KeyField(g.key) : OpeningField(g.key);
    f.label = g.name + (key ? " (%)" : " (" + t.Text("costs_unit") + ")");
    f.kind = FormField::Kind::kNumber;
    f.value = form.values.at(f.name);
    if (auto it = form.problems.by_field.find(f.name); it != form.problems.by_field.end()) f.error = it->second;
    summary.push_back(f);
    fields.push_back(FormFieldView(f));
  }
  const std::string id = "f-" + name;
  return mstch::map{{"set_id", id},
                    {"legend", set.label},
                    {"hint", t.Text("costs_forms_" + name + "_hint")},
                    {"has_error", !set.error.empty()},
                    {"error", set.error},
                    {"described_by", id + "-hint" + (set.error.empty() ? "" : " " + id + "-error")},
                    {"fields", fields}};
}

Response RecordFormPage(RequestContext& ctx, const RecordForm& form, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  auto groups = CostGroups(ctx.db());
  const FormValues& v = form.values;
  const FormProblems& p = form.problems;
  std::vector<FormField> summary;
  auto field = [&](const std::string& name, FormField::Kind kind) {
    FormField f = CostFormField(t, name, kind, v, p);
    summary.push_back(f);
    return FormFieldView(f);
  };
  mstch::array head;
  if (!form.year) {
    FormField year = CostFormField(t, "year", FormField::Kind::kText, v, p);
    year.required = true;
    summary.push_back(year);
    head.push_back(FormFieldView(year));
  }
  FormField method = CostFormField(t, "method", FormField::Kind::kSelect, v, p);
  method.required = true;
  for (SharingMethod m : kMethods) {
    std::string key(SharingMethodKey(m));
    method.options.push_back({key, t.Text("costs_forms_method_" + key)});
  }
  summary.push_back(method);
  head.push_back(FormFieldView(method));
  FormField change = CostFormField(t, "change", FormField::Kind::kNumber, v, p);
  change.hint = t.Text("costs_forms_field_change_hint");
  summary.push_back(change);
  head.push_back(FormFieldView(change));
  FormField base = CostFormField(t, "base_year", FormField::Kind::kText, v, p);
  base.hint = t.Text("costs_forms_field_base_year_hint");
  summary.push_back(base);
  head.push_back(FormFieldView(base));
  mstch::array sets{ShareSet(t, "key", groups, form, summary),
                    ShareSet(t, "opening_shares", groups, form, summary)};
  mstch::array tail{field("source", FormField::Kind::kText), field("notes", FormField::Kind::kTextarea)};

  const std::string& key = form.solution.key;
  const std::string year_text = form.year ? std::to_string(*form.year) : "";
  const std::string title =
      form.year ? t.Format("costs_forms_edit_record_title", {{"solution", form.solution.name}, {"year", year_text}})
                : t.Format("costs_forms_new_record_title", {{"solution", form.solution.name}});
  const std::string current = form.year ? UrlFor(routes::kSolutionYear, key, *form.year) : UrlFor(routes::kSolution, key);
  mstch::map view{
      {"edit_title", title},
      {"form", FormView(summary)},
      {"head_fields", head},
      {"share_sets", sets},
      {"tail_fields", tail},
      {"has_version", form.version.has_value()},
      {"version", form.version ? std::to_string(*form.version) : std::string()},
      {"action", form.year ? UrlFor(routes::kSolutionYearEdit, key, *form.year) : UrlFor(routes::kNewSolutionYear, key)},
      {"cancel_url", current},
      {"current_url", current},
      {"stale", form.stale},
      {"has_general_error", !p.general.empty()},
      {"general_error", p.general},
      {"breadcrumbs", mstch::array{CostsCrumb(t), mstch::map{{"url", UrlFor(routes::kSolution, key)}, {"text", form.solution.name}}}},
      {"nav_costs", true},
  };
  return RenderPage(ctx, "costs_year_edit", title, std::move(view), "", status);
}

Response CostYearEditEditPage(RequestContext& ctx) {
  RequireCostAdmin(ctx);
  RecordForm form;
  form.solution = SolutionInPath(ctx);
  SolutionYear r = RecordInPath(ctx, form.solution.key);
  form.year = r.year;
  form.version = r.version;
  form.values = FromRecord(r, CostGroups(ctx.db()), PageCatalogue(ctx));
  return RecordFormPage(ctx, form, kHttpOk);
}

Response CostYearEditSaveEdit(RequestContext& ctx) {
  const User& user = RequireCostAdmin(ctx);
  RecordForm form;
  form.solution = SolutionInPath(ctx);
  form.year = RecordInPath(ctx, form.solution.key).year;
  auto groups = CostGroups(ctx.db());
  form.values = CostYearEditFromForm(ctx.Form(), groups);
  form.version = VersionFromForm(ctx.Form());
  nlohmann::json body = CostYearEditRequestBody(form.values, groups);
  body["version"] = *form.version;
  try {
    SaveSolutionYear(ctx.db(), user, form.solution.key, *form.year, body);
    return Response::Redirect(UrlFor(routes::kSolutionYear, form.solution.key, *form.year) + "?lagret=1");
  } catch (const Failure& f) {
    if (f.code() == FailureCode::kConflict && f.field() == "version") {
      form.stale = true;
      return RecordFormPage(ctx, form, HttpStatus(FailureCode::kConflict));
    }
    if (f.code() != FailureCode::kInvalid) throw;
    form.problems = ProblemsOfRecord(f, groups, false, PageCatalogue(ctx));
    return RecordFormPage(ctx, form, HttpStatus(FailureCode::kInvalid));
  }
}

Response CostYearEditNewPage(RequestContext& ctx) {
  RequireCostAdmin(ctx);
  RecordForm form;
  form.solution = SolutionInPath(ctx);
  form.values = ForNewRecord(SolutionYears(ctx.db(), form.solution.key), CostGroups(ctx.db()), PageCatalogue(ctx));
  return RecordFormPage(ctx, form, kHttpOk);
}

Response CostYearEditSaveNew(RequestContext& ctx) {
  const User& user = RequireCostAdmin(ctx);
  const Catalogue& t = PageCatalogue(ctx);
  RecordForm form;
  form.solution = SolutionInPath(ctx);
  auto groups = CostGroups(ctx.db());
  form.values = CostYearEditFromForm(ctx.Form(), groups);
  // The year is the API's address, not part of its body.
  const std::string& year_text = form.values.at("year");
  bool year_ok = year_text.size() == 4 && year_text.find_first_not_of("0123456789") == std::string::npos;
  if (!year_ok) {
    form.problems.by_field["year"] = t.Text("costs_forms_year_invalid");
    return RecordFormPage(ctx, form, HttpStatus(FailureCode::kInvalid));
  }
  const int year = std::stoi(year_text);
  try {
    SaveSolutionYear(ctx.db(), user, form.solution.key, year, CostYearEditRequestBody(form.values, groups));
    return Response::Redirect(UrlFor(routes::kSolutionYear, form.solution.key, year) + "?lagret=1");
  } catch (const Failure& f) {
    if (f.code() == FailureCode::kConflict) {
      // Without a version, a conflict means the year has a record already.
      form.problems.by_field["year"] = t.Text("costs_forms_year_taken");
      return RecordFormPage(ctx, form, HttpStatus(FailureCode::kConflict));
    }
    if (f.code() != FailureCode::kInvalid) throw;
    form.problems = ProblemsOfRecord(f, groups, true, t);
    return RecordFormPage(ctx, form, HttpStatus(FailureCode::kInvalid));
  }
}

// The question before removing a record, and the answer when it failed.
Response DeleteForm(RequestContext& ctx, const NationalSolution& s, const SolutionYear& r, int64_t version,
                    bool stale, const std::string& error, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  const std::string title =
      t.Format("costs_forms_delete_title", {{"solution", s.name}, {"year", std::to_string(r.year)}});
  mstch::map view = SolutionYearView(r, CostGroups(ctx.db()), t);
  view["edit_title"] = title;
  view["version"] = std::to_string(version);
  view["action"] = UrlFor(routes::kSolutionYearDelete, s.key, r.year);
  view["cancel_url"] = UrlFor(routes::kSolutionYear, s.key, r.year);
  view["current_url"] = UrlFor(routes::kSolutionYear, s.key, r.year);
  view["stale"] = stale;
  view["has_general_error"] = !error.empty();
  view["general_error"] = error;
  view["breadcrumbs"] = mstch::array{CostsCrumb(t), mstch::map{{"url", UrlFor(routes::kSolution, s.key)}, {"text", s.name}}};
  view["nav_costs"] = true;
  return RenderPage(ctx, "costs_year_delete", title, std::move(view), "", status);
}

Response CostYearEditDeletePage(RequestContext& ctx) {
  RequireCostAdmin(ctx);
  NationalSolution s = SolutionInPath(ctx);
  SolutionYear r = RecordInPath(ctx, s.key);
  return DeleteForm(ctx, s, r, r.version, false, "", kHttpOk);
}

Response CostYearEditDelete(RequestContext& ctx) {
  const User& user = RequireCostAdmin(ctx);
  NationalSolution s = SolutionInPath(ctx);
  SolutionYear r = RecordInPath(ctx, s.key);
  int64_t version = VersionFromForm(ctx.Form());
  try {
    // The API's DELETE .../years/{year}?version=N.
    DeleteSolutionYear(ctx.db(), user, s.key, r.year, version);
    return Response::Redirect(UrlFor(routes::kSolution, s.key) + "?slettet=1");
  } catch (const Failure& f) {
    if (f.code() != FailureCode::kConflict) throw;
    bool stale = f.field() == "version";
    std::string error = stale ? "" : FailureText(PageCatalogue(ctx), f);
    return DeleteForm(ctx, s, r, version, stale, error, HttpStatus(FailureCode::kConflict));
  }
}

}  // namespace

void RegisterSolutionYearEditRoutes(Router& router) {
  router.Add("GET", routes::kNewSolutionYear, CostYearEditNewPage);
  router.Add("POST", routes::kNewSolutionYear, CostYearEditSaveNew);
  router.Add("GET", routes::kSolutionYearEdit, CostYearEditEditPage);
  router.Add("POST", routes::kSolutionYearEdit, CostYearEditSaveEdit);
  router.Add("GET", routes::kSolutionYearDelete, CostYearEditDeletePage);
  router.Add("POST", routes::kSolutionYearDelete, CostYearEditDelete);
}

}  // namespace fremdrift
