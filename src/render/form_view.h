// The fields of an edit form as templates/form_field.mustache shows them:
// a label for every input, the hint and the error next to the field
// (tied to it with aria-describedby), and what the user typed kept when
// the form comes back with errors. An error summary at the top links to
// each field in error (templates/form_errors.mustache).
#pragma once

#include <string>
#include <vector>

#include <mstch/mstch.hpp>

namespace fremdrift {

struct FormOption {
  std::string value;
  std::string label;
};

struct FormField {
  enum class Kind { kText, kTextarea, kSelect, kDate, kNumber, kPassword, kCheckboxes, kFile };
  std::string name;   // the form field name; the input's id is "f-" + name
  std::string label;
  Kind kind = Kind::kText;
  std::string value;                  // kind != kCheckboxes
  std::vector<std::string> selected;  // kCheckboxes
  std::vector<FormOption> options;    // kSelect, kCheckboxes
  // kText: values offered as the user types (a <datalist>, id "f-<name>-list");
  // the field still takes any text.
  std::vector<FormOption> suggestions;
  std::string hint;
  std::string error;                  // "" when the field is fine
  bool required = false;
  std::string autocomplete;           // e.g. "username", "current-password"
};

// One field's view (keys used by templates/form_field.mustache).
mstch::map FormFieldView(const FormField& field);

// {"fields": [...], "has_errors": bool, "errors": [{id, message}]} for a
// whole form, errors in field order.
mstch::map FormView(const std::vector<FormField>& fields);

}  // namespace fremdrift
