#include "web/admin_form.h"

#include "domain/failure.h"
#include "render/form_view.h"
#include "render/url_for.h"

namespace fremdrift {

FormField AdminFormField(const Catalogue& t, const std::string& label_prefix,
                         const std::string& name, const std::string& value,
                         const FormProblems& problems, FormField::Kind kind) {
  FormField f;
  f.name = name;
  f.label = t.Text(label_prefix + name);
  f.kind = kind;
  f.value = value;
  auto it = problems.by_field.find(name);
  if (it != problems.by_field.end()) f.error = it->second;
  return f;
}

bool DeleteConfirmed(const FormData& form) { return form.Get("confirm") == "yes"; }

mstch::map DeleteConfirmForm(const Catalogue& t, const std::string& error) {
  FormField confirm;
  confirm.name = "confirm";
  confirm.label = t.Text("admin_delete_confirm_legend");
  confirm.kind = FormField::Kind::kCheckboxes;
  confirm.options = {{"yes", t.Text("admin_delete_confirm")}};
  confirm.error = error;
  return FormView({confirm});
}

mstch::array AdminBreadcrumbs(const Catalogue& t,
                              const std::vector<std::pair<std::string, std::string>>& trail) {
  mstch::array out{mstch::map{{"url", UrlFor(routes::kHome)}, {"text", t.Text("nav_home")}},
                   mstch::map{{"url", UrlFor(routes::kAdmin)}, {"text", t.Text("admin_title")}}};
  for (size_t i = 0; i < trail.size(); ++i) {
    out.push_back(mstch::map{{"url", trail[i].first},
                             {"text", trail[i].second},
                             {"current", i + 1 == trail.size()}});
  }
  return out;
}

}  // namespace fremdrift
