// The machinery the governance forms share (web/page_governance_edit.h):
// a form described as fields with values, shown with its problems next to
// the fields (templates/governance_edit.mustache), saved through a use case
// or shown again (400 bad input, 409 stale version or a rule's conflict),
// and the check that the signed-in user may edit a body's records (admins
// and editors of its secretariat; others get kForbidden).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/body.h"
#include "render/form_view.h"
#include "web/form_data.h"
#include "web/form_problems.h"
#include "web/request_context.h"

namespace fremdrift {

// A form's values by field name.
using EditValues = std::map<std::string, std::string>;

// One field of a form: its name (the API's member name), kind and choices.
struct FieldSpec {
  FieldSpec(std::string n, FormField::Kind k = FormField::Kind::kText, bool req = false) : name(std::move(n)), kind(k), required(req) {}
  std::string name;
  FormField::Kind kind = FormField::Kind::kText;
  bool required = false;
  std::vector<FormOption> options;
  std::string label;  // "" for the catalogue's "govf_field_<name>"
  std::string hint;   // "" for the catalogue's "govf_hint_<name>", if any
};

// Everything an edit page shows.
struct EditPage {
  std::string title;
  std::string action;
  std::string cancel_url;
  std::optional<int64_t> version;  // nullopt for a new record
  std::vector<FieldSpec> fields;
  EditValues values;
  FormProblems problems;
  bool stale = false;
  std::string delete_action;  // "" when the page offers no deletion
  mstch::array breadcrumbs;
};

// The values of `fields` as posted.
EditValues FromForm(const FormData& form, const std::vector<FieldSpec>& fields);
// The form page with status `status`.
Response ShowEditPage(RequestContext& ctx, const EditPage& page, int status);
// Calls `save` (which returns the address of the saved record) and
// redirects there with ?lagret=1; on kInvalid or kConflict shows the page
// again with the problems; other failures pass on.
Response SaveOrShow(RequestContext& ctx, EditPage& page, const std::function<std::string()>& save);
// A breadcrumb entry.
mstch::map Crumb(const std::string& url, const std::string& text);
// The body of `key` / `id`, if `user` may edit its records.
Body EditableBody(RequestContext& ctx, const std::string& key, const User& user);
Body EditableBodyById(RequestContext& ctx, int64_t id, const User& user);

}  // namespace fremdrift
