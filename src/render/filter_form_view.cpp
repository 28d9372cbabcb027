#include "render/filter_form_view.h"

namespace fremdrift {

std::string FilterOptionText(const FilterField& field, const std::string& value) {
  for (const auto& o : field.options) {
    if (o.value == value) return o.text;
  }
  return value;
}

mstch::map FilterFormView(const FilterForm& form) {
  mstch::array hidden;
  for (const auto& [name, value] : form.hidden) {
    hidden.push_back(mstch::map{{"name", name}, {"value", value}});
  }
  mstch::array fields, active;
  for (const auto& f : form.fields) {
    mstch::array options;
    for (const auto& o : f.options) {
      options.push_back(mstch::map{{"value", o.value}, {"text", o.text}, {"selected", o.value == f.value}});
    }
    fields.push_back(mstch::map{{"id", f.id},
                                {"name", f.name},
                                {"label", f.label},
                                {"value", f.value},
                                {"search", f.search},
                                {"is_data", f.data_lang},
                                {"wide", f.wide},
                                {"options", options}});
    if (f.active && !f.value.empty()) {
      active.push_back(mstch::map{{"label", f.label},
                                  {"value", f.search ? f.value : FilterOptionText(f, f.value)},
                                  {"is_data", f.data_lang || f.search}});
    }
  }
  return mstch::map{{"action", form.action},
                    {"heading", form.heading},
                    {"submit", form.submit},
                    {"reset_url", form.reset_url},
                    {"reset_text", form.reset_text},
                    {"count_text", form.count_text},
                    {"count_link", form.count_link_url.empty()
                                       ? mstch::node(false)
                                       : mstch::node(mstch::map{{"url", form.count_link_url},
                                                                {"text", form.count_link_text},
                                                                {"type", form.count_link_type}})},
                    {"active_label", form.active_label},
                    {"hidden", hidden},
                    {"fields", fields},
                    {"active", active},
                    {"has_active", !active.empty()}};
}

}  // namespace fremdrift
