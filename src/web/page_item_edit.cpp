#include "web/page_item_edit.h"

#include <nlohmann/json.hpp>

#include "app/organisation_reads.h"
#include "app/phase_scales.h"
#include "app/plan_service.h"
#include "app/visibility.h"
#include "domain/failure.h"
#include "domain/plan_item_rules.h"
#include "domain/typed_input.h"
#include "render/problem_text.h"
#include "render/form_view.h"
#include "render/url_for.h"
#include "web/error_response.h"
#include "web/form_problems.h"
#include "web/page_frame.h"

namespace fremdrift {
namespace {

const std::vector<std::string> kItemEditFields = {"key",        "title",    "code",     "description", "start",
                                          "end",        "phase_from", "phase_to",  "tentative",
                                          "owners",     "user_groups"};

// What the form holds: from the stored item, or as the user typed it.
struct ItemFormValues {
  std::map<std::string, std::string> text;
  std::vector<std::string> owners, user_groups;
  bool tentative = false;
  int64_t version = 0;
};

std::string DateText(const ScheduleDate& d, const std::string& lang) {
  std::string s = d.ToText();
  if (s == "undefined" && lang == "nb") return "udefinert";
  return s;
}

ItemFormValues FromItem(const PlanItem& item, const std::string& lang) {
  ItemFormValues v;
  v.text["title"] = item.title;
  v.text["code"] = item.code;
  v.text["description"] = item.description;
  v.text["start"] = DateText(item.start, lang);
  v.text["end"] = DateText(item.end, lang);
  v.text["phase_from"] = item.phases ? item.phases->from : "";
  v.text["phase_to"] = item.phases ? item.phases->to : "";
  v.owners = item.owners;
  v.user_groups = item.user_groups;
  v.tentative = item.tentative;
  v.version = item.version;
  return v;
}

ItemFormValues ItemEditFromForm(const FormData& form) {
  ItemFormValues v;
  for (const char* f : {"key", "title", "code", "description", "start", "end", "phase_from", "phase_to"}) {
    v.text[f] = form.Get(f);
  }
  v.owners = form.GetAll("owners");
  v.user_groups = form.GetAll("user_groups");
  v.tentative = form.Get("tentative") == "yes";
  if (auto version = form.Find("version")) {
    try {
      v.version = std::stoll(*version);
    } catch (const std::exception&) {
      throw Failure(FailureCode::kInvalid, "the form has no valid version", "version");
    }
  }
  return v;
}

// The form's values as the API's JSON body (for a change: with the
// version the form was opened at; for a new item: with its key).
nlohmann::json ItemEditRequestBody(const ItemFormValues& v, bool creating) {
  auto date = [](std::string s) -> nlohmann::json {
    if (s.empty()) return nullptr;
    if (s == "udefinert" || s == "Udefinert") return "undefined";
    return TypedDateToIso(s);
  };
  auto phase = [](const std::string& s) -> nlohmann::json {
    return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
  };
  nlohmann::json body = {{"title", v.text.at("title")},
          {"code", v.text.at("code")},
          {"description", v.text.at("description")},
          {"start", date(v.text.at("start"))},
          {"end", date(v.text.at("end"))},
          {"phase_from", phase(v.text.at("phase_from"))},
          {"phase_to", phase(v.text.at("phase_to"))},
          {"tentative", v.tentative},
          {"owners", v.owners},
          {"user_groups", v.user_groups}};
  if (creating) {
    body["key"] = v.text.at("key");
  } else {
    body["version"] = v.version;
  }
  return body;
}

struct ItemEditFormState {
  FormProblems problems;
  bool stale = false;
};

// What the form is for: changing `item`, or adding a new item below it.
enum class FormMode { kEdit, kCreateChild };

std::string ItemUrl(SqlConnection& db, const std::optional<User>& user, const PlanItem& item) {
  Strategy s = VisibleStrategy(db, user, std::to_string(item.strategy_id));
  return UrlFor(routes::kItem, s.key, item.key);
}

Response ItemForm(RequestContext& ctx, FormMode mode, const PlanItem& item, const ItemFormValues& v,
                  const ItemEditFormState& state, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  SqlConnection& db = ctx.db();
  auto field = [&](const std::string& name, FormField::Kind kind = FormField::Kind::kText) {
    FormField f;
    f.name = name;
    f.label = t.Text("item_field_" + name);
    f.kind = kind;
    if (v.text.count(name)) f.value = v.text.at(name);
    auto it = state.problems.by_field.find(name);
    if (it != state.problems.by_field.end()) f.error = it->second;
    return f;
  };
  FormField key = field("key");
  key.required = true;
  key.hint = t.Text("item_field_key_hint");
  FormField title = field("title");
  title.required = true;
  FormField start = field("start"), end = field("end");
  start.hint = end.hint = t.Text("item_field_date_hint");
  FormField from = field("phase_from", FormField::Kind::kSelect);
  FormField to = field("phase_to", FormField::Kind::kSelect);
  // The phases of the item's strategy's own scale (domain/phase_scale.h).
  const PhaseScale scale = PhaseScaleOfStrategyId(db, item.strategy_id);
  for (FormField* f : {&from, &to}) {
    f->options.push_back({"", t.Text("item_field_no_phase")});
    for (const auto& p : scale.phases) f->options.push_back({p.key, scale.PhaseName(p.key, ctx.lang())});
  }
  FormField tentative = field("tentative", FormField::Kind::kCheckboxes);
  tentative.options = {{"yes", t.Text("item_field_tentative_yes")}};
  if (v.tentative) tentative.selected = {"yes"};
  FormField owners = field("owners", FormField::Kind::kCheckboxes);
  FormField groups = field("user_groups", FormField::Kind::kCheckboxes);
  for (const auto& o : Organisations(db)) owners.options.push_back({o.short_name, o.name + " (" + o.short_name + ")"});
  for (const auto& g : UserGroups(db)) groups.options.push_back({g.key, g.name});
  owners.selected = v.owners;
  groups.selected = v.user_groups;

  std::vector<FormField> fields;
  if (mode == FormMode::kCreateChild) fields.push_back(key);
  for (auto& f : {title, field("code"), field("description", FormField::Kind::kTextarea), start, end,
                  from, to, tentative, owners, groups}) {
    fields.push_back(f);
  }
  const std::string item_url = ItemUrl(db, ctx.user(), item);
  const std::string id = std::to_string(item.id);
  const bool creating = mode == FormMode::kCreateChild;
  const std::string heading = creating ? t.Format("item_new_title", {{"parent", item.title}})
                                       : t.Format("item_edit_title", {{"title", item.title}});
  mstch::map view{
      {"edit_title", heading},
      {"form", FormView(fields)},
      {"has_version", !creating},
      {"version", std::to_string(v.version)},
      {"action", creating ? UrlFor(routes::kNewChildItem, id) : UrlFor(routes::kItemEdit, id)},
      {"cancel_url", item_url},
      {"current_url", item_url},
      {"stale", state.stale},
      {"has_general_error", !state.problems.general.empty()},
      {"general_error", state.problems.general},
      {"breadcrumbs", mstch::array{mstch::map{{"url", UrlFor(routes::kHome)}, {"text", t.Text("nav_home")}},
                                   mstch::map{{"url", item_url}, {"text", item.title}}}},
  };
  return RenderPage(ctx, "item_edit", heading, std::move(view), "", status);
}

// The item, if the signed-in user may edit it (kUnauthenticated sends a
// browser to the sign-in page; kForbidden explains the rule).
PlanItem ItemEditEditableItem(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  PlanItem item = VisibleItem(ctx.db(), ctx.user(), ctx.IdParam("id"));
  if (!MayEditItem(user, item)) {
    throw Failure(FailureCode::kForbidden,
                  "You can only change what your own organisation owns.",
                  "owners", "edit_forbidden", {});
  }
  return item;
}

// The item below which a signed-in editor or admin may add one. Whether
// the new item is theirs to add is the use case's rule (its owners).
PlanItem ParentItem(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  if (user.role == Role::kReader) {
    throw Failure(FailureCode::kForbidden,
                  "You can only change what your own organisation owns.",
                  "role", "edit_forbidden", {});
  }
  return VisibleItem(ctx.db(), ctx.user(), ctx.IdParam("id"));
}

// Renders the failure of a save as the form again, or rethrows.
Response RefusedSave(RequestContext& ctx, FormMode mode, const PlanItem& item, const ItemFormValues& v,
                     const Failure& f) {
  ItemEditFormState state;
  if (mode == FormMode::kEdit && f.code() == FailureCode::kConflict && f.field() == "version") {
    state.stale = true;
    return ItemForm(ctx, mode, item, v, state, HttpStatus(FailureCode::kConflict));
  }
  if (f.code() == FailureCode::kConflict && f.field() == "key") {
    state.problems.by_field["key"] = FailureText(PageCatalogue(ctx), f);
    return ItemForm(ctx, mode, item, v, state, HttpStatus(FailureCode::kConflict));
  }
  if (f.code() == FailureCode::kForbidden && mode == FormMode::kCreateChild) {
    state.problems.by_field["owners"] = PageCatalogue(ctx).Text("edit_forbidden");
    return ItemForm(ctx, mode, item, v, state, HttpStatus(FailureCode::kForbidden));
  }
  if (f.code() != FailureCode::kInvalid) throw f;
  state.problems = ProblemsForForm(f, kItemEditFields, PageCatalogue(ctx));
  return ItemForm(ctx, mode, item, v, state, HttpStatus(FailureCode::kInvalid));
}

Response EditItemPage(RequestContext& ctx) {
  PlanItem item = ItemEditEditableItem(ctx);
  return ItemForm(ctx, FormMode::kEdit, item, FromItem(item, ctx.lang()), {}, kHttpOk);
}

Response SaveItem(RequestContext& ctx) {
  PlanItem item = ItemEditEditableItem(ctx);
  ItemFormValues v = ItemEditFromForm(ctx.Form());
  try {
    PlanItem saved = UpdatePlanItem(ctx.db(), ctx.RequireUser(), item.id, ItemEditRequestBody(v, false));
    return Response::Redirect(ItemUrl(ctx.db(), ctx.user(), saved) + "?lagret=1");
  } catch (const Failure& f) {
    return RefusedSave(ctx, FormMode::kEdit, item, v, f);
  }
}

Response NewChildPage(RequestContext& ctx) {
  PlanItem parent = ParentItem(ctx);
  ItemFormValues v;
  for (const char* f : {"key", "title", "code", "description", "start", "end", "phase_from", "phase_to"}) {
    v.text[f] = "";
  }
  // The new item is the user's organisation's unless they choose otherwise.
  v.owners = {ctx.RequireUser().organisation};
  return ItemForm(ctx, FormMode::kCreateChild, parent, v, {}, kHttpOk);
}

Response CreateChild(RequestContext& ctx) {
  PlanItem parent = ParentItem(ctx);
  ItemFormValues v = ItemEditFromForm(ctx.Form());
  nlohmann::json body = ItemEditRequestBody(v, true);
  body["parent_id"] = parent.id;
  body["strategy_id"] = parent.strategy_id;
  try {
    PlanItem created = CreatePlanItem(ctx.db(), ctx.RequireUser(), body);
    return Response::Redirect(ItemUrl(ctx.db(), ctx.user(), created) + "?lagret=1");
  } catch (const Failure& f) {
    return RefusedSave(ctx, FormMode::kCreateChild, parent, v, f);
  }
}

Response ItemEditDeletePage(RequestContext& ctx, const PlanItem& item, const std::string& error, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  const std::string item_url = ItemUrl(ctx.db(), ctx.user(), item);
  FormField confirm;
  confirm.name = "confirm";
  confirm.label = t.Text("item_delete_confirm_label");
  confirm.kind = FormField::Kind::kCheckboxes;
  confirm.options = {{"yes", t.Format("item_delete_confirm", {{"title", item.title}})}};
  confirm.error = error;
  mstch::map view{
      {"edit_title", t.Format("item_delete_title", {{"title", item.title}})},
      {"form", FormView({confirm})},
      {"has_version", true},
      {"version", std::to_string(item.version)},
      {"action", UrlFor(routes::kItemDelete, item.id)},
      {"cancel_url", item_url},
      {"current_url", item_url},
      {"submit_text", t.Text("item_delete_submit")},
      {"breadcrumbs", mstch::array{mstch::map{{"url", UrlFor(routes::kHome)}, {"text", t.Text("nav_home")}},
                                   mstch::map{{"url", item_url}, {"text", item.title}}}},
  };
  return RenderPage(ctx, "item_edit", t.Format("item_delete_title", {{"title", item.title}}), std::move(view),
                    "", status);
}

Response ItemEditConfirmDeletePage(RequestContext& ctx) { return ItemEditDeletePage(ctx, ItemEditEditableItem(ctx), "", kHttpOk); }

Response ItemEditDeleteItem(RequestContext& ctx) {
  PlanItem item = ItemEditEditableItem(ctx);
  const FormData& form = ctx.Form();
  if (form.Get("confirm") != "yes") {
    return ItemEditDeletePage(ctx, item, PageCatalogue(ctx).Text("item_delete_not_confirmed"),
                      HttpStatus(FailureCode::kInvalid));
  }
  std::optional<int64_t> version;
  try {
    version = std::stoll(form.Get("version"));
  } catch (const std::exception&) {
    throw Failure(FailureCode::kInvalid, "the form has no valid version", "version");
  }
  std::string parent_url = "/";
  if (item.parent_id) {
    parent_url = ItemUrl(ctx.db(), ctx.user(), VisibleItem(ctx.db(), ctx.user(), *item.parent_id));
  }
  try {
    DeletePlanItem(ctx.db(), ctx.RequireUser(), item.id, version);
  } catch (const Failure& f) {
    if (f.code() != FailureCode::kConflict) throw;
    // Stale, or still the parent of other items: say why, keep the form.
    return ItemEditDeletePage(ctx, item, f.field() == "version" ? PageCatalogue(ctx).Text("edit_stale") : FailureText(PageCatalogue(ctx), f),
                      HttpStatus(FailureCode::kConflict));
  }
  return Response::Redirect(parent_url + "?slettet=1");
}

}  // namespace

void RegisterItemEditRoutes(Router& router) {
  router.Add("GET", routes::kItemEdit, EditItemPage);
  router.Add("POST", routes::kItemEdit, SaveItem);
  router.Add("GET", routes::kNewChildItem, NewChildPage);
  router.Add("POST", routes::kNewChildItem, CreateChild);
  router.Add("GET", routes::kItemDelete, ItemEditConfirmDeletePage);
  router.Add("POST", routes::kItemDelete, ItemEditDeleteItem);
}

}  // namespace fremdrift
