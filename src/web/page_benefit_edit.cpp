#include "web/page_benefit_edit.h"

#include <algorithm>
#include <map>
#include <optional>

#include <nlohmann/json.hpp>

#include "app/benefit_indicator_choices.h"
#include "app/benefit_item_choices.h"
#include "app/benefit_service.h"
#include "app/organisation_reads.h"
#include "app/visibility.h"
#include "domain/failure.h"
#include "domain/typed_input.h"
#include "render/url_for.h"
#include "render/date_text.h"
#include "render/form_view.h"
#include "render/problem_text.h"
#include "web/error_response.h"
#include "web/form_problems.h"
#include "web/page_frame.h"

namespace fremdrift {
namespace {

const std::vector<std::string> kBenefitEditFields = {"key",      "description", "kind",   "owner", "items", "indicator",
                                          "baseline", "target",      "by",     "state", "comment"};

// `typed` without the spaces around it: a code typed or picked from the
// suggestions.
std::string TrimmedCode(const std::string& typed) {
  const size_t first = typed.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return typed.substr(first, typed.find_last_not_of(" \t") - first + 1);
}

// What the form holds: the stored benefit, or what the user typed.
struct BenefitFormValues {
  std::map<std::string, std::string> text;
  std::vector<std::string> items;
  int64_t version = 0;  // 0 for a new benefit
  std::string goal;     // the goal the user asked suggestions under ("maal"), or ""
};

BenefitFormValues FromBenefit(const Benefit& b, const std::string& lang) {
  BenefitFormValues v;
  v.text = {{"key", b.key},
            {"description", b.description},
            {"kind", std::string(BenefitKindKey(b.kind))},
            {"owner", b.owner},
            {"indicator", b.indicator},
            {"baseline", b.baseline},
            {"target", b.target},
            {"by", b.by ? DateText(*b.by, lang) : ""},
            {"state", std::string(BenefitStateKey(b.state))},
            {"comment", b.comment}};
  v.items = b.items;
  v.version = b.version;
  return v;
}

// The items are those left ticked and those typed in "items_add" (by
// reference, or by key when `choices` has one item with it), each once.
BenefitFormValues BenefitEditFromForm(const FormData& form, const std::vector<BenefitItemChoice>& choices) {
  BenefitFormValues v;
  for (const auto& f : kBenefitEditFields) {
    if (f != "items") v.text[f] = form.Get(f);
  }
  v.text["indicator"] = TrimmedCode(v.text["indicator"]);
  for (const auto& ref : form.GetAll("items")) {
    if (std::find(v.items.begin(), v.items.end(), ref) == v.items.end()) v.items.push_back(ref);
  }
  for (const auto& ref : TypedItemRefs(form.Get("items_add"), choices)) {
    if (std::find(v.items.begin(), v.items.end(), ref) == v.items.end()) v.items.push_back(ref);
  }
  v.version = FormVersion(form);
  v.goal = form.Get("maal");
  return v;
}

// The goal filter above the form (a GET form, so it needs no script): the
// goals with items the user may choose, by strategy, `goal` selected.
mstch::map GoalFilterView(const std::vector<BenefitItemChoice>& choices, const std::string& goal,
                          const std::string& action, const std::string& element, const Catalogue& t) {
  mstch::array groups;
  std::string group_name;
  mstch::array goals;
  auto close_group = [&] {
    if (!goals.empty()) groups.push_back(mstch::map{{"group", group_name}, {"goals", goals}});
    goals = mstch::array{};
  };
  for (const auto& g : GoalsOfChoices(choices)) {
    if (g.group != group_name) {
      close_group();
      group_name = g.group;
    }
    goals.push_back(mstch::map{{"ref", g.ref},
                               {"label", g.label},
                               {"count_text", t.Format("benefit_goal_items", {{"count", std::to_string(g.items)}})},
                               {"selected", g.ref == goal}});
  }
  close_group();
  return mstch::map{{"action", action}, {"has_element", !element.empty()}, {"element", element}, {"groups", groups}};
}

// The form as the API's body, with the version it was opened at (0: new).
nlohmann::json BenefitEditRequestBody(const BenefitFormValues& v) {
  nlohmann::json body{{"key", v.text.at("key")},
                      {"description", v.text.at("description")},
                      {"kind", v.text.at("kind")},
                      {"owner", v.text.at("owner")},
                      {"items", v.items},
                      {"indicator", v.text.at("indicator")},
                      {"baseline", v.text.at("baseline")},
                      {"target", v.text.at("target")},
                      {"state", v.text.at("state")},
                      {"comment", v.text.at("comment")},
                      {"version", v.version}};
  const std::string& by = v.text.at("by");
  body["by"] = by.empty() ? nlohmann::json(nullptr) : nlohmann::json(TypedDateToIso(by));
  return body;
}

// The problems of a refused save by the form's fields: a problem of one of
// the items ("items[2]") belongs to the field "items".
FormProblems BenefitEditProblems(const Failure& f, const Catalogue& t) {
  std::vector<FieldProblem> problems = f.problems();
  if (problems.empty()) problems.push_back({f.field(), f.what(), f.rule(), f.params()});
  for (auto& p : problems) {
    if (p.field.rfind("items[", 0) == 0) p.field = "items";
  }
  return ProblemsForForm(Failure::Invalid(problems), kBenefitEditFields, t);
}

// The page of the first of `refs` ("<strategy>/<item>"), or the home page
// when there is none: where a form goes back to.
std::string ItemPageOfRef(const std::vector<std::string>& refs) {
  if (refs.empty() || refs.front().find('/') == std::string::npos) return UrlFor(routes::kHome);
  const std::string& ref = refs.front();
  const size_t slash = ref.find('/');
  return UrlFor(routes::kItem, ref.substr(0, slash), ref.substr(slash + 1));
}

struct BenefitEditFormState {
  FormProblems problems;
  std::string stale;  // the refusal of a stale save, or ""
};

Response BenefitForm(RequestContext& ctx, const std::optional<Benefit>& existing, const BenefitFormValues& v,
                     const BenefitEditFormState& state, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  const User& user = ctx.RequireUser();
  auto field = [&](const std::string& name, FormField::Kind kind = FormField::Kind::kText) {
    FormField f;
    f.name = name;
    f.label = t.Text("benefit_field_" + name);
    f.kind = kind;
    if (auto it = v.text.find(name); it != v.text.end()) f.value = it->second;
    if (auto it = state.problems.by_field.find(name); it != state.problems.by_field.end()) f.error = it->second;
    return f;
  };
  std::vector<FormField> fields;
  if (!existing) {
    FormField key = field("key");
    key.required = true;
    key.hint = t.Text("benefit_field_key_hint");
    fields.push_back(key);
  }
  FormField description = field("description", FormField::Kind::kTextarea);
  description.required = true;
  fields.push_back(description);
  // Only the chosen items are listed (a national plan has thousands); more
  // are added by typing, with suggestions from the items under one goal.
  const std::vector<BenefitItemChoice> choices = BenefitItemChoices(ctx.db(), user);
  const std::string goal = SuggestionGoal(choices, v.goal, v.items);
  FormField items = field("items", FormField::Kind::kCheckboxes);
  items.hint = t.Text(v.items.empty() ? "benefit_field_items_none" : "benefit_field_items_hint");
  for (const auto& ref : v.items) {
    // An item the user may not choose stays as it was, named by its reference.
    auto c = std::find_if(choices.begin(), choices.end(), [&](const BenefitItemChoice& x) { return x.ref == ref; });
    items.options.push_back({ref, c == choices.end() ? ref : c->label + " (" + c->group + ")"});
  }
  items.selected = v.items;
  fields.push_back(items);
  FormField add = field("items_add");
  add.label = t.Text("benefit_field_items_add");
  const auto suggested = SuggestedItemChoices(choices, goal);
  add.hint = t.Text(suggested.empty() && goal.empty() ? "benefit_field_items_add_hint_goal"
                                                      : "benefit_field_items_add_hint");
  for (const auto& c : suggested) {
    if (std::find(v.items.begin(), v.items.end(), c.ref) == v.items.end()) {
      add.suggestions.push_back({c.ref, c.label + " (" + c.group + ")"});
    }
  }
  fields.push_back(add);
  FormField kind = field("kind", FormField::Kind::kSelect);
  for (const char* k : {"quality", "time", "cost", "other"}) kind.options.push_back({k, t.Text(std::string("benefit_kind_") + k)});
  fields.push_back(kind);
  FormField owner = field("owner", FormField::Kind::kSelect);
  owner.options.push_back({"", t.Text("benefit_no_owner")});
  for (const auto& o : Organisations(ctx.db())) owner.options.push_back({o.short_name, o.name + " (" + o.short_name + ")"});
  fields.push_back(owner);
  FormField baseline = field("baseline");
  baseline.hint = t.Text("benefit_field_figure_hint");
  fields.push_back(baseline);
  FormField target = field("target");
  target.hint = t.Text("benefit_field_figure_hint");
  fields.push_back(target);
  FormField by = field("by");
  by.hint = t.Text("benefit_field_by_hint");
  fields.push_back(by);
  // Typed by its code, with suggestions from the indicators of the goal
  // picked above (a national monitor has a thousand).
  FormField indicator = field("indicator");
  const Viewer viewer = Viewer::Of(ctx.user());
  const auto indicators = SuggestedIndicatorChoices(ctx.db(), viewer, goal);
  std::string indicator_hint =
      t.Text(indicators.empty() && goal.empty() ? "benefit_field_indicator_hint_goal" : "benefit_field_indicator_hint");
  if (auto chosen = IndicatorChoiceLabel(ctx.db(), viewer, indicator.value)) {
    indicator_hint += " " + t.Format("benefit_field_indicator_chosen", {{"indicator", *chosen}});
  }
  indicator.hint = indicator_hint;
  for (const auto& c : indicators) indicator.suggestions.push_back({c.code, c.label});
  fields.push_back(indicator);
  FormField benefit_state = field("state", FormField::Kind::kSelect);
  for (const char* s : {"planned", "realising", "realised", "not_realised"}) {
    benefit_state.options.push_back({s, t.Text(std::string("benefit_state_") + s)});
  }
  fields.push_back(benefit_state);
  FormField comment = field("comment", FormField::Kind::kTextarea);
  comment.hint = t.Text("benefit_field_comment_hint");
  fields.push_back(comment);

  const std::string heading = existing ? t.Format("benefit_edit_title", {{"description", existing->description}})
                                       : t.Text("benefit_new_title");
  const std::string back = existing ? UrlFor(routes::kBenefit, existing->key) : ItemPageOfRef(v.items);
  mstch::array crumbs{mstch::map{{"url", UrlFor(routes::kHome)}, {"text", t.Text("nav_home")}}};
  if (existing) crumbs.push_back(mstch::map{{"url", back}, {"text", existing->description}});
  const std::string action = existing ? UrlFor(routes::kBenefitEdit, existing->key) : UrlFor(routes::kNewBenefit);
  const std::string element = !existing && v.items.size() == 1 ? v.items.front() : "";
  mstch::map view{
      {"edit_title", heading},
      {"form", FormView(fields)},
      {"goal_filter", GoalFilterView(choices, goal, action, element, t)},
      {"goal", goal},
      {"version", std::to_string(v.version)},
      {"action", action},
      {"submit_text", t.Text("edit_save")},
      {"cancel_url", back},
      {"current_url", back},
      {"stale", !state.stale.empty()},
      {"stale_text", state.stale},
      {"has_general_error", !state.problems.general.empty()},
      {"general_error", state.problems.general},
      {"breadcrumbs", crumbs},
  };
  return RenderPage(ctx, "benefit_edit", heading, std::move(view), "", status);
}

// The benefit, if the signed-in user may keep it (kForbidden otherwise).
Benefit EditableBenefit(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  Benefit benefit = FindBenefit(ctx.db(), ctx.Param("key"));
  if (!MayKeepBenefit(ctx.db(), user, benefit)) {
    throw Failure(FailureCode::kForbidden, "You can only keep benefits of what your own organisation owns.",
                  "items", "edit_forbidden", {});
  }
  return benefit;
}

void RequireNotReader(RequestContext& ctx) {
  if (ctx.RequireUser().role == Role::kReader) {
    throw Failure(FailureCode::kForbidden, "You can only change what your own organisation owns.", "role",
                  "edit_forbidden", {});
  }
}

Response BenefitEditSave(RequestContext& ctx, const std::optional<Benefit>& existing) {
  BenefitFormValues v = BenefitEditFromForm(ctx.Form(), BenefitItemChoices(ctx.db(), ctx.RequireUser()));
  if (existing) v.text["key"] = existing->key;  // the key cannot change
  const Catalogue& t = PageCatalogue(ctx);
  try {
    Benefit saved = SaveBenefit(ctx.db(), ctx.RequireUser(), BenefitEditRequestBody(v));
    return Response::Redirect(UrlFor(routes::kBenefit, saved.key) + "?lagret=1");
  } catch (const Failure& f) {
    BenefitEditFormState state;
    if (f.code() == FailureCode::kConflict && f.field() == "version") {
      state.stale = FailureText(t, f);
    } else if (f.code() == FailureCode::kConflict && f.field() == "key") {
      state.problems.by_field["key"] = FailureText(t, f);
    } else if (f.code() == FailureCode::kForbidden) {
      state.problems.by_field["items"] = t.Text("benefit_forbidden");
    } else if (f.code() == FailureCode::kInvalid) {
      state.problems = BenefitEditProblems(f, t);
    } else {
      throw;
    }
    return BenefitForm(ctx, existing, v, state, HttpStatus(f.code()));
  }
}

Response NewBenefitPage(RequestContext& ctx) {
  RequireNotReader(ctx);
  BenefitFormValues v;
  for (const auto& f : kBenefitEditFields) v.text[f] = "";
  if (auto item = ctx.Query("element"); item && !item->empty()) v.items = {*item};
  v.goal = ctx.Query("maal").value_or("");
  v.text["kind"] = "other";
  v.text["owner"] = ctx.RequireUser().organisation;
  v.text["state"] = "planned";
  return BenefitForm(ctx, std::nullopt, v, {}, kHttpOk);
}

Response CreateBenefit(RequestContext& ctx) {
  RequireNotReader(ctx);
  return BenefitEditSave(ctx, std::nullopt);
}

Response EditBenefitPage(RequestContext& ctx) {
  Benefit benefit = EditableBenefit(ctx);
  BenefitFormValues v = FromBenefit(benefit, ctx.lang());
  v.goal = ctx.Query("maal").value_or("");
  return BenefitForm(ctx, benefit, v, {}, kHttpOk);
}

Response UpdateBenefit(RequestContext& ctx) { return BenefitEditSave(ctx, EditableBenefit(ctx)); }

Response BenefitEditDeletePage(RequestContext& ctx, const Benefit& benefit, const std::string& error, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  FormField confirm;
  confirm.name = "confirm";
  confirm.label = t.Text("benefit_delete_confirm_label");
  confirm.kind = FormField::Kind::kCheckboxes;
  confirm.options = {{"yes", t.Format("benefit_delete_confirm", {{"description", benefit.description}})}};
  confirm.error = error;
  const std::string heading = t.Format("benefit_delete_title", {{"description", benefit.description}});
  mstch::map view{
      {"edit_title", heading},
      {"form", FormView({confirm})},
      {"version", std::to_string(benefit.version)},
      {"action", UrlFor(routes::kBenefitDelete, benefit.key)},
      {"submit_text", t.Text("benefit_delete_submit")},
      {"cancel_url", UrlFor(routes::kBenefit, benefit.key)},
      {"current_url", UrlFor(routes::kBenefit, benefit.key)},
      {"breadcrumbs", mstch::array{mstch::map{{"url", UrlFor(routes::kHome)}, {"text", t.Text("nav_home")}},
                                   mstch::map{{"url", UrlFor(routes::kBenefit, benefit.key)}, {"text", benefit.description}}}},
  };
  return RenderPage(ctx, "benefit_edit", heading, std::move(view), "", status);
}

Response BenefitEditConfirmDeletePage(RequestContext& ctx) { return BenefitEditDeletePage(ctx, EditableBenefit(ctx), "", kHttpOk); }

Response BenefitEditDelete(RequestContext& ctx) {
  Benefit benefit = EditableBenefit(ctx);
  const FormData& form = ctx.Form();
  const Catalogue& t = PageCatalogue(ctx);
  if (form.Get("confirm") != "yes") {
    return BenefitEditDeletePage(ctx, benefit, t.Text("benefit_delete_not_confirmed"), HttpStatus(FailureCode::kInvalid));
  }
  try {
    DeleteBenefit(ctx.db(), ctx.RequireUser(), benefit.key, FormVersion(form));
  } catch (const Failure& f) {
    if (f.code() != FailureCode::kConflict) throw;
    return BenefitEditDeletePage(ctx, benefit, FailureText(t, f), HttpStatus(f.code()));
  }
  // Back to the first item it was linked to, which says it is gone.
  if (benefit.items.empty()) return Response::Redirect(UrlFor(routes::kHome));
  return Response::Redirect(ItemPageOfRef(benefit.items) + "?gevinst_slettet=1");
}

}  // namespace

void RegisterBenefitEditRoutes(Router& router) {
  router.Add("GET", routes::kNewBenefit, NewBenefitPage);
  router.Add("POST", routes::kNewBenefit, CreateBenefit);
  router.Add("GET", routes::kBenefitEdit, EditBenefitPage);
  router.Add("POST", routes::kBenefitEdit, UpdateBenefit);
  router.Add("GET", routes::kBenefitDelete, BenefitEditConfirmDeletePage);
  router.Add("POST", routes::kBenefitDelete, BenefitEditDelete);
}

}  // namespace fremdrift
