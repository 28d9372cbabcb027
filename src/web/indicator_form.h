// The fields of the indicator form, shared by the create form on
// /indikatorer and the edit form on /indikatorer/{code}/rediger: what the
// form holds (from the stored indicator, or as the user typed it), the
// same JSON body the API takes, and the FormFields to show.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/indicator.h"
#include "render/form_view.h"
#include "web/form_data.h"
#include "web/form_problems.h"
#include "web/request_context.h"

namespace fremdrift {

// The form's field names; problems on other fields go to the general message.
const std::vector<std::string>& IndicatorFormFieldNames();

struct IndicatorFormValues {
  std::map<std::string, std::string> text;  // by field name
  std::vector<std::string> serves;          // "strategy/item" keys
  bool published = false;
  int64_t version = 0;
};

IndicatorFormValues IndicatorFormFromIndicator(const Indicator& ind);

// Reads the posted form; `with_version` for the edit form (kInvalid naming
// "version" when it has none).
IndicatorFormValues IndicatorFormFromPost(const FormData& form, bool with_version);

// The body of POST /api/v1/indicators (or PUT, with `version`). A number
// that does not parse is sent as text, so the use case names the field.
nlohmann::json IndicatorRequestBody(const IndicatorFormValues& v, bool with_code, bool with_version);

// The fields to show, with `problems` next to them. `code_editable` is
// false on the edit form (the code cannot change).
std::vector<FormField> IndicatorFormFields(RequestContext& ctx, const IndicatorFormValues& v,
                                           const FormProblems& problems, bool code_editable);

// A number typed in a form: "12,5", "1 234,5" and "12.5"; nullopt if not.
std::optional<double> FormNumber(const std::string& text);

// A number for a JSON body: the parsed number, null for "", else the text.
nlohmann::json FormNumberJson(const std::string& text);

// A number as a form shows it: "12.5", "60", "" for none.
std::string NumberText(double value);

}  // namespace fremdrift
