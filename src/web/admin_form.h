// What the admin pages' forms share (web/page_admin.h): reading the
// version a form carries, the delete confirmation box, and breadcrumbs
// below "Administrasjon".
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <mstch/mstch.hpp>

#include "render/i18n.h"
#include "web/form_data.h"

namespace fremdrift {

// The form's hidden "version"; Failure(kInvalid, field "version") when it
// is missing or not a number (a broken or crafted form).
int64_t FormVersion(const FormData& form);

// Whether the delete form's confirm box ("confirm" = "yes") is ticked.
bool DeleteConfirmed(const FormData& form);

// The delete form's fields (one checkbox), with `error` next to it.
mstch::map DeleteConfirmForm(const Catalogue& t, const std::string& error);

// Home › Administrasjon › each of `trail` (url, text); the last is the
// current page.
mstch::array AdminBreadcrumbs(const Catalogue& t,
                              const std::vector<std::pair<std::string, std::string>>& trail);

}  // namespace fremdrift
