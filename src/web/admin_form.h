// What the admin pages' forms share (web/page_admin.h): reading the
// version a form carries, the delete confirmation box, and breadcrumbs
// below "Administrasjon".
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <mstch/mstch.hpp>

#include "render/form_view.h"
#include "render/i18n.h"
#include "web/form_data.h"
#include "web/form_problems.h"

namespace fremdrift {

// What went wrong with a posted admin form, to show next to it.
struct AdminFormState {
  FormProblems problems;
  bool stale = false;          // another save came first
  std::string delete_error;    // the deletion was refused
  std::string confirm_error;   // the confirm box was not ticked
};

// A field `name` holding `value`, labelled with the catalogue text
// `label_prefix` + `name`, with its problem from `problems` if any.
FormField AdminFormField(const Catalogue& t, const std::string& label_prefix,
                         const std::string& name, const std::string& value,
                         const FormProblems& problems, FormField::Kind kind = FormField::Kind::kText);


// Whether the delete form's confirm box ("confirm" = "yes") is ticked.
bool DeleteConfirmed(const FormData& form);

// The delete form's fields (one checkbox), with `error` next to it.
mstch::map DeleteConfirmForm(const Catalogue& t, const std::string& error);

// Home › Administrasjon › each of `trail` (url, text); the last is the
// current page.
mstch::array AdminBreadcrumbs(const Catalogue& t,
                              const std::vector<std::pair<std::string, std::string>>& trail);

}  // namespace fremdrift
