// What the cost-sharing forms (groups, solutions, yearly records) share:
// reading typed values, turning them into the API's JSON values, the
// fields with their errors, and the page around a simple form
// (templates/costs_edit.mustache), laid out like the item form
// (web/page_item_edit.h).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <mstch/mstch.hpp>
#include <nlohmann/json.hpp>

#include "render/form_view.h"
#include "web/form_data.h"
#include "web/form_field_values.h"
#include "web/form_problems.h"
#include "web/request_context.h"

namespace fremdrift {

using FormValues = std::map<std::string, std::string>;

// The version the form was made from; kInvalid (field "version") when the
// form has none.
int64_t VersionFromForm(const FormData& form);

// A number as typed in a browser ("44,5", " 35 ", "−28") in the API's
// notation ("44.5", "35", "-28").
std::string NumberFromForm(const std::string& text);

// A whole number as JSON when `text` is one, else the text itself, so that
// the use case names the field ("must be a whole number").
nlohmann::json WholeNumberFromForm(const std::string& text);

// The field `name` labelled "costs_forms_field_<name>", with its value from
// `values` and its error from `problems`.
FormField CostFormField(const Catalogue& t, const std::string& name, FormField::Kind kind,
                        const FormValues& values, const FormProblems& problems);

// A form page: `fields` in order, posted to `action`, with the stale-form
// message linking to `current_url`.
struct CostFormPage {
  std::string title;
  std::string intro;
  std::vector<FormField> fields;
  std::optional<int64_t> version;  // sent back as the hidden field "version"
  std::string action;
  std::string cancel_url;
  std::string current_url;
  std::string submit;              // the button's text
  bool stale = false;
  std::string general_error;
  mstch::array breadcrumbs;
};

Response RenderCostForm(RequestContext& ctx, const CostFormPage& page, int status);

// The breadcrumbs' first step, the cost-sharing index.
mstch::map CostsCrumb(const Catalogue& t);

}  // namespace fremdrift
