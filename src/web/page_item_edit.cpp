#include "web/page_item_edit.h"

#include <nlohmann/json.hpp>

#include "app/plan_service.h"
#include "domain/failure.h"
#include "domain/phase.h"
#include "domain/plan_item_rules.h"
#include "render/form_view.h"
#include "render/page_urls.h"
#include "storage/organisation_store.h"
#include "web/form_problems.h"
#include "web/page_frame.h"
#include "web/plan_access.h"

namespace fremdrift {
namespace {

const std::vector<std::string> kFields = {"title",      "code",     "description", "start",
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
  v.text["phase_from"] = item.phases ? std::string(PhaseKey(item.phases->from)) : "";
  v.text["phase_to"] = item.phases ? std::string(PhaseKey(item.phases->to)) : "";
  v.owners = item.owners;
  v.user_groups = item.user_groups;
  v.tentative = item.tentative;
  v.version = item.version;
  return v;
}

ItemFormValues FromForm(const FormData& form) {
  ItemFormValues v;
  for (const char* f : {"title", "code", "description", "start", "end", "phase_from", "phase_to"}) {
    v.text[f] = form.Get(f);
  }
  v.owners = form.GetAll("owners");
  v.user_groups = form.GetAll("user_groups");
  v.tentative = form.Get("tentative") == "yes";
  try {
    v.version = std::stoll(form.Get("version"));
  } catch (const std::exception&) {
    throw Failure(FailureCode::kInvalid, "the form has no valid version", "version");
  }
  return v;
}

// The form's values as the API's JSON body.
nlohmann::json RequestBody(const ItemFormValues& v) {
  auto date = [](std::string s) -> nlohmann::json {
    if (s.empty()) return nullptr;
    if (s == "udefinert" || s == "Udefinert") return "undefined";
    return s;
  };
  auto phase = [](const std::string& s) -> nlohmann::json {
    return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
  };
  return {{"version", v.version},
          {"title", v.text.at("title")},
          {"code", v.text.at("code")},
          {"description", v.text.at("description")},
          {"start", date(v.text.at("start"))},
          {"end", date(v.text.at("end"))},
          {"phase_from", phase(v.text.at("phase_from"))},
          {"phase_to", phase(v.text.at("phase_to"))},
          {"tentative", v.tentative},
          {"owners", v.owners},
          {"user_groups", v.user_groups}};
}

struct FormState {
  FormProblems problems;
  bool stale = false;
};

Response EditForm(RequestContext& ctx, const PlanItem& item, const ItemFormValues& v,
                  const FormState& state, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  SqlConnection& db = ctx.db();
  Strategy s = VisibleStrategy(db, ctx.user(), std::to_string(item.strategy_id));
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
  FormField title = field("title");
  title.required = true;
  FormField start = field("start"), end = field("end");
  start.hint = end.hint = t.Text("item_field_date_hint");
  FormField from = field("phase_from", FormField::Kind::kSelect);
  FormField to = field("phase_to", FormField::Kind::kSelect);
  for (FormField* f : {&from, &to}) {
    f->options.push_back({"", t.Text("item_field_no_phase")});
    for (Phase p : kAllPhases) f->options.push_back({std::string(PhaseKey(p)), std::string(PhaseName(p, ctx.lang()))});
  }
  FormField tentative = field("tentative", FormField::Kind::kCheckboxes);
  tentative.options = {{"yes", t.Text("item_field_tentative_yes")}};
  if (v.tentative) tentative.selected = {"yes"};
  FormField owners = field("owners", FormField::Kind::kCheckboxes);
  FormField groups = field("user_groups", FormField::Kind::kCheckboxes);
  OrganisationStore orgs(db);
  for (const auto& o : orgs.List()) owners.options.push_back({o.short_name, o.name + " (" + o.short_name + ")"});
  for (const auto& g : orgs.ListUserGroups()) groups.options.push_back({g.key, g.name});
  owners.selected = v.owners;
  groups.selected = v.user_groups;

  const std::string item_url = ItemPageUrl(s.key, item.key);
  const std::string action = "/element/" + std::to_string(item.id) + "/rediger";
  mstch::map view{
      {"edit_title", t.Format("item_edit_title", {{"title", item.title}})},
      {"form", FormView({title, field("code"), field("description", FormField::Kind::kTextarea), start,
                         end, from, to, tentative, owners, groups})},
      {"version", std::to_string(v.version)},
      {"action", action},
      {"cancel_url", item_url},
      {"current_url", item_url},
      {"stale", state.stale},
      {"has_general_error", !state.problems.general.empty()},
      {"general_error", state.problems.general},
      {"breadcrumbs", mstch::array{mstch::map{{"url", std::string("/")}, {"text", t.Text("nav_home")}},
                                   mstch::map{{"url", item_url}, {"text", item.title}}}},
  };
  return RenderPage(ctx, "item_edit", t.Format("item_edit_title", {{"title", item.title}}),
                    std::move(view), "", status);
}

// The item, if the signed-in user may edit it (kUnauthenticated sends a
// browser to the sign-in page; kForbidden explains the rule).
PlanItem EditableItem(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  PlanItem item = VisibleItem(ctx.db(), ctx.user(), ctx.IdParam("id"));
  if (!MayEditItem(user, item)) {
    throw Failure(FailureCode::kForbidden, PageCatalogue(ctx).Text("edit_forbidden"), "owners");
  }
  return item;
}

Response EditItemPage(RequestContext& ctx) {
  PlanItem item = EditableItem(ctx);
  return EditForm(ctx, item, FromItem(item, ctx.lang()), {}, 200);
}

Response SaveItem(RequestContext& ctx) {
  PlanItem item = EditableItem(ctx);
  ItemFormValues v = FromForm(ctx.Form());
  try {
    PlanItem saved = UpdatePlanItem(ctx.db(), ctx.RequireUser(), item.id, RequestBody(v));
    Strategy s = VisibleStrategy(ctx.db(), ctx.user(), std::to_string(saved.strategy_id));
    return Response::Redirect(ItemPageUrl(s.key, saved.key) + "?lagret=1");
  } catch (const Failure& f) {
    FormState state;
    if (f.code() == FailureCode::kConflict && f.field() == "version") {
      state.stale = true;
      return EditForm(ctx, item, v, state, 409);
    }
    if (f.code() != FailureCode::kInvalid) throw;
    state.problems = ProblemsForForm(f, kFields, PageCatalogue(ctx));
    return EditForm(ctx, item, v, state, 400);
  }
}

}  // namespace

void RegisterItemEditRoutes(Router& router) {
  router.Add("GET", "/element/{id}/rediger", EditItemPage);
  router.Add("POST", "/element/{id}/rediger", SaveItem);
}

}  // namespace fremdrift
