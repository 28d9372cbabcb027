// The public register of health apps (docs/health-apps.md): /helseapper
// with its filters, /helseapper/{key} with the label, and the register as
// /helseapper.csv and /helseapper.json (with the same filters).
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterHealthAppPages(Router& router);

}  // namespace fremdrift
