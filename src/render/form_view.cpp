#include "render/form_view.h"

#include <algorithm>

namespace fremdrift {
namespace {

const char* KindName(FormField::Kind k) {
  switch (k) {
    case FormField::Kind::kText: return "text";
    case FormField::Kind::kTextarea: return "textarea";
    case FormField::Kind::kSelect: return "select";
    case FormField::Kind::kDate: return "date";
    case FormField::Kind::kNumber: return "number";
    case FormField::Kind::kPassword: return "password";
    case FormField::Kind::kCheckboxes: return "checkboxes";
    case FormField::Kind::kFile: return "file";
  }
  return "text";
}

}  // namespace

mstch::map FormFieldView(const FormField& f) {
  const std::string id = "f-" + f.name;
  std::string described_by;
  if (!f.hint.empty()) described_by = id + "-hint";
  if (!f.error.empty()) described_by += (described_by.empty() ? "" : " ") + id + "-error";
  mstch::array options;
  int n = 0;
  for (const auto& o : f.options) {
    bool on = f.kind == FormField::Kind::kCheckboxes
                  ? std::find(f.selected.begin(), f.selected.end(), o.value) != f.selected.end()
                  : o.value == f.value;
    options.push_back(mstch::map{{"value", o.value},
                                 {"label", o.label},
                                 {"selected", on},
                                 {"option_id", id + "-" + std::to_string(++n)}});
  }
  mstch::array suggestions;
  for (const auto& o : f.suggestions) suggestions.push_back(mstch::map{{"value", o.value}, {"label", o.label}});
  const char* kind = KindName(f.kind);
  return mstch::map{
      {"name", f.name},
      {"id", id},
      {"label", f.label},
      {"value", f.value},
      {"kind", std::string(kind)},
      {"is_textarea", f.kind == FormField::Kind::kTextarea},
      {"is_select", f.kind == FormField::Kind::kSelect},
      {"is_checkboxes", f.kind == FormField::Kind::kCheckboxes},
      {"is_input", f.kind != FormField::Kind::kTextarea && f.kind != FormField::Kind::kSelect &&
                       f.kind != FormField::Kind::kCheckboxes},
      {"is_password", f.kind == FormField::Kind::kPassword},
      {"input_type", f.kind == FormField::Kind::kNumber ? std::string("text") : std::string(kind)},
      {"inputmode_decimal", f.kind == FormField::Kind::kNumber},
      {"options", options},
      {"has_suggestions", f.kind == FormField::Kind::kText && !f.suggestions.empty()},
      {"suggestions", suggestions},
      {"has_hint", !f.hint.empty()},
      {"hint", f.hint},
      {"has_error", !f.error.empty()},
      {"error", f.error},
      {"described_by", described_by},
      {"required", f.required},
      {"autocomplete", f.autocomplete},
  };
}

mstch::map FormView(const std::vector<FormField>& fields) {
  mstch::array views, errors;
  for (const auto& f : fields) {
    views.push_back(FormFieldView(f));
    if (!f.error.empty()) {
      errors.push_back(mstch::map{{"id", "f-" + f.name}, {"label", f.label}, {"message", f.error}});
    }
  }
  return mstch::map{{"fields", views}, {"has_errors", !errors.empty()}, {"errors", errors}};
}

}  // namespace fremdrift
