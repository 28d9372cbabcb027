#include "web/page_risk_edit.h"

#include <nlohmann/json.hpp>

#include "app/risk_service.h"
#include "domain/failure.h"
#include "domain/typed_input.h"
#include "render/date_text.h"
#include "render/form_view.h"
#include "render/risk_urls.h"
#include "render/url_for.h"
#include "web/error_response.h"
#include "web/form_problems.h"
#include "web/page_frame.h"

namespace fremdrift {
namespace {

const std::vector<std::string> kRiskEditFields = {"key",        "subject",    "description", "cause",
                                          "effect",     "likelihood", "consequence", "mitigation",
                                          "owner",      "review_by",  "state"};

// What the form holds: the stored risk, or what the user typed.
struct RiskFormValues {
  std::map<std::string, std::string> text;
  int64_t version = 0;  // 0 for a new risk
};

RiskFormValues FromRisk(const Risk& r, const std::string& lang) {
  RiskFormValues v;
  v.text = {{"key", r.key},
            {"subject", RiskSubjectValue(r.subject_kind, r.subject)},
            {"description", r.description},
            {"cause", r.cause},
            {"effect", r.effect},
            {"likelihood", std::to_string(r.likelihood)},
            {"consequence", std::to_string(r.consequence)},
            {"mitigation", r.mitigation},
            {"owner", r.owner},
            {"review_by", r.review_by ? DateText(*r.review_by, lang) : ""},
            {"state", std::string(RiskStateKey(r.state))}};
  v.version = r.version;
  return v;
}

RiskFormValues RiskEditFromForm(const FormData& form) {
  RiskFormValues v;
  for (const auto& f : kRiskEditFields) v.text[f] = form.Get(f);
  try {
    v.version = std::stoll(form.Get("version"));
  } catch (const std::exception&) {
    throw Failure(FailureCode::kInvalid, "the form has no valid version", "version");
  }
  return v;
}

// The form as the API's body, with the version it was opened at (0: new).
nlohmann::json RiskEditRequestBody(const RiskFormValues& v) {
  auto rating = [](const std::string& s) -> nlohmann::json {
    if (s.size() == 1 && s[0] >= '0' && s[0] <= '9') return s[0] - '0';
    return s;  // refused by the rule, naming the field
  };
  const std::string& subject = v.text.at("subject");
  size_t colon = subject.find(':');
  nlohmann::json body{{"key", v.text.at("key")},
                      {"subject_kind", colon == std::string::npos ? "plan_item" : subject.substr(0, colon)},
                      {"subject", colon == std::string::npos ? subject : subject.substr(colon + 1)},
                      {"description", v.text.at("description")},
                      {"cause", v.text.at("cause")},
                      {"effect", v.text.at("effect")},
                      {"likelihood", rating(v.text.at("likelihood"))},
                      {"consequence", rating(v.text.at("consequence"))},
                      {"mitigation", v.text.at("mitigation")},
                      {"owner", v.text.at("owner")},
                      {"state", v.text.at("state").empty() ? "open" : v.text.at("state")},
                      {"version", v.version}};
  const std::string& review = v.text.at("review_by");
  body["review_by"] = review.empty() ? nlohmann::json(nullptr) : nlohmann::json(TypedDateToIso(review));
  return body;
}

// What the refusal of a stale save says, from the failure's parameters.
struct StaleNotice {
  bool stale = false;
  std::string text, by, fields;
};

StaleNotice StaleNoticeOf(const Failure& f, const Catalogue& t) {
  std::map<std::string, std::string> p(f.params().begin(), f.params().end());
  StaleNotice n{true, t.Format("risk_stale", {{"seen", p["seen"]}, {"current", p["current"]}}), "", ""};
  if (!p["by"].empty()) n.by = t.Format("risk_stale_by", {{"by", p["by"]}});
  std::string names;
  const std::string& fields = p["fields"];
  for (size_t start = 0; start < fields.size();) {
    size_t end = fields.find(',', start);
    if (end == std::string::npos) end = fields.size();
    std::string label = t.Text("risk_field_" + fields.substr(start, end - start));
    if (!names.empty()) names += ", ";
    names += label;
    start = end + 1;
  }
  if (!names.empty()) n.fields = t.Format("risk_stale_fields", {{"fields", names}});
  return n;
}

struct RiskEditFormState {
  FormProblems problems;
  StaleNotice stale;
};

Response RiskForm(RequestContext& ctx, const std::optional<Risk>& existing, const RiskFormValues& v,
                  const RiskEditFormState& state, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  const User& user = ctx.RequireUser();
  auto field = [&](const std::string& name, FormField::Kind kind = FormField::Kind::kText) {
    FormField f;
    f.name = name;
    f.label = t.Text("risk_field_" + name);
    f.kind = kind;
    f.value = v.text.count(name) ? v.text.at(name) : "";
    auto it = state.problems.by_field.find(name);
    if (it != state.problems.by_field.end()) f.error = it->second;
    return f;
  };
  FormField key = field("key");
  key.required = true;
  key.hint = t.Text("risk_field_key_hint");
  FormField subject = field("subject", FormField::Kind::kSelect);
  subject.required = true;
  subject.hint = t.Text("risk_field_subject_hint");
  bool current_offered = false;
  for (const auto& c : RiskSubjectChoices(ctx.db(), user)) {
    std::string value = RiskSubjectValue(c.kind, c.subject);
    current_offered = current_offered || value == subject.value;
    subject.options.push_back(
        {value, (c.group.empty() ? t.Text("risk_subject_portfolio") : c.group) + ": " + c.label});
  }
  if (!current_offered && !subject.value.empty()) subject.options.insert(subject.options.begin(), {subject.value, subject.value});
  FormField description = field("description", FormField::Kind::kTextarea);
  description.required = true;
  FormField likelihood = field("likelihood", FormField::Kind::kSelect);
  FormField consequence = field("consequence", FormField::Kind::kSelect);
  for (FormField* f : {&likelihood, &consequence}) {
    f->required = true;
    f->hint = t.Text("risk_field_rating_hint");
    for (int i = 1; i <= 5; ++i) f->options.push_back({std::to_string(i), t.Text("risk_rating_" + std::to_string(i))});
  }
  FormField owner = field("owner", FormField::Kind::kSelect);
  owner.options.push_back({"", t.Text("risk_no_owner")});
  for (const auto& o : RiskOwnerChoices(ctx.db())) owner.options.push_back({o.short_name, o.name + " (" + o.short_name + ")"});
  FormField review = field("review_by");
  review.hint = t.Text("risk_field_review_by_hint");
  FormField risk_state = field("state", FormField::Kind::kSelect);
  risk_state.options = {{"open", t.Text("risk_state_open")}, {"closed", t.Text("risk_state_closed")}};

  std::vector<FormField> fields;
  if (!existing) fields.push_back(key);
  for (auto& f : {subject, description, field("cause", FormField::Kind::kTextarea),
                  field("effect", FormField::Kind::kTextarea), likelihood, consequence,
                  field("mitigation", FormField::Kind::kTextarea), owner, review, risk_state}) {
    fields.push_back(f);
  }
  const std::string heading =
      existing ? t.Format("risk_edit_title", {{"description", existing->description}}) : t.Text("risk_new_title");
  const std::string back = existing ? UrlFor(routes::kRisk, existing->key) : UrlFor(routes::kRisks);
  mstch::array crumbs{mstch::map{{"url", UrlFor(routes::kHome)}, {"text", t.Text("nav_home")}},
                      mstch::map{{"url", UrlFor(routes::kRisks)}, {"text", t.Text("risks_title")}}};
  if (existing) crumbs.push_back(mstch::map{{"url", back}, {"text", existing->description}});
  mstch::map view{
      {"edit_title", heading},
      {"form", FormView(fields)},
      {"version", std::to_string(v.version)},
      {"action", existing ? UrlFor(routes::kRiskEdit, existing->key) : UrlFor(routes::kNewRisk)},
      {"cancel_url", back},
      {"current_url", back},
      {"stale", state.stale.stale},
      {"stale_text", state.stale.text},
      {"has_stale_by", !state.stale.by.empty()},
      {"stale_by", state.stale.by},
      {"has_stale_fields", !state.stale.fields.empty()},
      {"stale_fields", state.stale.fields},
      {"has_general_error", !state.problems.general.empty()},
      {"general_error", state.problems.general},
      {"breadcrumbs", crumbs},
  };
  return RenderPage(ctx, "risk_edit", heading, std::move(view), "", status);
}

// The risk, if the signed-in user may keep it (kForbidden otherwise).
Risk EditableRisk(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  Risk risk = FindRisk(ctx.db(), ctx.Param("key"));
  if (!MayKeepRisk(ctx.db(), user, risk)) {
    throw Failure(FailureCode::kForbidden, "You can only keep risks for what your own organisation owns.",
                  "subject", "edit_forbidden", {});
  }
  return risk;
}

Response RiskEditSave(RequestContext& ctx, const std::optional<Risk>& existing) {
  RiskFormValues v = RiskEditFromForm(ctx.Form());
  if (existing) v.text["key"] = existing->key;  // the key cannot change
  const Catalogue& t = PageCatalogue(ctx);
  try {
    Risk saved = SaveRisk(ctx.db(), ctx.RequireUser(), RiskEditRequestBody(v));
    return Response::Redirect(UrlFor(routes::kRisk, saved.key) + "?lagret=1");
  } catch (const Failure& f) {
    RiskEditFormState state;
    if (f.code() == FailureCode::kConflict && f.field() == "version") {
      state.stale = StaleNoticeOf(f, t);
      return RiskForm(ctx, existing, v, state, HttpStatus(f.code()));
    }
    if (f.code() == FailureCode::kConflict && f.field() == "key") {
      state.problems.by_field["key"] = t.Format("risk_key_taken", {{"key", v.text.at("key")}});
      return RiskForm(ctx, existing, v, state, HttpStatus(f.code()));
    }
    if (f.code() == FailureCode::kForbidden) {
      state.problems.by_field["subject"] = t.Text("risk_forbidden");
      return RiskForm(ctx, existing, v, state, HttpStatus(f.code()));
    }
    if (f.code() != FailureCode::kInvalid) throw;
    FormProblems problems = ProblemsForForm(f, kRiskEditFields, t);
    if (auto it = problems.by_field.find("subject_kind"); it != problems.by_field.end()) {
      problems.by_field["subject"] = it->second;
    }
    state.problems = problems;
    return RiskForm(ctx, existing, v, state, HttpStatus(f.code()));
  }
}

Response NewRiskPage(RequestContext& ctx) {
  const User& user = ctx.RequireUser();
  if (user.role == Role::kReader) {
    throw Failure(FailureCode::kForbidden, "You can only change what your own organisation owns.", "role",
                  "edit_forbidden", {});
  }
  RiskFormValues v;
  for (const auto& f : kRiskEditFields) v.text[f] = "";
  v.text["subject"] = ctx.Query("gjelder").value_or("");
  v.text["likelihood"] = v.text["consequence"] = "3";
  v.text["owner"] = user.organisation;
  v.text["state"] = "open";
  return RiskForm(ctx, std::nullopt, v, {}, kHttpOk);
}

Response CreateRisk(RequestContext& ctx) {
  if (ctx.RequireUser().role == Role::kReader) {
    throw Failure(FailureCode::kForbidden, "You can only change what your own organisation owns.", "role",
                  "edit_forbidden", {});
  }
  return RiskEditSave(ctx, std::nullopt);
}

Response EditRiskPage(RequestContext& ctx) {
  Risk risk = EditableRisk(ctx);
  return RiskForm(ctx, risk, FromRisk(risk, ctx.lang()), {}, kHttpOk);
}

Response UpdateRisk(RequestContext& ctx) { return RiskEditSave(ctx, EditableRisk(ctx)); }

}  // namespace

void RegisterRiskEditRoutes(Router& router) {
  router.Add("GET", routes::kNewRisk, NewRiskPage);
  router.Add("POST", routes::kNewRisk, CreateRisk);
  router.Add("GET", routes::kRiskEdit, EditRiskPage);
  router.Add("POST", routes::kRiskEdit, UpdateRisk);
}

}  // namespace fremdrift
