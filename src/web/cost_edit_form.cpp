#include "web/cost_edit_form.h"

#include <charconv>

#include "domain/failure.h"
#include "domain/typed_input.h"
#include "render/url_for.h"
#include "web/page_frame.h"

namespace fremdrift {

int64_t VersionFromForm(const FormData& form) {
  const std::string text = form.Get("version");
  int64_t version = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), version);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) {
    throw Failure(FailureCode::kInvalid, "the form has no valid version", "version");
  }
  return version;
}

std::string NumberFromForm(const std::string& text) { return TypedNumberToPlain(text); }

nlohmann::json WholeNumberFromForm(const std::string& text) {
  std::string n = NumberFromForm(text);
  int64_t value = 0;
  auto [end, ec] = std::from_chars(n.data(), n.data() + n.size(), value);
  if (!n.empty() && ec == std::errc() && end == n.data() + n.size()) return value;
  return text;
}

FormField CostFormField(const Catalogue& t, const std::string& name, FormField::Kind kind,
                        const FormValues& values, const FormProblems& problems) {
  return FieldWithProblem(t, "costs_forms_field_" + name, name, kind, values, problems);
}

Response RenderCostForm(RequestContext& ctx, const CostFormPage& page, int status) {
  mstch::map view{
      {"edit_title", page.title},
      {"intro", page.intro},
      {"form", FormView(page.fields)},
      {"has_version", page.version.has_value()},
      {"version", page.version ? std::to_string(*page.version) : std::string()},
      {"action", page.action},
      {"cancel_url", page.cancel_url},
      {"current_url", page.current_url},
      {"submit", page.submit},
      {"stale", page.stale},
      {"has_general_error", !page.general_error.empty()},
      {"general_error", page.general_error},
      {"breadcrumbs", page.breadcrumbs},
      {"nav_costs", true},
  };
  return RenderPage(ctx, "costs_edit", page.title, std::move(view), "", status);
}

mstch::map CostsCrumb(const Catalogue& t) {
  return mstch::map{{"url", UrlFor(routes::kCosts)}, {"text", t.Text("costs_nav")}};
}

}  // namespace fremdrift
