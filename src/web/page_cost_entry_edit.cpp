#include "web/page_cost_entry_edit.h"

#include <functional>

#include "app/cost_sharing_service.h"
#include "domain/failure.h"
#include "render/url_for.h"
#include "web/cost_admin.h"
#include "web/cost_edit_form.h"
#include "web/error_response.h"
#include "web/page_frame.h"

namespace fremdrift {
namespace {

// What differs between the group and the solution forms.
struct EntryKind {
  std::string noun;                 // "group" or "solution", in catalogue keys
  std::vector<std::string> fields;  // besides the key
  // The stored entry's form values and version, if there is one.
  std::function<std::optional<std::pair<FormValues, int64_t>>(SqlConnection&, const std::string&)> find;
  // The use case (app/cost_sharing_service.h).
  std::function<void(SqlConnection&, const User&, const std::string&, const nlohmann::json&)> save;
  const routes::RouteSpec& page;    // the entry's page, by key
  const routes::RouteSpec& edit;    // its form, by key
  const routes::RouteSpec& create;  // the form for a new entry
};

const EntryKind& GroupKind() {
  static const EntryKind kind{
      "group",
      {"name", "sort_order", "source"},
      [](SqlConnection& db, const std::string& key) -> std::optional<std::pair<FormValues, int64_t>> {
        auto g = FindCostGroup(db, key);
        if (!g) return std::nullopt;
        return std::make_pair(FormValues{{"name", g->name},
                                         {"sort_order", std::to_string(g->sort_order)},
                                         {"source", g->source}},
                              g->version);
      },
      [](SqlConnection& db, const User& user, const std::string& key, const nlohmann::json& body) {
        SaveCostGroup(db, user, key, body);
      },
      routes::kCostGroup,
      routes::kCostGroupEdit,
      routes::kNewCostGroup};
  return kind;
}

const EntryKind& SolutionKind() {
  static const EntryKind kind{
      "solution",
      {"name", "sort_order", "source", "notes"},
      [](SqlConnection& db, const std::string& key) -> std::optional<std::pair<FormValues, int64_t>> {
        auto s = FindNationalSolution(db, key);
        if (!s) return std::nullopt;
        return std::make_pair(FormValues{{"name", s->name},
                                         {"sort_order", std::to_string(s->sort_order)},
                                         {"source", s->source},
                                         {"notes", s->notes}},
                              s->version);
      },
      [](SqlConnection& db, const User& user, const std::string& key, const nlohmann::json& body) {
        SaveNationalSolution(db, user, key, body);
      },
      routes::kSolution,
      routes::kSolutionEdit,
      routes::kNewSolution};
  return kind;
}

// The API's body from the typed values (an empty sort order is 0).
nlohmann::json CostEntryEditRequestBody(const EntryKind& kind, const FormValues& v) {
  nlohmann::json body = nlohmann::json::object();
  for (const auto& f : kind.fields) {
    if (f == "sort_order") {
      body[f] = v.at(f).empty() ? nlohmann::json(0) : WholeNumberFromForm(v.at(f));
    } else {
      body[f] = v.at(f);
    }
  }
  return body;
}

FormValues CostEntryEditFromForm(const EntryKind& kind, const FormData& form, bool with_key) {
  FormValues v;
  for (const auto& f : kind.fields) v[f] = form.Get(f);
  if (with_key) v["key"] = form.Get("key");
  return v;
}

// The form; `key` is "" for a new entry.
Response EntryForm(RequestContext& ctx, const EntryKind& kind, const std::string& key,
                   const FormValues& v, std::optional<int64_t> version, const FormProblems& problems,
                   bool stale, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  CostFormPage page;
  if (key.empty()) {
    FormField key_field = CostFormField(t, "key", FormField::Kind::kText, v, problems);
    key_field.required = true;
    key_field.hint = t.Text("costs_forms_field_key_hint");
    page.fields.push_back(key_field);
  }
  for (const auto& name : kind.fields) {
    FormField f = CostFormField(t, name, name == "notes" ? FormField::Kind::kTextarea : FormField::Kind::kText,
                                v, problems);
    f.required = name == "name";
    if (name == "sort_order") f.hint = t.Text("costs_forms_field_sort_order_hint");
    page.fields.push_back(f);
  }
  std::string name = key;
  if (auto stored = key.empty() ? std::nullopt : kind.find(ctx.db(), key)) name = stored->first.at("name");
  page.title = key.empty() ? t.Text("costs_forms_new_" + kind.noun + "_title")
                           : t.Format("costs_forms_edit_" + kind.noun + "_title", {{"name", name}});
  page.version = version;
  page.action = key.empty() ? UrlFor(kind.create) : UrlFor(kind.edit, key);
  page.cancel_url = key.empty() ? UrlFor(routes::kCosts) : UrlFor(kind.page, key);
  page.current_url = page.cancel_url;
  page.submit = t.Text("edit_save");
  page.stale = stale;
  page.general_error = problems.general;
  page.breadcrumbs = mstch::array{CostsCrumb(t)};
  if (!key.empty()) page.breadcrumbs.push_back(mstch::map{{"url", UrlFor(kind.page, key)}, {"text", name}});
  return RenderCostForm(ctx, page, status);
}

std::pair<FormValues, int64_t> StoredEntry(RequestContext& ctx, const EntryKind& kind) {
  auto found = kind.find(ctx.db(), ctx.Param("key"));
  if (!found) throw Failure(FailureCode::kNotFound, "no " + kind.noun + " '" + ctx.Param("key") + "'", "key");
  return *found;
}

Response CostEntryEditEditPage(RequestContext& ctx, const EntryKind& kind) {
  RequireCostAdmin(ctx);
  auto [values, version] = StoredEntry(ctx, kind);
  return EntryForm(ctx, kind, ctx.Param("key"), values, version, {}, false, kHttpOk);
}

Response CostEntryEditSaveEdit(RequestContext& ctx, const EntryKind& kind) {
  const User& user = RequireCostAdmin(ctx);
  const std::string key = ctx.Param("key");
  StoredEntry(ctx, kind);
  FormValues v = CostEntryEditFromForm(kind, ctx.Form(), false);
  int64_t version = VersionFromForm(ctx.Form());
  nlohmann::json body = CostEntryEditRequestBody(kind, v);
  body["version"] = version;
  try {
    kind.save(ctx.db(), user, key, body);
    return Response::Redirect(UrlFor(kind.page, key) + "?lagret=1");
  } catch (const Failure& f) {
    if (f.code() == FailureCode::kConflict && f.field() == "version") {
      return EntryForm(ctx, kind, key, v, version, {}, true, HttpStatus(FailureCode::kConflict));
    }
    if (f.code() != FailureCode::kInvalid) throw;
    return EntryForm(ctx, kind, key, v, version, ProblemsForForm(f, kind.fields, PageCatalogue(ctx)),
                     false, HttpStatus(FailureCode::kInvalid));
  }
}

Response CostEntryEditNewPage(RequestContext& ctx, const EntryKind& kind) {
  RequireCostAdmin(ctx);
  FormValues v{{"key", ""}};
  for (const auto& f : kind.fields) v[f] = "";
  return EntryForm(ctx, kind, "", v, std::nullopt, {}, false, kHttpOk);
}

Response CostEntryEditSaveNew(RequestContext& ctx, const EntryKind& kind) {
  const User& user = RequireCostAdmin(ctx);
  FormValues v = CostEntryEditFromForm(kind, ctx.Form(), true);
  try {
    kind.save(ctx.db(), user, v.at("key"), CostEntryEditRequestBody(kind, v));
    return Response::Redirect(UrlFor(kind.page, v.at("key")) + "?lagret=1");
  } catch (const Failure& f) {
    const Catalogue& t = PageCatalogue(ctx);
    if (f.code() == FailureCode::kConflict) {
      // Without a version, a conflict means the key is taken.
      FormProblems problems;
      problems.by_field["key"] = t.Text("costs_forms_key_taken");
      return EntryForm(ctx, kind, "", v, std::nullopt, problems, false, HttpStatus(FailureCode::kConflict));
    }
    if (f.code() != FailureCode::kInvalid) throw;
    std::vector<std::string> fields = kind.fields;
    fields.push_back("key");
    return EntryForm(ctx, kind, "", v, std::nullopt, ProblemsForForm(f, fields, t), false,
                     HttpStatus(FailureCode::kInvalid));
  }
}

void Register(Router& router, const EntryKind& kind) {
  router.Add("GET", kind.edit, [&kind](RequestContext& c) { return CostEntryEditEditPage(c, kind); });
  router.Add("POST", kind.edit, [&kind](RequestContext& c) { return CostEntryEditSaveEdit(c, kind); });
  router.Add("GET", kind.create, [&kind](RequestContext& c) { return CostEntryEditNewPage(c, kind); });
  router.Add("POST", kind.create, [&kind](RequestContext& c) { return CostEntryEditSaveNew(c, kind); });
}

}  // namespace

void RegisterCostEntryEditRoutes(Router& router) {
  Register(router, GroupKind());
  Register(router, SolutionKind());
}

}  // namespace fremdrift
