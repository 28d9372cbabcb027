#include "web/governance_edit_form.h"

#include "app/governance_reads.h"
#include "domain/failure.h"
#include "domain/governance_rules.h"
#include "web/error_response.h"
#include "web/governance_form_text.h"
#include "web/page_frame.h"

namespace fremdrift {
namespace {

std::vector<std::string> GovernanceEditFormNames(const std::vector<FieldSpec>& fields) {
  std::vector<std::string> out;
  for (const auto& f : fields) out.push_back(f.name);
  return out;
}

}  // namespace

EditValues FromForm(const FormData& form, const std::vector<FieldSpec>& fields) {
  EditValues v;
  for (const auto& f : fields) v[f.name] = form.Get(f.name);
  return v;
}

Response ShowEditPage(RequestContext& ctx, const EditPage& page, int status) {
  const Catalogue& t = PageCatalogue(ctx);
  std::vector<FormField> fields;
  for (const auto& spec : page.fields) {
    FormField f;
    f.name = spec.name;
    f.label = spec.label.empty() ? t.Text("govf_field_" + spec.name) : spec.label;
    f.kind = spec.kind;
    f.required = spec.required;
    f.options = spec.options;
    auto v = page.values.find(spec.name);
    if (v != page.values.end()) f.value = v->second;
    for (const char* listed : {"members", "case_types", "breaks", "presenters", "links", "date", "start_time",
                               "end_time", "number", "postponed_to"}) {
      if (spec.name == listed) f.hint = t.Text("govf_hint_" + spec.name);
    }
    if (!spec.hint.empty()) f.hint = spec.hint;
    auto e = page.problems.by_field.find(spec.name);
    if (e != page.problems.by_field.end()) f.error = e->second;
    fields.push_back(std::move(f));
  }
  mstch::map view{
      {"edit_title", page.title},
      {"form", FormView(fields)},
      {"has_version", page.version.has_value()},
      {"version", page.version ? std::to_string(*page.version) : std::string()},
      {"action", page.action},
      {"cancel_url", page.cancel_url},
      {"current_url", page.cancel_url},
      {"stale", page.stale},
      {"has_general_error", !page.problems.general.empty()},
      {"general_error", page.problems.general},
      {"has_delete", !page.delete_action.empty()},
      {"delete_action", page.delete_action},
      {"breadcrumbs", page.breadcrumbs},
      {"nav_governance", true},
  };
  return RenderPage(ctx, "governance_edit", page.title, std::move(view), "", status);
}

// Saves through `save` (which returns the address to go to), or shows the
// page again with what went wrong.
Response SaveOrShow(RequestContext& ctx, EditPage& page, const std::function<std::string()>& save) {
  try {
    return Response::Redirect(save() + "?lagret=1");
  } catch (const Failure& f) {
    if (f.code() == FailureCode::kConflict && f.field() == "version") {
      page.stale = true;
      return ShowEditPage(ctx, page, HttpStatus(FailureCode::kConflict));
    }
    const Catalogue& t = PageCatalogue(ctx);
    if (f.code() == FailureCode::kConflict) {  // e.g. a second meeting on a day, approved minutes
      page.problems = ProblemsForForm(f, GovernanceEditFormNames(page.fields), t);
      return ShowEditPage(ctx, page, HttpStatus(FailureCode::kConflict));
    }
    if (f.code() != FailureCode::kInvalid) throw;
    page.problems = ProblemsForForm(ProblemsOnLines(f, t.Text("govf_line"), t), GovernanceEditFormNames(page.fields), t);
    return ShowEditPage(ctx, page, HttpStatus(FailureCode::kInvalid));
  }
}

mstch::map Crumb(const std::string& url, const std::string& text) { return {{"url", url}, {"text", text}}; }

namespace {

void GovernanceEditFormRequireMayEdit(RequestContext& ctx, const User& user, const Body& body) {
  if (!MayEditGovernance(user, body)) {
    throw Failure(FailureCode::kForbidden,
                  "Only admins and editors of the body's secretariat may change the body, its meetings and its cases.",
                  "secretariat", "govf_forbidden", {});
  }
}

}  // namespace

Body EditableBody(RequestContext& ctx, const std::string& key, const User& user) {
  Body body = BodyByKey(ctx.db(), key);
  GovernanceEditFormRequireMayEdit(ctx, user, body);
  return body;
}

Body EditableBodyById(RequestContext& ctx, int64_t id, const User& user) {
  Body body = BodyById(ctx.db(), id);
  GovernanceEditFormRequireMayEdit(ctx, user, body);
  return body;
}

}  // namespace fremdrift
